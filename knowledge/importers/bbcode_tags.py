"""The tags a BBCode post is written in, by what they do to its words (emphasis kept, a style's
mark dropped, media dropped with their addresses, blocks that make its structure), and a line
read as its text and its tags (see `bbcode`)."""

from __future__ import annotations

import re
from dataclasses import dataclass

_TAG = re.compile(
    r"\[(/?)([A-Za-z][A-Za-z0-9]{0,9}|\*)(?:=([^\[\]\n]{0,300})|[ \t]([^\[\]\n]{0,300}))?\]"
)
"""A tag: its name, then phpBB's `=value` or SMF's `name=value` attributes (`[quote author=Name
link=… date=…]`, `[list type=decimal]`); one or the other, so a bracket never closed costs one
bounded scan."""
_AUTHOR = re.compile(r"(?:^|\s)author=(.*?)(?=\s\w+=|$)")
_LIST_TYPE = re.compile(r"(?:^|\s)type=(\S+)")
EMPHASIS = {"b": "b", "strong": "b", "i": "i", "em": "i", "s": "s", "strike": "s", "del": "s"}
STYLE = frozenset(
    {"u", "size", "color", "colour", "font", "highlight", "center", "centre", "left", "right"}
    | {"justify", "indent", "align", "sup", "sub", "ins", "tt", "mark", "glow", "shadow"}
    | {"spoiler", "ispoiler", "hide", "url", "email", "icode", "abbr", "acronym", "plain"}
    | {"noparse", "user", "heading", "h1", "h2", "h3", "h4"}
)
"""Tags whose words stay and whose mark goes."""
MEDIA = frozenset({"img", "video", "youtube", "media", "attachment", "attach", "flash", "gvideo"})
"""Tags whose content is an address or a file, never words: dropped with it."""
LISTS = frozenset({"list", "ul", "ol"})
ITEMS = frozenset({"*", "li"})
CELLS = frozenset({"td", "th"})
CODE = frozenset({"code", "php", "pre"})
BLOCKS = LISTS | ITEMS | CELLS | CODE | {"quote", "table", "tr", "hr", "br"}
KNOWN = BLOCKS | STYLE | MEDIA | set(EMPHASIS)


@dataclass(frozen=True)
class Tag:
    """One known tag: its name (lower case), whether it closes, and its `=value`."""

    name: str
    closing: bool
    value: str
    raw: str


Token = Tag | str


def read_tags(line: str) -> list[Token]:
    """A line as text and known tags; a bracket that is no BBCode tag stays text."""
    out: list[Token] = []
    start = 0
    for found in _TAG.finditer(line):
        name = found.group(2).lower()
        if name not in KNOWN:
            continue
        if found.start() > start:
            out.append(line[start : found.start()])
        value = (found.group(3) or "").strip()
        attributes = found.group(4) or ""
        if not value and attributes:  # SMF's `[quote author=Name …]`, `[list type=decimal]`
            named = (_AUTHOR if name == "quote" else _LIST_TYPE).search(attributes)
            value = named.group(1).strip() if named else ""
        out.append(Tag(name, bool(found.group(1)), value, found.group(0)))
        start = found.end()
    if start < len(line):
        out.append(line[start:])
    return out
