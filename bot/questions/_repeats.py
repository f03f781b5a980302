"""A second question on a line already asked about, for a quiz the deck is short for.

A batch asks each line once while it can (`_draw`). A handout of fifty lines holding a hundred
things to learn then gave 37 questions of 60 (round 26's LaTeX deck): "Pharos of Alexandria …:
built c. 280 BC …, architect Sostratus of Cnidus. … its stones were reused in Fort Qaitbay" is
one line and three facts. Once every line has had its turn, a line may be asked once more, on
another of its facts, when neither question shows the other's answer (`clash`: the same line's
true/false prints every key of it, a cloze on one clause prints the other clause's), the two ask
for different things (every subject but the line's own is still asked once) and the batch keeps
its share of years. The topics asked least so far go first, so the repeats spread over the notes.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Generic, Protocol, TypeVar

from bot.questions._model import Question, QuestionKind
from knowledge.text import fold

# The subjects naming one line: the ones a repeat may share. The fact two lines say alike
# ("same:") and the thing a line is about ("about:") are still asked once.
_LINE_PREFIXES = ("fact:",)
# How many times a quiz may ask about one line in all.
MAX_PER_LINE = 2


class Drawn(Protocol):
    """A built candidate of the generator: its question, what it asks about, its topics."""

    @property
    def question(self) -> Question: ...
    @property
    def subjects(self) -> frozenset[str]: ...
    @property
    def topics(self) -> frozenset[str]: ...


C = TypeVar("C", bound=Drawn)


def line_subjects(subjects: Iterable[str]) -> set[str]:
    """The subjects of a candidate that name lines of the notes."""
    return {subject for subject in subjects if subject.startswith(_LINE_PREFIXES)}


@dataclass(frozen=True, slots=True)
class Rules(Generic[C]):
    """How the generator reads its candidates: a question's stem as compared, whether it turns
    on a year (and how many may), whether two questions of a batch tell each other (`clash`), a
    question with its stem cut to the sentence it asks about (`focus`, None when it cannot be),
    and a candidate asking another question (`recast`)."""

    stem: Callable[[Question], str]
    on_year: Callable[[Question], bool]
    max_years: int
    clash: Callable[[Question, Question], bool]
    focus: Callable[[Question], Question | None]
    recast: Callable[[C, Question], C]


def repeats(chosen: list[C], pool: Sequence[C], n: int, rules: Rules[C]) -> list[C]:
    """`chosen` with second questions on lines it asks about added until it holds `n` (or the
    pool has no more that fit), the least-asked topic first. A question may be shown with its
    stem cut to its sentence (`Rules.focus`) so that two on one long line show each other
    nothing. Nothing chosen is dropped or moved."""
    batch = list(chosen)
    if len(batch) >= n:
        return batch
    # Each pair is judged once: a batch grows a question at a time, meeting the same pairs.
    judged: dict[tuple[str, str, str, str], bool] = {}
    tells = rules.clash

    def clash(one: Question, other: Question) -> bool:
        key = (one.id, one.prompt, other.id, other.prompt)
        found = judged.get(key)
        if found is None:
            found = judged[key] = tells(one, other) or shows_key(one, other)
        return found

    rules = replace(rules, clash=clash)
    while len(batch) < n:
        grown = _grown(batch, pool, rules)
        if grown is None:
            break
        batch = grown
    return batch


def _grown(batch: list[C], pool: Sequence[C], rules: Rules[C]) -> list[C] | None:
    """`batch` with one more question (and some of its own cut to their sentence), or None."""
    ids = {candidate.question.id for candidate in batch}
    per_topic = Counter(topic for candidate in batch for topic in candidate.topics)
    waiting = sorted(
        (candidate for candidate in pool if candidate.question.id not in ids),
        key=lambda c: min((per_topic[t] for t in c.topics), default=0),
    )
    asked = _Asked.of(batch, rules)
    for candidate in waiting:
        if not asked.fits(candidate, rules):
            continue
        cut = _apart(candidate, batch, rules)
        if cut is not None:
            return _with(batch, candidate, cut, rules)
    return None


@dataclass(frozen=True, slots=True)
class _Asked:
    """What a batch asks: each line how often, every other subject, its stems, its years."""

    lines: Counter[str]
    others: frozenset[str]
    stems: frozenset[str]
    years: int

    @classmethod
    def of(cls, batch: Sequence[Drawn], rules: Rules[C]) -> _Asked:
        return cls(
            Counter(line for member in batch for line in line_subjects(member.subjects)),
            frozenset(
                s for member in batch for s in member.subjects - line_subjects(member.subjects)
            ),
            frozenset(rules.stem(member.question) for member in batch),
            sum(rules.on_year(member.question) for member in batch),
        )

    def fits(self, candidate: Drawn, rules: Rules[C]) -> bool:
        """True when `candidate` may join: one line asked less than `MAX_PER_LINE` times (a
        question on several lines, a matching or a list, asks again what the batch asked of
        each: round 26's firefighting rows matched after each was asked), nothing else it asks
        asked, a stem of its own, a year to spare."""
        lines = line_subjects(candidate.subjects)
        if len(lines) > 1 and any(self.lines[line] for line in lines):
            return False
        if any(self.lines[line] >= MAX_PER_LINE for line in lines):
            return False
        if not (candidate.subjects - lines).isdisjoint(self.others):
            return False
        if rules.stem(candidate.question) in self.stems:
            return False
        return not (rules.on_year(candidate.question) and self.years >= rules.max_years)


def _with(batch: list[C], candidate: C, cut: dict[int, Question], rules: Rules[C]) -> list[C]:
    grown = [
        rules.recast(member, cut[index]) if index in cut else member
        for index, member in enumerate(batch)
    ]
    grown.append(rules.recast(candidate, cut[-1]) if -1 in cut else candidate)
    return grown


def _clashes(rules: Rules[C], one: Question, other: Question) -> bool:
    return rules.clash(one, other)


def _apart(candidate: C, batch: list[C], rules: Rules[C]) -> dict[int, Question] | None:
    """None when `candidate` cannot join `batch` without one question showing another's answer;
    else the questions to show in its place (key -1) and in place of batch members (their
    index) so that none does: empty when none needs cutting."""
    clashing = [
        index
        for index, member in enumerate(batch)
        if _clashes(rules, candidate.question, member.question)
    ]
    if not clashing:
        return {}
    mine = rules.focus(candidate.question)
    if mine is None:
        return None
    cut: dict[int, Question] = {-1: mine}
    for index, member in enumerate(batch):
        if not _clashes(rules, mine, member.question):
            continue
        theirs = rules.focus(member.question) if index in clashing else None
        if theirs is None or _clashes(rules, mine, theirs):
            return None
        cut[index] = theirs
    return cut


def shows_key(one: Question, other: Question) -> bool:
    """True when two questions on one line of the notes (or one table row) would tell each
    other's answer: a true/false prints the whole line, and a stem or an option holding the
    other's key gives it ("What is the name for F?" beside "Which abbrev. has the name
    “fixed”?"). Questions on different lines are judged by the generator's own check."""
    if _line(one.source_fact) != _line(other.source_fact):
        return False  # "Continental divide - …" and its key term's "Continental divide: …" are one
    if QuestionKind.TRUE_FALSE in (one.kind, other.kind):
        return True
    return _printed(one, other) or _printed(other, one)


def _line(text: str) -> str:
    """A line's words, as a quiz compares lines (dashes, colons and case aside)."""
    return _NOT_WORD.sub(" ", fold(text)).strip()


def _printed(asked: Question, shown: Question) -> bool:
    """True when a key of `asked` is a whole word or phrase of `shown`'s stem or options."""
    said = " " + " ".join(fold(text) for text in (shown.prompt, *shown.options)) + " "
    said = _NOT_WORD.sub(" ", said)
    for answer in asked.answers:
        key = _NOT_WORD.sub(" ", fold(answer)).strip()
        if key and f" {key} " in said:
            return True
    return False


_NOT_WORD = re.compile(r"[^\w]+")
