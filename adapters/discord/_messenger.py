"""The core's Messenger port over Discord channels: what the core sends on its own (daily pushes,
battle rounds), outside any interaction, and edits in place (scoreboards).

A chat id is a channel id. Sending needs no cache (a partial messageable is enough), so pushes work
into any channel the bot may post in. There is no ephemeral outside an interaction: a Notice sent
this way is posted like any message.

`send_once` gives each message a nonce made from the core's idempotency key; discord.py sends it
with `enforce_nonce`, so Discord returns the message it already created with that nonce (for a few
minutes) instead of posting it again: a daily question re-sent after a crash lands once.
"""

from __future__ import annotations

import hashlib
from typing import Any

import discord

from adapters.discord._render import render, render_one
from adapters.discord._translate import PLATFORM
from adapters.discord._views import Components
from bot.daily import RatePacer
from bot.events import Chat
from bot.ports import SentMessage
from bot.replies import Reply

# Daily pushes into Discord channels: discord.py waits out each 429 itself, so pacing is politeness
# rather than survival: at most 20 pushes a minute into one channel and 40 a second overall, under
# the 50 requests a second Discord allows a bot (the rest is left for interactions).
PUSHES_PER_SECOND = 40
PUSHES_PER_CHANNEL_PER_MINUTE = 20


def push_pacer() -> RatePacer:
    """The pacing policy this adapter gives the core's daily pushes."""
    return RatePacer(
        per_second=PUSHES_PER_SECOND, per_chat_per_minute=PUSHES_PER_CHANNEL_PER_MINUTE
    )


class DiscordMessenger:
    platform = PLATFORM  # the chats this messenger reaches (daily pushes go only to those)

    def __init__(self, client: discord.Client, components: Components) -> None:
        self._client = client
        self._components = components

    async def send(self, chat: Chat, reply: Reply) -> SentMessage:
        """Post a reply into a channel; the SentMessage names its first message (the one `edit` rewrites)."""
        return await self._post(chat, reply, None)

    async def send_once(self, chat: Chat, reply: Reply, key: str) -> SentMessage:
        """`send`, each message with a nonce from `key`: Discord posts it at most once."""
        return await self._post(chat, reply, key)

    async def _post(self, chat: Chat, reply: Reply, key: str | None) -> SentMessage:
        if chat.platform != PLATFORM:
            raise ValueError(f"not a Discord channel: {chat!r}")
        channel = self._client.get_partial_messageable(_snowflake(chat.id, "channel"))
        first: discord.Message | None = None
        for number, message in enumerate(render(reply)):
            kwargs = self._components.send_kwargs(message)
            if key is not None:
                kwargs["nonce"] = nonce(key, number)
            sent = await channel.send(**kwargs)
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


def nonce(key: str, number: int) -> int:
    """A message nonce for the `number`-th message of the reply sent under `key` (Discord takes
    an integer of up to 25 digits; this is at most 20)."""
    digest = hashlib.sha256(f"{key}#{number}".encode()).digest()
    return int.from_bytes(digest[:7], "big") * 1000 + number % 1000


def _snowflake(value: str, what: str) -> int:
    if not value.isdigit():
        raise ValueError(f"a Discord {what} id is a number, not {value!r}")
    return int(value)
