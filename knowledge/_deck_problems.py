"""What is wrong with a deck, said so a teacher can find and fix it: where, and what."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class DeckProblem:
    """One thing wrong with a deck file.

    `line` and `column` count from 1 and are None when the problem concerns the whole file (it
    cannot be read, or is too big). `path` says where inside the deck, e.g. "topics[3].facts[2]"
    (list positions count from 0); it is empty for problems outside any value, such as a YAML syntax
    error.
    """

    file: str
    line: int | None
    column: int | None
    path: str
    message: str

    def __str__(self) -> str:
        where = self.file
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        inside = f"{self.path}: " if self.path else ""
        return f"{where}: {inside}{self.message}"


def _position(problem: DeckProblem) -> tuple[int, int]:
    return (problem.line or 0, problem.column or 0)


class DeckError(Exception):
    """A deck that cannot be loaded; `problems` holds every problem found, in file order."""

    def __init__(self, problems: Iterable[DeckProblem]) -> None:
        self.problems: tuple[DeckProblem, ...] = tuple(sorted(problems, key=_position))
        if not self.problems:
            raise ValueError("DeckError needs at least one problem")
        super().__init__(self._describe())

    def _describe(self) -> str:
        if len(self.problems) == 1:
            return str(self.problems[0])
        lines = [f"{len(self.problems)} problems in the deck:"]
        lines.extend(f"  {problem}" for problem in self.problems)
        return "\n".join(lines)
