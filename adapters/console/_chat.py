"""`studybot chat`: the engine in a terminal, one line in, replies out.

Everyone at the keyboard shares one group chat; `/as NAME` switches who is speaking, so group features can be
tried alone. A number answers the options shown last. Timers (battle rounds) run on `engine.tick()`: after
every line, and on a background ticker while waiting for the next line when `run` is given `tick_every`.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import sys
import tempfile
import threading
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TextIO

from adapters.console._messenger import ConsoleMessenger
from adapters.console._render import render
from bot.clean import clean_name, clean_text
from bot.engine import Engine
from bot.events import Answer, Chat, Choice, Command, Event, Upload, User
from bot.replies import Choices, Message, Option, Quiz, Reply
from bot.wording import is_you
from knowledge.upload_limits import limits_wording, upload_limit

PLATFORM = "console"
_HOW_TO_UPLOAD = (
    "Give the file's path: /deck upload PATH (a YAML deck, Markdown or plain-text notes, a "
    f"TSV/CSV term list, or a Word, PowerPoint or PDF file; {limits_wording()}). To start on a deck "
    "instead: studybot chat --deck PATH."
)
_BANNER = (
    "studybot — {title}\n"
    "Type /help for commands, /as NAME to speak as someone else, /quit to leave.\n"
    "{who}"
)


class ConsoleChat:
    """One local person at the keyboard, in one chat.

    The person who starts the console is this chat's admin (a teacher trying the bot can set the
    daily question and upload notes) unless `admin` is False (`studybot chat --student`); anyone
    else they speak as with `/as NAME` is a student, so the refusals students meet can be seen too.
    The banner, `/as` and `/help` say which they are.
    """

    def __init__(
        self,
        engine: Engine,
        *,
        user: str = "you",
        admin: bool = True,
        out: TextIO | None = None,
        save_charts: bool = True,
    ) -> None:
        """`save_charts` False describes charts by their alt text instead of saving them."""
        self.engine = engine
        self.chat = Chat(PLATFORM, "console", is_group=True)
        self.out = out or sys.stdout
        self._owner = _clean_name(user)
        self._owner_admin = admin
        self.user = self._user(user)
        self._options: tuple[Option, ...] = ()
        self._prompting = False
        self.messenger = ConsoleMessenger(self._show_posted)
        self._charts: tempfile.TemporaryDirectory[str] | None = None
        self._save_charts = save_charts
        self._chart_count = 0

    def _user(self, name: str) -> User:
        clean = _clean_name(name)
        admin = self._owner_admin and clean.casefold() == self._owner.casefold()
        return User(PLATFORM, clean.casefold(), clean, is_admin=admin)

    def who(self) -> str:
        """Who is speaking and whether admin commands work for them, in one line."""
        you = "You are" if is_you(self.user.name) else f"You are {self.user.name},"
        if self.user.is_admin:
            return (
                f"{you} this chat's admin: /daily, /deck upload and /report work. "
                "Anyone you speak as with /as NAME is a student."
            )
        if self._owner_admin:
            return (
                f"{you} a student: admin commands are refused. "
                f"/as {self._owner} to be the admin again."
            )
        return (
            f"{you} a student: admin commands are refused "
            "(start without --student to be the chat's admin)."
        )

    def banner(self) -> None:
        self._print(_BANNER.format(title=self.engine.services.deck.title, who=self.who()))

    async def run(
        self,
        lines: Iterable[str],
        *,
        prompt: bool = False,
        tick_every: float | None = None,
        linger: Callable[[], bool] | None = None,
    ) -> None:
        """Handle each input line until /quit or end of input.

        With `tick_every` (seconds), lines are read off the event loop and the engine ticks on that
        beat meanwhile; at the end of input it keeps ticking while `linger()` is true (a battle
        still running from a piped script).
        """
        self._prompting = prompt
        if tick_every is None:
            await self._read_all(iter(lines), blocking=True)
            return
        ticker = asyncio.create_task(self._tick_forever(tick_every))
        try:
            if await self._read_all(iter(lines), blocking=False) and linger is not None:
                while linger():
                    await asyncio.sleep(tick_every)
        finally:
            ticker.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await ticker

    async def _read_all(self, lines: Iterator[str], *, blocking: bool) -> bool:
        """Handle lines until /quit (False) or the end of input (True).

        Off the loop, lines come from a daemon thread rather than the loop's executor: a read that
        waits for the keyboard must not keep Ctrl-C (which cancels this task) from ending the program.
        """
        pump = None if blocking else _LinePump(lines)
        if self._prompting:
            self._prompt()
        while True:
            raw = next(lines, None) if pump is None else await pump.next()
            if raw is None:
                return True
            if not await self.say(raw):
                return False
            await self.engine.tick()
            if self._prompting:
                self._prompt()

    async def _tick_forever(self, every: float) -> None:
        while True:
            await asyncio.sleep(every)
            await self.engine.tick()

    async def say(self, raw: str) -> bool:
        """Handle one line; False when the user asked to leave."""
        entered = raw.strip()
        if not entered:
            return True
        if entered in {"/quit", "/exit"}:
            return False
        if entered.split(maxsplit=2)[:2] == ["/deck", "upload"]:
            await self._upload(entered.split(maxsplit=2)[2:])
            return True
        if entered == "/as" or entered.startswith("/as "):
            name = entered[3:].strip()
            if not name:
                self._print(f"{self.who()} Use /as NAME to switch.")
            else:
                self.user = self._user(name)
                role = "the admin" if self.user.is_admin else "a student"
                self._print(f"Now speaking as {self.user.name}, {role}.")
            return True
        replies = await self.engine.handle(self._event(entered))
        for reply in replies:
            self._remember_options(reply)
            self._print(self._render(reply))
        if entered == "/help" or entered.startswith("/help "):
            self._print(self.who())
        if not replies and not entered.startswith("/"):
            self._print("(no reply — commands start with /, try /help)")
        return True

    async def _upload(self, path: list[str]) -> None:
        """`/deck upload PATH`: the console's way to send a file is to name it."""
        if not path:
            self._print(_HOW_TO_UPLOAD)
            return
        file = Path(path[0].strip("'\"")).expanduser()
        try:
            with file.open("rb") as handle:
                content = handle.read(upload_limit(file.name) + 1)  # the core refuses more
        except OSError as error:
            self._print(f"Cannot read {file}: {error.strerror or error}.")
            return
        event = Upload(self.user, self.chat, "/deck upload", file.name, content)
        for reply in await self.engine.handle(event):
            self._print(self._render(reply))

    def _event(self, entered: str) -> Event:
        if entered.startswith("/"):
            name, _, args = entered[1:].partition(" ")
            return Command(self.user, self.chat, name, args.strip())
        if entered.isdigit() and 1 <= int(entered) <= len(self._options):
            return Choice(self.user, self.chat, self._options[int(entered) - 1].token)
        return Answer(self.user, self.chat, entered)

    def _show_posted(self, reply: Reply, heading: str) -> None:
        """A message the core posted on its own (a battle round): printed whenever it comes."""
        self._remember_options(reply)
        self._print(f"{heading}\n{self._render(reply)}")
        if self._prompting:
            self._prompt()

    def _remember_options(self, reply: Reply) -> None:
        """Numbers press the options shown last — until a question asks for typing instead."""
        if isinstance(reply, Choices | Quiz):
            self._options = reply.options
        elif isinstance(reply, Message) and reply.awaits_answer:
            self._options = ()

    def _render(self, reply: Reply) -> str:
        return render(reply, self._save_chart if self._save_charts else None)

    def _save_chart(self, png: bytes) -> str:
        """A terminal can't show a picture: charts go to one folder that is removed when the chat ends."""
        if self._charts is None:
            self._charts = tempfile.TemporaryDirectory(prefix="studybot-charts-")
        self._chart_count += 1
        path = Path(self._charts.name) / f"chart-{self._chart_count}.png"
        path.write_bytes(png)
        return str(path)

    def close(self) -> None:
        """Remove the charts saved during this chat."""
        if self._charts is not None:
            self._charts.cleanup()
            self._charts = None

    def _prompt(self) -> None:
        self.out.write(f"[{self.user.name}] > ")
        self.out.flush()

    def _print(self, value: str) -> None:
        """Print a reply; nothing in it may act on the terminal (escapes, control characters)."""
        self.out.write(clean_text(value) + "\n")
        self.out.flush()


