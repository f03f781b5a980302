"""Who counts as an admin on Discord: the core refuses admin-only commands to everyone else.

In a server: members with Manage Server (or Administrator), and members of the role named by
DISCORD_ADMIN_ROLE (its id, or its name — names need the server in the client's cache, which the
non-privileged GUILDS intent provides). In a DM the user runs their own chat, as on Telegram.
"""

from __future__ import annotations

from typing import Any

import discord


def is_admin(interaction: discord.Interaction[Any], admin_role: str | None = None) -> bool:
    """Whether the user behind an interaction may use admin-only commands where they used it."""
    if interaction.guild_id is None:
        return _is_private(interaction)
    permissions = interaction.permissions
    if permissions.administrator or permissions.manage_guild:
        return True
    member = interaction.user
    if admin_role is None or not isinstance(member, discord.Member):
        return False
    wanted = admin_role.casefold()
    return any(
        str(role.id) == admin_role or role.name.casefold() == wanted for role in member.roles
    )


def _is_private(interaction: discord.Interaction[Any]) -> bool:
    """A one-to-one DM; a group DM (user-installed app) has no admins the bot can see."""
    return isinstance(interaction.channel, discord.DMChannel)
