"""What a teacher's report holds: plain frozen values, so chat, image and web page render the same data."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from bot.store import ChatRef, UserRef


@dataclass(frozen=True, slots=True)
class Tally:
    """Right answers out of all answers."""

    right: int = 0
    total: int = 0

    @property
    def accuracy(self) -> float:
        return self.right / self.total if self.total else 0.0

    @property
    def percent(self) -> int:
        return round(100 * self.accuracy)

    def add(self, correct: bool) -> Tally:
        return Tally(self.right + int(correct), self.total + 1)


@dataclass(frozen=True, slots=True)
class TopicStat:
    """The class's answers on one topic of the deck (subtopics counted under their own id)."""

    topic_id: str
    title: str
    tally: Tally


@dataclass(frozen=True, slots=True)
class StudentStat:
    """One student's activity in the chat: in the period, and when they last answered at all."""

    user: UserRef
    name: str
    tally: Tally
    last_active: datetime | None
    active: bool
    daily_streak: int
    topics: tuple[tuple[str, Tally], ...] = ()

    def topic(self, topic_id: str) -> Tally | None:
        for tid, tally in self.topics:
            if tid == topic_id:
                return tally
        return None


@dataclass(frozen=True, slots=True)
class MissedQuestion:
    """A question the class often gets wrong: a gap to re-teach, or a bad question to retire."""

    question_id: str
    prompt: str
    source_line: str
    topic_title: str | None
    misses: int
    attempts: int


@dataclass(frozen=True, slots=True)
class Podium:
    """The top three of one battle finished in the period."""

    battle_id: str
    finished_at: datetime
    places: tuple[tuple[str, int], ...]


@dataclass(frozen=True, slots=True)
class ClassReport:
    """A chat's report over `since`..`until`; `student` set when it is one student's view."""

    chat: ChatRef
    deck_title: str
    since: datetime
    until: datetime
    students: tuple[StudentStat, ...]
    topics: tuple[TopicStat, ...]
    weakest: tuple[TopicStat, ...]
    missed: tuple[MissedQuestion, ...]
    podiums: tuple[Podium, ...]
    student: StudentStat | None = None

    @property
    def active(self) -> tuple[StudentStat, ...]:
        return tuple(s for s in self.students if s.active)

    @property
    def inactive(self) -> tuple[StudentStat, ...]:
        """Students who answered before but not in this period: who has stopped answering."""
        return tuple(s for s in self.students if not s.active)

    @property
    def tally(self) -> Tally:
        return Tally(
            sum(t.tally.right for t in self.topics), sum(t.tally.total for t in self.topics)
        )

    @property
    def streaks(self) -> tuple[StudentStat, ...]:
        """Students on a daily-question streak, longest first."""
        on = [s for s in self.students if s.daily_streak > 0]
        return tuple(sorted(on, key=lambda s: (-s.daily_streak, s.name.casefold())))
