"""The import corpus: teachers' files in the shapes they really have, in several subjects.

Each file is imported, written out as YAML, checked as `studybot deck check` checks it, and then used
through engine.handle the way a class would: what the deck holds, and what /explain shows.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine import Engine
from bot.replies import Choices, Message
from knowledge.importers import (
    Imported,
    dump_deck,
    import_file_with_report,
    import_text_with_report,
    report_lines,
)
from knowledge.loader import check_deck, load_deck
from knowledge.model import Deck, Topic
from tests.conftest import say, shown
from tests.fakes.clock import FakeClock

CORPUS = Path(__file__).resolve().parents[1] / "data" / "import"
FILES = sorted(path.name for path in CORPUS.iterdir())


def imported(name: str) -> Imported:
    return import_file_with_report(CORPUS / name)


def deck_of(name: str, tmp_path: Path) -> Deck:
    """The deck as a teacher gets it: imported, written, then loaded from the written file."""
    out = tmp_path / f"{Path(name).stem}.yaml"
    out.write_text(dump_deck(imported(name).mapping), encoding="utf-8")
    return load_deck(out)


def titled(deck: Deck, title: str) -> Topic:
    found = [topic for topic in deck.topics if topic.title == title]
    assert found, f"no topic {title!r} in {[topic.title for topic in deck.topics]}"
    return found[0]


def every_fact(deck: Deck) -> list[str]:
    return [fact.text for topic in deck.topics for fact in topic.facts]


async def explain(deck: Deck, query: str) -> tuple[str, object]:
    replies = await say(Engine(deck, clock=FakeClock()), f"/explain {query}")
    assert len(replies) == 1
    return shown(replies), replies[0]


def test_the_corpus_has_at_least_eight_files_in_several_subjects() -> None:
    assert len(FILES) >= 8


@pytest.mark.parametrize("name", FILES)
def test_every_corpus_file_imports_and_passes_deck_check(name: str, tmp_path: Path) -> None:
    result = imported(name)
    out = tmp_path / "deck.yaml"
    out.write_text(dump_deck(result.mapping), encoding="utf-8")

    assert check_deck(out) == []
    deck = load_deck(out)
    assert deck.topics and (every_fact(deck) or deck.questions)
    lines = report_lines(result.report, deck)
    assert lines[0].startswith("Read as ") and lines[1].startswith("Made ")


# -- a four-level Markdown cheat sheet (geography) ----------------------------------------------


async def test_markdown_cheat_sheet_explain_lands_on_a_third_level_heading_with_its_path(
    tmp_path: Path,
) -> None:
    deck = deck_of("gcse_natural_hazards.md", tmp_path)

    body, reply = await explain(deck, "Nepal earthquake 2015")

    assert isinstance(reply, Message)
    lines = body.splitlines()
    assert lines[0] == (
        "Section A: The challenge of natural hazards › Tectonic hazards › "
        "Case study: Nepal earthquake 2015"
    )
    assert lines[1] == "Case study: Nepal earthquake 2015"
    assert "• Primary effects" in lines and "  • nearly 9,000 people died" in lines
    assert "Chile" not in body  # the sibling case study is not poured in


async def test_markdown_cheat_sheet_fourth_level_and_parents_list_their_subtopics(
    tmp_path: Path,
) -> None:
    deck = deck_of("gcse_natural_hazards.md", tmp_path)

    body, _ = await explain(deck, "typhoon haiyan")
    assert body.splitlines()[0] == (
        "Section A: The challenge of natural hazards › Weather hazards › Tropical storms › "
        "Case study: Typhoon Haiyan"
    )
    assert "• The storm surge flooded the city of Tacloban" in body

    body, reply = await explain(deck, "weather hazards")
    assert isinstance(reply, Choices)
    assert [option.label for option in reply.options] == [
        "Tropical storms",
        "Extreme weather in the UK",
    ]
    assert "Tacloban" not in body and len(body) < 600  # a list of subtopics, not a giant dump


def test_markdown_cheat_sheet_drops_images_links_badges_toc_and_boilerplate(
    tmp_path: Path,
) -> None:
    result = imported("gcse_natural_hazards.md")
    deck = deck_of("gcse_natural_hazards.md", tmp_path)
    facts = every_fact(deck)
    text = "\n".join(facts + [topic.title for topic in deck.topics])

    for junk in (
        "enter image description",
        "http",
        "youtube",
        "shields",
        "Made with Markdown",
        "Table of contents",
        "Last updated",
        "last edited",
        "TODO",
        ".png",
        "Watch the BBC clip",
    ):
        assert junk.casefold() not in text.casefold(), junk
    assert "See the AQA specification for details." in facts  # link text kept, target gone
    tectonic = titled(deck, "Tectonic hazards")
    assert [fact.text for fact in tectonic.facts][1:] == [
        "Margin: Destructive; Movement: plates move towards each other; "
        "Example: Nazca and South American plates",
        "Margin: Constructive; Movement: plates move apart; Example: Mid-Atlantic Ridge",
        "Margin: Conservative; Movement: plates slide past each other; Example: San Andreas Fault",
    ]
    assert {term.term for term in deck.terms} == {"Hazard risk"}  # no "Overgrazing", no URL
    assert "Overgrazing. More animals than the land can support strip the vegetation" in facts
    assert [topic.title for topic in deck.roots()] == [
        "Section A: The challenge of natural hazards",
        "Section B: The living world",
    ]
    assert any("boilerplate" in problem for problem in result.report.problems)


# -- an Obsidian / Notion export (biology) ------------------------------------------------------


async def test_obsidian_export_with_front_matter_callouts_maths_and_code(tmp_path: Path) -> None:
    deck = deck_of("cell_biology_obsidian.md", tmp_path)
    facts = every_fact(deck)

    assert deck.title == "Cell biology (B1)"  # from the front matter
    assert (
        "Exam tip: Bacteria have no nucleus: their DNA is a single loop plus small rings "
        "called plasmids." in facts
    )
    assert "All living things are made of cells." in facts  # [[Cells|cells]] -> cells
    assert not any("[!" in fact or "[[" in fact or "==" in fact for fact in facts)
    assert "size_mm = size_um / 1000" in facts  # code kept as text...
    assert "$$ M = \\frac{I}{A} $$" in facts
    terms = {term.term: term.definition for term in deck.terms}
    assert not any(mark in name for name in terms for mark in ("$", "_", "\\", "#"))  # ...not terms
    assert terms["Plasmid"] == "a small ring of DNA in a bacterial cell"
    assert "Created: 8 January 2024" not in facts

    body, _ = await explain(deck, "osmosis")
    assert body.splitlines()[:2] == ["Transport in cells › Osmosis", "Osmosis"]
    assert "• Required practical" in body and "  • cut potato cylinders of equal length" in body


# -- a Google-Docs-style outline with numbered headings (chemistry) ------------------------------


async def test_numbered_outline_becomes_a_tree_and_lists_stay_lists(tmp_path: Path) -> None:
    deck = deck_of("chemistry_outline_gdoc.txt", tmp_path)

    assert deck.title == "Chemistry Unit 3: Quantitative Chemistry and Chemical Changes"
    assert [topic.title for topic in deck.roots()] == [
        "Conservation of mass",
        "Chemical changes",
        "Energy changes",
    ]
    acids = titled(deck, "Acids and alkalis")
    assert [fact.text for fact in acids.facts if fact.group == "Steps to make a soluble salt"] == [
        "add insoluble base to warm acid until no more reacts",
        "filter off the excess base",
        "evaporate and leave to crystallise",
    ]
    assert {term.term for term in deck.terms} == {
        "Avogadro constant"
    }  # "Mr of CO2 = 12 + …" is a sum

    body, reply = await explain(deck, "displacement reactions")
    assert isinstance(reply, Message)
    assert body.splitlines()[0] == "Chemical changes › Reactivity series › Displacement reactions"
    assert "• Iron + copper sulfate → iron sulfate + copper" in body


# -- an Anki "Notes in Plain Text" export with HTML and cloze (history) ---------------------------


async def test_anki_text_export_keeps_decks_as_subtopics_cloze_and_skips_image_cards(
    tmp_path: Path,
) -> None:
    result = imported("anki_history_export.txt")
    deck = deck_of("anki_history_export.txt", tmp_path)

    assert deck.title == "History"
    assert [topic.title for topic in deck.children("history")] == ["Cold War", "Weimar Germany"]
    cold_war = titled(deck, "Cold War")
    cloze = {fact.text: fact.cloze for fact in cold_war.facts if fact.cloze}
    assert cloze == {
        "The Berlin Airlift lasted 11 months (1948 – 49)": ("11 months",),
        "The Berlin Wall was built in 1961 and fell in 1989": ("1961", "1989"),
    }
    facts = every_fact(deck)
    assert not any("<" in fact or "&nbsp;" in fact for fact in facts)
    assert "Dawes Plan = US loans of 800 million gold marks; reduced reparation payments" in facts
    assert result.report.problems == [
        "line 10: 'Map of divided Berlin' has only an image for its answer "
        "(images are not imported)",
        "line 11: the front is only an image (images are not imported)",
    ]
    body, _ = await explain(deck, "weimar germany")
    assert body.splitlines()[0] == "History › Weimar Germany"
    assert "Hyperinflation = Prices rose so fast in 1923" in body


# -- Quizlet exports with custom separators (physics, Spanish) ------------------------------------


async def test_quizlet_export_with_a_custom_separator_is_detected_and_reported(
    tmp_path: Path,
) -> None:
    result = imported("quizlet_physics_custom.txt")
    deck = deck_of("quizlet_physics_custom.txt", tmp_path)

    assert result.report.detected["term separator"] == "'---' (detected)"
    assert len(deck.terms) == 8
    body, _ = await explain(deck, "momentum")
    assert body.startswith("Momentum — mass multiplied by velocity")


def test_quizlet_cards_on_one_line_split_at_semicolons(tmp_path: Path) -> None:
    result = imported("quizlet_spanish_semicolon.txt")
    deck = deck_of("quizlet_spanish_semicolon.txt", tmp_path)

    assert result.report.detected["card separator"] == "semicolon (detected)"
    assert {term.term: term.definition for term in deck.terms}["la biblioteca"] == "the library"
    assert len(deck.terms) == 6


def test_separators_can_be_given_instead_of_detected() -> None:
    text = "Ohm's law | V = IR\nPower | P = IV\nCharge | Q = It\n"

    result = import_text_with_report(text, format="cards", separator=" | ", source_name="p.txt")

    assert result.report.detected["term separator"] == "' | ' (given)"
    terms = {term["term"]: term["definition"] for term in result.mapping["terms"]}
    assert terms == {"Ohm's law": "V = IR", "Power": "P = IV", "Charge": "Q = It"}

    named = import_text_with_report(
        "tree;arbre|house;maison|dog;chien",
        format="cards",
        separator="semicolon",
        card_separator="|",
    )
    assert named.report.detected["card separator"] == "pipe (given)"
    assert [term["term"] for term in named.mapping["terms"]] == ["tree", "house", "dog"]


# -- a Red trivia list with metadata (astronomy) ---------------------------------------------------


def test_red_trivia_metadata_is_not_a_question_and_booleans_follow_reds_rule(
    tmp_path: Path,
) -> None:
    result = imported("red_trivia_solar_system.yaml")
    deck = deck_of("red_trivia_solar_system.yaml", tmp_path)

    prompts = {question.prompt: question.answers for question in deck.questions}
    assert len(prompts) == 7
    assert not any(key in prompt for prompt in prompts for key in ("DESCRIPTION", "$schema"))
    assert prompts["Is the Sun a star?"] == ("yes", "True", "On")
    assert prompts["Is Pluto classed as a planet today?"] == ("no", "False", "Off")
    assert prompts["How many planets are in the Solar System?"] == ("8", "eight")
    assert (deck.description or "").startswith(
        "Questions about the planets, moons and the Sun, for the Year 8 space topic."
    )
    assert "Year 8 Science Club" in (deck.description or "")
    assert result.report.detected["metadata keys"] == "$schema, AUTHOR, DESCRIPTION, CONFIG"


# -- CSV with quoted line breaks (economics) ----------------------------------------------------


async def test_csv_with_quoted_newlines_keeps_each_definition_whole(tmp_path: Path) -> None:
    deck = deck_of("economics_quoted_newlines.csv", tmp_path)
    terms = {term.term: term.definition for term in deck.terms}

    assert terms["Inflation"] == (
        "A sustained rise in the general price level. "
        "Measured in the UK by the Consumer Prices Index (CPI)."
    )
    assert len(terms) == 5 and "Term" not in terms
    body, _ = await explain(deck, "opportunity cost")
    assert body.startswith("Opportunity cost — The value of the next best alternative given up")


# -- one broken row among good ones (geography, biology) -----------------------------------------


async def test_a_broken_row_is_skipped_and_reported_never_the_whole_file(tmp_path: Path) -> None:
    result = imported("world_capitals_broken_row.csv")
    deck = deck_of("world_capitals_broken_row.csv", tmp_path)

    assert result.report.problems == [
        'line 4: a quote (") opens a field here and is never closed',
        "line 6: 'Canada' has no semicolon between term and definition",
    ]
    capitals = {term.term: term.definition for term in deck.terms}
    assert capitals == {
        "country": "capital",  # not a term/definition header, so a row like the others
        "France": "Paris",
        "Peru": "Lima",
        "Japan": "Tokyo",  # the line after the unclosed quote is still read
        "Australia": "Canberra",
        "Egypt": "Cairo",
        "Norway": "Oslo",
    }
    lines = report_lines(result.report, deck)
    assert "Skipped 2 lines." in lines
    assert '- line 4: a quote (") opens a field here and is never closed' in lines
    body, _ = await explain(deck, "japan")
    assert body.startswith("Japan — Tokyo")


def test_tsv_with_missing_definitions_and_image_only_cards_keeps_the_rest(
    tmp_path: Path,
) -> None:
    result = imported("plant_biology_broken_rows.tsv")
    deck = deck_of("plant_biology_broken_rows.tsv", tmp_path)

    assert [str(entry) for entry in result.report.skipped] == [
        "line 3: 'Stomata' has no definition: expected 'term', a separator, then 'definition'",
        "line 5: 'Label the leaf diagram' has only an image for its answer "
        "(images are not imported)",
        "line 6: the first field, the term, is empty",
    ]
    assert [term.term for term in deck.terms] == [
        "Photosynthesis",
        "Chlorophyll",
        "Xylem",
        "Transpiration",
    ]


async def test_repeated_subheadings_get_their_parents_name_and_are_each_found() -> None:
    notes = (
        "# Rivers revision\n\n## Flooding case studies\n\n### Boscastle 2004\n\n#### Causes\n"
        "- 200 mm of rain fell in 24 hours\n\n#### Effects\n- 58 properties flooded\n\n"
        "### Bangladesh 1998\n\n#### Causes\n- snowmelt from the Himalayas\n\n#### Effects\n"
        "- 1,000 people died\n"
    )
    mapping = import_text_with_report(notes, format="markdown", source_name="rivers.md").mapping
    deck = load_deck_text(mapping)

    assert [topic.title for topic in deck.children("boscastle-2004")] == [
        "Causes (Boscastle 2004)",
        "Effects (Boscastle 2004)",
    ]
    body, _ = await explain(deck, "bangladesh 1998 causes")
    assert body.splitlines()[:3] == [
        "Flooding case studies › Bangladesh 1998 › Causes (Bangladesh 1998)",
        "Causes (Bangladesh 1998)",
        "• snowmelt from the Himalayas",
    ]
    body, reply = await explain(deck, "causes")
    assert isinstance(reply, Choices)
    assert [option.label for option in reply.options] == [
        "Causes (Boscastle 2004)",
        "Causes (Bangladesh 1998)",
    ]


def load_deck_text(mapping: dict[str, object]) -> Deck:
    from knowledge.loader import parse_deck

    return parse_deck(dump_deck(mapping), "imported.yaml")


# -- a history wiki page saved as Markdown ---------------------------------------------------------


async def test_wiki_page_keeps_its_sections_and_drops_its_furniture(tmp_path: Path) -> None:
    deck = deck_of("history_wiki_weimar.md", tmp_path)
    facts = every_fact(deck)
    titles = [topic.title for topic in deck.topics]

    assert titles == [
        "Weimar Republic",
        "Background",
        "Early years 1919–1923",
        "Treaty of Versailles",
        "Hyperinflation",
        "Munich Putsch",
        "Golden Age 1924–1929",
    ]  # no "Contents", "See also", "References", "External links"; no "[edit]"
    assert "The Weimar Republic was the German state from 1918 to 1933." in facts  # no "[1]"
    assert "By November 1923 a loaf of bread cost 200 billion marks." in facts
    assert not any(
        junk in fact for fact in facts for junk in ("Wikipedia", "[", "^", "last edited", "Penguin")
    )
    body, _ = await explain(deck, "hyperinflation")
    assert body.splitlines()[:2] == ["Early years 1919–1923 › Hyperinflation", "Hyperinflation"]
