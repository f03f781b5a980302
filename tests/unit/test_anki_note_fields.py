"""Anki notes as students make them (tests/unit/anki_study_decks.py: the Silk Road, bees and
pollination): a table in a field reads as rows, a Back Extra or Notes field is a line of its own,
tags name subtopics and never show in a quiz, one fact per note. Round 28's blind review found the
opposite on a genanki deck: cells run together, Extras glued on, "03 traps" asked as a topic."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine import Engine
from bot.questions import QuestionGenerator
from knowledge.importers import dump_deck, import_file_with_report
from knowledge.importers.anki_tags import tag_name
from knowledge.loader import parse_deck
from knowledge.model import Deck
from tests.conftest import say, shown
from tests.fakes.clock import FakeClock
from tests.unit.anki_study_decks import bees_package, silk_road_package


def _deck(path: Path) -> Deck:
    return parse_deck(dump_deck(import_file_with_report(path).mapping), path.name)


@pytest.fixture(scope="module")
def silk_road(tmp_path_factory: pytest.TempPathFactory) -> Deck:
    return _deck(silk_road_package(tmp_path_factory.mktemp("anki") / "silk_road.apkg"))


@pytest.fixture(scope="module")
def bees(tmp_path_factory: pytest.TempPathFactory) -> Deck:
    return _deck(bees_package(tmp_path_factory.mktemp("anki") / "bees.apkg"))


async def _reply(deck: Deck, command: str) -> str:
    return shown(await say(Engine(deck, clock=FakeClock()), command))


def _facts(deck: Deck) -> list[str]:
    return [fact.text for topic in deck.topics for fact in topic.facts]


async def test_a_table_in_a_field_reads_as_rows(silk_road: Deck, bees: Deck) -> None:
    assert "Region: Persia; Exported: silverware, carpets" in _facts(silk_road)
    assert "Caste: Drone; Sex: male; Job: mates with a queen" in _facts(bees)
    every = " ".join(_facts(silk_road) + _facts(bees))
    assert "Persiasilverware" not in every and "Dronemale" not in every

    body = await _reply(bees, "/explain colony")
    assert "Caste: Queen; Sex: female; Job: lays all the eggs" in body


def test_br_and_div_lists_stay_separate_items(silk_road: Deck) -> None:
    assert "Main goods carried east = horses; glassware; silver; wool" in _facts(silk_road)


async def test_a_back_extra_is_a_line_of_its_own(silk_road: Deck) -> None:
    facts = _facts(silk_road)
    assert (
        "The name Silk Road was coined in 1877 by the German geographer Ferdinand von Richthofen."
        in facts
    )
    assert "He called it Seidenstraße; the routes had no single name at the time." in facts
    assert not any("—" in fact and "Seidenstraße" in fact for fact in facts)

    body = await _reply(silk_road, "/ask how far apart were caravanserais?")
    assert "Caravanserai: Usually a day's journey apart (30–40 km)" in body


async def test_a_notes_or_source_field_is_kept_and_a_bare_citation_dropped(
    silk_road: Deck, bees: Deck
) -> None:
    body = await _reply(silk_road, "/ask who wrote down the travels of marco polo?")
    assert "Rustichello" in body
    assert "Colony collapse disorder: Linked to Varroa mites" in " ".join(_facts(bees))
    assert not any(fact.strip() == "Source: FAO" or "— Source" in fact for fact in _facts(bees))


def test_numbered_tags_name_subtopics(silk_road: Deck, bees: Deck) -> None:
    assert [topic.title for topic in silk_road.children("silk-road")] == [
        "Routes",
        "People",
        "Goods",
        "Ideas",
    ]
    bee_topics = {topic.title for topic in bees.topics}
    assert {"Colony", "Communication", "Threats", "Flower parts", "Adaptations"} <= bee_topics
    assert tag_name("Plants::03_traps") == "traps"


@pytest.mark.parametrize("which", ["silk_road", "bees"])
def test_no_tag_is_quiz_text_or_an_answer(which: str, request: pytest.FixtureRequest) -> None:
    deck: Deck = request.getfixturevalue(which)
    tag_titles = {"Routes", "People", "Goods", "Ideas", "Colony", "Communication", "Threats"}
    for question in QuestionGenerator(deck, seed=1).generate(60):
        text = " ".join((question.prompt, *question.options, *question.answers))
        assert "01 routes" not in text.casefold() and "Y9" not in text and "::" not in text
        assert not set(question.answers) & tag_titles, question.prompt
        assert not set(question.options) & tag_titles, question.prompt


def test_one_fact_per_note_however_many_cards(silk_road: Deck) -> None:
    facts = _facts(silk_road)
    assert sum("Chang'an" in fact for fact in facts) == 1  # a "Basic (and reversed card)"
    assert sum("Battle of Talas" in fact for fact in facts) == 1  # a cloze with c1 and c2
