"""Obsidian canvases (.canvas, JSON Canvas): group boxes become topics, text cards their notes (a
card's own heading below its box's), arrows between named cards lines of the tail's box; the
board's look dropped; a crafted canvas refused quickly and clearly."""

from __future__ import annotations

import json

import pytest

from knowledge.importers import DeckImportError, import_bytes_with_report, import_file_with_report
from knowledge.importers.canvas import MAX_CANVAS_CARDS, MAX_CANVAS_GROUPS
from tests.unit.asking import ask_json
from tests.unit.formats_helpers import (
    SAMPLES,
    children,
    facts,
    load,
    questions,
    quiz_sample,
    written,
)

NORMANS = SAMPLES / "norman_conquest.canvas"
CIRCUITS = SAMPLES / "circuits.canvas"


def _board(*cards: dict[str, object], edges: list[dict[str, object]] | None = None) -> bytes:
    return json.dumps({"nodes": list(cards), "edges": edges or []}).encode()


def _text(
    ident: str, text: str, x: int, y: int, *, width: int = 300, height: int = 100
) -> dict[str, object]:
    return {
        "id": ident,
        "type": "text",
        "text": text,
        "x": x,
        "y": y,
        "width": width,
        "height": height,
    }


def test_boxes_are_topics_and_a_box_in_a_box_a_subtopic() -> None:
    deck = load("norman_conquest.canvas")
    assert deck.title == "norman conquest"
    assert [topic.title for topic in deck.roots()] == [
        "Causes of the invasion",
        "The Battle of Hastings",
        "After 1066",
    ]
    assert children(deck, "Causes of the invasion") == [
        "Edward the Confessor",
        "Claimants to the throne",
    ]
    assert "died 5 January 1066 with no children" in facts(deck, "Edward the Confessor")
    groups = {fact.raw: str(fact.group or "") for topic in deck.topics for fact in topic.facts}
    assert "William of Normandy" in groups["had the Pope's banner"]
    # a card with its own heading becomes a subtopic of its box, under the box's own cards
    assert children(deck, "The Battle of Hastings") == ["Battle of Hastings"]
    assert "Saxon shield wall held for hours" in facts(deck, "Battle of Hastings")


def test_arrows_between_named_cards_are_lines_of_the_tails_box() -> None:
    deck = load("norman_conquest.canvas")
    assert "Harald Hardrada defeated at Stamford Bridge" in facts(deck, "Claimants to the throne")
    assert "Stamford Bridge → Battle of Hastings" in facts(deck, "The Battle of Hastings")
    shown = "\n".join(written(deck))
    for dropped in ('"x"', "fromSide", "a1b2c3", "width", "{"):
        assert dropped not in shown


def test_a_second_subject_cards_on_the_board_and_in_boxes() -> None:
    deck = load("circuits.canvas")
    assert [topic.title for topic in deck.roots()] == [
        "circuits",
        "Circuit basics",
        "Series and parallel",
        "Measuring",
    ]
    assert "Voltmeter: in parallel across the component" in facts(deck, "Measuring")
    assert "LDR used in Circuit basics" in facts(deck, "circuits")
    assert import_file_with_report(CIRCUITS).report.format == "Obsidian canvas"


def test_ask_answers_from_a_card_in_a_box() -> None:
    reply = ask_json("when did edward the confessor die", NORMANS)
    assert reply["status"] == "answer"
    assert "5 January 1066" in reply["text"]
    reply = ask_json("where does a voltmeter go", CIRCUITS)
    assert reply["status"] == "answer"
    assert "in parallel across the component" in reply["text"]


def test_quiz_asks_the_notes_not_the_board() -> None:
    asked = questions(quiz_sample(NORMANS, n=12))
    assert asked
    for question in asked:
        assert "fromNode" not in question and '"type"' not in question


def test_a_canvas_under_another_name_is_read_by_its_content() -> None:
    data = NORMANS.read_bytes()
    for name in ("conquest.json", "conquest.txt"):
        assert import_bytes_with_report(data, name).report.format == "Obsidian canvas"


def test_a_long_card_name_is_no_arrow_end_and_unlabelled_boxes_add_no_topic() -> None:
    long = (
        "The Domesday Book recorded who held every manor in England and what it was worth in 1086"
    )
    data = _board(
        {"id": "box", "type": "group", "x": 0, "y": 0, "width": 1000, "height": 1000},
        _text("a", long, 10, 10),
        _text("b", "**Domesday Book**\n- 1086 survey", 10, 400),
        edges=[{"id": "e", "fromNode": "a", "toNode": "b"}],
    )
    mapping = import_bytes_with_report(data, "survey.canvas").mapping
    said = json.dumps(mapping)
    assert long in said
    assert "→" not in said
    assert [topic["title"] for topic in json.loads(said)["topics"]] == ["survey"]


@pytest.mark.parametrize(
    ("data", "said"),
    [
        (
            _board({"id": "f", "type": "file", "file": "Notes/Vikings.md", "x": 0, "y": 0}),
            "only point at other notes",
        ),
        (b'{"nodes": 5}', "not an Obsidian canvas"),
        (b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
        (b'{"nodes": [', "not valid JSON"),
        (
            _board(
                *(
                    {"id": str(n), "type": "text", "text": "x", "x": n, "y": 0}
                    for n in range(MAX_CANVAS_CARDS + 1)
                )
            ),
            "more than 20,000 cards",
        ),
        (
            _board(
                *(
                    {"id": str(n), "type": "group", "x": n, "y": 0, "width": 5, "height": 5}
                    for n in range(MAX_CANVAS_GROUPS + 1)
                ),
                _text("t", "a fact", 0, 0),
            ),
            "more than 500 groups",
        ),
    ],
)
def test_crafted_canvases_are_refused_clearly(data: bytes, said: str) -> None:
    with pytest.raises(DeckImportError, match=said):
        import_bytes_with_report(data, "board.canvas")


def test_odd_coordinates_and_a_huge_card_still_import() -> None:
    data = _board(
        {"id": "a", "type": "text", "text": "Motte: an earth mound", "x": "left", "y": None},
        {"id": "b", "type": "text", "text": "word " * 300_000, "x": 1e300, "y": True},
    )
    mapping = import_bytes_with_report(data, "castles.canvas").mapping
    assert "Motte" in json.dumps(mapping)


def test_other_json_is_still_refused_and_says_canvases_are_read() -> None:
    with pytest.raises(DeckImportError, match="Obsidian canvases"):
        import_bytes_with_report(b'{"name": "my-app", "nodes": []}', "package.json")
