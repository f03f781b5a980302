"""Google Docs handouts exported as plain text (issue 13; heldout21's Mongol notes): numbered
headings underlined with dashes ("4. Why did the League decline?" over "-----"), items numbered
afresh under each. A heading worded as a question, or an unnumbered one ("Exam tips") underlined
the same way, is still a heading: it used to end the numbered sections there, filing every later
section's lines under the last one found. Notes written here, on the Hanseatic League."""

from __future__ import annotations

from typing import Any

from bot.explain import answer_question
from knowledge.importers import import_text
from tests.unit.asking import imported

HANSA = """The Hanseatic League, c.1250-1650
=================================

Revision handout

1. Origins
----------

1. Merchant guilds of north German towns banded together for protection on the Baltic.
2. Lübeck was founded in 1159 and became the League's leading city.

2. How did the League trade?
----------------------------

1. The cog was the League's sturdy cargo ship.
	a) It carried grain, timber, furs, wax and salted herring.
2. Kontors were the League's foreign trading posts.
	a) London's kontor was the Steelyard.
	b) Bergen's kontor controlled the stockfish trade.

3. Why did the League decline?
------------------------------

1. The herring shoals moved from the Baltic to the North Sea.
2. Strong territorial states such as Sweden and Muscovy rose against it.

Exam tips
---------

1. Always name a kontor when you explain the League's reach.
"""


def _titles(topics: list[dict[str, Any]]) -> list[str]:
    return [str(topic["title"]) for topic in topics]


def test_every_underlined_heading_starts_a_section() -> None:
    mapping = import_text(HANSA, format="outline", source_name="hansa.txt")
    assert _titles(mapping["topics"]) == [
        "The Hanseatic League, c.1250-1650",  # its line "Revision handout"
        "Origins",
        "How did the League trade?",
        "Why did the League decline?",
        "Exam tips",
    ]


def test_a_question_heading_keeps_its_lines() -> None:
    deck, index = imported(HANSA, "outline", "hansa.txt")
    asked = answer_question(deck, index, "why did the league decline")
    assert asked.status == "answer"
    assert asked.lead in (
        "The herring shoals moved from the Baltic to the North Sea.",
        "Strong territorial states such as Sweden and Muscovy rose against it.",
    )
    assert asked.topic == "Why did the League decline?"


def test_lettered_sub_items_lose_their_marks_and_keep_their_item() -> None:
    """ "\ta) It carried grain …" under "1. The cog …" is a sub-item: its "a)" is a list mark, as
    "-" is, not words of the line."""
    mapping = import_text(HANSA, format="outline", source_name="hansa.txt")
    trade = mapping["topics"][2]
    assert {
        "group": "The cog was the League's sturdy cargo ship.",
        "facts": ["It carried grain, timber, furs, wax and salted herring."],
    } in trade["facts"]
    assert "London's kontor was the Steelyard." in str(trade["facts"])
    assert "a)" not in str(trade["facts"]) and "b)" not in str(trade["facts"])
