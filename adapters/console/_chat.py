"""`studybot chat`: the engine in a terminal, one line in, replies out.

Everyone at the keyboard shares one group chat; `/as NAME` switches who is speaking, so group features can be
tried alone. A number answers the options shown last. Timers (battle rounds) run on `engine.tick()`: after
every line, and on a background ticker while waiting for the next line when `run` is given `tick_every`.
"""

from __future__ import annotations

import asyncio
import contextlib
import sys
from collections.abc import Callable, Iterable, Iterator
from typing import TextIO

from adapters.console._messenger import ConsoleMessenger
from adapters.console._render import render
from bot.clean import clean_name, clean_text
from bot.engine import Engine
from bot.events import Answer, Chat, Choice, Command, Event, User
from bot.replies import Choices, Message, Option, Quiz, Reply

PLATFORM = "console"
_BANNER = (
    "studybot — {title}\n"
    "Type /help for commands, /as NAME to speak as someone else, /quit to leave."
)


class ConsoleChat:
    def __init__(self, engine: Engine, *, user: str = "you", out: TextIO | None = None) -> None:
        self.engine = engine
        self.chat = Chat(PLATFORM, "console", is_group=True)
        self.out = out or sys.stdout
        self.user = self._user(user)
        self._options: tuple[Option, ...] = ()
        self._prompting = False
        self.messenger = ConsoleMessenger(self._show_posted)

    @staticmethod
    def _user(name: str) -> User:
        clean = clean_name(name)[:32] if name.strip() else "you"
        return User(PLATFORM, clean.casefold(), clean, is_admin=True)

    def banner(self) -> None:
        self._print(_BANNER.format(title=self.engine.services.deck.title))

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
        """Handle lines until /quit (False) or the end of input (True)."""
        if self._prompting:
            self._prompt()
        while True:
            raw = next(lines, None) if blocking else await asyncio.to_thread(next, lines, None)
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
        if entered == "/as" or entered.startswith("/as "):
            name = entered[3:].strip()
            if not name:
                self._print(f"You are speaking as {self.user.name}. Use /as NAME to switch.")
            else:
                self.user = self._user(name)
                self._print(f"Now speaking as {self.user.name}.")
            return True
        replies = await self.engine.handle(self._event(entered))
        for reply in replies:
            self._remember_options(reply)
            self._print(render(reply))
        if not replies and not entered.startswith("/"):
            self._print("(no reply — commands start with /, try /help)")
        return True

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
        self._print(f"{heading}\n{render(reply)}")
        if self._prompting:
            self._prompt()

    def _remember_options(self, reply: Reply) -> None:
        """Numbers press the options shown last — until a question asks for typing instead."""
        if isinstance(reply, Choices | Quiz):
            self._options = reply.options
        elif isinstance(reply, Message) and reply.awaits_answer:
            self._options = ()

    def _prompt(self) -> None:
        self.out.write(f"[{self.user.name}] > ")
        self.out.flush()

    def _print(self, value: str) -> None:
        """Print a reply; nothing in it may act on the terminal (escapes, control characters)."""
        self.out.write(clean_text(value) + "\n")
        self.out.flush()
