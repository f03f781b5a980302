"""Textile pages (a Redmine wiki page, a Textpattern article) as the tools save them: `h1.`–`h6.`
headings become the deck's title, topics and subtopics, `*`/`#` lists nest by their marks, `|_.`
tables give a fact a row, a `fn1.` footnote stays with the line citing it, and the markup
(`*strong*`, `_em_`, `@code@`, `"links":url`, `{{toc}}`) is never shown. Decks in two subjects
(the Suez Canal, Art Nouveau)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from knowledge.importers import DeckImportError, dump_deck, import_file_with_report, import_text
from knowledge.importers.api import guess_format
from knowledge.importers.builder import DeckBuilder
from knowledge.importers.textile import MAX_TEXTILE_LINES, looks_like_textile
from knowledge.loader import parse_deck
from knowledge.model import Deck
from tests.unit.asking import ask_json
from tests.unit.formats_helpers import ROOT, children, facts, written

OWN = ROOT / "tests" / "data" / "ask_own26_import"
SUEZ = OWN / "hist_suez" / "Suez_Canal.textile"
NOUVEAU = OWN / "art_nouveau_redmine" / "Art_Nouveau.textile"
NOISE = re.compile(r"^h\d\.|^(?:p|bq|fn\d)\.|\{\{|\|_\.|(?<!\w)[*_@]\w|\w[*_@](?!\w)|\[\d\]|\":")


def _deck(path: Path) -> Deck:
    imported = import_file_with_report(path)
    assert imported.report.name == "textile"
    return parse_deck(dump_deck(imported.mapping), path.name)


def test_headings_are_the_title_topics_and_subtopics() -> None:
    deck = _deck(SUEZ)
    assert deck.title == "The Suez Canal"
    assert [topic.title for topic in deck.roots()][1:] == [
        "Before the modern canal",
        "Building the canal",
        "Facts and figures",
        "British control",
        "The Suez Crisis",
        "The canal today",
    ]
    assert children(deck, "The Suez Crisis") == ["Closures"]
    art = _deck(NOUVEAU)
    assert art.title == "Art Nouveau (c. 1890–1910)"
    assert children(art, "Artists and designers") == ["Architecture", "Graphic art and objects"]


def test_nested_lists_tables_and_footnotes_keep_their_meaning() -> None:
    deck = _deck(SUEZ)
    groups = {fact.raw: fact.group for topic in deck.topics for fact in topic.facts}
    assert groups["the purchase was arranged by Prime Minister Benjamin Disraeli"] == (
        "In 1875 Britain bought Egypt's 44% share of the company from Khedive Ismail for £4 million"
    )
    assert "Feature: Length when opened; Figure: 164 km" in facts(deck, "Facts and figures")
    assert (
        "The Convention of Constantinople (1888) declared the canal open to ships of all nations"
        " in war and peace (Britain did not fully accept the convention until the Entente"
        " Cordiale of 1904)" in facts(deck, "British control")
    )
    rows = facts(_deck(NOUVEAU), "Names of the style")
    assert "Country: Spain (Catalonia); Name: Modernisme" in rows


def test_the_markup_is_never_shown() -> None:
    for path in (SUEZ, NOUVEAU):
        shown = written(_deck(path))
        assert [line for line in shown if NOISE.search(line)] == []
    shown = written(_deck(SUEZ))
    assert "Suezmax is the largest size of ship that can pass through the canal fully loaded" in (
        shown
    )
    assert not [line for line in shown if "toc" in line.split()]


def test_bold_phrases_are_key_terms_to_ask_about() -> None:
    deck = _deck(NOUVEAU)
    assert any(term.term == "whiplash curve" for term in deck.terms)


def test_ask_answers_from_a_textile_page() -> None:
    reply = ask_json("Who nationalised the Suez Canal?", SUEZ)
    assert reply["status"] == "answer" and "Nasser" in reply["text"]
    assert "*" not in reply["text"]


def test_a_page_sent_as_txt_is_read_as_textile() -> None:
    for path in (SUEZ, NOUVEAU):
        text = path.read_text(encoding="utf-8")
        assert looks_like_textile(text)
        assert guess_format("page.txt", text) == "textile"
    assert guess_format("page.textile", "* one\n") == "textile"


@pytest.mark.parametrize(
    "notes",
    [
        "# Canal\n## Building\n- dug 1859\n## Opening\n- 1869\n",
        "Notes on the canal.\nh2 is a heading tag in HTML.\n* one\n* two\n",
        "h1. Only one heading\n* a fact\n",
        "Canal\n\n1. Dug from 1859\n2. Opened 1869\n\n*Important*: no locks\n",
    ],
)
def test_other_notes_are_not_taken_for_a_textile_page(notes: str) -> None:
    assert not looks_like_textile(notes)


LINE = 200_000
TITLE = "h1. Page\n\nh2. Part\n\n"


@pytest.mark.parametrize(
    "crafted",
    [
        "* " + "*a " * (LINE // 3),
        "* " + "_a " * (LINE // 3),
        "* " + "-a " * (LINE // 3),
        "* " + "@a " * (LINE // 3),
        "* " + "**a " * (LINE // 4),
        "* " + '"a":' * (LINE // 4),
        "* " + "!a" * (LINE // 2),
        "* " + "{{" * (LINE // 2),
        "h2" + "()" * (LINE // 2) + " words",
        "| " + "|_." * (LINE // 3) + " |",
        "| " + "(" * LINE + " |",
        "- " + "a " * (LINE // 2) + ":",
        "<pre>\n" + "x = 1\n" * 100,  # never closed
    ],
)
def test_hostile_pages_give_a_deck_or_a_clear_error(crafted: str) -> None:
    page = TITLE + crafted + "\n* fact one\n"
    try:
        deck = parse_deck(dump_deck(import_text(page, format="textile")), "page.textile")
    except DeckImportError as error:
        assert str(error)
    else:
        assert deck.topics
        assert looks_like_textile(page)


def test_a_line_of_unclosed_marks_keeps_the_lines_after_it() -> None:
    page = TITLE + "* " + "*a _b @c " * 20_000 + "\n* fact *one*\n* fact two\n"
    deck = parse_deck(dump_deck(import_text(page, format="textile")), "page.textile")
    assert "fact one" in written(deck) and "fact two" in written(deck)


def test_a_page_of_too_many_lines_is_refused_clearly() -> None:
    with pytest.raises(DeckImportError, match="more than 10,000 lines"):
        import_text(TITLE + "* a\n" * MAX_TEXTILE_LINES, format="textile")


@pytest.mark.parametrize("closing", ["</pre>", "</PRE>", "</Pre>", "</pre >"])
def test_a_pre_block_closed_in_any_case_ends_there(closing: str) -> None:
    page = TITLE + "<pre>\nsuez_length_km = 193\n" + closing + "\n\n* it opened in 1869\n"
    shown = written(parse_deck(dump_deck(import_text(page, format="textile")), "page.textile"))
    assert "it opened in 1869" in shown


def test_a_page_with_no_topics_is_refused_in_a_sentence() -> None:
    with pytest.raises(DeckImportError, match=r"^no topics found in this Textile page$"):
        import_text("h1. \n\n<pre>\nx\n</pre>\n", format="textile")


@pytest.mark.parametrize(
    ("kind", "said"),
    [
        ("Joplin note", "no topics found in this Joplin note"),
        ("outline notes", "no topics found in these outline notes"),
        ("Moodle GIFT questions", "no topics found in these Moodle GIFT questions"),
        ("Anki package", "no topics found in this Anki package"),
    ],
)
def test_any_kind_of_notes_is_named_in_a_sentence(kind: str, said: str) -> None:
    with pytest.raises(DeckImportError) as raised:
        DeckBuilder(source_name="notes", kind=kind).build()
    assert str(raised.value) == said
