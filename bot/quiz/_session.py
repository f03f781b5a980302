"""A solo quiz in progress: its questions, where the player is, and how it has gone."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from bot.events import Chat, User
from bot.questions import Question


class Mode(StrEnum):
    QUIZ = "quiz"
    REVIEW = "review"


@dataclass(frozen=True, slots=True)
class Result:
    question: Question
    correct: bool
    hinted: bool
    typo: bool
    skipped: bool = False


@dataclass(slots=True)
class QuizSession:
    """One player's quiz in one chat. Held in memory: a restart ends it (results so far are stored)."""

    nonce: str
    user: User
    chat: Chat
    mode: Mode
    questions: list[Question]
    last_active: datetime
    position: int = 0
    hinted: bool = False
    hints_used: int = 0
    hints_before: int = 0  # hints used on the question answered last (to take an answer back)
    results: list[Result] = field(default_factory=list)
    picks: set[int] = field(default_factory=set)  # options ticked on a multi-select question

    @property
    def current(self) -> Question | None:
        return self.questions[self.position] if self.position < len(self.questions) else None

    @property
    def finished(self) -> bool:
        return self.position >= len(self.questions)

    @property
    def score(self) -> int:
        return sum(1 for result in self.results if result.correct)

    def advance(self, result: Result) -> None:
        self.results.append(result)
        self.position += 1
        self.picks = set()
        self.hinted = False
        self.hints_before, self.hints_used = self.hints_used, 0

    def take_back(self, result: Result) -> None:
        """Undo `advance(result)` (its answer could not be saved): the question is open again."""
        if self.results and self.results[-1] is result:
            self.results.pop()
            self.position -= 1
            self.hinted = result.hinted
            self.hints_used = self.hints_before
