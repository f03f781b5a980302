"""Obsidian canvases (`.canvas`, the open JSON Canvas format): cards laid out on a board, grouped
in labelled boxes and joined by arrows.

A teacher's canvas is a mind map drawn by hand: each group box is a topic (a box inside a box a
subtopic), each text card holds Markdown (its own heading, bullets, bold terms), and an arrow says
how two cards relate ("Vaccine → memory cells", "Causes ── led to → War"). The board has no order
of its own, so cards are read as a page is, top to bottom and left to right, and a card belongs to
the smallest group box that holds it. Each card is written as the Markdown it is, under its
group's heading with its own headings moved below it, and each arrow between two text cards as a
line of its tail card's group ("Tail → Head", the arrow's label between); the Markdown importer
then makes topics, lead-ins and facts as it does for Markdown notes. Positions, sizes, colours and
ids are the board's look, not notes. File cards (a note or picture of the vault that is not in the
upload) and web-page cards say nothing the deck can show, so they are left out.

A canvas is an upload: its JSON may nest deep or hold a million cards, so both are bounded before
anything is laid out (finding a card's box costs cards × boxes).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from knowledge.importers.converted import MarkdownDraft, import_converted, item, pieces
from knowledge.importers.errors import DeckImportError
from knowledge.importers.keep import loaded_json
from knowledge.importers.report import Imported
from knowledge.importers.source import require_content

MAX_CANVAS_CARDS = 20_000
"""Cards read from one canvas: a year's board holds a few hundred."""

MAX_CANVAS_GROUPS = 500
"""Group boxes (a year's board has a few dozen): each card is checked against each box, so
this bounds the layout's cost."""

_CARD_TYPES = frozenset({"text", "file", "link", "group"})
_ATX = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_FENCE = re.compile(r"^\s*(```|~~~)")
_NAME_END = re.compile(r":\s|\s(?:→|->|–|—|=)\s|\s\(")
_MARKS = re.compile(r"[*_`=]{1,3}|\[\[|\]\]")


@dataclass
class _Card:
    """A card or a group box: where it sits and what it says."""

    ident: str
    kind: str
    text: str
    x: float
    y: float
    width: float
    height: float
    children: list[_Card] = field(default_factory=list)

    @property
    def area(self) -> float:
        return self.width * self.height


def looks_like_canvas(text: str) -> bool:
    """A canvas sent under another name: a JSON object whose "nodes" are cards of the JSON
    Canvas kinds placed at x and y."""
    if text.lstrip()[:1] != "{" or '"nodes"' not in text[:4096]:
        return False
    try:
        board = json.loads(text)
    except (ValueError, RecursionError):
        return False
    return _is_board(board)


def import_canvas(text: str, source_name: str) -> Imported:
    """A deck mapping from an Obsidian canvas."""
    require_content(text)
    board = loaded_json(text, whose="this canvas's", what="this canvas")
    if not isinstance(board, dict) or not isinstance(board.get("nodes", []), list):
        raise DeckImportError(
            'this .canvas file is not an Obsidian canvas (no list of cards under "nodes")'
        )
    cards = _cards(board.get("nodes", []))
    texts = [card for card in cards if card.kind == "text" and card.text.strip()]
    if not texts:
        raise DeckImportError(
            "this canvas has no text cards: its cards only point at other notes or web pages; "
            "upload those notes (or the vault as a .zip) instead"
        )
    groups = [card for card in cards if card.kind == "group"]
    tops = _nest([*groups, *texts])
    arrows = _arrows(board.get("edges"), {card.ident: card for card in texts}, tops, groups)
    title = _title(source_name)
    draft = MarkdownDraft()
    draft.heading(1, title)
    _write(draft, tops, arrows, level=2)
    return import_converted(draft, source_name, "Obsidian canvas")


def _is_board(board: object) -> bool:
    if not isinstance(board, dict) or not isinstance(board.get("nodes"), list):
        return False
    cards = [card for card in board["nodes"][:50] if isinstance(card, dict)]
    return bool(cards) and all(
        card.get("type") in _CARD_TYPES and "x" in card and "y" in card for card in cards
    )


def _cards(raw: list[Any]) -> list[_Card]:
    """The board's cards and group boxes, bounded, each with its place and its text."""
    if len(raw) > MAX_CANVAS_CARDS:
        raise DeckImportError(f"this canvas has more than {MAX_CANVAS_CARDS:,} cards; split it")
    cards: list[_Card] = []
    for number, entry in enumerate(raw):
        if not isinstance(entry, dict) or entry.get("type") not in ("text", "group"):
            continue
        kind = str(entry["type"])
        said = entry.get("text") if kind == "text" else entry.get("label")
        cards.append(
            _Card(
                ident=str(entry.get("id", f"card {number}")),
                kind=kind,
                text=said if isinstance(said, str) else "",
                x=_number(entry.get("x")),
                y=_number(entry.get("y")),
                width=max(_number(entry.get("width")), 0.0),
                height=max(_number(entry.get("height")), 0.0),
            )
        )
    if sum(card.kind == "group" for card in cards) > MAX_CANVAS_GROUPS:
        raise DeckImportError(
            f"this canvas has more than {MAX_CANVAS_GROUPS:,} groups; split it into boards"
        )
    return cards


