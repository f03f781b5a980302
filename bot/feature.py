"""The shape of a feature the engine routes to: commands, button actions, typed text and timers.

Battles and daily pushes plug into the engine through this, so the engine stays a router and each feature
keeps its own state and rules.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from typing import Protocol

from bot.events import Answer, Choice, Command
from bot.replies import Reply

CommandHandler = Callable[[Command], Awaitable[list[Reply]]]
ChoiceHandler = Callable[[Choice, list[str]], Awaitable[list[Reply]]]


class Feature(Protocol):
    def commands(self) -> Mapping[str, CommandHandler]:
        """Command name -> handler; names must be declared in bot.commands.COMMANDS."""
        ...

    def choices(self) -> Mapping[str, ChoiceHandler]:
        """Token action (the part before the first ':') -> handler."""
        ...

    async def on_text(self, event: Answer) -> list[Reply] | None:
        """Typed text; None when this feature has nothing open for it in that chat."""
        ...

    async def tick(self) -> None:
        """Run whatever is due by the clock's now (lobby timeouts, round ends, scheduled pushes).

        Calls may overlap (the adapters' timer loop does not wait for one to end): never run one
        chat's work twice at once, and skip what an earlier call is still doing."""
        ...
