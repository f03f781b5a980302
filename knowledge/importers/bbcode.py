"""BBCode posts (a revision thread on a phpBB, Moodle, MyBB or XenForo forum, its source as the
editor saves it, usually as .txt), imported as the Markdown they convert to (see `converted`).

A line that is only a styled span (`[size=150][b]…[/b][/size]`, `[b][u]…[/u][/b]`, XenForo's
`[heading=2]`) is a heading, the biggest style the highest level; `[list]`/`[list=1]` with `[*]`
items nest as Markdown lists do (so a sub-point keeps the item above it as its context);
`[table]` rows of `[th]`/`[td]` cells are table rows; a `[quote="Name"]` is a lead-in naming who
is quoted, its lines under it; `[code]` stays code. Inline: `[b]` stays bold (a key term), `[i]`
italic, `[s]` struck; `[u]`, `[size]`, `[color]`, `[font]`, `[spoiler]` and alignment keep their
words; a `[url=…]text[/url]` link shows its text; images and media go. Tag names are read in any
case (XenForo writes `[B]`); a bracket that is not a BBCode tag (`[1]`, `[sic]`) is text.

Hand-written: BBCode has no Python reader that gives back structure rather than HTML. The page is
read as a stream of tags and text in one pass (a tag is at most a line long, so the scan is
linear), unmatched tags are dropped, and lists nest at most `MAX_DEPTH` deep however many a
crafted post opens. The tags and a line's reading are `bbcode_tags`; which lines are headings,
`bbcode_headings`.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

from knowledge.importers.bbcode_headings import heading_levels, heading_weight
from knowledge.importers.bbcode_tags import (
    CELLS,
    CODE,
    EMPHASIS,
    ITEMS,
    LISTS,
    MEDIA,
    STYLE,
    Tag,
    Token,
    read_tags,
)
from knowledge.importers.converted import MarkdownDraft, import_converted
from knowledge.importers.errors import DeckImportError
from knowledge.importers.report import Imported
from knowledge.importers.source import require_content
from knowledge.importers.wiki_markup import write_item, write_line, write_table

MAX_BBCODE_LINES = 10_000
"""Lines read from one post: a term's notes have hundreds; more is not a post someone wrote."""

MAX_BBCODE_CHARS = 1_000_000
"""Characters read from one post: a forum caps a post at tens of thousands (phpBB's default is
60,000), so a megabyte is a crafted file, refused before it costs seconds to read."""

MAX_TAGS = 50_000
"""Tags read from one post: a long revision thread has a few thousand."""

MAX_CELLS = 50
"""Cells read from one table row: past it, the rest are the last cell's words."""

MAX_DEPTH = 6
"""Deepest list level kept: deeper items stay at this depth under their nearest kept parent."""

_BULLET_STYLES = frozenset({"", "disc", "circle", "square", "none", "bullet"})
_ATTRIBUTE = re.compile(r"\s+(?:post_id|time|user_id|userid|pid|dateline|uid)=\S*")
_SIGNAL = re.compile(
    r"(?<!\[)\[(?:/(?:b|i|u|s|size|colou?r|font|url|list|quote|code|table|tr|td|th|img|spoiler"
    r"|center|email|\*)|\*|list(?:=\w{1,8})?|hr|(?:quote|url|size|colou?r)=[^\[\]\n]{1,300})\]"
    r"(?!\])",
    re.IGNORECASE,
)
"""Marks that say a line is BBCode: a closing tag, an item, a list's opening, a rule or a
tag with its value; `[[…]]` (a wiki's link or block) is never one."""
_LINE_OPENING = re.compile(
    r"[ \t]*\[(?:b|i|u|size|colou?r|font|center|left|right|quote|table|tr|list|ul|ol|li|\*|hr"
    r"|img|url|code|spoiler|heading|h[1-4])(?:[=\] \t])",
    re.IGNORECASE,
)
"""A line that opens with a tag: a post's headings, items, rows and quotes do."""
_LIST_OPENING = re.compile(r"\[(?:list|ul|ol)(?:=[^\[\]\n]{1,8})?\]", re.IGNORECASE)
# Sentinels for emphasis while a line is put together (control characters no text keeps).
_OPEN = {"b": "\x10", "i": "\x12", "s": "\x14"}
_CLOSE = {"b": "\x11", "i": "\x13", "s": "\x15"}
_MARKDOWN = {"\x10": "**", "\x11": "**", "\x12": "*", "\x13": "*", "\x14": "~~", "\x15": "~~"}
_SPACE_AFTER_OPEN = re.compile(r"([\x10\x12\x14])(\s+)")
_SPACE_BEFORE_CLOSE = re.compile(r"(\s+)([\x11\x13\x15])")
_EMPTY_PAIR = re.compile(r"\x10\x11|\x12\x13|\x14\x15")


