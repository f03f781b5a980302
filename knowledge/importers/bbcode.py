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
crafted post opens.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

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

MAX_HEADING = 200
"""Characters of a heading's words: a longer styled line is text, never a heading."""

_TAG = re.compile(
    r"\[(/?)([A-Za-z][A-Za-z0-9]{0,9}|\*)(?:=([^\[\]\n]{0,300})|[ \t]([^\[\]\n]{0,300}))?\]"
)
"""A tag: its name, then phpBB's `=value` or SMF's `name=value` attributes (`[quote author=Name
link=… date=…]`, `[list type=decimal]`); one or the other, so a bracket never closed costs one
bounded scan."""
_AUTHOR = re.compile(r"(?:^|\s)author=(.*?)(?=\s\w+=|$)")
_LIST_TYPE = re.compile(r"(?:^|\s)type=(\S+)")
_EMPHASIS = {"b": "b", "strong": "b", "i": "i", "em": "i", "s": "s", "strike": "s", "del": "s"}
_STYLE = frozenset(
    {"u", "size", "color", "colour", "font", "highlight", "center", "centre", "left", "right"}
    | {"justify", "indent", "align", "sup", "sub", "ins", "tt", "mark", "glow", "shadow"}
    | {"spoiler", "ispoiler", "hide", "url", "email", "icode", "abbr", "acronym", "plain"}
    | {"noparse", "user", "heading", "h1", "h2", "h3", "h4"}
)
"""Tags whose words stay and whose mark goes."""
_MEDIA = frozenset({"img", "video", "youtube", "media", "attachment", "attach", "flash", "gvideo"})
"""Tags whose content is an address or a file, never words: dropped with it."""
_LISTS = frozenset({"list", "ul", "ol"})
_ITEMS = frozenset({"*", "li"})
_CELLS = frozenset({"td", "th"})
_CODE = frozenset({"code", "php", "pre"})
_BLOCKS = _LISTS | _ITEMS | _CELLS | _CODE | {"quote", "table", "tr", "hr", "br"}
_KNOWN = _BLOCKS | _STYLE | _MEDIA | set(_EMPHASIS)
_BULLET_STYLES = frozenset({"", "disc", "circle", "square", "none", "bullet"})
_ATTRIBUTE = re.compile(r"\s+(?:post_id|time|user_id|userid|pid|dateline|uid)=\S*")
_NAMED_SIZES = {"xx-small": 60, "x-small": 70, "small": 85, "medium": 100, "large": 120}
_NAMED_SIZES |= {"x-large": 150, "xx-large": 200, "huge": 200, "larger": 120, "smaller": 85}
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
    tokenised = [_tokens(line) for line in lines]
    tags = sum(1 for tokens in tokenised for token in tokens if isinstance(token, _Tag))
    if tags > MAX_TAGS:
        raise DeckImportError(f"the post has more than {MAX_TAGS:,} BBCode tags; split it")
    levels = _heading_levels(tokenised)
    post = _Post(MarkdownDraft())
    for number, tokens in enumerate(tokenised, 1):
        level = levels.get(number)
        if level is not None and (post.at_top() or post.left_open(tokens)):
            post.heading(level, tokens, number)
        else:
            post.line(tokens, number)
    post.end()
    return post.draft


@dataclass(frozen=True)
class _Tag:
    """One known tag: its name (lower case), whether it closes, and its `=value`."""

    name: str
    closing: bool
    value: str
    raw: str


_Token = _Tag | str


def _tokens(line: str) -> list[_Token]:
    """A line as text and known tags; a bracket that is no BBCode tag stays text."""
    out: list[_Token] = []
    start = 0
    for found in _TAG.finditer(line):
        name = found.group(2).lower()
        if name not in _KNOWN:
            continue
        if found.start() > start:
            out.append(line[start : found.start()])
        value = (found.group(3) or "").strip()
        attributes = found.group(4) or ""
        if not value and attributes:  # SMF's `[quote author=Name …]`, `[list type=decimal]`
            named = (_AUTHOR if name == "quote" else _LIST_TYPE).search(attributes)
            value = named.group(1).strip() if named else ""
        out.append(_Tag(name, bool(found.group(1)), value, found.group(0)))
        start = found.end()
    if start < len(line):
        out.append(line[start:])
    return out


