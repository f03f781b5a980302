"""Which lines of a BBCode post are its headings, and at what level: a line that is only one
styled span (`[size=150][b]…[/b][/size]`, `[b][u]…[/u][/b]`, XenForo's `[heading=2]`, a short
`[b]label[/b]`), its level set by how big its style is among the post's (see `bbcode`)."""

from __future__ import annotations

import re

from knowledge.importers.bbcode_tags import BLOCKS, EMPHASIS, STYLE, Tag, Token

MAX_HEADING = 200
"""Characters of a heading's words: a longer styled line is text, never a heading."""

_NAMED_SIZES = {"xx-small": 60, "x-small": 70, "small": 85, "medium": 100, "large": 120}
_NAMED_SIZES |= {"x-large": 150, "xx-large": 200, "huge": 200, "larger": 120, "smaller": 85}


def heading_levels(lines: list[list[Token]]) -> dict[int, int]:
    """The heading level of each line that is a heading (by 1-based line number): the post's
    heading styles ranked biggest first from level 2 (a topic), and its title level 1. The
    title is the first heading when its style is the biggest and no other heading has it, or
    when it opens the post (a styled first line, however long) with only lines of text between
    it and the next heading, as a post's title and its introduction are."""
    weights = {
        number: weight
        for number, tokens in enumerate(lines, 1)
        if (weight := heading_weight(tokens)) is not None
    }
    opening = next((number for number, tokens in enumerate(lines, 1) if _has_words(tokens)), 0)
    if opening and opening not in weights:
        weight = heading_weight(lines[opening - 1], label=False)
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


def _has_words(tokens: list[Token]) -> bool:
    return any(isinstance(token, str) and token.strip() for token in tokens)


def _introduced(lines: list[list[Token]], weights: dict[int, tuple[int, int, int, int]]) -> bool:
    """Only lines of text (no list, table or quote) stand between the first heading and the
    next: the first is the post's title over its introduction, not a topic with its points."""
    first, second = sorted(weights)[:2]
    return not any(
        isinstance(token, Tag) and token.name in BLOCKS and token.name not in ("hr", "br")
        for tokens in lines[first : second - 1]
        for token in tokens
    )


def heading_weight(tokens: list[Token], *, label: bool = True) -> tuple[int, int, int, int] | None:
    """How big a heading a line is (XenForo's heading tag, size, underline, bold), or None when
    the line is not only one styled span; a span only in bold must also read as a `label`."""
    texts = [
        index for index, token in enumerate(tokens) if isinstance(token, str) and token.strip()
    ]
    if not texts:
        return None
    first, last = texts[0], texts[-1]
    if any(isinstance(t, Tag) and t.name not in STYLE and t.name not in EMPHASIS for t in tokens):
        return None
    closed = {t.name for t in tokens[last + 1 :] if isinstance(t, Tag) and t.closing}
    covering = [
        token
        for token in tokens[:first]
        if isinstance(token, Tag) and not token.closing and token.name in closed
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
