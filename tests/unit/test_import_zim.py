"""Zim desktop-wiki pages as Zim stores them (a .txt with its `Content-Type: text/x-zim-wiki`
header): six `=` is the page's title and fewer a deeper heading, tab-nested bullets keep their
parent, and Zim's header, template line, tags, checkboxes, navigation links and inline markup are
never shown. Decks written here in two subjects (the Klondike Gold Rush, ant colonies)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from knowledge.importers import DeckImportError, dump_deck, import_file_with_report, import_text
from knowledge.importers.api import guess_format
from knowledge.importers.zim import MAX_ZIM_LINES, looks_like_zim
from knowledge.loader import parse_deck
from knowledge.model import Deck
from tests.unit.asking import ask_json
from tests.unit.formats_helpers import ROOT, children, facts, questions, quiz_sample, written

OWN = ROOT / "tests" / "data" / "ask_own25_import"
KLONDIKE = OWN / "hist_klondike" / "Klondike_Gold_Rush.txt"
ANTS = OWN / "bio_ants" / "Ant_colonies.txt"
# What a student must never see from a Zim page: its header, template line, tags, markup marks.
NOISE = re.compile(
    r"Content-Type|Wiki-Format|Creation-Date|^Created \w+day|@\w|\*\*|//|\[\[|\]\]|\{\{|"
    r"\[[ *x]\]|={2,}|^\|"
)


def _deck(path: Path) -> Deck:
    imported = import_file_with_report(path)
    assert imported.report.name == "zim"
    return parse_deck(dump_deck(imported.mapping), path.name)


def test_headings_count_down_from_the_page_title() -> None:
    deck = _deck(KLONDIKE)
    assert deck.title == "Klondike Gold Rush"
    assert [topic.title for topic in deck.roots()] == [
        "Discovery",
        "How the world found out",
        "Getting there",
        "Dawson City",
        "Mining",
        "The end of the rush",
        "Revision to do",
    ]
    assert children(deck, "Getting there") == [
        "Chilkoot Pass",
        "White Pass",
        "The ton of goods",
        "Down the Yukon River",
    ]


def test_a_tab_nested_bullet_keeps_its_parent() -> None:
    deck = _deck(KLONDIKE)
    groups = {fact.raw: fact.group for topic in deck.topics for fact in topic.facts}
    assert groups["this was about one ton of goods per person"] == (
        "the North-West Mounted Police would only let people into Canada with a year's supply"
        " of food"
    )
    assert groups["only about 4,000 of them ever found gold"] == (
        "roughly 100,000 people set out for the Klondike"
    )


def test_zims_machinery_is_dropped_and_its_words_kept() -> None:
    deck = _deck(KLONDIKE)
    shown = written(deck)
    assert [line for line in shown if NOISE.search(line)] == []
    # Italic titles keep their words, a checkbox its text, a table its rows.
    assert "two days later the Portland docked in Seattle on 17 July 1897" in shown
    assert "Klondike is in Alaska <- WRONG, it is in Canada (the Yukon)" in facts(
        deck, "Revision to do"
    )
    assert "Term: cheechako; Meaning: a newcomer who had not spent a winter in the north" in facts(
        deck, "Dawson City"
    )
    # The navigation line of links is not a fact.
    assert not [line for line in shown if "Routes north" in line or "Year 9" in line]


def test_a_second_subject_in_another_style_reads_the_same_way() -> None:
    deck = _deck(ANTS)
    assert deck.title == "Ant colonies"
    assert children(deck, "The castes") == ["The queen", "Workers", "Males"]
    assert [line for line in written(deck) if NOISE.search(line)] == []
    # Prose lines stay lines (never run into one another); a numbered list keeps its lead-in.
    queen = facts(deck, "The queen")
    assert (
        "A black garden ant queen (Lasius niger) once lived for over 28 years in a laboratory."
        in (queen)
    )
    groups = {fact.raw: fact.group for topic in deck.topics for fact in topic.facts}
    assert groups["males hatch from unfertilised eggs, so they have one set of chromosomes"] == (
        "Sex is set by haplodiploidy"
    )
    # Checkbox items are the list's lines; a verbatim block's lines are lines of notes.
    assert "larva - legless and fed by the nurses" in facts(deck, "Life cycle")
    assert "division of labour = different ants do different jobs" in facts(deck, "Exam phrases")


def test_ask_answers_from_a_zim_page() -> None:
    reply = ask_json("How many steps were cut into the Golden Stairs?", KLONDIKE)
    assert reply["status"] == "answer" and "1,500 steps" in reply["text"]
    reply = ask_json("What is a bivouac?", ANTS)
    assert reply["status"] == "answer" and "living nest" in reply["text"]
    assert "**" not in reply["text"] and "//" not in reply["text"]


def test_quiz_sample_asks_without_zim_markup() -> None:
    sample = quiz_sample(KLONDIKE, n=10)
    asked = questions(sample)
    assert len(asked) == 10
    assert [question for question in asked if NOISE.search(question)] == []


def test_a_page_copied_out_of_zim_without_its_header_is_still_zim(tmp_path: Path) -> None:
    text = KLONDIKE.read_text(encoding="utf-8")
    body = text.split("\n\n", 1)[1]
    assert looks_like_zim(text) and looks_like_zim(body)
    assert guess_format("klondike.txt", body) == "zim"
    path = tmp_path / "notes"  # no extension: read by its content
    path.write_text(body, encoding="utf-8")
    assert import_file_with_report(path).report.name == "zim"


@pytest.mark.parametrize(
    "notes",
    [
        # A MediaWiki page: its bold is ''' and its bullets are never tab-nested.
        "== Lift ==\n* A kite's '''angle of attack''' matters.\n== Kinds ==\n* [[Delta]] kites\n",
        # An outline framing its headings with "=" and no wiki markup.
        "=== Causes ===\n* drought\n* war\n=== Effects ===\n* famine\n",
        # An outline whose deeper headings have more "=" (MediaWiki's way), with bold and bullets.
        "== Causes ==\n* **drought**\n=== Long-term ===\n* **war** and //famine//\n",
        # Markdown with bold but no "== headings ==".
        "# Ants\n* **queen** lays eggs\n* **workers** forage\n",
    ],
)
def test_other_notes_are_not_taken_for_a_zim_page(notes: str) -> None:
    assert not looks_like_zim(notes)


HEADER = "Content-Type: text/x-zim-wiki\nWiki-Format: zim 0.6\n\n====== P ======\n"


@pytest.mark.parametrize(
    "page",
    [
        HEADER + "* " + "**" * 100_000 + "x\n* fact one\n",
        HEADER + "* " + "//a" * 100_000 + "\n* fact one\n",
        HEADER + "* " + "[[" * 100_000 + "x\n* fact one\n",
        HEADER + "* " + "{{" * 100_000 + "\n* fact one\n",
        HEADER + "==" + " " * 100_000 + "x==\n* fact one\n",
        HEADER + "\t" * 100_000 + "* deep\n* fact one\n",
        HEADER + "'''\n" + "line\n" * 10,  # a verbatim block never closed
        HEADER + "|a|b|\n" * 50_000,
    ],
)
def test_hostile_pages_give_a_deck_or_a_clear_error(page: str) -> None:
    try:
        mapping = import_text(page, format="zim", source_name="bad.txt")
    except DeckImportError as error:
        assert str(error)
    else:
        assert mapping["topics"]


def test_a_long_table_row_that_is_not_a_rule_is_read_in_one_pass() -> None:
    # The rule pattern's two runs around a `-` made such a row cost its length squared: minutes
    # for a row this long, on a page whose notes are otherwise a few lines.
    table = "| Term | Meaning |\n|---|---|\n| gold | a metal |\n" + "|" + "-|" * 200_000 + "x|\n"
    page = HEADER + "* fact one\n\n" + table + "\n* fact two\n"
    deck = parse_deck(dump_deck(import_text(page, format="zim")), "page.txt")
    assert written(deck)[2:5] == ["fact one", "Term: gold; Meaning: a metal", "fact two"]


def test_the_header_after_blank_lines_is_still_not_notes() -> None:
    page = "\n\n" + HEADER.replace("\n\n", "\nCreation-Date: 2026-11-02T10:00:00+01:00\n\n")
    page += "* The Klondike lies in the Yukon.\n"
    deck = parse_deck(dump_deck(import_text(page, format="zim")), "page.txt")
    assert [line for line in written(deck) if line] == ["P", "P", "The Klondike lies in the Yukon."]


def test_a_page_of_too_many_lines_is_refused_clearly() -> None:
    page = HEADER + "* a\n" * (MAX_ZIM_LINES + 1)
    with pytest.raises(DeckImportError, match="more than 10,000 lines"):
        import_text(page, format="zim", source_name="huge.txt")


def test_a_page_of_nothing_but_its_header_is_refused_clearly() -> None:
    with pytest.raises(DeckImportError):
        import_text(HEADER + "Created Monday 02 November 2026\n@tag\n", format="zim")
