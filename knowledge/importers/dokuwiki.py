"""DokuWiki pages (a school or club wiki's page as DokuWiki stores it in `data/pages/…/page.txt`,
or copied from its edit box), imported as the Markdown they convert to (see `converted`).

DokuWiki shares Zim's headings and inline markup (`wiki_markup`: six `=` is the page's title,
fewer a deeper heading). Its own: list items indented by two spaces or more (`  * ` bullets,
`  - ` numbered, two more spaces a level deeper), tables of `^ header ^` and `| cell |` rows
(`:::` carries the cell above down), `<code>`/`<file>` blocks, `((footnotes))` (their text kept,
in brackets, on the line that cites them), `\\\\` line breaks and `> ` quotes. Dropped: control
macros (`~~NOTOC~~`), `<html>`/`<php>` blocks, plugin tags (`<WRAP …>`), `%%`/`<nowiki>` marks
(their words stay), images and a line of navigation links.

Hand-written: DokuWiki's parser is PHP; the Python wiki parsers read MediaWiki's syntax, whose
headings and bold mean other things. Every pattern here runs in time linear in its line.
"""

from __future__ import annotations

import re

from knowledge.importers.converted import MarkdownDraft, import_converted
from knowledge.importers.errors import DeckImportError
from knowledge.importers.report import Imported
from knowledge.importers.source import require_content
from knowledge.importers.wiki_markup import (
    heading,
    heading_levels,
    inline,
    is_navigation,
    links_and_images,
    looks_like_wiki_page,
    write_item,
    write_line,
)

MAX_DOKUWIKI_LINES = 10_000
"""Lines read from one page: a term's notes have hundreds; more is not a page someone wrote."""

# One run of spaces, or tabs then spaces: never two runs of the same character side by side,
# whose split a failed match would try at every point (a line of spaces, quadratic).
_ITEM = re.compile(r"^(?P<indent> {2,}|\t+ *)(?P<bullet>[*-])(?:[ \t]+(?P<text>.*))?$")
_TABLE_ROW = re.compile(r"^[\^|].*[\^|]$")
_FOOTNOTE = re.compile(r"\(\(([^()\n]*)\)\)")
_MACRO = re.compile(r"~~[A-Z]{2,20}(?::[^~\n]*)?~~")
_NOWIKI = re.compile(r"%%([^%\n]*)%%|<nowiki>([^<\n]*)</nowiki>", re.IGNORECASE)
_TAG = re.compile(r"</?[A-Za-z][\w-]{0,30}(?:\s[^<>\n]{0,500})?/?>")
_LINE_BREAK = re.compile(r"\\\\(?=\s|$)")
_CODE_START = re.compile(r"^<(code|file)\b[^>\n]{0,200}>(.*)$", re.IGNORECASE)
_DROPPED_START = re.compile(r"^<(html|php)>", re.IGNORECASE)
_RULE = re.compile(r"^-{4,}$")
_QUOTE = re.compile(r"^>+[ \t]?")
_ROWSPAN = ":::"
_CELL_MARK = re.compile(r"[\^|]")


def import_dokuwiki(text: str, source_name: str) -> Imported:
    """A deck mapping from a DokuWiki page."""
    require_content(text)
    return import_converted(dokuwiki_to_markdown(text), source_name, "DokuWiki page")


def looks_like_dokuwiki(text: str) -> bool:
    """A DokuWiki page sent as .txt: the family's headings and markup (`looks_like_wiki_page`),
    and lists indented as DokuWiki indents them (two spaces) or its `^ header ^` tables, more of
    them than the unindented or tab-indented bullets Zim (or an outline) writes."""
    lines = text.split("\n", 20_000)[:20_000]
    if not looks_like_wiki_page(lines):
        return False
    items = sum(1 for line in lines if line.startswith("  ") and _ITEM.match(line))
    tables = sum(1 for line in lines if line.startswith("^") and _TABLE_ROW.match(line.rstrip()))
    others = sum(1 for line in lines if line.startswith(("* ", "- ", "\t")) and line.strip())
    return items + tables >= 2 and items + tables > others


def dokuwiki_to_markdown(text: str) -> MarkdownDraft:
    """The Markdown for a DokuWiki page, each line with its line in the page."""
    lines = text.split("\n")
    if len(lines) > MAX_DOKUWIKI_LINES:
        raise DeckImportError(f"the page has more than {MAX_DOKUWIKI_LINES:,} lines; split it")
    marks = [found[0] for line in lines if (found := heading(line)) is not None]
    shift = heading_levels(marks)
    page = _Page(MarkdownDraft())
    for number, raw in enumerate(lines, 1):
        page.line(raw.rstrip(), number, shift)
    page.end_block()
    return page.draft


