"""AsciiDoc notes (.adoc): the title, sections, lists (nested by marker), description lists,
`|===` tables and admonitions kept as structure; header lines, attributes, comments, directives,
code listings and link targets dropped. Notes written here, in two subjects."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from knowledge.importers import DeckImportError, dump_deck, import_file_with_report, import_text
from knowledge.importers.api import guess_format
from knowledge.importers.asciidoc import looks_like_asciidoc
from knowledge.loader import parse_deck
from knowledge.model import Deck
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

CLOCKS = SAMPLES / "horology.adoc"

# Second subject: falconry, with a table without a header and a nested ordered list.
FALCONRY = """= Falconry Basics
:author: K. Marsh
:bird: peregrine

== Birds used

The {bird} falcon is the fastest animal, diving at over 300 km/h.

. Longwings are true falcons.
.. They hunt in open country.
. Shortwings are hawks such as the goshawk.

Jesses:: leather straps fitted to the bird's legs
Creance:: a long training line used before free flight

== Equipment

|===
| Hood | keeps the bird calm by covering its eyes
| Glove | protects the falconer's fist from the talons
|===

CAUTION: Never fly a bird that is above its flying weight.

// a private reminder
[source,text]
----
weight log: 720 g, 715 g
----
"""

NOISE = re.compile(
    r"^=|:toc:|:icons:|\{\w[\w-]*\}|//|----|\|===|\[source|image::|include::|ifdef::|endif::"
    r"|link:|<<|>>|footnote|^NOTE:|^TIP:|^WARNING:|^CAUTION:|\bmath\.|import |<1>|d\.okonkwo"
)


def _deck(text: str, name: str = "falconry.adoc") -> Deck:
    return parse_deck(dump_deck(import_text(text, format="asciidoc", source_name=name)), name)


def test_title_sections_and_subsections() -> None:
    deck = load("horology.adoc")
    assert deck.title == "Mechanical Clocks and Watches: Revision Notes"
    assert [topic.title for topic in deck.roots()][1:] == [
        "Timekeeping before clocks",
        "Parts of a mechanical clock",
        "Famous timekeepers",
        "Watches",
    ]
    assert children(deck, "Parts of a mechanical clock") == ["Escapements", "The pendulum"]
    assert children(deck, "Famous timekeepers") == ["Longitude"]


def test_lists_description_lists_tables_and_admonitions() -> None:
    deck = load("horology.adoc")
    groups = {fact.raw: fact.group for topic in deck.topics for fact in topic.facts}
    # Nested items keep their parent, by marker ("**" under "*", ".." under ".").
    assert "Sundial" in str(groups["only works when the sun is out"])
    assert "oscillator" in str(groups["A longer pendulum swings more slowly."])
    # A "+" continuation is a line under its item.
    assert "deadbeat" in str(
        groups["It stops the recoil of the anchor escapement, making clocks more accurate."]
    )
    terms = {term.term: term.definition for term in deck.terms}
    assert terms["Fusee"].startswith("a cone-shaped pulley")
    assert terms["Arbor"] == "the axle on which a wheel turns"
    famous = facts(deck, "Famous timekeepers")
    assert (
        "Timekeeper: Harrison's H4; Year: 1759; Why it matters: a marine watch accurate enough"
        " to find longitude at sea"
    ) in famous
    pendulum = facts(deck, "The pendulum")
    # Attribute references are replaced by their values; an admonition keeps its text.
    assert "Christiaan Huygens built the first pendulum clock in 1656." in pendulum
    assert "Never move a pendulum clock without first removing the pendulum." in pendulum
    longitude = facts(deck, "Longitude")
    assert "The Longitude Act of 1714 offered a prize of £20,000 for a practical method." in (
        longitude
    )


def test_noise_is_dropped() -> None:
    deck = load("horology.adoc")
    shown = written(deck)
    assert [line for line in shown if NOISE.search(line)] == []
    joined = "\n".join(shown)
    for dropped in ("rouge", "BHI handout", "32,768", "staff folder", "length in metres"):
        assert dropped not in joined
    report = import_file_with_report(CLOCKS).report
    assert report.detected["left out"] == "1 code listing"


def test_a_second_subject_reads_the_same_way() -> None:
    deck = _deck(FALCONRY)
    assert deck.title == "Falconry Basics"
    birds = facts(deck, "Birds used")
    assert "The peregrine falcon is the fastest animal, diving at over 300 km/h." in birds
    groups = {fact.raw: fact.group for fact in deck.topics[0].facts}
    assert groups["They hunt in open country."] == "Longwings are true falcons."
    assert {term.term for term in deck.terms} >= {"Jesses", "Creance"}
    equipment = facts(deck, "Equipment")
    assert "Hood – keeps the bird calm by covering its eyes" in equipment
    assert "Never fly a bird that is above its flying weight." in equipment
    assert not any("720 g" in line or "reminder" in line for line in written(deck))


def test_ask_answers_from_a_nested_line() -> None:
    reply = ask_json("Who invented the gridiron pendulum?", CLOCKS)
    assert reply["status"] == "answer"
    assert "John Harrison" in reply["text"]
    reply = ask_json("What are jewels in a watch?", CLOCKS)
    assert reply["status"] == "answer" and "rubies" in reply["text"]


def test_quiz_sample_asks_sound_questions() -> None:
    asked = questions(quiz_sample(CLOCKS))
    assert len(asked) == 20
    assert [question for question in asked if NOISE.search(question)] == []


def test_asciidoc_sent_as_txt_is_read_as_asciidoc(tmp_path: Path) -> None:
    text = CLOCKS.read_text(encoding="utf-8")
    assert guess_format("clocks.txt", text) == "asciidoc"
    path = tmp_path / "clocks.txt"
    path.write_text(text, encoding="utf-8")
    assert import_file_with_report(path).report.name == "asciidoc"


@pytest.mark.parametrize(
    "notes",
    [
        "== Causes\n- drought\n== Effects\n- famine\n",  # headings alone say nothing
        "Notes:\n- Term:: definition\n- another\n",
        "== Causes ==\n* [[link]]\n== Effects ==\n* '''bold'''\n",  # MediaWiki, closed headings
    ],
)
def test_other_notes_are_not_taken_for_asciidoc(notes: str) -> None:
    assert not looks_like_asciidoc(notes)


@pytest.mark.parametrize(
    "notes",
    [
        "= T\n\n== A\n" + "* " * 50_000 + "x\n",
        "= T\n\n== A\n" + "*a " * 30_000 + "\n* fact\n",
        "= T\n\n== A\n" + "link:" * 20_000 + "\n* fact\n",
        "= T\n\n== A\n" + "ifdef::x[]\n" * 5_000 + "* fact\n",
        "= T\n\n== A\n|===\n" + "| a " * 40_000 + "\n",
        "= T\n\n== A\n----\n" + "code\n" * 10_000,  # a listing never closed
        "==" + " " * 100_000 + "x\n* fact one\n",
        "= T\n\n== A\n" + "{attr}" * 30_000 + "\n* fact\n",
    ],
)
def test_hostile_notes_give_a_deck_or_a_clear_error(notes: str) -> None:
    try:
        mapping = import_text(notes, format="asciidoc", source_name="bad.adoc")
    except DeckImportError as error:
        assert str(error)
    else:
        assert mapping["topics"]
