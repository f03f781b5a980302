"""Notes in another format (org-mode, LaTeX, Word, HTML) imported as the Markdown they convert to.

Each of those importers only has to say what its headings, lists, tables and bold text are; the
Markdown importer then does everything it does for Markdown notes (topics from headings, groups and
lead-ins from nested lists, key terms from bold, one fact per table row), so a deck reads the same
whatever its teacher wrote it in. Every Markdown line remembers the line of the original it came
from, so the report's "line N" points into the teacher's own file, not into the Markdown.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from knowledge.importers.errors import DeckImportError
from knowledge.importers.markdown import import_markdown
from knowledge.importers.report import Imported, Skipped

# What would make a line of plain text read as Markdown structure: a heading's hashes, a quote's
# ">", a rule or setext underline, a fence.
_STRUCTURE_START = re.compile(r"^(\s*)(#|>|=+\s*$|-+\s*$|```|~~~)")


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

    def origin(self, line: int | None) -> int | None:
        """The original's line for a 1-based Markdown line (None when unknown)."""
        if line is None or not 1 <= line <= len(self.origins):
            return None
        return self.origins[line - 1]


def plain(text: str) -> str:
    """Text from another format made safe to write as a Markdown line: a line that would read as
    a heading, quote, rule or fence gets its first mark escaped (it is what the teacher wrote)."""
    return _STRUCTURE_START.sub(lambda m: f"{m.group(1)}\\{m.group(2)}", text, count=1)


def import_converted(draft: MarkdownDraft, source_name: str, kind: str) -> Imported:
    """The deck the Markdown in `draft` makes, its report in the original's line numbers."""
    try:
        imported = import_markdown("\n".join(draft.lines), source_name, kind=kind)
    except DeckImportError as error:
        raise DeckImportError(error.reason, line=draft.origin(error.line)) from None
    imported.report.skipped = [
        Skipped(draft.origin(entry.line), entry.reason, entry.unit)
        for entry in imported.report.skipped
    ]
    return imported
