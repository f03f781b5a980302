"""A kind of thing the notes do not list: "quick sort" in notes on bubble, merge and insertion sort.

A question may name a kind of something ("how does quick sort work?", "what does the frontal lobe
do?") where the notes name other kinds of the same thing ("Bubble sort swaps…", "Merge sort
splits…"). The question's modifier is a word the notes never use, and the thing itself is all over
them, so the facts about the other kinds look like answers. When the notes name at least
MIN_KINDS kinds of the thing — a line or a phrase opening with "<kind> <thing>" — and never the
one asked about, the notes do not answer the question.

English phrasing only: which words may open a noun phrase in a question and in a line.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from knowledge.search._words import STOP_WORDS, word_set

MIN_KINDS = 2
MAX_LINES = 300  # lines of the notes looked at for one thing
# Question words after which "<word> <thing>" is a noun phrase: "how does quick sort…",
# "what is the frontal lobe…", "which part of the temporal lobe…".
_OPENS_PHRASE = word_set("the a an does do did is are was were what which how of about")


def asked_kinds(words: Sequence[str], unknown: set[str], known: set[str]) -> list[tuple[str, str]]:
    """The (kind, thing) pairs of a question: a word the notes never use opening a noun phrase,
    right before a word they do use ("quick", "sort")."""
    pairs = []
    for position in range(1, len(words) - 1):
        kind, thing = words[position], words[position + 1]
        if kind in unknown and thing in known and words[position - 1] in _OPENS_PHRASE:
            pairs.append((kind, thing))
    return pairs


def kinds_named(thing: str, lines: Iterable[str]) -> set[str]:
    """The words the notes put before `thing` where a noun phrase opens (at the start of a line,
    or after "the"/"a"/"an"): the kinds of it they name ("bubble", "merge", "insertion")."""
    pattern = re.compile(
        rf"(?:^|[;:(]\s*|\b(?:the|a|an)\s+)([a-z][\w'’]+)[\s-]+{re.escape(thing)}\w*\b",
        re.IGNORECASE,
    )
    found: set[str] = set()
    for line in lines:
        for match in pattern.finditer(line):
            word = match.group(1).casefold()
            if word not in STOP_WORDS and word != thing:
                found.add(word)
    return found
