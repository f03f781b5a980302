"""A sliding-window budget for the messages a battle posts and edits in one chat.

Telegram lets a bot make about 20 requests a minute into one group, and its rate limiters count
edits as well as new messages. A battle plans within that budget instead of letting a limiter
delay a question while its timer already runs: lobby refreshes wait while the budget is low, and
the next question waits until it and the scoreboard edit after it both fit.
"""

from __future__ import annotations

from collections import deque
from datetime import datetime, timedelta

WINDOW = timedelta(minutes=1)


class Pace:
    """Calls made in the last minute; `limit` None means no limit (the console)."""

    def __init__(self, limit: int | None) -> None:
        if limit is not None and limit < 1:
            raise ValueError(f"a message budget must be at least 1 a minute, not {limit}")
        self.limit = limit
        self._calls: deque[datetime] = deque()

    def record(self, now: datetime) -> None:
        self._calls.append(now)

    def free(self, now: datetime) -> int:
        """How many more calls fit in the minute ending now."""
        if self.limit is None:
            return 1_000_000
        while self._calls and self._calls[0] <= now - WINDOW:
            self._calls.popleft()
        return self.limit - len(self._calls)

    def allows(self, now: datetime, calls: int) -> bool:
        return self.free(now) >= calls
