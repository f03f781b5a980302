"""Zim desktop-wiki pages: a notebook's page as Zim stores it (a .txt in the notebook's folder),
imported as the Markdown it converts to (see `converted`).

Zim writes a header (`Content-Type: text/x-zim-wiki`, `Wiki-Format:`, `Creation-Date:`), then the
page: `====== Title ======` (six `=` is the page's title, fewer a deeper heading: the reverse of
MediaWiki), its template's `Created Monday 19 October 2026` line, `@tags`, `* ` bullets nested by
tabs, `1.`/`a.` numbered items, `[ ]`/`[*]`/`[x]`/`[>]` checkboxes, `| … |` tables with a
`|---|` rule under their header, `'''` verbatim blocks (read as lines of text), `{{{code: …}}}`
objects (kept as code), and the shared inline markup (`wiki_markup`). The header, the template
line, tags, checkbox marks and a line of navigation links are not notes and go; a bullet's tabs
say which line it belongs under.

Hand-written: no maintained Python parser for Zim's format exists outside Zim itself (a GTK
application); every pattern here runs in time linear in its line.
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

MAX_ZIM_LINES = 10_000
"""Lines read from one page: a term's notes have hundreds; more is not a page someone wrote."""

CONTENT_TYPE = "content-type: text/x-zim-wiki"
_HEADER_FIELD = re.compile(r"^[A-Z][\w-]{1,40}:[ \t]")
_CREATED = re.compile(r"^Created \w+day,? \d{1,2} \w+ \d{4}$")  # Zim's default page template
_TAGS = re.compile(r"^(?:@[\w-]+[ \t,]*)+$")
_INLINE_TAG = re.compile(r"(?<!\S)@[\w-]+")
_ITEM = re.compile(
    r"^(?P<indent>[\t ]*)(?:(?P<bullet>[*•]|\d{1,9}\.|[a-z]\.)[ \t]+)?"
    r"(?P<box>\[[ *xX><]\][ \t]+)?(?P<text>.*)$"
)
_ZIM_ITEM = re.compile(r"^\t*(?:[*•]|\[[ *xX><]\])[ \t]")
_SPACED_ITEM = re.compile(r"^ {2,}[*-][ \t]")
_RULE_CHARS = frozenset("-:| \t")
_RULE = re.compile(r"^-{4,}$")
_OBJECT_START = re.compile(r"^\{\{\{[\w-]+:")


def import_zim(text: str, source_name: str) -> Imported:
    """A deck mapping from a Zim wiki page."""
    require_content(text)
    return import_converted(zim_to_markdown(text), source_name, "Zim wiki page")


def looks_like_zim(text: str) -> bool:
    """A Zim page: its header's first line says so; or, without the header (copied out of Zim),
    the family's headings and markup (`looks_like_wiki_page`) with Zim's lists, bullets at the
    line's start or indented by tabs, or checkboxes, more of them than DokuWiki's indented ones."""
    if zim_header(text):
        return True
    lines = text.split("\n", 20_000)[:20_000]
    if not looks_like_wiki_page(lines):
        return False
    zim_items = sum(1 for line in lines if _ZIM_ITEM.match(line))
    spaced = sum(1 for line in lines if _SPACED_ITEM.match(line))
    return zim_items >= 2 and zim_items > spaced


def zim_header(text: str) -> bool:
    """Whether the page opens with Zim's `Content-Type: text/x-zim-wiki` header line."""
    first = text.lstrip("\ufeff \t\n").split("\n", 1)[0]
    return first.strip().casefold() == CONTENT_TYPE


def zim_to_markdown(text: str) -> MarkdownDraft:
    """The Markdown for a Zim page, each line with its line in the page."""
    lines = text.split("\n")
    if len(lines) > MAX_ZIM_LINES:
        raise DeckImportError(f"the page has more than {MAX_ZIM_LINES:,} lines; split it")
    start = _header_end(lines)
    marks = [found[0] for line in lines[start:] if (found := heading(line)) is not None]
    shift = heading_levels(marks)
    page = _Page(MarkdownDraft())
    for number, raw in enumerate(lines[start:], start + 1):
        page.line(raw.rstrip(), number, shift)
    page.end_block()
    return page.draft


