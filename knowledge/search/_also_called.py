"""Names the notes give one thing twice: "a spring balance (also called a newtonmeter)".

Notes often give a second name once ("Mycobacterium tuberculosis, also known as Koch's bacillus",
"the thalamus (also called the relay station)", 'MAOA gene = the "warrior gene"') and use either
name after it. A student asks with the one a line does not use. The pairs come from the notes
themselves, so they hold for that deck only: no general thesaurus says a newtonmeter is a spring
balance.

Each name is at most a few words; every word of one name finds the words of the other. A pair
only adds alternatives to a question word (trusted as a synonym is), and only words the deck's
index holds count. The same pairs, as phrases (`also_called_pairs`), are other answers the
quiz's grader accepts for a name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from knowledge.search._words import content_words

MAX_NAME_WORDS = 3  # as the patterns below take
# "X (also called Y)", "X, also known as Y", "X – aka Y", "X (a.k.a. Y)", "X, known as Y".
_ALSO = re.compile(
    r"([\w'’-]+(?:\s+[\w'’-]+){0,2})\s*(?:\(|,|\s[-–—]\s)\s*"
    r"(?:also\s+(?:called|known\s+as|named|termed)|aka|a\.k\.a\.|known\s+as|sometimes\s+called|"
    r"or\s+simply)\s+(?:the\s+|a\s+|an\s+)?[\"'“‘]?([\w'’-]+(?:\s+[\w'’-]+){0,2})",
    re.IGNORECASE,
)
_STOP_AT = re.compile(r"\b(?:is|are|was|were|which|that|who|and|but|in|of|to|for|by)\b.*$", re.I)


# 'MAOA gene (monoamine oxidase A) = the "warrior gene"': a line whose whole meaning is a name
# in quotes gives the thing's nickname.
_NICKNAMED = re.compile(
    r"^\W*([\w'’-]+(?:\s+[\w'’-]+){0,2})\s*(?:\([^()]*\))?\s*=\s*"
    r"(?:the\s+|a\s+)?[\"“‘']([\w'’ -]{3,40})[\"”’']\s*$"
)


def also_called(lines: Iterable[str]) -> dict[str, frozenset[str]]:
    """Per index word of one name the notes give a thing, the index words of its other name."""
    found: dict[str, set[str]] = {}
    for line in lines:
        pairs = [(before, after, False) for before, after in also_called_pairs(line)]
        nicknamed = _NICKNAMED.match(line) if "=" in line else None
        if nicknamed is not None:  # the words both names share are no other name
            pairs.append((nicknamed.group(1), nicknamed.group(2), True))
        for before, after, shared_dropped in pairs:
            first = _name(before, last=True)
            second = _name(after, last=False)
            if shared_dropped:
                first, second = (
                    tuple(word for word in first if word not in second),
                    tuple(word for word in second if word not in first),
                )
            if not first or not second or set(first) & set(second):
                continue
            for word in first:
                found.setdefault(word, set()).update(second)
            for word in second:
                found.setdefault(word, set()).update(first)
    return {word: frozenset(others) for word, others in found.items()}


def also_called_pairs(line: str) -> list[tuple[str, str]]:
    """The two names of each "X (also called Y)", "X, aka Y" of a line, as written: up to three
    words before the "also called" (the name, or the end of the words before it: the caller
    says which of them name the thing), and the words after it up to a function word
    ("Gravitropism (aka geotropism): growth …" -> ("Gravitropism", "geotropism")). The quiz's
    grader takes the same pairs as /ask (`bot.questions._aliases`)."""
    if "also" not in line and "known" not in line and "aka" not in line.casefold():
        return []
    pairs = []
    for match in _ALSO.finditer(line):
        before = match.group(1).strip(" -–—")
        after = _STOP_AT.sub("", match.group(2)).strip(" -–—")
        if before and after:
            pairs.append((before, after))
    return pairs


def _name(text: str, *, last: bool) -> tuple[str, ...]:
    """A name's index words: the words nearest the "also called" (the last ones before it, the
    first ones after it)."""
    words = tuple(content_words(text))
    return words[-MAX_NAME_WORDS:] if last else words[:MAX_NAME_WORDS]
