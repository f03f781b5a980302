"""The message context-menu command "Explain from notes" (an application command of type 3).

Right-click (or long-press) any message → Apps → Explain from notes: the core looks the message's
text up in the channel's deck and the answer comes back ephemerally, to the one who asked.
"""

from __future__ import annotations

from typing import Any

import discord
from discord import app_commands

from adapters.discord._respond import Replier
from adapters.discord._translate import where
from bot.lookups import Lookups
from bot.replies import Reply

EXPLAIN_FROM_NOTES = "Explain from notes"


def explain_from_notes(replier: Replier, lookups: Lookups) -> app_commands.ContextMenu:
    async def explain(interaction: discord.Interaction[Any], message: discord.Message) -> None:
        async def replies() -> list[Reply]:
            return [await lookups.explain_message(where(interaction), message.content)]

        await replier.answer(interaction, replies, private=True)

    return app_commands.ContextMenu(name=EXPLAIN_FROM_NOTES, callback=explain)