def _header_end(lines: list[str]) -> int:
    """The index of the page's first line after Zim's header (its fields and the blank after),
    which may follow blank lines, as `zim_header` allows."""
    first = 0
    while first < len(lines) and not lines[first].strip("\ufeff \t\r"):
        first += 1
    if first == len(lines) or not zim_header(lines[first]):
        return 0
    index = first + 1
    while index < len(lines) and _HEADER_FIELD.match(lines[index]):
        index += 1
    return index


class _Page:
    """The page read line by line, knowing the block (verbatim, object, table) it is in."""

    def __init__(self, draft: MarkdownDraft) -> None:
        self.draft = draft
        self.block: str | None = None  # "'''" or "}}}" while inside a verbatim block or object
        self.table = False

    def line(self, raw: str, number: int, shift: int) -> None:
        stripped = raw.strip()
        if self.block is not None:
            self._in_block(raw, stripped, number)
            return
        if stripped == "'''" or _OBJECT_START.match(stripped):
            self.end_block()
            self.block = "'''" if stripped == "'''" else "}}}"
            self.draft.blank(number)
            if self.block == "}}}":
                self.draft.add("```", number)
            return
        if stripped.startswith("|") and stripped.endswith("|") and len(stripped) > 1:
            self._table_row(stripped, number)
            return
        self.end_block()
        found = heading(stripped)
        if found is not None:
            self.draft.heading(7 - found[0] + shift, _words(found[1]).replace("*", ""), number)
            return
        if not stripped or _RULE.match(stripped):
            self.draft.blank(number)
            return
        if _TAGS.match(stripped) or _CREATED.match(stripped) or is_navigation(stripped):
            return
        self._text(raw, number)

    def _in_block(self, raw: str, stripped: str, number: int) -> None:
        """A line of a verbatim block, which a student uses to line up notes ("term = meaning"),
        read as a line of text; or of a code object, kept as code."""
        if stripped == self.block:
            if self.block == "}}}":
                self.draft.add("```", number)
            self.draft.blank(number)
            self.block = None
        elif self.block == "}}}":
            self.draft.add(raw.replace("```", "'''"), number)
        elif stripped:
            write_line(self.draft, " ".join(stripped.split()), number)

    def _text(self, raw: str, number: int) -> None:
        listed = _ITEM.match(raw)
        if listed is not None and (listed.group("bullet") or listed.group("box")):
            words = _words(listed.group("text"))
            if words:
                indent = listed.group("indent")
                depth = indent.count("\t") + indent.count(" ") // 4
                numbered = (listed.group("bullet") or "")[:1].isdigit()
                write_item(self.draft, depth, numbered, words, number)
            return
        words = _words(raw)
        if words:
            write_line(self.draft, words, number)

    def _table_row(self, row: str, number: int) -> None:
        if not self.table:
            self.draft.blank(number)
            self.table = True
        if _is_table_rule(row):
            self.draft.add(row, number)
            return
        cells = [_words(cell) for cell in links_and_images(row[1:-1]).split("|")]
        self.draft.add("| " + " | ".join(cells) + " |", number)

    def end_block(self) -> None:
        """Close a verbatim block left open at the end, or a table the line after it ends."""
        if self.block == "}}}":
            self.draft.add("```")
        self.block = None
        if self.table:
            self.draft.blank()
            self.table = False


def _is_table_rule(row: str) -> bool:
    """A `|---|:--|` rule under a table's header (`row` starts and ends with `|`): checked by its
    characters, not by a pattern, whose two runs around a `-` made a long row that is not a rule
    (`|-|-|…|x|`) cost its length squared."""
    return "-" in row and _RULE_CHARS.issuperset(row)


def _words(text: str) -> str:
    return " ".join(_INLINE_TAG.sub("", inline(text)).split())
