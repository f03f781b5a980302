"""A flashcard export's column of tags: `"term","definition","tags"` with a header row.

Spreadsheet and quiz-site exports put each card's tags in a third column, one label per cell
("multi-store model", "forgetting") or several split by commas or semicolons. They say what the card is
about, as an Anki note's tags do, and are read the same way (`anki_tags.TagPlan`): a tag every card
has names the deck's topic, a tag several cards share groups their facts under it. Without them a
row whose definition never names its subject ("holds information from the senses for under a
second", tagged "multi-store model") is not found for "what is the sensory register in the multi
store model?". The column is only taken when
the header row names it, so a third column of anything else stays as it was.
"""

from __future__ import annotations

import re

from knowledge.text import fold

TAG_HEADERS = frozenset({"tags", "tag", "labels", "label", "categories", "category"})
_TAG_SPLIT = re.compile(r"\s*[;,]\s*")


def tag_column(header: list[str]) -> int | None:
    """The 0-based column the header row names as the tags, after the term and definition."""
    for position, name in enumerate(header):
        if position >= 2 and fold(" ".join(name.split())) in TAG_HEADERS:
            return position
    return None


def cell_tags(cell: str) -> tuple[str, ...]:
    """A tags cell's labels: one per comma or semicolon, spaces inside a label kept."""
    return tuple(tag for tag in _TAG_SPLIT.split(" ".join(cell.split())) if tag)
