"""DokuWiki pages as DokuWiki stores them (`data/pages/…/page.txt`): headings count down from six
`=`, two-space-indented `  * ` and `  - ` lists nest by their indent, `^ header ^` tables give a
fact a row (`:::` carrying the cell above down), a `((footnote))` stays with the line citing it,
and the wiki's macros, tags, links and images are never shown. Decks written here in two
subjects (stained glass, people of the Klondike Gold Rush)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from knowledge.importers import DeckImportError, dump_deck, import_file_with_report, import_text
from knowledge.importers.api import guess_format
from knowledge.importers.dokuwiki import MAX_DOKUWIKI_LINES, looks_like_dokuwiki
from knowledge.importers.zim import looks_like_zim
from knowledge.loader import parse_deck
from knowledge.model import Deck
from tests.unit.asking import ask_json
from tests.unit.formats_helpers import ROOT, facts, written

OWN = ROOT / "tests" / "data" / "ask_own25_import"
GLASS = OWN / "art_stained_glass" / "stained_glass.txt"
PEOPLE = OWN / "hist_klondike_people" / "klondike_people.txt"
NOISE = re.compile(r"\*\*|//|\[\[|\]\]|\{\{|\(\(|\)\)|~~|<code>|</code>|={2,}|\^|:::|^\|")


def _deck(path: Path) -> Deck:
    imported = import_file_with_report(path)
    assert imported.report.name == "dokuwiki"
    return parse_deck(dump_deck(imported.mapping), path.name)


def test_sections_lists_and_tables_keep_their_structure() -> None:
    deck = _deck(GLASS)
    assert deck.title == "Stained glass"
    assert [topic.title for topic in deck.roots()][1:] == [
        "Making coloured glass",
        "Making a window",
        "Key windows and artists",
        "Glass myths",
        "Looking after windows",
    ]
    groups = {fact.raw: fact.group for topic in deck.topics for fact in topic.facts}
    assert groups["cobalt gives blue"] == "colour comes from metal oxides added to the molten glass"
    rows = facts(deck, "Key windows and artists")
    assert (
        "Window or artist: All Saints, Tudeley; Date: 1967-1985; What to remember: the only church"
        " in the world with all its windows by Marc Chagall" in rows
    )
    # ":::" carries the cell above down: the row still says whose lamps they were.
    assert (
        "Window or artist: Louis Comfort Tiffany; Date: 1880s-1930s; What to remember: his famous"
        " lamps were often designed by Clara Driscoll" in rows
    )


def test_a_footnote_stays_with_the_line_that_cites_it() -> None:
    shown = written(_deck(GLASS))
    assert (
        "flashed glass is clear glass with a thin layer of colour on one side (red pot metal was so"
        " dark it looked almost black, so red was usually flashed)" in shown
    )


def test_the_wikis_machinery_is_dropped() -> None:
    for path in (GLASS, PEOPLE):
        shown = written(_deck(path))
        assert [line for line in shown if NOISE.search(line)] == []
        assert not [line for line in shown if "NOTOC" in line or "History club home" in line]


def test_a_second_subject_reads_the_same_way() -> None:
    deck = _deck(PEOPLE)
    assert deck.title == "People of the Klondike"
    rows = facts(deck, "Law and crime")
    assert (
        "Person: Frank Reid; Role: town surveyor who shot Soapy Smith on Juneau Wharf on 8 July 1898"
        in rows
    )
    groups = {fact.raw: fact.group for topic in deck.topics for fact in topic.facts}
    assert groups["he arrived years after the rush had ended"] == (
        "Robert Service, a bank clerk in Dawson, wrote The Cremation of Sam McGee"
    )


def test_ask_answers_from_a_dokuwiki_page() -> None:
    reply = ask_json("Who shot Soapy Smith?", PEOPLE)
    assert reply["status"] == "answer" and "Frank Reid" in reply["text"]
    reply = ask_json("What is a vidimus?", GLASS)
    assert reply["status"] == "answer" and "small coloured design" in reply["text"]


def test_a_page_sent_as_txt_is_read_as_dokuwiki() -> None:
    for path in (GLASS, PEOPLE):
        text = path.read_text(encoding="utf-8")
        assert looks_like_dokuwiki(text) and not looks_like_zim(text)
        assert guess_format("page.txt", text) == "dokuwiki"
    assert guess_format("page.dokuwiki", "  * one\n") == "dokuwiki"


@pytest.mark.parametrize(
    "notes",
    [
        "== Lift ==\n* A kite's '''angle''' matters.\n** deeper\n== Kinds ==\n* [[Delta]] kites\n",
        "=== Causes ===\n  * drought\n  * war\n=== Effects ===\n  * famine\n",
        "Notes\n  * **queen** lays eggs\n  * **workers** forage\n",
    ],
)
def test_other_notes_are_not_taken_for_a_dokuwiki_page(notes: str) -> None:
    assert not looks_like_dokuwiki(notes)


TITLE = "====== P ======\n"


@pytest.mark.parametrize(
    "page",
    [
        TITLE + "  * " + "((a" * 100_000 + "\n  * fact one\n",
        TITLE + "  * " + "<a " * 100_000 + "\n  * fact one\n",
        TITLE + "  * " + "%%" * 100_000 + "\n  * fact one\n",
        TITLE + "<code>\n" + "x = 1\n" * 100,  # never closed
        TITLE + "^ a ^ b ^\n" + "| ::: | ::: |\n" * 5_000,
        TITLE + " " * 100_000 + "* deep\n  * fact one\n",
    ],
)
def test_hostile_pages_give_a_deck_or_a_clear_error(page: str) -> None:
    try:
        mapping = import_text(page, format="dokuwiki", source_name="bad.txt")
    except DeckImportError as error:
        assert str(error)
    else:
        assert mapping["topics"]


def test_a_page_of_too_many_lines_is_refused_clearly() -> None:
    with pytest.raises(DeckImportError, match="more than 10,000 lines"):
        import_text(TITLE + "  * a\n" * MAX_DOKUWIKI_LINES, format="dokuwiki")


def test_a_long_run_of_spaces_before_a_word_is_read_in_one_pass() -> None:
    # Two runs of spaces side by side in the list-item pattern made a line of spaces followed by
    # a word cost its length squared: minutes for a line this long.
    page = TITLE + "  * fact one\n" + " " * 200_000 + "x\n  * fact two\n"
    assert looks_like_dokuwiki(page) == looks_like_dokuwiki(page.replace(" " * 200_000, ""))
    deck = parse_deck(dump_deck(import_text(page, format="dokuwiki")), "page.txt")
    assert [line for line in written(deck) if "fact" in line] == ["fact one", "fact two"]