def _clean_name(name: str) -> str:
    return clean_name(name)[:32] if name.strip() else "you"


class _LinePump:
    """Lines from a blocking iterator, read on a daemon thread and handed to the loop one by one."""

    def __init__(self, lines: Iterator[str]) -> None:
        self._loop = asyncio.get_running_loop()
        self._queue: asyncio.Queue[str | None] = asyncio.Queue()
        threading.Thread(target=self._read, args=(lines,), daemon=True).start()

    def _read(self, lines: Iterator[str]) -> None:
        try:
            for raw in lines:
                self._loop.call_soon_threadsafe(self._queue.put_nowait, raw)
        except RuntimeError:  # the loop has closed: nobody is listening any more
            return
        with contextlib.suppress(RuntimeError):
            self._loop.call_soon_threadsafe(self._queue.put_nowait, None)

    async def next(self) -> str | None:
        return await self._queue.get()


def fd_lines(fd: int = 0) -> Iterator[str]:
    """Lines read straight from a file descriptor (stdin), without Python's buffered reader: a
    thread blocked in a read then holds no lock that interpreter shutdown would wait for."""
    pending = b""
    while True:
        chunk = os.read(fd, 65536)
        if not chunk:
            break
        pending += chunk
        *complete, pending = pending.split(b"\n")
        for raw in complete:
            yield raw.decode("utf-8", errors="replace") + "\n"
    if pending:
        yield pending.decode("utf-8", errors="replace")
