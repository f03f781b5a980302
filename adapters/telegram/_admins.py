"""Who may use admin-only commands: Telegram's chat administrators, looked up and cached briefly.

A getChatMember call per command would be slow and count against rate limits, so answers are kept
for `ttl` seconds (an admin who is demoted keeps their rights at most that long). In a private chat
the user is the admin of their own DM, and no call is made.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable

log = logging.getLogger(__name__)

ADMIN_STATUSES = frozenset({"creator", "administrator"})
DEFAULT_TTL = 60.0
_MAX_ENTRIES = 50_000

StatusLookup = Callable[[int, int], Awaitable[str]]
"""(chat_id, user_id) -> the member's status ("creator", "administrator", "member", ...)."""


class AdminCache:
    def __init__(
        self,
        lookup: StatusLookup,
        *,
        ttl: float = DEFAULT_TTL,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._lookup = lookup
        self._ttl = ttl
        self._clock = clock
        self._known: dict[tuple[int, int], tuple[float, bool]] = {}
        self._pending: dict[tuple[int, int], asyncio.Future[bool]] = {}

    async def is_admin(self, chat_id: int, user_id: int, *, private: bool) -> bool:
        """Whether the user administers the chat. A failed lookup counts as "no", uncached."""
        if private:
            return True
        key = (chat_id, user_id)
        now = self._clock()
        known = self._known.get(key)
        if known is not None and known[0] > now:
            return known[1]
        pending = self._pending.get(key)
        if pending is not None:  # one lookup at a time per member; the others wait for it
            return await asyncio.shield(pending)
        future: asyncio.Future[bool] = asyncio.get_running_loop().create_future()
        self._pending[key] = future
        try:
            answer = await self._fetch(chat_id, user_id)
            future.set_result(answer)
            return answer
        finally:
            del self._pending[key]
            if not future.done():
                future.set_result(False)

    async def _fetch(self, chat_id: int, user_id: int) -> bool:
        try:
            status = await self._lookup(chat_id, user_id)
        except Exception:
            log.warning(
                "getChatMember failed for user %s in chat %s", user_id, chat_id, exc_info=True
            )
            return False
        answer = status in ADMIN_STATUSES
        if len(self._known) >= _MAX_ENTRIES:
            self._forget_expired()
        self._known[(chat_id, user_id)] = (self._clock() + self._ttl, answer)
        return answer

    def _forget_expired(self) -> None:
        now = self._clock()
        for key in [key for key, (until, _) in self._known.items() if until <= now]:
            del self._known[key]
        if len(self._known) >= _MAX_ENTRIES:
            self._known.clear()
