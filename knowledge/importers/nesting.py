"""Indented lines as a tree, shared by the outline and Markdown importers."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Line:
    """A non-empty line: its number, indent, bullet kind (None if unbulleted) and text."""

    number: int
    indent: int
    bullet: str | None
    text: str
    children: list[Line] = field(default_factory=list)
    raw_text: str = ""  # the line as written, bullet or number included (for numbered headings)

    @property
    def is_colon_heading(self) -> bool:
        """Ends with ":" — written as a heading for what follows ("Americans react:")."""
        return self.text.endswith(":")


def nest(lines: list[Line]) -> list[Line]:
    """Put each line under the nearest earlier line with a smaller indent; return the top level."""
    roots: list[Line] = []
    stack: list[Line] = []
    for line in lines:
        line.children = []
        while stack and stack[-1].indent >= line.indent:
            stack.pop()
        (stack[-1].children if stack else roots).append(line)
        stack.append(line)
    return roots


def flatten(nodes: list[Line]) -> list[Line]:
    """Every line of the trees under `nodes`, in reading order (decks keep one level of groups)."""
    flat: list[Line] = []
    stack = list(reversed(nodes))  # a loop, not recursion: notes may nest thousands of levels deep
    while stack:
        node = stack.pop()
        flat.append(node)
        stack.extend(reversed(node.children))
    return flat