class _Page:
    """The page read line by line, knowing the block (code, dropped, table) it is in."""

    def __init__(self, draft: MarkdownDraft) -> None:
        self.draft = draft
        self.closing: str | None = None  # "</code>" (kept as code) or "</html>" (dropped)
        self.kept = False
        self.table: list[tuple[int, list[str], bool]] = []  # (line, cells, a header row)

    def line(self, raw: str, number: int, shift: int) -> None:
        stripped = raw.strip()
        if self.closing is not None:
            self._in_block(raw, number)
            return
        if _TABLE_ROW.match(stripped) and not _ITEM.match(raw):
            self._table_row(stripped, number)
            return
        self._end_table()
        block = _CODE_START.match(stripped) or _DROPPED_START.match(stripped)
        if block is not None:
            self._open_block(block, number)
            return
        found = heading(stripped)
        if found is not None:
            self.draft.heading(7 - found[0] + shift, _words(found[1]).replace("*", ""), number)
            return
        if not stripped or _RULE.match(stripped):
            self.draft.blank(number)
            return
        if is_navigation(stripped):
            return
        listed = _ITEM.match(raw)
        if listed is not None:
            words = _words(listed.group("text") or "")
            if words:
                indent = listed.group("indent").expandtabs(2)
                depth = max(0, len(indent) // 2 - 1)
                write_item(self.draft, depth, listed.group("bullet") == "-", words, number)
            return
        words = _words(_QUOTE.sub("", stripped))
        if words:
            write_line(self.draft, words, number)

    def _open_block(self, block: re.Match[str], number: int) -> None:
        """A `<code>`/`<file>` block (kept as code) or an `<html>`/`<php>` one (dropped), whose
        first line may hold text, or the whole block."""
        name = block.group(1).casefold()
        self.closing, self.kept = f"</{name}>", name in ("code", "file")
        if self.kept:
            self.draft.blank(number)
            self.draft.add("```", number)
        rest = block.string[block.end() :] if not self.kept else block.group(2)
        if rest.strip():
            self._in_block(rest, number)

    def _in_block(self, raw: str, number: int) -> None:
        closing = self.closing or ""
        before, found, _ = raw.partition(closing)
        if not found:
            before, found, _ = raw.partition(closing.upper())
        if self.kept and before.strip():
            self.draft.add(before.replace("```", "'''"), number)
        if found:
            if self.kept:
                self.draft.add("```", number)
            self.closing = None

    def _table_row(self, row: str, number: int) -> None:
        header = row.startswith("^")
        cells = [
            cell.strip() for cell in _CELL_MARK.split(links_and_images(row[1:-1], page_names=True))
        ]
        self.table.append((number, cells, header))

    def _end_table(self) -> None:
        """Write the table read so far as a Markdown table: its first row heads it (DokuWiki's
        `^` row, or the first row when it has none), `:::` takes the cell above."""
        if not self.table:
            return
        rows = self.table
        self.table = []
        width = max(len(cells) for _, cells, _ in rows)
        above = [""] * width
        self.draft.blank(rows[0][0])
        for index, (number, cells, _) in enumerate(rows):
            padded = cells + [""] * (width - len(cells))
            shown = []
            for column, cell in enumerate(padded):
                words = above[column] if cell == _ROWSPAN else _words(cell).replace("|", "/")
                above[column] = words
                shown.append(words)
            self.draft.add("| " + " | ".join(shown) + " |", number)
            if index == 0:
                self.draft.add("|" + "---|" * width, number)
        self.draft.blank(rows[-1][0])

    def end_block(self) -> None:
        """Close a code block left open at the end of the page, and a table ending it."""
        if self.closing is not None and self.kept:
            self.draft.add("```")
        self.closing = None
        self._end_table()


def _words(text: str) -> str:
    """A line's words: footnotes in brackets where they are cited, macros, tags and `%%` marks
    gone, then the shared inline markup (`wiki_markup.inline`)."""
    text = _MACRO.sub("", text)
    text = _NOWIKI.sub(lambda m: m.group(1) or m.group(2) or "", text)
    text = _FOOTNOTE.sub(lambda m: f" ({m.group(1).strip()})" if m.group(1).strip() else "", text)
    text = _LINE_BREAK.sub(" ", text)
    text = _TAG.sub("", text)
    return inline(text, page_names=True)
