"""What a search returns: plain frozen values the engine turns into replies."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from knowledge.model import Fact

HitKind = Literal["topic", "term"]
LookupStatus = Literal["match", "ambiguous", "none"]
AnswerStatus = Literal["answer", "none"]


@dataclass(frozen=True, slots=True)
class Hit:
    """A topic or key term a query points at.

    `score` is a 0-1 confidence; `matched` is the name, alias, person, place, year or fact line that
    matched, so a reply can say "did you mean Hungarian Uprising (Imre Nagy)?".
    """

    kind: HitKind
    id: str
    title: str
    score: float
    matched: str


@dataclass(frozen=True, slots=True)
class Lookup:
    """The result of `/explain <query>`.

    "match": `best` is the answer. "ambiguous": no safe answer; `candidates` is the did-you-mean
    list. "none": nothing in the notes; `candidates` are the closest topics, possibly empty.
    """

    status: LookupStatus
    best: Hit | None
    candidates: tuple[Hit, ...]


@dataclass(frozen=True, slots=True)
class Passage:
    """One fact that answers a question, with its topic for context.

    `answer` is where, in `fact.text`, the words that answer the question are (start, end) — the
    date of a "when", the number of a "how many", the expansion of an acronym — or None when the
    whole line is the answer. `path` is where the fact sits: the topic's path (its title, or
    Section › Topic in a deck with sub-topics) and the heading it hangs under.
    """

    topic_id: str
    topic_title: str
    fact: Fact
    score: float
    answer: tuple[int, int] | None = None
    path: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Answer:
    """The result of `/ask <question>`: the best facts, or "none" with topics to suggest instead."""

    status: AnswerStatus
    passages: tuple[Passage, ...]
    closest: tuple[Hit, ...]
    kind: str = "other"  # the kind of answer the question asked for (see _question.AnswerKind)
