"""Sections headed by a label and a number at the margin: "QUESTION 3 (5 marks) Explain …",
"Part 2: the causes", "Unit 4 – Forces".

Past-paper mark schemes, worksheets and course booklets typed as plain text head each section
this way, with no marks around the heading and no rule under it. Read as an outline, the lines
that ended in a colon ("Award 1 mark for each point made …:") were taken for the headings
instead, and one of them held every question after it. A file where one such label opens at least
three unbulleted margin lines, its numbers never going back, is cut into sections there.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from knowledge.importers.nesting import Line
from knowledge.text import fold

_LABELLED = re.compile(r"^(?P<label>[A-Za-z]{4,8})\s+(?P<number>\d{1,2})[A-Za-z]?(?![\w.,])")
_LABELS = frozenset(
    [
        "question",
        "part",
        "unit",
        "chapter",
        "lesson",
        "task",
        "section",
        "activity",
        "exercise",
        "week",
        "module",
    ]
)
MIN_LABELLED = 3


def labelled_headings(lines: Sequence[Line]) -> dict[int, tuple[int, str]]:
    """Line number -> (depth 1, the heading line) for each labelled section heading; empty when
    the file has fewer than MIN_LABELLED of one label in order."""
    found: list[tuple[Line, str, int]] = []
    for line in lines:
        match = _LABELLED.match(line.raw_text) if line.indent == 0 and line.bullet is None else None
        if match is not None and fold(match.group("label")) in _LABELS:
            found.append((line, fold(match.group("label")), int(match.group("number"))))
    if not found:
        return {}
    label, count = Counter(name for _, name, _ in found).most_common(1)[0]
    if count < MIN_LABELLED:
        return {}
    ours = [(line, number) for line, name, number in found if name == label]
    numbers = [number for _, number in ours]
    if numbers != sorted(numbers):
        return {}  # "Question 3 … Question 1": cross-references, not headings in order
    return {line.number: (1, line.text.strip()) for line, _ in ours}
