"""Interactions as core events: who acted, where, and a slash command's options as the core's argument text.

The core reads `/quiz Berlin Wall 5` as name "quiz", args "Berlin Wall 5", as every platform types it; a
slash command's options are joined back into that text in the order the command list declares them, so
the core parses one format whatever the platform. A file option makes the command an `Upload`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import discord

from adapters.discord._admin import is_admin
from bot.commands import ArgKind, CommandSpec
from bot.events import Chat, User

PLATFORM = "discord"


class Refused(Exception):
    """An interaction the adapter answers itself, without the core (e.g. a file over the size cap)."""


def who(interaction: discord.Interaction[Any], admin_role: str | None = None) -> User:
    user = interaction.user
    return User(
        PLATFORM, str(user.id), user.display_name, is_admin=is_admin(interaction, admin_role)
    )


def where(interaction: discord.Interaction[Any]) -> Chat:
    """The channel; a server channel, thread or group DM is a group, a one-to-one DM is not."""
    channel_id = interaction.channel_id
    is_dm = isinstance(interaction.channel, discord.DMChannel)
    return Chat(PLATFORM, str(channel_id), is_group=not is_dm)


def command_text(spec: CommandSpec, values: Mapping[str, object]) -> str:
    """The non-file options, in declared order, as the text the core parses (`Berlin Wall 5`)."""
    parts: list[str] = []
    for arg in spec.args:
        value = values.get(arg.name)
        if arg.kind is ArgKind.FILE or value is None:
            continue
        shown = " ".join(str(value).split())
        if shown:
            parts.append(shown)
    return " ".join(parts)


def attachment_of(spec: CommandSpec, values: Mapping[str, object]) -> discord.Attachment | None:
    """The file given to the command's first file option, if any."""
    for arg in spec.args:
        value = values.get(arg.name)
        if arg.kind is ArgKind.FILE and isinstance(value, discord.Attachment):
            return value
    return None


async def read_upload(attachment: discord.Attachment, limit: int) -> bytes:
    """The file's bytes, refused (before and after downloading) when over `limit`."""
    too_big = f"That file is too big: I take files up to {_size(limit)}."
    if attachment.size > limit:
        raise Refused(too_big)
    try:
        content = await attachment.read()
    except discord.HTTPException as error:
        raise Refused("I couldn't download that file from Discord; please try again.") from error
    if len(content) > limit:
        raise Refused(too_big)
    return content


def _size(limit: int) -> str:
    if limit >= 1024 * 1024:
        return f"{limit / (1024 * 1024):g} MiB"
    return f"{limit / 1024:g} KiB"
