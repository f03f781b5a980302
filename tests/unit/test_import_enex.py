"""Evernote exports (.enex): each note a topic with its headings, nested lists and tables; dates,
tags, attachments, images, to-dos and encrypted text dropped; entity declarations refused.
Notes written here, in two subjects."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from knowledge.importers import DeckImportError, import_file_with_report, import_text
from knowledge.importers.api import guess_format
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

HERALDRY = SAMPLES / "heraldry.enex"

NOISE = re.compile(
    r"<|>|CDATA|en-note|en-media|iVBOR|20250915|desktop\.mac|Carvalho|Thursday|RU5DM|AES|"
    r"shield_parts|Shopping"
)

# Second subject: one note about sailing knots, with Evernote's <div> per line.
KNOTS = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE en-export SYSTEM "http://xml.evernote.com/pub/evernote-export4.dtd">
<en-export export-date="20251109T101522Z" application="Evernote" version="10.98.3">
<note><title>Sailing knots</title><created>20250101T000000Z</created><tag>sailing</tag>
<content><![CDATA[<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<!DOCTYPE en-note SYSTEM "http://xml.evernote.com/pub/enml2.dtd">
<en-note><div>A <b>bowline</b> makes a fixed loop that will not slip.</div>
<ul><li><div>The <b>clove hitch</b> ties a line to a post.</div>
<ul><li><div>It can slip if the load keeps changing direction.</div></li></ul></li>
<li><div>A <b>reef knot</b> joins two ends of one rope, as when reefing a sail.</div></li></ul>
</en-note>]]></content></note>
</en-export>
"""


def test_each_note_is_a_topic_keeping_its_structure() -> None:
    deck = load("heraldry.enex")
    assert deck.title == "Heraldry"
    assert [topic.title for topic in deck.roots()] == [
        "Heraldry 1 – The shield and its tinctures",
        "Heraldry 2 – Ordinaries and charges",
        "Heraldry 3 – Blazon and marshalling",
    ]
    assert children(deck, "Heraldry 2 – Ordinaries and charges") == ["Ordinaries", "Charges"]
    groups = {fact.raw: fact.group for topic in deck.topics for fact in topic.facts}
    assert (
        groups["Guardant: looking out at the viewer"]
        == "The lion is the most common animal charge."
    )
    assert "Tincture: Blue; Name: Azure; Hatching in black and white: horizontal lines" in facts(
        deck, "Tinctures"
    )
    assert {term.term for term in deck.terms} >= {"Pale", "Saltire", "Rampant"}


def test_the_exports_machinery_is_dropped() -> None:
    deck = load("heraldry.enex")
    assert [line for line in written(deck) if NOISE.search(line)] == []
    report = import_file_with_report(HERALDRY).report
    assert report.name == "enex"
    assert any("Shopping list" in warning for warning in report.warnings)  # an image-only note


def test_a_second_subject_reads_the_same_way() -> None:
    mapping = import_text(KNOTS, format="enex", source_name="knots.enex")
    assert mapping["deck"]["title"] == "Sailing knots"
    shown = str(mapping)
    assert "It can slip if the load keeps changing direction." in shown
    assert "sailing'" not in shown and "20250101" not in shown


def test_ask_answers_from_a_nested_line() -> None:
    reply = ask_json("What does guardant mean in heraldry?", HERALDRY)
    assert reply["status"] == "answer"
    assert "looking out at the viewer" in reply["text"]


def test_quiz_sample_asks_sound_questions() -> None:
    asked = questions(quiz_sample(HERALDRY))
    assert len(asked) == 20
    assert [question for question in asked if NOISE.search(question)] == []


def test_an_export_sent_under_another_name_is_read_as_one(tmp_path: Path) -> None:
    text = HERALDRY.read_text(encoding="utf-8")
    assert guess_format("heraldry.xml", text) == "enex"
    path = tmp_path / "heraldry.txt"
    path.write_text(text, encoding="utf-8")
    assert import_file_with_report(path).report.name == "enex"


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            '<?xml version="1.0"?><!DOCTYPE en-export [<!ENTITY x "xxxxxxxx">]>'
            "<en-export><note><title>&x;</title></note></en-export>",
            "declares entities",
        ),
        (
            '<!DOCTYPE en-export [<!ENTITY s SYSTEM "file:///etc/passwd">]>'
            "<en-export><note><title>&s;</title></note></en-export>",
            "declares entities",
        ),
        ("<en-export><note><title>x</title>", "not well-formed XML"),
        ("<opml><body/></opml>", "not an Evernote export"),
        (
            "<en-export><note><title>Empty</title><content/></note></en-export>",
            "no notes with text",
        ),
    ],
)
def test_hostile_or_broken_exports_are_refused_clearly(text: str, said: str) -> None:
    with pytest.raises(DeckImportError, match=said):
        import_text(text, format="enex", source_name="bad.enex")
