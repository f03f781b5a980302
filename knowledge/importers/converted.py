"""Notes in another format (org-mode, LaTeX, Word, HTML) imported as the Markdown they convert to.

Each of those importers only has to say what its headings, lists, tables and bold text are; the
Markdown importer then does everything it does for Markdown notes (topics from headings, groups and
lead-ins from nested lists, key terms from bold, one fact per table row), so a deck reads the same
whatever its teacher wrote it in. Every Markdown line remembers the line of the original it came
from, so the report's "line N" points into the teacher's own file, not into the Markdown.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TypeVar

from knowledge.importers.errors import DeckImportError
from knowledge.importers.markdown import import_markdown
from knowledge.importers.report import Imported, Skipped
from knowledge.importers.source import without_controls

# What would make a line of plain text read as Markdown structure: a heading's hashes, a quote's
# ">", a rule or setext underline, a fence.
_STRUCTURE_START = re.compile(r"^(\s*)(#|>|=+\s*$|-+\s*$|```|~~~)")
# What would make the text of a list item read as a list of its own: a bullet or a number.
_ITEM_START = re.compile(r"^(\d{0,9})([-*+.)])(?=\s|$)")


@dataclass
class MarkdownDraft:
    """Markdown being written from another format: its lines, each with the original's line."""

    lines: list[str] = field(default_factory=list)
    origins: list[int | None] = field(default_factory=list)

    def add(self, text: str, origin: int | None = None) -> None:
        """Append one or more Markdown lines that came from line `origin` of the original."""
        for line in text.split("\n"):
            self.lines.append(line)
            self.origins.append(origin)

    def blank(self, origin: int | None = None) -> None:
        """A blank line: it ends a paragraph or a tight list, as in the original."""
        self.add("", origin)

    def heading(self, level: int, text: str, origin: int | None = None) -> None:
        """A heading, `level` 1 (the deck title) to 6; deeper ones stay at 6 (Markdown's last)."""
        text = " ".join(text.split())
        if text:
            self.blank(origin)
            self.add(f"{'#' * max(1, min(level, 6))} {text}", origin)
            self.blank(origin)

    def fact(self, text: str, origin: int | None = None) -> None:
        """One fact as a list item, never cut into sentences ("Who? Her." stays one line)."""
        for piece in pieces(text):
            self.add(f"- {item(piece)}", origin)

    def group(self, lead: str, members: list[str], origin: int | None = None) -> None:
        """A lead-in with its facts under it: a question with its answers keeps them together, so
        /ask shows the question as the answer's context ("From Hive › Who lays the eggs?")."""
        # The lead is a question or prompt, never "term: definition" ("Write a paragraph about
        # herring: why …?" defines no term), so its colon is written as a dash.
        lead = next(iter(pieces(lead.replace(": ", " – "))), "")
        texts = [piece for member in members for piece in pieces(member)]
        if not lead or not texts:
            for text in texts:
                self.fact(text, origin)
            return
        self.add(f"- {item(lead)}", origin)
        for text in texts:
            self.add(f"  - {item(text)}", origin)

    def origin(self, line: int | None) -> int | None:
        """The original's line for a 1-based Markdown line (None when unknown)."""
        if line is None or not 1 <= line <= len(self.origins):
            return None
        return self.origins[line - 1]


def plain(text: str) -> str:
    """Text from another format made safe to write as a Markdown line: a line that would read as
    a heading, quote, rule or fence gets its first mark escaped (it is what the teacher wrote)."""
    return _STRUCTURE_START.sub(lambda m: f"{m.group(1)}\\{m.group(2)}", text, count=1)


MAX_LINE = 1000
"""Characters of one line written from a format with no lines of its own (a chat message, a
caption run): longer text is cut at a space into lines of at most this many, so one crafted
megabyte-long message costs what many short ones do."""


def pieces(text: str) -> list[str]:
    """`text` on one line, cut at spaces into pieces of at most MAX_LINE characters."""
    text = " ".join(text.split())
    out: list[str] = []
    start = 0
    while len(text) - start > MAX_LINE:
        cut = text.rfind(" ", start, start + MAX_LINE + 1)
        cut = cut if cut > start else start + MAX_LINE
        out.append(text[start:cut].strip())
        start = cut
    if text[start:].strip():
        out.append(text[start:].strip())
    return out


def item(text: str) -> str:
    """Text made safe to write after a list item's bullet: as `plain`, and a bullet or number it
    starts with is escaped, so it stays the item's text rather than a list inside it."""
    return _ITEM_START.sub(lambda m: f"{m.group(1)}\\{m.group(2)}", plain(text), count=1)


Node = TypeVar("Node")


def write_nested_items(
    draft: MarkdownDraft,
    nodes: list[Node],
    *,
    text: Callable[[Node], str],
    notes: Callable[[Node], list[str]],
    children: Callable[[Node], list[Node]],
    max_depth: int,
) -> None:
    """Nodes of an outline or a mind map and everything under them as a nested Markdown list,
    each node's note lines a level below it; walked with a stack (an upload may nest 100,000
    deep), levels past `max_depth` kept at that depth under their nearest kept parent."""
    if not nodes:
        return
    draft.blank()
    stack: list[tuple[Node, int]] = [(node, 0) for node in reversed(nodes)]
    while stack:
        node, depth = stack.pop()
        said = text(node)
        level = min(depth, max_depth)
        if said:
            draft.add(f"{'    ' * level}- {item(said)}")
        for line in notes(node):
            draft.add(f"{'    ' * (level + bool(said))}- {item(line)}")
        below = depth + 1 if said else depth
        stack.extend((child, below) for child in reversed(children(node)))
    draft.blank()


def import_converted(draft: MarkdownDraft, source_name: str, kind: str) -> Imported:
    """The deck the Markdown in `draft` makes, its report in the original's line numbers."""
    try:
        # Text decoded from the format's own escapes may hold control characters: dropped here.
        markdown = without_controls("\n".join(draft.lines))
        imported = import_markdown(markdown, source_name, kind=kind)
    except DeckImportError as error:
        raise DeckImportError(error.reason, line=draft.origin(error.line)) from None
    imported.report.skipped = [
        Skipped(draft.origin(entry.line), entry.reason, entry.unit)
        for entry in imported.report.skipped
    ]
    return imported
