"""Notes saved as a web page (.html, .htm): a Google Docs "Web page" export, a page of notes copied
from a school site. Read with the standard library's html.parser and written as Markdown for the
Markdown importer (see `converted`), so h1–h6 make the topic tree, ul/ol nesting makes groups and
lead-ins, tables give a fact per row and bold text is bold (a key term as in Markdown).

Google Docs writes its structure its own way, and it is read too: bold as a CSS class
(`.c3{font-weight:700}` in the page's style sheet), list levels as classes (`lst-kix_…-1` is the
second level) on flat lists, the document's title as `<p class="title">`. Scripts, styles, the
page head (but its `<title>`), navigation, images and forms are dropped, and so is the site's
chrome round the notes (`page_chrome`: breadcrumbs, cookie banners, bylines, share buttons,
footers). A `<dl>` keeps each term with its meaning ("Fries (1794–1878) – Swedish; …").
Docs' footnotes are kept, in brackets, on the line citing them, and its comments dropped
(`doc_notes`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

from knowledge.importers.converted import MarkdownDraft, import_converted, plain
from knowledge.importers.doc_notes import DocNotes
from knowledge.importers.errors import DeckImportError
from knowledge.importers.labels import is_label
from knowledge.importers.page_chrome import chrome_line, is_chrome_element, same_title
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
_WORD_LIST = re.compile(r"mso-list:\s*\w+\s+level(\d{1,2})", re.IGNORECASE)
# The bullet or number Word writes before a list paragraph's text: "·", "o", "§", "1.", "a)", "iv."
_WORD_MARKER = re.compile(r"^(?:[·•o§▪■◦\-–]|(\d{1,3}[.)]|[a-zA-Z][.)]|[ivxIVX]{1,5}[.)]))\s+")


def import_html(text: str, source_name: str) -> Imported:
    """A deck mapping from notes saved as a web page."""
    require_content(text)
    reader = _read(text, drop_chrome=True)
    if not any(block.kind != "title" for block in reader.blocks):
        # All of it read as chrome (a page whose notes sit in a container named like a menu, or
        # one whose chrome is never closed): the notes with their chrome beat no notes.
        reader = _read(text, drop_chrome=False)
    imported = import_converted(reader.finish(), source_name, "web page notes")
    for line, reason in reader.chrome:
        imported.report.skip(line, reason)
    return imported


def looks_like_html(text: str) -> bool:
    """A whole page saved under another name: it opens with a doctype or an <html> tag."""
    return (
        re.match(r"\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)\b", text[:4096], re.I | re.S)
        is not None
    )


def html_to_markdown(text: str) -> MarkdownDraft:
    """The Markdown for a web page, each line with its line in the page."""
    return _read(text, drop_chrome=True).finish()


def _read(text: str, *, drop_chrome: bool) -> _Reader:
    reader = _Reader(drop_chrome=drop_chrome)
    try:
        reader.feed(_unclosable_as_text(text))
        reader.close()
    except (AssertionError, ValueError) as error:  # html.parser's own complaints
        raise DeckImportError(f"this web page cannot be read: {error}") from None
    reader.end_block()
    return reader


def _unclosable_as_text(text: str) -> str:
    """`text` with each "<" after its last ">" written as "&lt;": no tag, comment or declaration
    can close there, so html.parser reads each as text anyway, but only after trying it as a tag
    to the end of the text (Python 3.11's parser: a line of 66,000 "<a " was minutes of CPU).
    Read as text either way (the parser turns "&lt;" back into "<")."""
    last = text.rfind(">")
    return text[: last + 1] + text[last + 1 :].replace("<", "&lt;")


@dataclass
class _Block:
    kind: str  # "heading", "item", "text", "row", "title"
    text: str
    line: int
    level: int = 0  # a heading's level, a list item's depth
    ordered: bool = False
    header: bool = False  # a table row of <th> cells
    box: int = 0  # the box it was written in (`_Reader._box`)


@dataclass
class _Table:
    rows: list[list[str]] = field(default_factory=list)
    header: list[bool] = field(default_factory=list)
    lines: list[int] = field(default_factory=list)
    cell: list[str] | None = None


class _Reader(HTMLParser):
    """Collects the page's blocks (headings, list items, paragraphs, table rows) in order."""

    def __init__(self, *, drop_chrome: bool = True) -> None:
        super().__init__(convert_charrefs=True)
        self.drop_chrome = drop_chrome
        self.chrome: list[tuple[int, str]] = []  # lines left out as the site's chrome, and why
        self.skipping: str | None = None  # the tag of the chrome element being skipped
        self.skip_depth = 0  # how many of that tag are open inside it
        self.links = 0  # characters of the running text inside links
        self.term: str | None = None  # the <dt> whose <dd> comes next
        self.word_item = False  # the open item is a Word list paragraph, its marker in its text
        self.in_term = False
        self.blocks: list[_Block] = []
        self.title = ""
        self.bold_classes: set[str] = set()
        self.text: list[str] = []  # the running text of the block being read
        self.inked = False  # whether a piece of `text` holds more than spaces
        self.looked = 0  # the pieces of `text` looked at for that
        self.opened = False  # the last piece of `text` is an emphasis mark just opened
        self.start = 1  # the line it started on
        self.open: list[tuple[str, bool]] = []  # open elements, and whether each one is bold
        self.serials: list[int] = []  # each open element's number in the page, beside `open`
        self.count = 0  # elements opened so far
        self.in_links = 0  # open <a> elements
        self.container = 0  # the number of the box the running text started in
        self.dropped = 0  # depth inside elements whose content is not notes
        self.in_title = False
        self.in_style = False
        self.lists: list[tuple[bool, int]] = []  # open lists: ordered?, Google Docs level
        self.heading = 0
        self.item: tuple[int, bool] | None = None  # the open list item's depth and order
        self.tables: list[_Table] = []
        self.notes = DocNotes()  # Google Docs' footnotes and comments
        self.hidden_at: int | None = None  # depth of the citation link whose "[1]" is not notes

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = {name: value or "" for name, value in attrs}
        if self.skipping is not None:
            self.skip_depth += tag == self.skipping
            return
        if (
            self.drop_chrome
            and tag not in _VOID
            and not self.dropped
            and is_chrome_element(tag, attributes)
        ):
            self.skipping, self.skip_depth = tag, 1
            self.chrome.append((self.getpos()[0], "the site's menus, banners or footer, not notes"))
            return
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
        self.count += 1
        self.serials.append(self.count)
        self.in_links += tag == "a"
        if tag == "a":
            self._note_link(attributes.get("href", ""))
        if bold or tag in _ITALIC:
            self.text.append("**" if bold else "*")
            self.opened = True
        classes = attributes.get("class", "")
        if tag in _HEADINGS:
            self.end_block()
            self.heading = _HEADINGS[tag]
        elif tag == "p" and {"title", "msotitle"} & set(classes.casefold().split()):
            self.end_block()
            self.heading = -1  # Google Docs' (or Word's) title paragraph
        elif tag == "p" and (word := _WORD_LIST.search(attributes.get("style", ""))):
            # Word's "Web Page" export: a list item is a paragraph with its level in its style
            # and its bullet or number written as text before it
            self.end_block()
            self.item = (int(word.group(1)) - 1, False)
            self.word_item = True
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
            self.in_term = tag == "dt"

    def _note_link(self, href: str) -> None:
        """A footnote's or comment's citation (`#ftnt1`) or back-link (`#ftnt_ref1`): its "[1]"
        is not notes; a footnote's text is kept at its citation (`doc_notes`)."""
        place = self.notes.citation(href)
        if place is not None:
            cell = self.tables[-1].cell if self.tables else None
            (cell if cell is not None else self.text).append(place)
        elif DocNotes.is_back_link(href):
            self.end_block()  # what came before is the notes'; the footnote starts here
            self.notes.starts_note(href)
        else:
            return
        self.hidden_at = len(self.open)

    def handle_endtag(self, tag: str) -> None:
        if self.skipping is not None:
            self.skip_depth -= tag == self.skipping
            if self.skip_depth <= 0:
                self.skipping = None
            return
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
            self.serials.pop()
            self.in_links -= name == "a"
            if self.hidden_at is not None and len(self.open) < self.hidden_at:
                self.hidden_at = None
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
        if self.skipping is not None:
            return
        if self.in_style:
            self.bold_classes.update(_BOLD_CLASS.findall(data))
            return
        if self.in_title:
            self.title += data
            return
        if self.dropped or self.hidden_at is not None:
            return
        if self.tables and self.tables[-1].cell is not None:
            self.tables[-1].cell.append(data)
            return
        if self._blank_so_far():
            self.start = self.getpos()[0]
        if self.container < 0 and data.strip():
            self.container = self._box()
        if self.opened:
            # "<b> Osmosis</b>": the space is outside the bold, before its mark.
            words = data.lstrip()
            self.text.insert(len(self.text) - 1, data[: len(data) - len(words)])
            data = words
            self.opened = not data
        self.text.append(data)
        if self.in_links:
            self.links += len(data.strip())

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

    def _blank_so_far(self) -> bool:
        """Whether the running text is only spaces so far. Each piece is looked at once: joining
        the whole text for every piece of data made a block of many pieces (a line of 66,000
        unclosed "<a ") quadratic. A piece once written never turns blank again (pieces are
        only split or have spaces put before them), so the answer stays no until `end_block`."""
        while not self.inked and self.looked < len(self.text):
            self.inked = bool(self.text[self.looked].strip())
            self.looked += 1
        return not self.inked

    def end_block(self) -> None:
        """The running text as the block it belongs to (a heading, an item, a paragraph)."""
        text = _clean("".join(self.text))
        self.text = []
        self.inked, self.looked = False, 0
        self.opened = False
        links, self.links = self.links, 0
        box, self.container = self.container, -1
        if self.in_term:  # a <dt>: written with its meaning, the <dd> after it
            self.in_term = False
            self.term = _plain_text(text) or None
            return
        if self.notes.take(text):  # a footnote's or comment's paragraph, at the page's end
            self.heading, self.item, self.word_item = 0, None, False
            return
        if text and not self.heading and self.drop_chrome:
            letters = sum(1 for ch in text if not ch.isspace())
            reason = chrome_line(text, links / max(letters, 1))
            if reason is not None:
                self.chrome.append((self.start, reason))
                text = ""
        if text and self.term is not None:
            text = f"**{self.term}** – {text}"
            self.item = self.item or (0, False)
        if self.term is not None and (text or self.heading):
            self.term = None
        if text:
            if self.heading:
                kind = "title" if self.heading < 0 else "heading"
                self.blocks.append(_Block(kind, text, self.start, max(self.heading, 0)))
            elif self.item is not None:
                depth, ordered = self.item
                if self.word_item:
                    marker = _WORD_MARKER.match(text)
                    ordered = marker is not None and marker.group(1) is not None
                    text = text[marker.end() :] if marker and marker.end() < len(text) else text
                self.blocks.append(_Block("item", text, self.start, depth, ordered))
            else:
                self.blocks.append(_Block("text", text, self.start, box=box))
        if self.heading:
            self.heading = 0
        self.item = None
        self.word_item = False

    def _box(self) -> int:
        """The number of the innermost open box (a div, a section: not a paragraph) the text is
        in: paragraphs in one box are read as one run under a label, a tip box is not."""
        for (name, _), serial in zip(reversed(self.open), reversed(self.serials), strict=True):
            if name in _BLOCKS and name != "p":
                return serial
        return 0

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
        for block in self.blocks:
            block.text = self.notes.resolve(block.text)
        draft = MarkdownDraft()
        title = next((b.text for b in self.blocks if b.kind == "title"), _clean(self.title))
        levels = [block.level for block in self.blocks if block.kind == "heading"]
        top = min(levels, default=1)
        first = next((b for b in self.blocks if b.kind == "heading" and b.level == top), None)
        # Only a heading that opens the page can repeat its title in other words: a section
        # heading after the first notes ("Marshalling") is one of the title's parts, not it.
        opening = next((b for b in self.blocks if b.kind != "title"), None)
        titled = bool(title) and not (
            first is not None
            and (_same(first.text, title) or (first is opening and same_title(title, first.text)))
        )
        shift = (2 if titled else 1) - top
        if titled:
            draft.heading(1, _plain_text(title), 1)
        previous = ""
        for block in _label_runs(_without_empty_headings(self.blocks)):
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
            elif block.kind == "text" and title and _same(block.text, title):
                pass  # the page's title written again at its top (a published document's header)
            elif block.kind == "text":
                draft.blank(block.line)
                draft.add(plain(block.text), block.line)
                draft.blank(block.line)
            if block.kind != "item" and previous == "item":
                draft.blank(block.line)
            previous = block.kind
        return draft


def _without_empty_headings(blocks: list[_Block]) -> list[_Block]:
    """The blocks less each heading with nothing under it (its chrome left out, or a page's empty
    "Key words" heading), read from the end: a heading is empty when the next block kept is a
    heading of its level or above, or there is none."""
    kept: list[_Block] = []
    for block in reversed(blocks):
        after = kept[-1] if kept else None
        if block.kind == "heading" and (
            after is None or (after.kind == "heading" and after.level <= block.level)
        ):
            continue
        kept.append(block)
    return kept[::-1]


def _label_runs(blocks: list[_Block]) -> list[_Block]:
    """Paragraphs under a label paragraph ("<p>Why was it better?</p><p>…</p><p>…</p>") as the
    label's items, until the next label, a paragraph in another box (a tip box) or anything not
    a paragraph (`labels.is_label`). One paragraph under "Birds:" is an item too: joined as
    "Birds: terns …" it would read as a key term "Birds" and its meaning."""
    out: list[_Block] = []
    index = 0
    while index < len(blocks):
        block = blocks[index]
        out.append(block)
        index += 1
        if block.kind != "text" or not is_label(block.text):
            continue
        end = index
        while (
            end < len(blocks)
            and blocks[end].kind == "text"
            and blocks[end].box == block.box
            and not is_label(blocks[end].text)
        ):
            end += 1
        out += [_Block("item", b.text, b.line) for b in blocks[index:end]]
        index = end
    return out


def _clean(text: str) -> str:
    """Running text on one line (emphasis marks already hug their words: `_close_mark`)."""
    text = _SPACES.sub(" ", text.replace("\u00a0", " ")).strip()
    text = re.sub(r"\*\*\s*\*\*", " ", text)  # bold that held nothing, or two bold runs touching
    return _SPACES.sub(" ", text).strip().replace("|", "/") if "|" in text else text


def _plain_text(text: str) -> str:
    return text.replace("**", "").replace("*", "")


def _same(first: str, second: str) -> bool:
    return _plain_text(first).casefold().strip() == _plain_text(second).casefold().strip()
