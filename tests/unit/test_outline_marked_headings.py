"""Plain-text notes whose sections are marked the way people type them: a title underlined with a
rule ("Transverse waves" over "-----"), framed with marks ("=== KEY TERMS ==="), or after hashes
in a .txt file ("## Cell structure"). Before, each rule and mark line became a fact or a topic
title of its own ("----------------"), and every section's notes ran into the one above."""

from __future__ import annotations

import pytest

from bot.explain import answer_question, explain
from knowledge.importers import DeckImportError, import_text_with_report
from knowledge.model import Topic
from tests.unit.asking import imported, lead_of

WAVES = """\
WAVES - GCSE PHYSICS REVISION
==============================

Transverse waves
----------------
- oscillations are perpendicular to the direction of energy transfer
- examples: light, water ripples, S-waves

Longitudinal waves
------------------
- oscillations are parallel to the direction of energy transfer
- have compressions and rarefactions

------------------------------

=== WAVE EQUATION ===
- wave speed = frequency x wavelength
- frequency is measured in hertz (Hz)

*** ELECTROMAGNETIC SPECTRUM ***
- radio waves have the longest wavelength
- gamma rays have the highest frequency
"""

CELLS = """\
# Cell biology (B1) - my revision notes

## Cell structure
- the nucleus contains genetic material that controls the cell
- mitochondria are where aerobic respiration happens

### Plant cells only
- a cell wall made of cellulose strengthens the cell
- chloroplasts absorb light for photosynthesis

## Transport in cells
- diffusion is the net movement of particles from high to low concentration
- osmosis moves water across a partially permeable membrane

== KEY TERMS ==
eukaryotic - a cell whose genetic material is enclosed in a nucleus
prokaryotic - a cell with no nucleus, its DNA a single loop in the cytoplasm
** remember to learn the magnification formula
"""


def _facts(topic: Topic) -> list[str]:
    return [fact.text for fact in topic.facts]


def test_underlined_and_framed_titles_become_sections_with_their_own_notes() -> None:
    deck = imported(WAVES, "outline", "waves.txt")[0]
    assert deck.title == "Waves - GCSE physics revision"  # typed in capitals, read in sentence case
    titles = [topic.title for topic in deck.topics]
    assert titles == [
        "Transverse waves",
        "Longitudinal waves",
        "Wave equation",
        "Electromagnetic spectrum",
    ]
    by_title = {topic.title: topic for topic in deck.topics}
    assert _facts(by_title["Longitudinal waves"]) == [
        "oscillations are parallel to the direction of energy transfer",
        "have compressions and rarefactions",
    ]
    assert "radio waves have the longest wavelength" in _facts(by_title["Electromagnetic spectrum"])


def test_no_rule_or_mark_is_kept_as_a_fact_or_a_title() -> None:
    deck = imported(WAVES, "outline", "waves.txt")[0]
    for topic in deck.topics:  # subtopics included
        assert not set(topic.title) <= set("=-*~#_ ")
        for text in _facts(topic):
            assert not set(text) <= set("=-*~#_ "), text
            assert not text.startswith(("===", "***", "---")), text


def test_the_import_report_names_the_headings_it_found() -> None:
    report = import_text_with_report(WAVES, format="outline", source_name="waves.txt").report
    assert "marked headings" in report.detected["headings"]


def test_hashes_in_a_text_file_nest_as_markdown_levels() -> None:
    deck = imported(CELLS, "outline", "cells.txt")[0]
    assert deck.title == "Cell biology (B1) - my revision notes"
    parents = {}
    for topic in deck.topics:
        parent = deck.parent(topic.id)
        parents[topic.title] = parent.title if parent is not None else None
    assert parents == {
        "Cell structure": None,
        "Plant cells only": "Cell structure",
        "Transport in cells": None,
        "Key terms": None,
    }


def test_a_framed_glossary_gives_its_dashed_lines_as_key_terms() -> None:
    deck = imported(CELLS, "outline", "cells.txt")[0]
    terms = {term.term: term.definition for term in deck.terms}
    assert terms["eukaryotic"] == "a cell whose genetic material is enclosed in a nucleus"
    assert terms["prokaryotic"].startswith("a cell with no nucleus")


def test_a_line_with_marks_on_one_side_only_is_a_note_not_a_heading() -> None:
    deck = imported(CELLS, "outline", "cells.txt")[0]
    glossary = next(topic for topic in deck.topics if topic.title == "Key terms")
    assert any("magnification formula" in text for text in _facts(glossary))


def test_explain_finds_a_marked_section_by_its_title() -> None:
    deck, index = imported(WAVES, "outline", "waves.txt")
    reply = explain(deck, index, "longitudnal waves").fallback.plain
    assert "compressions and rarefactions" in reply
    assert "Transverse" not in reply.split("\n")[0]


def test_ask_answers_from_a_marked_section() -> None:
    deck, index = imported(CELLS, "outline", "cells.txt")
    asked = answer_question(deck, index, "where does aerobic respiration happen")
    assert "mitochondria" in lead_of(asked)


def test_notes_of_nothing_but_rules_are_refused_with_a_reason() -> None:
    with pytest.raises(DeckImportError, match="no notes"):
        import_text_with_report("=====\n-----\n*****\n", format="outline", source_name="x.txt")
