"""Textile pages (a Redmine wiki page, a Textpattern article; `.textile` files, or copied out of
the wiki's edit box), imported as the Markdown they convert to (see `converted`).

Textile's blocks start a line with their name and a full stop: `h1.`–`h6.` headings (h1 the
page's title when it has one, as in Markdown), `p.` paragraphs, `bq.` quotes, `fn1.` footnotes
(their text kept, in brackets, on the line citing `[1]`), `bc.`/`<pre>` code; lists are `*`
bullets and `#` numbers, one mark a level (`**` a level deeper); tables are `|_. header |` and
`| cell |` rows. Inline: `*strong*` and `**bold**` stay bold (a key term), `_emphasis_` italic,
`-deleted-` struck; `@code@`, `+inserted+`, `^sup^`, `~sub~`, `??cite??` and `%span%` keep their
words; a `"text":url` link shows its text; images and Redmine's `{{toc}}`-style macros go.

Hand-written: the maintained Python Textile library renders HTML (and would add a dependency to
turn back into notes); every pattern here runs in time linear in its line: each body stops at the
next mark of its own kind, and block attributes are bounded.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable

from knowledge.importers.converted import MarkdownDraft, import_converted
from knowledge.importers.errors import DeckImportError
from knowledge.importers.report import Imported
from knowledge.importers.source import require_content
from knowledge.importers.wiki_markup import write_item, write_line, write_table

MAX_TEXTILE_LINES = 10_000
"""Lines read from one page: a term's notes have hundreds; more is not a page someone wrote."""

MAX_CELLS = 50
"""Cells read from one table row."""

# A block's attributes: `(class)`, `{style}`, `[lang]`, alignment and padding marks. Each
# alternative starts with its own character, and the run is bounded: linear on any line.
_ATTRS = r"(?:\{[^{}\n]{0,200}\}|\[[^\[\]\n]{0,20}\]|\([^()\n]{0,80}\)|[<>=]){0,20}"
_BLOCK = re.compile(
    rf"^(?P<name>h[1-6]|p|bq|bc|fn\d{{1,3}}|pre|notextile){_ATTRS}\.(?P<ext>\.)?(?:[ \t]+|$)"
)
_HEADING_LINE = re.compile(rf"^h[1-6]{_ATTRS}\.[ \t]+\S")
_ITEM = re.compile(rf"^(?P<marks>[*#]{{1,6}}){_ATTRS}[ \t]+(?P<text>.*)$")
_DEFINITION = re.compile(r"^-[ \t]+(?P<term>[^:\n]{1,120}?)[ \t]+:=[ \t]*(?P<text>.*)$")
_TABLE_ROW = re.compile(r"^(?:(?:\{[^{}\n]{0,200}\}|\([^()\n]{0,80}\)|[<>=^~])+\.[ \t]*)?\|.*\|$")
_TABLE_LINE = re.compile(rf"^table{_ATTRS}\.[ \t]*$")
_CELL_ATTRS = re.compile(
    r"^[ \t]*(?:_|[\\/]\d{1,3}|[<>=^~]|\{[^{}\n]{0,200}\}|\([^()\n]{0,80}\)){1,10}\.(?:[ \t]|$)"
)
_MACRO = re.compile(r"\{\{[^{}\n]{0,500}\}\}")
_PRE_START = re.compile(r"^<pre\b[^>\n]{0,200}>", re.IGNORECASE)
_PRE_END = re.compile(r"</pre\s*>", re.IGNORECASE)  # HTML tags: any case (`</Pre>`)
_TAG = re.compile(r"</?[A-Za-z][\w-]{0,30}(?:\s[^<>\n]{0,500})?/?>")
_IMAGE = re.compile(r"(?<!\w)![<>=]?[^\s!()]{1,300}(?:\([^()\n]{0,200}\))?!(?::\S{1,500})?")
_LINK = re.compile(r'"([^"\n]{1,500})":(?:[^\s"<>\]]*[^\s"<>\].,;:!?)\]])')
_TITLE_IN_LINK = re.compile(r"\s*\([^()\n]{0,200}\)$")
_FOOTNOTE_REF = re.compile(r"(?<=\S)\[(\d{1,3})\](?!\()")
_RULE = re.compile(r"^(?:-{3,}|\*{3,}|_{3,})$")
_NOTEXTILE = re.compile(r"==([^=\n]+)==")


