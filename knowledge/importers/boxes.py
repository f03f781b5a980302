"""Text boxes drawn with ASCII art, read as the lines they frame.

A knowledge organiser typed in a plain-text editor frames its vocabulary list in a box:

    +----------------------------------------------+
    | KEY VOCABULARY                               |
    | chord ......... straight line joining two …  |
    +----------------------------------------------+

The borders are layout and the pipes only the box's sides: read as they are, the top border became
a section heading ("+-----+") and the rows a one-column table under it. A box whose every row is a
single cell is unboxed: its borders become blank lines and each row the text inside it, so its
heading and its "term ..... meaning" lines are read as any other lines are. A box with cells side by
side ("| term | meaning |") is a table, and left as it is.
"""

from __future__ import annotations

import re

_BORDER = re.compile(r"^\s*\+[-=~_]{3,}\+\s*$")  # "+------+", "+======+"
_ROW = re.compile(r"^(?P<indent>\s*)\|(?P<text>[^|]*)\|\s*$")  # one cell between the sides


def unboxed(text: str) -> str:
    """`text` with each box of one-cell rows replaced by its rows' text (same line count)."""
    lines = text.split("\n")
    index = 0
    while index < len(lines):
        if not _BORDER.match(lines[index]):
            index += 1
            continue
        end = index + 1
        while end < len(lines) and _ROW.match(lines[end]):
            end += 1
        if end < len(lines) and end > index + 1 and _BORDER.match(lines[end]):
            for row in range(index + 1, end):
                found = _ROW.match(lines[row])
                assert found is not None  # matched above
                lines[row] = f"{found.group('indent')}{found.group('text').strip()}"
            lines[index] = lines[end] = ""
            index = end + 1
        else:
            index += 1
    return "\n".join(lines)