def _heading_levels(lines: list[list[_Token]]) -> dict[int, int]:
    """The heading level of each line that is a heading (by 1-based line number): the post's
    heading styles ranked biggest first from level 2 (a topic), and its title level 1. The
    title is the first heading when its style is the biggest and no other heading has it, or
    when it opens the post (a styled first line, however long) with only lines of text between
    it and the next heading, as a post's title and its introduction are."""
    weights = {
        number: weight
        for number, tokens in enumerate(lines, 1)
        if (weight := _heading_weight(tokens)) is not None
    }
    opening = next((number for number, tokens in enumerate(lines, 1) if _has_words(tokens)), 0)
    if opening and opening not in weights:
        weight = _heading_weight(lines[opening - 1], label=False)
        if weight is not None and weights:
            weights[opening] = weight
    if not weights:
        return {}
    first = min(weights)
    top = max(weights.values())
    biggest = weights[first] == top and sum(1 for w in weights.values() if w == top) == 1
    titled = len(weights) > 1 and (biggest or (first == opening and _introduced(lines, weights)))
    ranked = sorted({w for number, w in weights.items() if not titled or number != first})
    ranked.reverse()
    return {
        number: 1 if titled and number == first else min(6, 2 + ranked.index(w))
        for number, w in weights.items()
    }


def _has_words(tokens: list[_Token]) -> bool:
    return any(isinstance(token, str) and token.strip() for token in tokens)


def _introduced(lines: list[list[_Token]], weights: dict[int, tuple[int, int, int, int]]) -> bool:
    """Only lines of text (no list, table or quote) stand between the first heading and the
    next: the first is the post's title over its introduction, not a topic with its points."""
    first, second = sorted(weights)[:2]
    return not any(
        isinstance(token, _Tag) and token.name in _BLOCKS and token.name not in ("hr", "br")
        for tokens in lines[first : second - 1]
        for token in tokens
    )


def _heading_weight(
    tokens: list[_Token], *, label: bool = True
) -> tuple[int, int, int, int] | None:
    """How big a heading a line is (XenForo's heading tag, size, underline, bold), or None when
    the line is not only one styled span; a span only in bold must also read as a `label`."""
    texts = [
        index for index, token in enumerate(tokens) if isinstance(token, str) and token.strip()
    ]
    if not texts:
        return None
    first, last = texts[0], texts[-1]
    if any(
        isinstance(t, _Tag) and t.name not in _STYLE and t.name not in _EMPHASIS for t in tokens
    ):
        return None
    closed = {t.name for t in tokens[last + 1 :] if isinstance(t, _Tag) and t.closing}
    covering = [
        token
        for token in tokens[:first]
        if isinstance(token, _Tag) and not token.closing and token.name in closed
    ]
    names = {tag.name for tag in covering}
    words = " ".join("".join(t for t in tokens if isinstance(t, str)).split())
    if not words or len(words) > MAX_HEADING or any(isinstance(t, str) for t in tokens[:first]):
        return None
    heading = next(
        (tag for tag in covering if tag.name in {"heading", "h1", "h2", "h3", "h4"}), None
    )
    rank = 0
    if heading is not None:
        digits = heading.value if heading.name == "heading" else heading.name[1:]
        rank = 10 - int(digits) if digits.isdigit() and 0 < int(digits) < 10 else 7
    size = max((_size(tag.value) for tag in covering if tag.name == "size"), default=100)
    underlined, bold = int("u" in names), int("b" in names or "strong" in names)
    if rank == 0:
        if size < 100 or (size == 100 and not (bold or underlined)):
            return None
        if label and size == 100 and not underlined and not _short_label(words):
            return None  # a bold sentence ("[b]Mock = 45 mins …![/b]") is a fact, not a heading
    return rank, size, underlined, bold


def _short_label(words: str) -> bool:
    """A bold line that reads as a label ("Axial skeleton", "Bones of the arm:"): a few words,
    not a sentence ending in a full stop or an exclamation."""
    return len(words.split()) <= 8 and not words.rstrip().endswith((".", "!", ";", ","))


