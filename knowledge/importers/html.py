"""Notes saved as a web page (.html, .htm): a Google Docs "Web page" export, a page of notes copied
from a school site. Read with the standard library's html.parser and written as Markdown for the
Markdown importer (see `converted`), so h1–h6 make the topic tree, ul/ol nesting makes groups and
lead-ins, tables give a fact per row and bold text is bold (a key term as in Markdown).

Google Docs writes its structure its own way, and it is read too: bold as a CSS class
(`.c3{font-weight:700}` in the page's style sheet), list levels as classes (`lst-kix_…-1` is the
second level) on flat lists, the document's title as `<p class="title">`. Scripts, styles, the
page head (but its `<title>`), navigation, images and forms are dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

from knowledge.importers.converted import MarkdownDraft, import_converted, plain
from knowledge.importers.errors import DeckImportError
from knowledge.importers.report import Imported
from knowledge.importers.source import require_content

MAX_HTML_DEPTH = 200
"""Open elements inside one another that are followed; deeper ones are read as flat text."""

_DROPPED = frozenset(
    {"script", "style", "head", "noscript", "template", "svg", "nav", "button", "select", "iframe"}
    | {"footer", "form"}
)
_VOID = frozenset({"br", "img", "hr", "meta", "link", "input", "wbr", "col", "area", "base"})
_BLOCKS = frozenset(
    {"p", "div", "section", "article", "header", "footer", "main", "blockquote", "pre", "dl"}
    | {"figure", "figcaption", "aside", "address", "center", "body", "html"}
)
_HEADINGS = {f"h{level}": level for level in range(1, 7)}
_BOLD = frozenset({"b", "strong"})
_ITALIC = frozenset({"i", "em", "cite"})
_BOLD_CLASS = re.compile(r"\.([\w-]+)\s*\{[^}]*font-weight\s*:\s*(?:bold|[6-9]00)", re.IGNORECASE)
_BOLD_STYLE = re.compile(r"font-weight\s*:\s*(?:bold|[6-9]00)", re.IGNORECASE)
_LIST_LEVEL = re.compile(r"\blst-[\w-]*?-(\d+)\b")
_SPACES = re.compile(r"\s+")


def import_html(text: str, source_name: str) -> Imported:
    """A deck mapping from notes saved as a web page."""
    require_content(text)
    return import_converted(html_to_markdown(text), source_name, "web page notes")


def looks_like_html(text: str) -> bool:
    """A whole page saved under another name: it opens with a doctype or an <html> tag."""
    return (
        re.match(r"\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)\b", text[:4096], re.I | re.S)
        is not None
    )


def html_to_markdown(text: str) -> MarkdownDraft:
    """The Markdown for a web page, each line with its line in the page."""
    reader = _Reader()
    try:
        reader.feed(text)
        reader.close()
    except (AssertionError, ValueError) as error:  # html.parser's own complaints
        raise DeckImportError(f"this web page cannot be read: {error}") from None
    reader.end_block()
    return reader.finish()


@dataclass
class _Block:
    kind: str  # "heading", "item", "text", "row", "title"
    text: str
    line: int
    level: int = 0  # a heading's level, a list item's depth
    ordered: bool = False
    header: bool = False  # a table row of <th> cells


@dataclass
class _Table:
    rows: list[list[str]] = field(default_factory=list)
    header: list[bool] = field(default_factory=list)
    lines: list[int] = field(default_factory=list)
    cell: list[str] | None = None


class _Reader(HTMLParser):
    """Collects the page's blocks (headings, list items, paragraphs, table rows) in order."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[_Block] = []
        self.title = ""
        self.bold_classes: set[str] = set()
        self.text: list[str] = []  # the running text of the block being read
        self.opened = False  # the last piece of `text` is an emphasis mark just opened
        self.start = 1  # the line it started on
        self.open: list[tuple[str, bool]] = []  # open elements, and whether each one is bold
        self.dropped = 0  # depth inside elements whose content is not notes
        self.in_title = False
        self.in_style = False
        self.lists: list[tuple[bool, int]] = []  # open lists: ordered?, Google Docs level
        self.heading = 0
        self.item: tuple[int, bool] | None = None  # the open list item's depth and order
        self.tables: list[_Table] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = {name: value or "" for name, value in attrs}
        if tag == "title":
            self.in_title = True
        if tag == "style":
            self.in_style = True
        if tag in _DROPPED:
            self.dropped += tag not in _VOID
            return
        if self.dropped or tag in _VOID:
            if tag == "br" and not self.dropped and self.item is not None:
                self.text.append(" ")  # within a list item, a line break is a space
                self.opened = False
            elif tag == "br" and not self.dropped:
                self.end_block()  # elsewhere it ends a line of the notes
            return
        if len(self.open) >= MAX_HTML_DEPTH:
            return
        bold = tag in _BOLD or self._styled_bold(attributes)
        self.open.append((tag, bold))
        if bold or tag in _ITALIC:
            self.text.append("**" if bold else "*")
            self.opened = True
        classes = attributes.get("class", "")
        if tag in _HEADINGS:
            self.end_block()
            self.heading = _HEADINGS[tag]
        elif tag == "p" and "title" in classes.split():
            self.end_block()
            self.heading = -1  # Google Docs' title paragraph
        elif tag in ("ul", "ol"):
            self.end_block()
            level = _LIST_LEVEL.search(classes)
            self.lists.append((tag == "ol", int(level.group(1)) if level else -1))
        elif tag == "li":
            self.end_block()
            ordered, docs_level = self.lists[-1] if self.lists else (False, -1)
            depth = docs_level if docs_level >= 0 else max(len(self.lists) - 1, 0)
            self.item = (depth, ordered)
        elif tag == "table":
            self.end_block()
            self.tables.append(_Table())
        elif tag == "tr" and self.tables:
            table = self.tables[-1]
            table.rows.append([])
            table.header.append(True)
            table.lines.append(self.getpos()[0])
        elif tag in ("td", "th") and self.tables and self.tables[-1].rows:
            table = self.tables[-1]
            table.cell = []
            table.header[-1] = table.header[-1] and tag == "th"
        elif tag in _BLOCKS or tag in ("dt", "dd"):
            self.end_block()

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
        if tag == "style":
            self.in_style = False
        if tag in _DROPPED:
            self.dropped = max(self.dropped - 1, 0)
            return
        if self.dropped or tag in _VOID:
            return
        if not any(name == tag for name, _ in self.open):
            return  # a stray end tag
        while self.open:
            name, bold = self.open.pop()
            if bold or name in _ITALIC:
                self._close_mark("**" if bold else "*")
            self._closed(name)
            if name == tag:
                break

    def _closed(self, tag: str) -> None:
        if tag in _HEADINGS or tag == "p" or tag in _BLOCKS or tag in ("li", "dt", "dd"):
            self.end_block()
        if tag in ("ul", "ol") and self.lists:
            self.lists.pop()
        elif tag in ("td", "th") and self.tables:
            table = self.tables[-1]
            if table.cell is not None:
                table.rows[-1].append(_clean("".join(table.cell)))
                table.cell = None
        elif tag == "table" and self.tables:
            self._table(self.tables.pop())

    def handle_data(self, data: str) -> None:
        if self.in_style:
            self.bold_classes.update(_BOLD_CLASS.findall(data))
            return
        if self.in_title:
            self.title += data
            return
        if self.dropped:
            return
        if self.tables and self.tables[-1].cell is not None:
            self.tables[-1].cell.append(data)
            return
        if not "".join(self.text).strip():
            self.start = self.getpos()[0]
        if self.opened:
            # "<b> Osmosis</b>": the space is outside the bold, before its mark.
            words = data.lstrip()
            self.text.insert(len(self.text) - 1, data[: len(data) - len(words)])
            data = words
            self.opened = not data
        self.text.append(data)

    def _close_mark(self, mark: str) -> None:
        """Close an emphasis with its mark hugging the last word: "<b>Osmosis </b>and" reads
        "**Osmosis** and". Done here, where the mark is known to close: a text-wide pass would
        pair a closing mark with the next opening one ("**A** and **B**" read as bold " and ")
        and run the words together."""
        self.opened = False
        last = self.text[-1] if self.text else ""
        words = last.rstrip()
        if words != last:
            self.text[-1] = words
            self.text += [mark, last[len(words) :]]
        else:
            self.text.append(mark)

    def end_block(self) -> None:
        """The running text as the block it belongs to (a heading, an item, a paragraph)."""
        text = _clean("".join(self.text))
        self.text = []
        self.opened = False
        if text:
            if self.heading:
                kind = "title" if self.heading < 0 else "heading"
                self.blocks.append(_Block(kind, text, self.start, max(self.heading, 0)))
            elif self.item is not None:
                depth, ordered = self.item
                self.blocks.append(_Block("item", text, self.start, depth, ordered))
            else:
                self.blocks.append(_Block("text", text, self.start))
        if self.heading:
            self.heading = 0
        self.item = None

    def _table(self, table: _Table) -> None:
        for cells, header, line in zip(table.rows, table.header, table.lines, strict=True):
            if any(cells):
                self.blocks.append(_Block("row", " | ".join(cells), line, header=header))

    def _styled_bold(self, attributes: dict[str, str]) -> bool:
        classes = set(attributes.get("class", "").split())
        return bool(_BOLD_STYLE.search(attributes.get("style", ""))) or bool(
            classes & self.bold_classes
        )

    def finish(self) -> MarkdownDraft:
        """The blocks as Markdown: a page title over the headings when the page has one."""
        draft = MarkdownDraft()
        title = next((b.text for b in self.blocks if b.kind == "title"), _clean(self.title))
        levels = [block.level for block in self.blocks if block.kind == "heading"]
        top = min(levels, default=1)
        first = next((b for b in self.blocks if b.kind == "heading" and b.level == top), None)
        titled = bool(title) and not (first is not None and _same(first.text, title))
        shift = (2 if titled else 1) - top
        if titled:
            draft.heading(1, _plain_text(title), 1)
        previous = ""
        for block in self.blocks:
            if block.kind == "heading":
                draft.heading(block.level + shift, _plain_text(block.text), block.line)
            elif block.kind == "item":
                marker = "1." if block.ordered else "-"
                draft.add(f"{'    ' * block.level}{marker} {block.text}", block.line)
            elif block.kind == "row":
                if previous != "row":
                    draft.blank(block.line)
                draft.add(f"| {block.text} |", block.line)
                if previous != "row":
                    draft.add("|" + "---|" * (block.text.count(" | ") + 1), block.line)
            elif block.kind == "text":
                draft.blank(block.line)
                draft.add(plain(block.text), block.line)
                draft.blank(block.line)
            if block.kind != "item" and previous == "item":
                draft.blank(block.line)
            previous = block.kind
        return draft


def _clean(text: str) -> str:
    """Running text on one line (emphasis marks already hug their words: `_close_mark`)."""
    text = _SPACES.sub(" ", text.replace("\u00a0", " ")).strip()
    text = re.sub(r"\*\*\s*\*\*", " ", text)  # bold that held nothing, or two bold runs touching
    return _SPACES.sub(" ", text).strip().replace("|", "/") if "|" in text else text


def _plain_text(text: str) -> str:
    return text.replace("**", "").replace("*", "")


def _same(first: str, second: str) -> bool:
    return _plain_text(first).casefold().strip() == _plain_text(second).casefold().strip()
