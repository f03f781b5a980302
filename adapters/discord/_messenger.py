"""The core's Messenger port over Discord channels: what the core sends on its own (daily pushes,
battle rounds), outside any interaction, and edits in place (scoreboards).

A chat id is a channel id. Sending needs no cache (a partial messageable is enough), so pushes work
into any channel the bot may post in. There is no ephemeral outside an interaction: a Notice sent
this way is posted like any message.

`send_once` gives each message a nonce made from the core's idempotency key; discord.py sends it
with `enforce_nonce`, so Discord returns the message it already created with that nonce (for a few
minutes) instead of posting it again: a daily question re-sent after a crash lands once.

Every message carries a nonce (from the key, or a fresh random one per `send`), fixed across its
retries: a post Discord refused or failed is sent again under the shared retry policy
(`adapters._retry`, after discord.py's own five tries), and a resend after a 5xx or a dropped
connection, which may have created the message, returns that message instead of a second one.
Edits are retried the same way (the same edit twice is one edit). When the policy gives up the
error is raised: the battle logs it, the daily push's state machine retries it with backoff.
"""

from __future__ import annotations

import hashlib
import secrets
from typing import Any

import discord

from adapters._retry import POLICY, RetryPolicy
from adapters.discord._render import Outgoing, render, render_one
from adapters.discord._retries import send_retrying
from adapters.discord._translate import PLATFORM
from adapters.discord._views import Components
from bot.daily import RatePacer
from bot.events import Chat
from bot.ports import SentMessage
from bot.replies import Reply

# Daily pushes into Discord channels: each 429 is waited out (by discord.py, then the retry
# policy), so pacing is politeness rather than survival: at most 20 pushes a minute into one
# channel and 40 a second overall, under the 50 requests a second Discord allows a bot (the rest
# is left for interactions).
PUSHES_PER_SECOND = 40
PUSHES_PER_CHANNEL_PER_MINUTE = 20


def push_pacer() -> RatePacer:
    """The pacing policy this adapter gives the core's daily pushes."""
    return RatePacer(
        per_second=PUSHES_PER_SECOND, per_chat_per_minute=PUSHES_PER_CHANNEL_PER_MINUTE
    )


class DiscordMessenger:
    platform = PLATFORM  # the chats this messenger reaches (daily pushes go only to those)

    def __init__(
        self, client: discord.Client, components: Components, *, retry: RetryPolicy = POLICY
    ) -> None:
        self._client = client
        self._components = components
        self._retry = retry

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
        key = key or secrets.token_hex(16)  # one nonce per message, the same in each retry
        first: discord.Message | None = None
        for number, message in enumerate(render(reply)):

            async def post(message: Outgoing = message, number: int = number) -> discord.Message:
                # fresh arguments each try: discord.py closes a sent file
                kwargs = self._components.send_kwargs(message)
                return await channel.send(nonce=nonce(key, number), **kwargs)

            what = f"posting message {number + 1} to channel {chat.id}"
            sent = await send_retrying(post, what=what, resend_safe=True, policy=self._retry)
            first = first or sent
        assert first is not None  # render always yields at least one message
        return SentMessage(chat, str(first.id))

    async def edit(self, sent: SentMessage, reply: Reply) -> None:
        """Rewrite a message sent earlier with a new reply (content, embeds, buttons and file)."""
        if sent.chat.platform != PLATFORM:
            raise ValueError(f"not a Discord message: {sent!r}")
        channel = self._client.get_partial_messageable(_snowflake(sent.chat.id, "channel"))
        target = channel.get_partial_message(_snowflake(sent.message_id, "message"))
        message = render_one(reply)

        async def edit() -> None:
            kwargs: dict[str, Any] = {
                "content": None,
                "embeds": [],
                "view": None,
                "attachments": [],
            }
            fresh = self._components.send_kwargs(message)
            image = fresh.pop("file", None)
            if image is not None:
                kwargs["attachments"] = [image]
            kwargs.update(fresh)
            await target.edit(**kwargs)

        what = f"editing message {sent.message_id} in channel {sent.chat.id}"
        await send_retrying(edit, what=what, resend_safe=True, policy=self._retry)


def nonce(key: str, number: int) -> int:
    """A message nonce for the `number`-th message of the reply sent under `key` (Discord takes
    an integer of up to 25 digits; this is at most 20)."""
    digest = hashlib.sha256(f"{key}#{number}".encode()).digest()
    return int.from_bytes(digest[:7], "big") * 1000 + number % 1000


def _snowflake(value: str, what: str) -> int:
    if not value.isdigit():
        raise ValueError(f"a Discord {what} id is a number, not {value!r}")
    return int(value)