def _size(value: str) -> int:
    """A `[size=…]` value as a percentage of normal text: phpBB's percent (150), the old 1–7
    scale (3 normal), points or pixels, or a CSS name."""
    value = value.strip().strip("\"'").lower()
    if value in _NAMED_SIZES:
        return _NAMED_SIZES[value]
    digits = re.match(r"\d{1,4}(?:\.\d{1,3})?", value)
    if digits is None:
        return 100
    number = float(digits.group(0))
    if value.endswith("px"):
        return int(number * 100 / 16)
    if value.endswith("pt"):
        return int(number * 100 / 12)
    if number <= 7:
        return int(100 + (number - 3) * 25)
    return int(number)


@dataclass
class _Segment:
    """Words being put together: a list item, a line of text, a table cell or a quote's line."""

    kind: str
    origin: int
    depth: int = 0
    numbered: bool = False
    parts: list[_Token] = field(default_factory=list)


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

    def left_open(self, tokens: list[_Token]) -> bool:
        """A section heading (bigger, underlined or a heading tag, not a bold label) met inside
        lists and nothing else: a post that never closed its `[list]` (a forum closes it at the
        post's end), whose next section is a section all the same."""
        if self.quotes or self.tables or self.code is not None or not self.lists:
            return False
        weight = _heading_weight(tokens)
        return weight is not None and (weight[0] > 0 or weight[1] > 100 or weight[2] > 0)

    def heading(self, level: int, tokens: list[_Token], number: int) -> None:
        self._flush()
        self.lists.clear()
        words = "".join(token for token in tokens if isinstance(token, str))
        self.draft.heading(level, html.unescape(words).replace("*", ""), number)

    def line(self, tokens: list[_Token], number: int) -> None:
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

    def _tag(self, tag: _Tag, number: int) -> None:
        name = tag.name
        if self.media:
            if tag.closing and name == self.media:
                self.media = ""
            return
        if name in _EMPHASIS or name in _STYLE:
            if self.segment is None and tag.closing:
                return
            if self.segment is None:
                self._open_for_words(number)
            assert self.segment is not None
            self.segment.parts.append(tag)
        elif name in _MEDIA:
            self.media = "" if tag.closing else name
        elif name in _CODE:
            if not tag.closing:
                self._flush()
                self.code, self.code_depth = [], 1
        elif name in _LISTS:
            self._flush()
            if tag.closing:
                if self.lists:
                    self.lists.pop()
            else:
                numbered = name == "ol" or tag.value.strip("\"'").lower() not in _BULLET_STYLES
                self.lists.append(numbered)
        elif name in _ITEMS:
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
        elif name in _CELLS:
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

    def _table(self, tag: _Tag) -> None:
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

    def _in_code(self, token: _Token, number: int) -> None:
        assert self.code is not None
        if isinstance(token, _Tag) and token.name in _CODE:
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


def _words(parts: list[_Token]) -> str:
    """A segment's words in Markdown: matched `[b]`, `[i]`, `[s]` pairs as bold, italic and
    struck (an unmatched or nested one dropped), every other tag's mark gone."""
    closes: dict[int, int] = {}
    open_at: dict[str, list[int]] = {}
    for index, part in enumerate(parts):
        if isinstance(part, _Tag) and part.name in _EMPHASIS:
            kind = _EMPHASIS[part.name]
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
        mark = _EMPHASIS.get(part.name)
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
    tokens = _tokens(text)
    kept: list[_Token] = []
    media = ""
    for token in tokens:
        if isinstance(token, _Tag) and token.name in _MEDIA:
            media = "" if token.closing else token.name
        elif not media:
            kept.append(token)
    return _words(kept)


def cells(text: str) -> list[str]:
    """The words of each cell of a table row's source (`[tr][td]…[/td][td]…[/td]`), or the
    line's words as one cell when it has none."""
    parts = [inline(part) for part in _CELL_TAG.split(text)]
    return [part for part in parts if part] or [inline(text)]
