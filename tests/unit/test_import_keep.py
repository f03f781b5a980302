"""Google Keep notes from Takeout (.json): the title, text and checklist read as notes by content,
Keep's colours, labels, timestamps, sharing and links dropped; any other JSON refused clearly."""

from __future__ import annotations

import json

import pytest

from knowledge.importers import DeckImportError, import_bytes_with_report, import_file_with_report
from tests.unit.asking import ask_json
from tests.unit.formats_helpers import SAMPLES, facts, load, written

BEETLES = SAMPLES / "keep_beetles.json"


def test_a_keep_note_keeps_its_outline() -> None:
    deck = load("keep_beetles.json")
    assert deck.title == "Beetles – Y9 ecology club"
    assert [topic.title for topic in deck.roots()][1:] == [
        "Body parts",
        "Families to know",
        "Sampling",
    ]
    groups = {fact.raw: fact.group for topic in deck.topics for fact in topic.facts}
    assert "Stag beetles" in str(groups["larvae live in dead wood for up to seven years"])
    assert "A pitfall trap is a cup sunk level with the ground" in facts(deck, "Sampling")
    # The checklist is the note's own list, after the text: the "Sampling:" label heads only
    # the lines indented under it.
    checklist = facts(deck, "Beetles – Y9 ecology club")
    assert "A pooter is a jar with two tubes for sucking up small insects safely" in checklist
    shown = "\n".join(written(deck))
    for dropped in ("YELLOW", "Ecology club", "1733", "teacher@example.org", "WEBLINK", "{"):
        assert dropped not in shown
    assert import_file_with_report(BEETLES).report.name == "keep"


def test_a_second_subject_as_a_checklist_only() -> None:
    note = {
        "title": "Morse code",
        "listContent": [
            {"text": "SOS is three dots, three dashes, three dots", "isChecked": False},
            {"text": "The letter E is a single dot", "isChecked": True},
        ],
        "isTrashed": False,
        "userEditedTimestampUsec": 1,
    }
    imported = import_bytes_with_report(json.dumps(note).encode(), "morse.json")
    assert "The letter E is a single dot" in str(imported.mapping)


def test_ask_answers_from_a_nested_line() -> None:
    reply = ask_json("How long do stag beetle larvae live in dead wood?", BEETLES)
    assert reply["status"] == "answer"
    assert "seven years" in reply["text"]


@pytest.mark.parametrize(
    ("data", "name", "said"),
    [
        (b'{"name": "my-app", "version": "1.0.0"}', "package.json", "JSON data file, not notes"),
        (b"[1, 2, 3]", "numbers.data", "JSON data file, not notes"),
        (
            b'{"title": "x", "textContent": "", "isTrashed": false}',
            "keep.json",
            "has no text",
        ),
    ],
)
def test_other_json_is_refused_clearly(data: bytes, name: str, said: str) -> None:
    with pytest.raises(DeckImportError, match=said):
        import_bytes_with_report(data, name)