def _phrase(mark: str) -> re.Pattern[str]:
    """Textile's inline phrase between two `mark`s: opened at a word's start, closed at its end,
    its body free of the mark (so a crafted line of unclosed marks is read in linear time)."""
    first, rest = re.escape(mark[0]), re.escape(mark[1:])
    body = f"[^{first}\\n]+?" if len(mark) == 1 else f"(?:[^{first}\\n]|{first}(?!{rest}))+?"
    edge = f"[\\w{first}]"
    return re.compile(
        f"(?<!{edge}){re.escape(mark)}(?=[^\\s{first}])({body})(?<=\\S){re.escape(mark)}(?!{edge})"
    )


_BOLD = _phrase("**")
_STRONG = _phrase("*")
_ITALIC = _phrase("__")
_EMPHASIS = _phrase("_")
_DELETED = _phrase("-")
_KEPT = [_phrase(mark) for mark in ("@", "+", "^", "~", "??", "%")]


def import_textile(text: str, source_name: str) -> Imported:
    """A deck mapping from a Textile page."""
    require_content(text)
    return import_converted(textile_to_markdown(text), source_name, "Textile page")


def looks_like_textile(text: str) -> bool:
    """A Textile page sent as .txt: two or more `h2.`-style heading lines, more of them than
    Markdown's `## ` headings (a Textile page has none of those: `#` numbers its lists)."""
    lines = text.split("\n", 20_000)[:20_000]
    headings = sum(1 for line in lines if line[:1] == "h" and _HEADING_LINE.match(line))
    markdown = sum(1 for line in lines if line.startswith("##") and line.lstrip("#")[:1] == " ")
    return headings >= 2 and headings > markdown


def textile_to_markdown(text: str) -> MarkdownDraft:
    """The Markdown for a Textile page, each line with its line in the page."""
    lines = text.split("\n")
    if len(lines) > MAX_TEXTILE_LINES:
        raise DeckImportError(f"the page has more than {MAX_TEXTILE_LINES:,} lines; split it")
    page = _Page(MarkdownDraft(), _footnotes(lines))
    for number, raw in enumerate(lines, 1):
        page.line(raw.rstrip(), number)
    page.end()
    return page.draft


def _footnotes(lines: list[str]) -> dict[str, str]:
    """The page's `fnN. text` footnotes by number: written where `[N]` cites them."""
    notes: dict[str, str] = {}
    for line in lines:
        if line.startswith("fn"):
            found = _BLOCK.match(line)
            if found is not None and found.group("name").startswith("fn"):
                notes[found.group("name")[2:]] = line[found.end() :].strip()
    return notes


