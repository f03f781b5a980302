"""Flashcards whose front labels a list or a comparison rather than naming a term.

A card list mixes terms ("Fresco" / "painting on wet plaster …") with cards a student makes for
lists ("Oil paint - advantages" / "1) dries slowly … 2) rich colours … 3) fine detail") and
comparisons ("Florence vs Venice"). Read as key terms, the list cards were asked "What does
“Northern Renaissance - features” mean?" and "Which term means: “1) dries slowly …”?", and
turned up as wrong options of real terms ("Vanishing point" among "Brunelleschi - dome" and
"Stages of a fresco"). A card whose back is a numbered list is kept as what it is, a heading with
its items (asked as "listed under" it, or in order when the heading says they are steps); a card
whose front is "thing - aspect" or "A vs B" is kept as a line of the notes, not as a key term.
"""

from __future__ import annotations

import re

# "1) a 2) b", "1. a 2. b", "(1) a (2) b": markers numbering the items of one field.
_MARKER = re.compile(r"(?:^|\s)\(?(?P<number>\d{1,2})[.)]\s+")
_MIN_ITEMS = 2
# "Oil paint - advantages", "Masaccio – key works": a thing, then which part of it the card gives.
_ASPECT = re.compile(r"\S\s+[-–—]\s+\S")
_VERSUS = re.compile(r"\s(?:vs\.?|v\.?|versus)\s", re.IGNORECASE)


def numbered_items(back: str) -> list[str] | None:
    """The items of a back written as a numbered list ("1) a 2) b 3) c"), or None when it is
    not one: the numbers must start at 1 and count up by one, with text after each."""
    if back.count(".") + back.count(")") < _MIN_ITEMS:
        return None  # each marker ends in one of them: most backs number nothing
    markers = list(_MARKER.finditer(back))
    if len(markers) < _MIN_ITEMS or back[: markers[0].start()].strip():
        return None
    if [int(marker.group("number")) for marker in markers] != list(range(1, len(markers) + 1)):
        return None
    items: list[str] = []
    for marker, after in zip(markers, [*markers[1:], None], strict=True):
        item = back[marker.end() : after.start() if after else len(back)].strip(" ;,")
        if not item:
            return None
        items.append(item)
    return items


def labels_a_card(front: str) -> bool:
    """True when a card's front is a label ("Oil paint - advantages", "Florence vs Venice"), not
    the name of a term."""
    # Each pattern needs a character most fronts lack (a dash; a "v"), found far sooner.
    aspect = ("-" in front or "–" in front or "—" in front) and _ASPECT.search(front)
    return bool(aspect or (("v" in front or "V" in front) and _VERSUS.search(front)))