def import_bbcode(text: str, source_name: str) -> Imported:
    """A deck mapping from a BBCode post's source."""
    require_content(text)
    return import_converted(bbcode_to_markdown(text), source_name, "BBCode post")


def looks_like_bbcode(text: str) -> bool:
    """A BBCode post sent as .txt: BBCode's own marks (closing tags, `[*]` items, `[list]`) on
    three lines or more, and on a quarter or more of its lines, with three or more lines that
    open with a tag (a post's headings, items and rows do) unless half its lines are marked;
    one `[b]` in plain notes, BBCode quoted inside a data file's strings, or a wiki's
    `[[links]]` is not enough, and a `[*]` counts only in a post with a list (a Zim page's done
    checkbox is `[*]` too)."""
    lines = [line for line in text.split("\n", 20_000)[:20_000] if line.strip()]
    listed = any(_LIST_OPENING.search(line) for line in lines)
    marked = [
        found
        for line in lines
        if (found := [tag for tag in _SIGNAL.findall(line) if listed or tag != "[*]"])
    ]
    if len(marked) < 3 or 4 * len(marked) < len(lines):
        return False
    opening = sum(
        1 for line in lines if _LINE_OPENING.match(line) and (listed or line.lstrip()[1:2] != "*")
    )
    if opening < 3 and 2 * len(marked) < len(lines):
        return False
    kinds = {
        tag.lower().split("=")[0].lstrip("[/").rstrip("]") for found in marked for tag in found
    }
    return len(kinds) >= 2 or len(marked) >= 5


def bbcode_to_markdown(text: str) -> MarkdownDraft:
    """The Markdown for a BBCode post, each line with its line in the post."""
    if len(text) > MAX_BBCODE_CHARS:
        raise DeckImportError(
            f"the post has more than {MAX_BBCODE_CHARS:,} characters, far more than a forum"
            " post holds; split it"
        )
    lines = text.split("\n")
    if len(lines) > MAX_BBCODE_LINES:
        raise DeckImportError(f"the post has more than {MAX_BBCODE_LINES:,} lines; split it")
    tokenised = [read_tags(line) for line in lines]
    tags = sum(1 for tokens in tokenised for token in tokens if isinstance(token, Tag))
    if tags > MAX_TAGS:
        raise DeckImportError(f"the post has more than {MAX_TAGS:,} BBCode tags; split it")
    levels = heading_levels(tokenised)
    post = _Post(MarkdownDraft())
    for number, tokens in enumerate(tokenised, 1):
        level = levels.get(number)
        if level is not None and (post.at_top() or post.left_open(tokens)):
            post.heading(level, tokens, number)
        else:
            post.line(tokens, number)
    post.end()
    return post.draft


@dataclass
class _Segment:
    """Words being put together: a list item, a line of text, a table cell or a quote's line."""

    kind: str
    origin: int
    depth: int = 0
    numbered: bool = False
    parts: list[Token] = field(default_factory=list)


