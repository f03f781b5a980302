"""Ctrl-C in `studybot chat`: the chat stops at once and the process leaves with 130, whatever
the chat was waiting on, and however it was started.

Why not `asyncio.run`'s own Ctrl-C handling. It installs its handler only where SIGINT still has
Python's default one; a process started with SIGINT ignored (a shell without job control starts
every `cmd &` so, and children inherit it: a test runner or a script launched in the background)
kept it ignored, and Ctrl-C at the prompt did nothing at all: the chat ran on for ever. An
interactive chat (stdin a terminal) always takes Ctrl-C; one fed by a script keeps the
disposition its launcher chose. Then, its handler is a Python signal handler: it runs on
the main thread between two bytecodes, wherever that thread is (in a library's cleanup too), and
only once that thread runs Python again, so a SIGINT the kernel hands to another thread (the
stdin reader, a SQLite worker) left the loop asleep in `select` until its next timer. Then it
cancels the chat once and waits for as long as the chat's cleanup takes: a cleanup that awaits
something only a worker thread can resolve (a pool's connection close, a thread that has
stopped) held the terminal for ever. The chat was seen doing that under load: the main thread
idle in `select`, the cancelled chat waiting, no Enter or second Ctrl-C able to end it.

Here the signal is the loop's (`loop.add_signal_handler`: it wakes the loop through its wakeup
fd and runs as an ordinary callback), the chat's task is cancelled, and from that moment the
whole way out of `run_chat` (the chat's cleanup, which closes the store and joins the SQLite
driver's threads, and the loop's teardown) has `LEAVE_WITHIN` seconds. Past that, or at a second
Ctrl-C, the process leaves with 130 at once (`os._exit`): what the store committed is already on
disk (each write is its own transaction), and a thread stuck in a library cannot be stopped any
other way. A way out that ends in time disarms that deadline as `run_chat` returns: its caller
(the CLI's `main` run by a test, a script with more to do) goes on, never killed later.
"""

from __future__ import annotations

import asyncio
import logging
import os
import signal
import threading
from collections.abc import Coroutine
from typing import Any

log = logging.getLogger(__name__)

EXIT_INTERRUPTED = 130
LEAVE_WITHIN = 10.0
"""Seconds from Ctrl-C to the end of the process, at most (a clean close takes well under one)."""

_STUCK = b"\nstudybot: the chat did not close in time; leaving without waiting for it.\n"
_AGAIN = b"\nstudybot: stopped.\n"


def run_chat(
    chat: Coroutine[Any, Any, None], *, interactive: bool, leave_within: float = LEAVE_WITHIN
) -> bool:
    """Run `chat` in a new event loop until it ends; True when Ctrl-C ended it. `interactive`:
    stdin is a terminal, so Ctrl-C is taken even where the process started with SIGINT ignored.

    After a Ctrl-C this returns once the chat's cleanup is done, or the process ends within
    `leave_within` seconds without returning (see the module's docstring). Errors the chat
    raises on its own are raised here.
    """
    take = interactive or signal.getsignal(signal.SIGINT) is not signal.SIG_IGN
    returned = threading.Event()  # the deadline after a Ctrl-C waits on it
    try:
        return asyncio.run(_supervised(chat, leave_within, returned, take_sigint=take))
    finally:
        returned.set()


async def _supervised(
    chat: Coroutine[Any, Any, None],
    leave_within: float,
    returned: threading.Event,
    *,
    take_sigint: bool,
) -> bool:
    loop = asyncio.get_running_loop()
    task = asyncio.ensure_future(chat)
    interrupted: asyncio.Future[None] = loop.create_future()

    def on_sigint() -> None:
        if interrupted.done():  # a second Ctrl-C: no more waiting
            _leave(_AGAIN)
        interrupted.set_result(None)
        _leave_after(leave_within, unless=returned)

    if take_sigint:
        try:
            loop.add_signal_handler(signal.SIGINT, on_sigint)
        except (RuntimeError, ValueError, NotImplementedError):
            take_sigint = False  # not the main thread (a test's), or no signals here
    if not take_sigint:
        await task
        return False
    try:
        await asyncio.wait((task, interrupted), return_when=asyncio.FIRST_COMPLETED)
        if not interrupted.done():
            interrupted.cancel()
            task.result()  # the chat's own error, if it had one
            return False
        task.cancel()
        await asyncio.wait((task,))  # bounded by `_leave_after`
        if not task.cancelled() and task.exception() is not None:
            log.warning("the chat's cleanup failed after Ctrl-C", exc_info=task.exception())
        return True
    finally:
        loop.remove_signal_handler(signal.SIGINT)


def _leave_after(seconds: float, *, unless: threading.Event) -> None:
    """End the process with 130 in `seconds` unless `unless` is set by then (the way out ended
    in time) or the process has ended (a daemon thread: it dies with a process that exits)."""

    def deadline() -> None:
        if not unless.wait(seconds):
            _leave(_STUCK)

    threading.Thread(target=deadline, name="ctrl-c-deadline", daemon=True).start()


def _leave(why: bytes) -> None:
    """Exit now with 130, saying why on stderr; no cleanup that could wait again."""
    try:
        os.write(2, why)
    finally:
        os._exit(EXIT_INTERRUPTED)
