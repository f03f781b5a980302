"""Plain-text notes that frame a list in an ASCII-art box (issue 13, heldout19's knowledge
organiser): the borders are layout, the rows the lines of the notes. A box of one-cell rows is
read as its lines, its first row a heading; a box of cells side by side stays a table. Decks
written here, in another subject."""

from __future__ import annotations

from pathlib import Path

from knowledge.importers.boxes import unboxed
from tests.unit.asking import ask_json, imported

ORGANISER = """YEAR 9 SCIENCE KNOWLEDGE ORGANISER – ELECTRICITY

+--------------------------------------------------------------+
| KEY WORDS                                                    |
| current ....... flow of charge, measured in amps (A)         |
| potential difference .. energy per unit charge, in volts (V)  |
| resistance .... opposition to current, in ohms               |
| series ........ one loop, the same current everywhere        |
+--------------------------------------------------------------+

SECTION A – CIRCUITS
1. In a parallel circuit the current splits between the branches.
2. Adding bulbs in series makes each one dimmer.
"""


def test_a_box_of_lines_is_read_as_its_lines() -> None:
    deck, _ = imported(ORGANISER, "outline", "electricity.txt")
    titles = [topic.title for topic in deck.topics]
    assert "Key words" in titles
    assert not any(title.startswith("+") for title in titles)
    facts = [fact.raw for topic in deck.topics for fact in topic.facts]
    assert "resistance = opposition to current, in ohms" in facts
    assert not any("|" in fact or fact.startswith("+--") for fact in facts)
    assert "resistance" in {term.term for term in deck.terms}


def test_a_boxed_definition_answers_what_is(tmp_path: Path) -> None:
    notes = tmp_path / "electricity.txt"
    notes.write_text(ORGANISER, encoding="utf-8")
    reply = ask_json("whats resistance", notes)
    assert reply["status"] == "answer"
    assert "opposition to current, in ohms" in reply["text"]
    assert reply["topic"] == "Key words"


def test_a_boxed_table_and_stray_pipes_stay() -> None:
    table = "+------+------+\n| term | meaning |\n| ohm | unit of resistance |\n+------+------+"
    assert unboxed(table) == table
    open_box = "+------+\n| no bottom border |\nmore notes"
    assert unboxed(open_box) == open_box
    assert unboxed("+----+\n| Key words |\n+----+").split("\n") == ["", "Key words", ""]