class _Page:
    """The page read line by line, knowing the block (code, table) it is in."""

    def __init__(self, draft: MarkdownDraft, footnotes: dict[str, str]) -> None:
        self.draft = draft
        self.footnotes = footnotes
        self.cited: set[str] = set()
        self.code: str | None = None  # "pre" inside <pre>…</pre>, "bc" in an extended bc..
        self.table: list[tuple[int, list[str]]] = []

    def line(self, raw: str, number: int) -> None:
        if self.code == "pre":
            self._in_pre(raw, number)
            return
        stripped = raw.strip()
        if self.code == "bc":
            if _BLOCK.match(stripped) is None:
                self._code_line(raw, number)
                return
            self._close_code()
        if _TABLE_ROW.match(stripped):
            self._table_row(stripped, number)
            return
        self._end_table()
        if _TABLE_LINE.match(stripped):
            return
        pre = _PRE_START.match(stripped)
        if pre is not None:
            self._open_code("pre", number)
            self._in_pre(stripped[pre.end() :], number)
            return
        if not stripped or _RULE.match(stripped):
            self.draft.blank(number)
            return
        if not _MACRO.sub("", stripped).strip():
            return  # Redmine's {{toc}}, {{>toc}}, {{child_pages}}
        self._text(stripped, number)

    def _text(self, stripped: str, number: int) -> None:
        block = _BLOCK.match(stripped)
        if block is not None:
            name, rest = block.group("name"), stripped[block.end() :]
            if name[0] == "h":
                words = self.words(rest)
                self.draft.heading(int(name[1]), words.replace("*", ""), number)
            elif name in ("bc", "pre"):
                self._open_code("bc" if block.group("ext") else "", number)
                if rest.strip():
                    self._code_line(rest, number)
                if not block.group("ext"):
                    self._close_code()
            elif name.startswith("fn"):
                if name[2:] not in self.cited:  # a footnote no line cites: a line of its own
                    self._line(rest, number)
            else:
                self._line(rest, number)
            return
        listed = _ITEM.match(stripped)
        if listed is not None:
            words = self.words(listed.group("text"))
            marks = listed.group("marks")
            if words:
                write_item(self.draft, len(marks) - 1, marks[-1] == "#", words, number)
            return
        defined = _DEFINITION.match(stripped)
        if defined is not None:
            term, words = self.words(defined.group("term")), self.words(defined.group("text"))
            if term and words:
                write_item(self.draft, 0, False, f"**{term.strip('*')}**: {words}", number)
            return
        self._line(stripped, number)

    def _line(self, text: str, number: int) -> None:
        words = self.words(text)
        if words:
            write_line(self.draft, words, number)

    def words(self, text: str) -> str:
        """A line's words (`inline`), a cited footnote's text in brackets where it is cited."""
        return inline(text, self._cite)

    def _cite(self, found: re.Match[str]) -> str:
        note = self.footnotes.get(found.group(1))
        if note is None:
            return found.group(0)
        self.cited.add(found.group(1))
        return f" ({note.rstrip('.')})"

    def _open_code(self, kind: str, number: int) -> None:
        self.code = kind
        self.draft.blank(number)
        self.draft.add("```", number)

    def _code_line(self, raw: str, number: int) -> None:
        text = html.unescape(_TAG.sub("", raw)).replace("```", "'''")
        if text.strip():
            self.draft.add(text, number)

    def _close_code(self) -> None:
        self.draft.add("```")
        self.code = None

    def _in_pre(self, raw: str, number: int) -> None:
        found = _PRE_END.search(raw)
        self._code_line(raw[: found.start()] if found else raw, number)
        if found:
            self._close_code()

    def _table_row(self, row: str, number: int) -> None:
        row = row[row.index("|") :]
        cells = [_CELL_ATTRS.sub("", cell) for cell in _cells(row[1:-1])]
        self.table.append((number, [self.words(cell).replace("|", "/") for cell in cells]))

    def _end_table(self) -> None:
        """Write the table read so far as a Markdown table, its first row heading it."""
        if not self.table:
            return
        rows, self.table = self.table, []
        write_table(self.draft, rows)

    def end(self) -> None:
        """Close a code block left open at the end of the page, and a table ending it."""
        if self.code is not None:
            self._close_code()
        self._end_table()


def inline(text: str, cite: Callable[[re.Match[str]], str] | None = None) -> str:
    """A line's words: macros, images, tags and links' targets gone, bold kept bold, italic
    italic, deleted text struck, the rest's marks dropped; a footnote's `[1]` is `cite`d (or
    dropped)."""
    text = _MACRO.sub("", text)
    text = _IMAGE.sub("", text)
    text = _LINK.sub(lambda m: _TITLE_IN_LINK.sub("", m.group(1)), text)
    text = _FOOTNOTE_REF.sub(cite or "", text)
    text = _TAG.sub("", text)
    text = _NOTEXTILE.sub(r"\1", text)
    text = _BOLD.sub(lambda m: f"\x00{m.group(1).strip()}\x00", text)
    text = _STRONG.sub(lambda m: f"\x00{m.group(1).strip()}\x00", text)
    text = _ITALIC.sub(lambda m: f"\x01{m.group(1).strip()}\x01", text)
    text = _EMPHASIS.sub(lambda m: f"\x01{m.group(1).strip()}\x01", text)
    text = _DELETED.sub(lambda m: f"\x02{m.group(1).strip()}\x02", text)
    for kept in _KEPT:
        text = kept.sub(r"\1", text)
    text = html.unescape(text).replace("\x00", "**").replace("\x01", "*").replace("\x02", "~~")
    return " ".join(text.split())


def _cells(row: str) -> list[str]:
    """A row's cells, parted by `|`; past MAX_CELLS the rest is one last cell (no table has that
    many columns, and a crafted row of bars would cost a cell's reading each)."""
    cells = row.split("|", MAX_CELLS - 1)
    return [cell.strip() for cell in cells[:-1]] + [cells[-1].replace("|", " ").strip()]
