"""Watching the core give a post up, for the fault tests.

When a post the core sent on its own (a battle round, a daily question or its results) fails for
good, the core logs it and carries on. A fault test waits for the post *or* one of these lines, so
a post given up fails the test at once, with the line, instead of at a long timeout.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager

# What the core logs when a post it sent through a Messenger failed for good.
LOST = (
    "could not send a battle message",  # bot/battle
    "could not post the ",  # bot/daily: "… the daily question …", "… the <day> daily results …"
)


class Losses(logging.Handler):
    """The "could not send" lines as they are logged; `wake` tells the fake's waiters to look."""

    def __init__(self, wake: Callable[[], None]) -> None:
        super().__init__(logging.WARNING)
        self.wake = wake
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        message = record.getMessage()
        if message.startswith(LOST):
            self.lines.append(message)
            self.wake()


@contextmanager
def watching_losses(wake: Callable[[], None]) -> Iterator[Losses]:
    losses = Losses(wake)
    root = logging.getLogger()
    root.addHandler(losses)
    try:
        yield losses
    finally:
        root.removeHandler(losses)
