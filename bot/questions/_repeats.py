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
from typing import Protocol, TypeVar

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


def repeats(
    chosen: list[C],
    pool: Sequence[C],
    n: int,
    *,
    stem: Callable[[Question], str],
    on_year: Callable[[Question], bool],
    max_years: int,
    clash: Callable[[Question, Question], bool],
    focus: Callable[[Question], Question | None],
    recast: Callable[[C, Question], C],
) -> list[C]:
    """`chosen` with second questions on lines it asks about added until it holds `n` (or the
    pool has no more that fit), topic by topic, the least-asked topic first. Nothing chosen is
    dropped or moved. `focus` gives a question with its stem cut to the sentence it asks
    about (or None): two questions on one long line, each so cut, may show each other nothing,
    and both are then asked so (`recast` gives a candidate with another question)."""
    batch = list(chosen)
    if len(batch) >= n:
        return batch
    asked: Counter[str] = Counter()
    others: set[str] = set()  # every subject but lines: each is still asked once
    for candidate in batch:
        lines = line_subjects(candidate.subjects)
        asked.update(lines)
        others |= candidate.subjects - lines
    stems = {stem(candidate.question) for candidate in batch}
    ids = {candidate.question.id for candidate in batch}
    years = sum(on_year(candidate.question) for candidate in batch)
    per_topic = Counter(topic for candidate in batch for topic in candidate.topics)
    waiting = [candidate for candidate in pool if candidate.question.id not in ids]
    while len(batch) < n and waiting:
        # The least-asked topic's best waiting question (pool order is best first per line).
        waiting.sort(key=lambda c: min((per_topic[t] for t in c.topics), default=0))
        found: tuple[C, dict[int, Question]] | None = None
        for candidate in waiting:
            lines = line_subjects(candidate.subjects)
            if any(asked[line] >= MAX_PER_LINE for line in lines):
                continue
            if not (candidate.subjects - lines).isdisjoint(others):
                continue
            if stem(candidate.question) in stems:
                continue
            if on_year(candidate.question) and years >= max_years:
                continue
            cut = _apart(candidate, batch, clash, focus)
            if cut is not None:
                found = (candidate, cut)
                break
        if found is None:
            break
        taken, cut = found
        waiting.remove(taken)
        for index, question in cut.items():
            if index >= 0:
                batch[index] = recast(batch[index], question)
                stems.add(stem(question))
        if -1 in cut:
            taken = recast(taken, cut[-1])
        batch.append(taken)
        lines = line_subjects(taken.subjects)
        asked.update(lines)
        others |= taken.subjects - lines
        stems.add(stem(taken.question))
        years += on_year(taken.question)
        per_topic.update(taken.topics)
    return batch


def _apart(
    candidate: C,
    batch: list[C],
    clash: Callable[[Question, Question], bool],
    focus: Callable[[Question], Question | None],
) -> dict[int, Question] | None:
    """None when `candidate` cannot join `batch` without one question showing another's answer;
    else the questions to show in its place (key -1) and in place of batch members (their
    index) so that none does: empty when none needs cutting."""

    def clashes(mine: Question, theirs: Question) -> bool:
        return clash(mine, theirs) or shows_key(mine, theirs)

    clashing = [i for i, other in enumerate(batch) if clashes(candidate.question, other.question)]
    if not clashing:
        return {}
    mine = focus(candidate.question)
    if mine is None:
        return None
    cut: dict[int, Question] = {-1: mine}
    for index, other in enumerate(batch):
        if not clashes(mine, other.question):
            continue
        theirs = focus(other.question) if index in clashing else None
        if theirs is None or clashes(mine, theirs):
            return None
        cut[index] = theirs
    return cut


def shows_key(one: Question, other: Question) -> bool:
    """True when two questions on one line of the notes (or one table row) would tell each
    other's answer: a true/false prints the whole line, and a stem or an option holding the
    other's key gives it ("What is the name for F?" beside "Which abbrev. has the name
    “fixed”?"). Questions on different lines are judged by the generator's own check."""
    if one.source_fact != other.source_fact:
        return False
    if QuestionKind.TRUE_FALSE in (one.kind, other.kind):
        return True
    return _printed(one, other) or _printed(other, one)


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
