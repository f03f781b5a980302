"""The core's Messenger port over Discord channels: what the core sends on its own (daily pushes,
battle rounds), outside any interaction, and edits in place (scoreboards).

A chat id is a channel id. Sending needs no cache (a partial messageable is enough), so pushes work
into any channel the bot may post in. There is no ephemeral outside an interaction: a Notice sent
this way is posted like any message.
"""

from __future__ import annotations

from typing import Any

import discord

from adapters.discord._render import render, render_one
from adapters.discord._translate import PLATFORM
from adapters.discord._views import Components
from bot.events import Chat
from bot.ports import SentMessage
from bot.replies import Reply


class DiscordMessenger:
    platform = PLATFORM  # the chats this messenger reaches (daily pushes go only to those)

    def __init__(self, client: discord.Client, components: Components) -> None:
        self._client = client
        self._components = components

    async def send(self, chat: Chat, reply: Reply) -> SentMessage:
        """Post a reply into a channel; the SentMessage names its first message (the one `edit` rewrites)."""
        if chat.platform != PLATFORM:
            raise ValueError(f"not a Discord channel: {chat!r}")
        channel = self._client.get_partial_messageable(_snowflake(chat.id, "channel"))
        first: discord.Message | None = None
        for message in render(reply):
            sent = await channel.send(**self._components.send_kwargs(message))
            first = first or sent
        assert first is not None  # render always yields at least one message
        return SentMessage(chat, str(first.id))

    async def edit(self, sent: SentMessage, reply: Reply) -> None:
        """Rewrite a message sent earlier with a new reply (content, embeds, buttons and file)."""
        if sent.chat.platform != PLATFORM:
            raise ValueError(f"not a Discord message: {sent!r}")
        channel = self._client.get_partial_messageable(_snowflake(sent.chat.id, "channel"))
        target = channel.get_partial_message(_snowflake(sent.message_id, "message"))
        kwargs: dict[str, Any] = {"content": None, "embeds": [], "view": None, "attachments": []}
        fresh = self._components.send_kwargs(render_one(reply))
        image = fresh.pop("file", None)
        if image is not None:
            kwargs["attachments"] = [image]
        kwargs.update(fresh)
        await target.edit(**kwargs)


def _snowflake(value: str, what: str) -> int:
    if not value.isdigit():
        raise ValueError(f"a Discord {what} id is a number, not {value!r}")
    return int(value)
