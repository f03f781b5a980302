"""Names of several words: the notes' "Martin Luther King" is later just "King".

Notes name a person, a place or an act in full once ("Led by Martin Luther King") and then by
the last word of it alone ("King was shot dead in Memphis"). A question naming it in full ("who killed
Martin Luther King?") must not count each of its words as a separate thing to find. So the words of
a name the question gives in full count as one question word, as informative as all of them
together: a line with the name's last word meets it in full, a line with only another of its words
("Martin") half. Only for a name whose last word the notes do use alone, capitalised ("King
wrote…"), and is not a name of its own in the deck's people and places: "Lady Macbeth" is not
Macbeth, and "Triple Alliance" is not met by "Alliances".

The names are the deck's people and places and the runs of two or more capitalised words in its
lines ("Rosa Parks", "Brown v. Board of Education"), folded; the question's words are matched
against them in any case, in order.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from itertools import pairwise

from knowledge.given_names import names_a_person_in_capitals
from knowledge.search._bm25 import QueryTerm
from knowledge.search._spans import quick_fold
from knowledge.search._words import STOP_WORDS, index_word

_RUN = re.compile(
    r"(?<![\w'’])[A-Z][\w'’-]*(?:\s+(?:(?:of|the|de|del|la|von|van|der|da|du|al|bin|v\.?|vs\.?)"
    r"\s+)*[A-Z][\w'’-]*)*"
)
_WORD = re.compile(r"[\w'’-]+")
MAX_NAME_WORDS = 6
MAX_PERSON_WORDS = 4  # "Lady Mary Wortley Montagu"
PART_TRUST = 0.5  # a line naming only a first word of the name ("Martin" of "Martin Luther King")


def name_runs(text: str) -> Iterable[tuple[str, ...]]:
    """The runs of capitalised words in a line, as folded content words: names of several
    words, and (as runs of one) words capitalised on their own."""
    for match in _RUN.finditer(text):
        words = _words(match.group())
        if 1 <= len(words) <= MAX_NAME_WORDS:
            yield words


def heading_people(heading: str) -> Iterable[str]:
    """The people a heading names: runs of capitalised words that start with a title or a common
    given name ("Edward Jenner and smallpox vaccination", and in a heading typed in capitals,
    "JOHN SNOW, BROAD STREET, 1854"). Notes often name someone only there, and the lines under
    the heading are about them: "who mapped the cholera deaths?". Title Case capitalises every
    word, so a given name that is an everyday word ("The General Strike") names nobody here."""
    letters = [c for c in heading if c.isalpha()]
    if letters and all(c.isupper() for c in letters):
        heading = re.sub(r"[^\W\d_]+", lambda m: m.group().capitalize(), heading)
    for match in _RUN.finditer(heading):
        words = tuple(quick_fold(word) for word in _WORD.findall(match.group()))
        if 2 <= len(words) <= MAX_PERSON_WORDS and names_a_person_in_capitals(words):
            yield match.group()


def name_words(name: str) -> tuple[str, ...]:
    """A name's folded content words ("Rosa Parks" -> ("rosa", "parks"))."""
    return _words(name)


def _words(text: str) -> tuple[str, ...]:
    folded = (quick_fold(word).strip("'’-") for word in _WORD.findall(text))
    return tuple(word for word in folded if word and word not in STOP_WORDS and len(word) > 1)


class NameRuns:
    """The deck's names of several words, to find the ones a question gives in full."""

    __slots__ = ("_pairs", "alone", "members", "singles")

    def __init__(self) -> None:
        # Each pair of words next to each other in some name: a question's run of such pairs is
        # (part of) a name.
        self._pairs: set[tuple[str, str]] = set()
        self.singles: set[str] = set()  # the deck's people and places of one word
        self.alone: set[str] = set()  # words the notes capitalise on their own ("King wrote…")
        self.members: set[str] = set()  # the words of names of several words ("prince albert")

    def add(self, words: Sequence[str], listed: bool = False) -> None:
        """Add a name of the notes' lines, or (`listed`) one of the deck's people and places."""
        if len(words) == 1:
            (self.singles if listed else self.alone).add(words[0])
        if len(words) > 1:
            self.members.update(words)
        for first, second in pairwise(words):
            self._pairs.add((first, second))

    def __len__(self) -> int:
        return len(self._pairs)

    def words_in(self, asked: Sequence[str]) -> set[str]:
        """The words of `asked` (folded, in order) that belong to a name of several words."""
        folded = [word for word in asked if word not in STOP_WORDS]
        return {word for start, end in self.spans(folded) for word in folded[start:end]}

    def spans(self, words: Sequence[str]) -> list[tuple[int, int]]:
        """The [start, end) runs of `words` (folded, in question order) that are names."""
        found: list[tuple[int, int]] = []
        start = 0
        while start < len(words) - 1:
            end = start
            while end + 1 < len(words) and (words[end], words[end + 1]) in self._pairs:
                end += 1
            if end > start:
                found.append((start, end + 1))
                start = end + 1
            else:
                start += 1
        return found


def merge_names(terms: list[QueryTerm], asked: Sequence[str], names: NameRuns) -> list[QueryTerm]:
    """`terms` with the words of each name the question gives in full joined into one term: met
    by any of the name's words, as informative as its most informative word, placed where the
    name's first word was."""
    if not len(names):
        return terms
    folded = [word for word in asked if word not in STOP_WORDS]
    runs = names.spans(folded)
    if not runs:
        return terms
    by_stem = {index_word(term.text): term for term in terms}
    merged: list[QueryTerm] = []
    used: set[str] = set()
    for start, end in runs:
        members = [by_stem[stem] for w in folded[start:end] if (stem := index_word(w)) in by_stem]
        last = folded[end - 1]
        if len(members) < 2 or last not in names.alone or last in names.singles:
            continue
        alternatives: dict[str, float] = {}
        for position, member in enumerate(members):
            share = 1.0 if position == len(members) - 1 else PART_TRUST
            for word, trust in member.alternatives:
                alternatives[word] = max(trust * share, alternatives.get(word, 0.0))
        if not alternatives:
            continue  # a name the notes never mention: each word stays, to be refused
        idf = sum(member.idf for member in members)
        text = " ".join(member.text for member in members)
        merged.append(QueryTerm(text, tuple(alternatives.items()), idf))
        used.update(member.text for member in members)
    if not merged:
        return terms
    result: list[QueryTerm] = []
    pending = iter(merged)
    firsts = {term.text.split()[0] for term in merged}
    for term in terms:
        if term.text in firsts:
            result.append(next(pending))
        elif term.text not in used:
            result.append(term)
    return result
