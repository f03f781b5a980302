"""The one small markup replies are written in: lines of styled spans.

The core never writes Telegram HTML or Discord markdown. It builds `Text` from spans with a style, so an adapter
escapes every span's characters for its platform and wraps the style itself; deck or user text can never break
the markup, because it is never parsed as markup.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from enum import StrEnum

from knowledge.frozen import quick_init


class Style(StrEnum):
    PLAIN = "plain"
    BOLD = "bold"
    ITALIC = "italic"
    CODE = "code"


@quick_init
@dataclass(frozen=True, slots=True)
class Span:
    text: str
    style: Style = Style.PLAIN


@quick_init
@dataclass(frozen=True, slots=True)
class Line:
    """One line of a reply. `bullet` lines render as list items, `indent` nests them."""

    spans: tuple[Span, ...] = ()
    bullet: bool = False
    indent: int = 0

    @property
    def plain(self) -> str:
        body = "".join(span.text for span in self.spans)
        if self.bullet:
            return "  " * self.indent + "• " + body
        return "  " * self.indent + body if body else ""


@quick_init
@dataclass(frozen=True, slots=True)
class Text:
    lines: tuple[Line, ...] = field(default_factory=tuple)

    @property
    def plain(self) -> str:
        """The text with no markup: what a console, a log or a fallback shows."""
        return "\n".join(line.plain for line in self.lines)

    def __add__(self, other: Text) -> Text:
        return Text(self.lines + other.lines)


Part = str | Span


def bold(text: str) -> Span:
    return Span(text, Style.BOLD)


def italic(text: str) -> Span:
    return Span(text, Style.ITALIC)


def code(text: str) -> Span:
    return Span(text, Style.CODE)


def line(*parts: Part, bullet: bool = False, indent: int = 0) -> Line:
    """A line from plain strings and styled spans."""
    spans = tuple(part if isinstance(part, Span) else Span(part) for part in parts if part)
    return Line(spans, bullet=bullet, indent=indent)


def item(*parts: Part, indent: int = 0) -> Line:
    """A bullet line."""
    return line(*parts, bullet=True, indent=indent)


def text(*lines: Line | str) -> Text:
    """A Text from lines; plain strings become plain lines (split on newlines)."""
    out: list[Line] = []
    for entry in lines:
        if isinstance(entry, Line):
            out.append(entry)
        else:
            out.extend(line(part) for part in entry.split("\n"))
    return Text(tuple(out))


def split_text(value: Text, limit: int, measure: Callable[[Line], int]) -> list[Text]:
    """Split a reply into chunks whose rendered size stays within `limit`.

    `measure` is the adapter's rendered length of a line (escaping grows text); it is assumed additive over
    spans, which keeps splitting linear even for hostile 100,000-character input. Breaks fall between lines; a
    line longer than the limit is cut between words, a word longer than the limit anywhere.
    """
    chunks: list[Text] = []
    current: list[Line] = []
    size = 0
    for original in value.lines:
        for piece in _fit_line(original, limit, measure):
            cost = _line_size(piece, measure) + (1 if current else 0)
            if current and size + cost > limit:
                chunks.append(Text(tuple(current)))
                current, size = [], 0
                cost -= 1
            current.append(piece)
            size += cost
    if current:
        chunks.append(Text(tuple(current)))
    return [chunk for chunk in chunks if chunk.plain.strip()] or [Text((line("…"),))]


def _line_size(value: Line, measure: Callable[[Line], int]) -> int:
    overhead = measure(Line((), value.bullet, value.indent))
    return overhead + sum(measure(Line((span,))) for span in value.spans)


def _fit_line(value: Line, limit: int, measure: Callable[[Line], int]) -> Iterator[Line]:
    if _line_size(value, measure) <= limit:
        yield value
        return
    overhead = measure(Line((), value.bullet, value.indent))
    pending: list[Span] = []
    size = overhead
    for span in value.spans:
        for word in _words_keep_space(span.text):
            piece = Span(word, span.style)
            cost = measure(Line((piece,)))
            if pending and size + cost > limit:
                yield Line(tuple(pending), value.bullet, value.indent)
                pending, size = [], overhead
            while overhead + cost > limit and len(piece.text) > 1:
                cut = _longest_prefix(piece, limit - overhead, measure)
                yield Line((Span(piece.text[:cut], span.style),), value.bullet, value.indent)
                piece = Span(piece.text[cut:], span.style)
                cost = measure(Line((piece,)))
            pending.append(piece)
            size += cost
    if pending:
        yield Line(tuple(pending), value.bullet, value.indent)


def _words_keep_space(value: str) -> list[str]:
    words: list[str] = []
    start = 0
    for index, char in enumerate(value):
        if char == " ":
            words.append(value[start : index + 1])
            start = index + 1
    if start < len(value):
        words.append(value[start:])
    return words


def _longest_prefix(piece: Span, room: int, measure: Callable[[Line], int]) -> int:
    low, high = 1, len(piece.text)
    while low < high:
        mid = (low + high + 1) // 2
        if measure(Line((Span(piece.text[:mid], piece.style),))) <= room:
            low = mid
        else:
            high = mid - 1
    return low