def _number(value: object) -> float:
    """A coordinate or size; anything that is not a finite number counts as 0."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return 0.0
    number = float(value)
    return number if abs(number) < 1e12 else 0.0


def _nest(cards: list[_Card]) -> list[_Card]:
    """Each card and box put in the smallest box that holds it; what no box holds is on the
    board itself. Boxes and cards are in reading order: by their top edge, then their left."""
    boxes = sorted((card for card in cards if card.kind == "group"), key=lambda box: box.area)
    edges = [(box.x, box.y, box.x + box.width, box.y + box.height, box) for box in boxes]
    tops: list[_Card] = []
    for card in cards:
        right, bottom = card.x + card.width, card.y + card.height
        home = next(
            (
                box
                for left, top, box_right, box_bottom, box in edges
                if left <= card.x
                and top <= card.y
                and right <= box_right
                and bottom <= box_bottom
                and box is not card
                and (box.area > card.area or card.kind != "group")
            ),
            None,
        )
        (home.children if home is not None else tops).append(card)
    for box in boxes:
        box.children.sort(key=_reading_order)
    tops.sort(key=_reading_order)
    return tops


def _reading_order(card: _Card) -> tuple[float, float]:
    return (card.y, card.x)


def _arrows(
    raw: object, texts: dict[str, _Card], tops: list[_Card], groups: list[_Card]
) -> dict[int, list[str]]:
    """The arrows between two text cards as lines, keyed by the box their tail card is in
    (`id` of the box, or 0 for the board)."""
    if not isinstance(raw, list):
        return {}
    home: dict[str, int] = {card.ident: 0 for card in tops}
    for box in groups:
        for card in box.children:
            home[card.ident] = id(box)
    lines: dict[int, list[str]] = {}
    for edge in raw[: MAX_CANVAS_CARDS * 4]:
        if not isinstance(edge, dict):
            continue
        tail, head = texts.get(str(edge.get("fromNode"))), texts.get(str(edge.get("toNode")))
        if tail is None or head is None or tail is head:
            continue
        label = edge.get("label")
        said = " ".join(label.split()) if isinstance(label, str) else ""
        named = _name(tail), _name(head)
        if not all(named):
            continue
        lines.setdefault(home.get(tail.ident, 0), []).append(
            f"{named[0]} {said} {named[1]}" if said else f"{named[0]} → {named[1]}"
        )
    return lines


def _name(card: _Card) -> str:
    """What an arrow's end is called: its card's heading or first line without Markdown marks,
    up to the first ":", "→", " – ", "=" or "(" ("LDR: resistance falls…" is "LDR"); "" when
    that is still a sentence (more than eight words), which names nothing an arrow can point at."""
    first = next((line.strip() for line in card.text.split("\n") if line.strip()), "")
    heading = _ATX.match(first)
    first = heading.group(2) if heading else first.lstrip("-*+> ").strip()
    first = " ".join(_MARKS.sub("", first).split())
    first = _NAME_END.split(first, maxsplit=1)[0].strip() or first
    return first if len(first.split()) <= 8 else ""


def _write(
    draft: MarkdownDraft, cards: list[_Card], arrows: dict[int, list[str]], *, level: int
) -> None:
    """The board's cards and boxes, a box's heading at the level its depth gives (walked with a
    stack: boxes may nest as deep as there are boxes)."""
    tasks: list[tuple[_Card | None, list[_Card], int, int]] = [(None, cards, level, 0)]
    while tasks:
        box, members, depth, key = tasks.pop()
        if box is not None and box.text.strip():
            draft.heading(depth, box.text)
            depth += 1
        _write_members(draft, members, arrows.get(key, []), depth)
        tasks.extend(
            (inner, inner.children, depth, id(inner))
            for inner in reversed(members)
            if inner.kind == "group"
        )


def _write_members(
    draft: MarkdownDraft, members: list[_Card], arrows: list[str], level: int
) -> None:
    """A box's own cards and arrows: the cards without a heading of their own and the arrows
    first, then the cards with one (after a card's heading, the rest would read as its lines)."""
    texts = [card for card in members if card.kind == "text"]
    loose = [card for card in texts if not _opens_with_heading(card.text)]
    for card in loose:
        _write_card(draft, card.text, level)
    for line in arrows:
        draft.blank()
        draft.fact(line)
    headed = {id(card) for card in texts} - {id(card) for card in loose}
    for card in texts:
        if id(card) in headed:
            _write_card(draft, card.text, level)


def _opens_with_heading(text: str) -> bool:
    first = next((line for line in text.split("\n") if line.strip()), "")
    return _ATX.match(first) is not None


def _write_card(draft: MarkdownDraft, text: str, level: int) -> None:
    """One card's Markdown under a heading of `level`: its own headings moved below that level,
    a blank line around it so its paragraphs and lists end with it."""
    draft.blank()
    fenced = False
    for line in text.split("\n"):
        if _FENCE.match(line):
            fenced = not fenced
        heading = None if fenced else _ATX.match(line)
        if heading:
            draft.heading(level + len(heading.group(1)) - 1, heading.group(2))
        elif len(line) > 1000:
            for piece in pieces(line):
                draft.add(item(piece))
        else:
            draft.add(line)
    draft.blank()


def _title(source_name: str) -> str:
    """The deck's title: the canvas's file name, as Obsidian shows it on the tab."""
    name = source_name.rsplit("/", 1)[-1]
    if name.lower().endswith(".canvas"):
        name = name[: -len(".canvas")]
    return " ".join(name.replace("_", " ").split()) or "Canvas"
