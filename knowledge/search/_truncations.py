"""Words the notes cut short with a stop: "Acc. sg", "Gen. pl", "Dat./Abl. pl", "Pres. part.".

Tables and terse notes clip a long word to its first letters and a full stop, and a question asks
in full ("what is the accusative singular of puella?"). A clipped form is read as any question
word it starts ("acc" for "accusative"), so the row "Acc. sg; puella: puellam" is found. What is
clipped is taken from the deck's own lines, never from a list: a short run of letters and a stop
that the line goes on after in lower case or with a slash ("Acc. sg", "Nom./Acc."), so the last
word of a sentence ("… in Rome. The") is none.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from knowledge.search._spans import quick_fold

# Two to six letters and a stop, then a lower-case word or a slash: "Acc. sg", "Dat./Abl.".
_CLIPPED = re.compile(r"(?<![\w.'’])([A-Za-z]{2,6})\.(?=/|\s+[a-z])")
MIN_CLIPPED = 3  # "pl", "sg": too short to be read as the start of any word
MIN_REST = 2  # "accusative" from "acc": the full word is longer than the clipped one


def clipped_forms(lines: Iterable[str]) -> frozenset[str]:
    """The clipped words (folded, without their stop) the lines write: {"acc", "gen", "dat"}."""
    return frozenset(
        folded
        for line in lines
        if "." in line
        for match in _CLIPPED.finditer(line)
        if len(folded := quick_fold(match.group(1))) >= MIN_CLIPPED
    )


def clipped_of(word: str, clipped: frozenset[str]) -> list[str]:
    """The deck's clipped forms a question word starts with: "accusative" -> ["acc"]."""
    if not clipped:
        return []
    return [
        word[:size]
        for size in range(MIN_CLIPPED, len(word) - MIN_REST + 1)
        if word[:size] in clipped
    ]
