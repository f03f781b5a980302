"""The Messenger port in a terminal: what the core posts on its own (battle rounds, scoreboards).

A terminal cannot change what it already printed, so an edit prints the new version under a
marker naming the message it replaces.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable

from bot.events import Chat
from bot.ports import SentMessage
from bot.replies import Reply


class ConsoleMessenger:
    """Numbers every message it posts; `show(reply, heading)` prints (the console chat's printer)."""

    def __init__(self, show: Callable[[Reply, str], None]) -> None:
        self._show = show
        self._ids = itertools.count(1)

    async def send(self, chat: Chat, reply: Reply) -> SentMessage:
        message_id = str(next(self._ids))
        self._show(reply, f"[message #{message_id}]")
        return SentMessage(chat, message_id)

    async def edit(self, sent: SentMessage, reply: Reply) -> None:
        self._show(reply, f"[message #{sent.message_id}, edited]")
