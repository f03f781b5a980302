"""The names a line of notes gives the deck's grader, beyond its capitalised phrases as found.

The grader tells an answer from the deck's other names, and takes a surname or a ruler's
name for a whole name only as far as the deck's names say it may. Two things a line says are
lost if only its capitalised runs are listed:

- a ruler's number, which the number scan keeps out of the run: "Sultan Murad I killed" lists
  "Sultan Murad", which then stands as another person beside the key "Murad I"; the name is
  listed with its number ("Sultan Murad I"), so the deck can tell Mehmed I from Mehmed II;
- a surname the line uses of a person: "negotiated by Townsend Harris" writes a person's name
  (`_aliases.said_surname`); the surname is listed too, as the notes' own short form of him,
  so the grader takes "Harris" for him (`Grader._known_by_surname`).

A group's label (a bullet with bullets under it, "Harris Treaty 1858 (= …), negotiated by
Townsend Harris") is a line of the notes too (`label_names`): its names were never listed.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from bot.questions._aliases import said_surname
from bot.questions._context import DeckContext
from bot.questions._extract import find_phrases, read_line
from bot.questions._name_checks import group_labels
from bot.questions._spans import Span

# A ruler's number right after a name: " II", " XIV" (a capital I alone is a number only here).
_NUMBER_AFTER = re.compile(r"\s+([IVX]{1,5})\b(?!['’]?[a-z])")


def line_names(text: str, phrases: list[Span]) -> Iterator[str]:
    """The grader's names of one line: each capitalised phrase (with a ruler's number after
    it, and the name after the number: "Jan III Sobieski"), and the surname of each the line
    writes as a person's."""
    capitalised = [span for span in phrases if span.text[:1].isupper()]
    joined = -1
    for i, span in enumerate(capitalised):
        if i == joined:
            continue
        number = _NUMBER_AFTER.match(text, span.end)
        if number is None:
            yield span.text
        else:
            after = capitalised[i + 1] if i + 1 < len(capitalised) else None
            if after is not None and after.start == number.end() + 1:
                joined = i + 1  # "Jan III Sobieski": one name around the number
                yield f"{text[span.start : number.end()]} {after.text}"
            else:
                yield f"{span.text} {number.group(1)}"
        surname = said_surname(text, span)
        if surname is not None:
            yield surname


def label_names(ctx: DeckContext) -> Iterator[str]:
    """The grader's names of each group label of the deck (`line_names`): names of two words
    or more and surnames, not a label's single capitalised words, which mostly describe what
    the group is about ("Finnish adoption study", "Ōkubo returned …") and would stand as
    rivals of the deck's own answers ("Finnish" for Finland)."""
    for label in group_labels(ctx):
        read = read_line(label, ctx.index)
        phrases = [span for span in find_phrases(label, ctx.stats, read) if " " in span.text]
        yield from line_names(label, phrases)