class _Post:
    """The post read tag by tag, knowing the lists, quotes, table and code it is in."""

    def __init__(self, draft: MarkdownDraft) -> None:
        self.draft = draft
        self.lists: list[bool] = []  # numbered or not, outermost first
        self.quotes: list[str] = []  # who each open quote quotes ("" when unnamed)
        self.quote_led = False
        self.code: list[tuple[int, str]] | None = None
        self.code_depth = 0
        self.tables = 0
        self.rows: list[tuple[int, list[str]]] = []
        self.row: list[str] | None = None
        self.row_origin = 0
        self.media = ""
        self.segment: _Segment | None = None

    def at_top(self) -> bool:
        """Not inside a list, quote, table or code, where a styled line is that block's text."""
        return not (self.lists or self.quotes or self.tables or self.code is not None)

    def left_open(self, tokens: list[Token]) -> bool:
        """A section heading (bigger, underlined or a heading tag, not a bold label) met inside
        lists and nothing else: a post that never closed its `[list]` (a forum closes it at the
        post's end), whose next section is a section all the same."""
        if self.quotes or self.tables or self.code is not None or not self.lists:
            return False
        weight = heading_weight(tokens)
        return weight is not None and (weight[0] > 0 or weight[1] > 100 or weight[2] > 0)

    def heading(self, level: int, tokens: list[Token], number: int) -> None:
        self._flush()
        self.lists.clear()
        words = "".join(token for token in tokens if isinstance(token, str))
        self.draft.heading(level, html.unescape(words).replace("*", ""), number)

    def line(self, tokens: list[Token], number: int) -> None:
        for token in tokens:
            if self.code is not None:
                self._in_code(token, number)
            elif isinstance(token, str):
                self._text(token, number)
            else:
                self._tag(token, number)
        if self.code is not None:
            self.code.append((number, "\n"))
        elif self.segment is not None and self.segment.kind in ("line", "quote"):
            self._flush()  # a line of text ends with its line; an item or a cell runs on
        elif self.segment is not None:
            self.segment.parts.append(" ")
        self.media = ""  # an unclosed [img] ends with its line, so no words are lost past it

    def _text(self, text: str, number: int) -> None:
        if self.media:
            return
        if self.segment is None:
            if not text.strip():
                return
            if self.tables and self.row is not None:
                self._open("cell", number)
            elif self.lists:  # words after a sub-list: one more point of the list they are in
                self._open("item", number)
            else:
                self._open("quote" if self.quotes else "line", number)
        assert self.segment is not None
        self.segment.parts.append(text)

    def _tag(self, tag: Tag, number: int) -> None:
        name = tag.name
        if self.media:
            if tag.closing and name == self.media:
                self.media = ""
            return
        if name in EMPHASIS or name in STYLE:
            if self.segment is None and tag.closing:
                return
            if self.segment is None:
                self._open_for_words(number)
            assert self.segment is not None
            self.segment.parts.append(tag)
        elif name in MEDIA:
            self.media = "" if tag.closing else name
        elif name in CODE:
            if not tag.closing:
                self._flush()
                self.code, self.code_depth = [], 1
        elif name in LISTS:
            self._flush()
            if tag.closing:
                if self.lists:
                    self.lists.pop()
            else:
                numbered = name == "ol" or tag.value.strip("\"'").lower() not in _BULLET_STYLES
                self.lists.append(numbered)
        elif name in ITEMS:
            self._flush()
            if not tag.closing:
                self._open("item", number)
        elif name == "quote":
            self._flush()
            if tag.closing:
                if self.quotes:
                    self.quotes.pop()
            else:
                self.quotes.append(_quoted_name(tag.value))
                self.quote_led = False
        elif name == "table":
            self._table(tag)
        elif name == "tr":
            self._end_row()
            if not tag.closing and self.tables:
                self.row, self.row_origin = [], number
        elif name in CELLS:
            self._flush()
            if not tag.closing and self.tables:
                if self.row is None:
                    self.row, self.row_origin = [], number
                self._open("cell", number)
        elif name in ("hr", "br"):
            self._flush()
            if name == "hr" and not tag.closing:
                self.draft.blank(number)

    def _open_for_words(self, number: int) -> None:
        """Open what styled words at a line's start belong to, as `_text` does for plain ones."""
        if self.tables and self.row is not None:
            self._open("cell", number)
        elif self.lists:
            self._open("item", number)
        else:
            self._open("quote" if self.quotes else "line", number)

    def _open(self, kind: str, number: int) -> None:
        self._flush()
        depth = min(max(len(self.lists) - 1, 0), MAX_DEPTH)
        numbered = bool(self.lists) and self.lists[-1]
        self.segment = _Segment(kind, number, depth, numbered)

    def _flush(self) -> None:
        """Write the words put together so far, as what they were."""
        segment, self.segment = self.segment, None
        if segment is None:
            return
        words = _words(segment.parts)
        if segment.kind == "cell":
            if self.row is not None:
                self.row.append(words.replace("|", "/"))
            return
        if not words:
            return
        if self.quotes and segment.kind in ("quote", "item"):
            self._quote(words, segment)
        elif segment.kind == "item":
            write_item(self.draft, segment.depth, segment.numbered, words, segment.origin)
        else:
            write_line(self.draft, words, segment.origin)

    def _quote(self, words: str, segment: _Segment) -> None:
        """A quote's line under a lead-in naming who wrote it ("Mr Ó Briain wrote:")."""
        name = self.quotes[-1]
        if not name:
            write_line(self.draft, words, segment.origin)
            return
        if not self.quote_led:
            write_line(self.draft, f"{name} wrote:", segment.origin)
            self.quote_led = True
        depth = segment.depth + 1 if segment.kind == "item" else 0
        write_item(self.draft, depth, segment.numbered, words, segment.origin)

    def _table(self, tag: Tag) -> None:
        self._flush()
        if not tag.closing:
            self.tables += 1  # a table in a cell is read as more rows of the one it is in
            return
        if not self.tables:
            return
        self._end_row()
        self.tables -= 1
        if not self.tables:
            self._write_table()

    def _end_row(self) -> None:
        self._flush()
        if self.row is not None and any(self.row):
            row = self.row[:MAX_CELLS]
            row[-1] = " ".join([row[-1], *self.row[MAX_CELLS:]]).strip()
            self.rows.append((self.row_origin, row))
        self.row = None

    def _write_table(self) -> None:
        rows, self.rows = self.rows, []
        if rows:
            write_table(self.draft, rows)

    def _in_code(self, token: Token, number: int) -> None:
        assert self.code is not None
        if isinstance(token, Tag) and token.name in CODE:
            self.code_depth += -1 if token.closing else 1
            if self.code_depth == 0:
                self._write_code()
                return
        self.code.append((number, token if isinstance(token, str) else token.raw))

    def _write_code(self) -> None:
        code, self.code = self.code or [], None
        text = "".join(part for _, part in code).strip("\n")
        if not text.strip():
            return
        origin = code[0][0]
        self.draft.blank(origin)
        self.draft.add("```", origin)
        self.draft.add(html.unescape(text).replace("```", "'''"), origin)
        self.draft.add("```", origin)
        self.draft.blank(origin)

    def end(self) -> None:
        """Close what the post left open: code, a segment, a table."""
        if self.code is not None:
            self._write_code()
        self._flush()
        if self.tables:
            self._end_row()
            self.tables = 0
            self._write_table()


def _quoted_name(value: str) -> str:
    """Who a `[quote=…]` quotes: phpBB's `"Name"` or `Name post_id=…`, XenForo's
    `"Name, post: 12, member: 3"`."""
    value = value.strip()
    if value.startswith(('"', "'", "&quot;")):
        value = html.unescape(value)
        mark = value[0]
        value = value[1:].split(mark, 1)[0]
    value = _ATTRIBUTE.sub("", value).split(",")[0]
    return " ".join(value.split())[:80]


def _words(parts: list[Token]) -> str:
    """A segment's words in Markdown: matched `[b]`, `[i]`, `[s]` pairs as bold, italic and
    struck (an unmatched or nested one dropped), every other tag's mark gone."""
    closes: dict[int, int] = {}
    open_at: dict[str, list[int]] = {}
    for index, part in enumerate(parts):
        if isinstance(part, Tag) and part.name in EMPHASIS:
            kind = EMPHASIS[part.name]
            if not part.closing:
                open_at.setdefault(kind, []).append(index)
            elif open_at.get(kind):
                closes[open_at[kind].pop()] = index
    shown: list[str] = []
    inside: dict[str, int] = {}  # the closing index of the open pair of each kind
    for index, part in enumerate(parts):
        if isinstance(part, str):
            shown.append(part)
            continue
        mark = EMPHASIS.get(part.name)
        if mark is None:
            continue
        if index in closes and mark not in inside:
            inside[mark] = closes[index]
            shown.append(_OPEN[mark])
        elif inside.get(mark) == index:
            del inside[mark]
            shown.append(_CLOSE[mark])
    text = html.unescape("".join(shown))
    text = _SPACE_AFTER_OPEN.sub(r"\2\1", text)
    text = _SPACE_BEFORE_CLOSE.sub(r"\2\1", text)
    text = _EMPTY_PAIR.sub("", text)
    for sentinel, mark in _MARKDOWN.items():
        text = text.replace(sentinel, mark)
    return " ".join(text.split())


_CELL_TAG = re.compile(r"\[/?(?:td|th|tr)(?:=[^\[\]\n]{0,300})?\]", re.IGNORECASE)


def inline(text: str) -> str:
    """A line's words as the post shows them, in Markdown: bold, italic and struck kept, every
    other tag's mark gone (images and media with their addresses)."""
    tokens = read_tags(text)
    kept: list[Token] = []
    media = ""
    for token in tokens:
        if isinstance(token, Tag) and token.name in MEDIA:
            media = "" if token.closing else token.name
        elif not media:
            kept.append(token)
    return _words(kept)


def cells(text: str) -> list[str]:
    """The words of each cell of a table row's source (`[tr][td]…[/td][td]…[/td]`), or the
    line's words as one cell when it has none."""
    parts = [inline(part) for part in _CELL_TAG.split(text)]
    return [part for part in parts if part] or [inline(text)]
