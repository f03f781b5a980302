"""Wikidot page sources (`+ Heading`, `||~ header ||` tables, `[[blocks]]`, `//italic//`) and
Joplin notes exported raw (title line, Markdown body, the app's `key: value` record ending in
`type_:`): read as the notes they hold, their machinery never shown. Decks in the session's
subjects (sea turtles, the Suez Canal, Art Nouveau)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from knowledge.importers import DeckImportError, dump_deck, import_file_with_report, import_text
from knowledge.importers.api import guess_format
from knowledge.importers.wikidot import looks_like_wikidot
from knowledge.loader import parse_deck
from knowledge.model import Deck
from tests.unit.formats_helpers import ROOT, children, facts, written

OWN = ROOT / "tests" / "data" / "ask_own26_import"
TURTLES = OWN / "bio_sea_turtles" / "sea-turtles.txt"
NOUVEAU = OWN / "joplin_art_nouveau" / "4f1c9a2b7d3e4a5f8b6c0d1e2f3a4b5c.md"
NESTING = OWN / "joplin_sea_turtles" / "0b2e6d91c4f84a7e9d3a15c2b8e7f640.md"
NOISE = re.compile(r"\*\*|//|\[\[|\]\]|\|\||\[!--|@@|\{\{|^\++ |https?://")
SUEZ_PAGE = """[[toc]]

+ People of the Suez Canal

++ Builders

* **Ferdinand de Lesseps** was a French diplomat
 * he had served as consul in //Alexandria//
* **Alois Negrelli** drew up an early plan for the route[[footnote]]He died in 1858.[[/footnote]]

++ The crisis

||~ Person ||~ Role ||
|| Gamal Abdel Nasser || nationalised the canal in 1956 ||
|| Anthony Eden || British prime minister who resigned in 1957 ||

[[note]]
See [[[suez-crisis|the crisis page]]] for the timeline.
[[/note]]
"""


def _deck(path: Path, name: str) -> Deck:
    imported = import_file_with_report(path)
    assert imported.report.name == name
    return parse_deck(dump_deck(imported.mapping), path.name)


def test_wikidot_headings_lists_and_tables_keep_their_structure() -> None:
    deck = _deck(TURTLES, "wikidot")
    assert deck.title == "Sea Turtles"
    assert [topic.title for topic in deck.roots()][1:] == [
        "The seven species",
        "Body and senses",
        "Life cycle",
        "Threats and conservation",
    ]
    assert children(deck, "Life cycle") == ["Arribada"]
    rows = facts(deck, "The seven species")
    assert "Species: Green; Scientific name: Chelonia mydas; Status: Endangered" in rows
    groups = {fact.raw: fact.group for topic in deck.topics for fact in topic.facts}
    assert groups["it dives deeper than 1,000 m"] == (
        "The leatherback is the largest turtle: it can weigh over 900 kg"
    )
    # A collapsible block's and a note block's text stays; their tags go.
    assert "Leatherbacks eat mainly jellyfish" in facts(deck, "Body and senses")


def test_wikidot_machinery_is_never_shown() -> None:
    shown = written(_deck(TURTLES, "wikidot"))
    assert [line for line in shown if NOISE.search(line)] == []
    assert not [line for line in shown if "revision notes" in line or "Rate" in line.split()]
    assert any("banned by CITES in 1977" in line for line in shown)


def test_a_second_wikidot_page_in_another_subject() -> None:
    assert looks_like_wikidot(SUEZ_PAGE)
    deck = parse_deck(dump_deck(import_text(SUEZ_PAGE, format="wikidot")), "suez.txt")
    assert deck.title == "People of the Suez Canal"
    assert "Person: Anthony Eden; Role: British prime minister who resigned in 1957" in facts(
        deck, "The crisis"
    )
    shown = written(deck)
    assert "Alois Negrelli drew up an early plan for the route (He died in 1858.)" in shown
    assert "See the crisis page for the timeline." in shown
    assert [line for line in shown if NOISE.search(line)] == []
    assert guess_format("suez.txt", SUEZ_PAGE) == "wikidot"


@pytest.mark.parametrize(
    "notes",
    [
        "+ milk\n+ eggs\n+ flour\n+ sugar\n",
        "# Canal\n\n+ dug 1859\n+ opened 1869\n\n**Lesseps** led it\n",
        "+ Only heading\n|| a || b ||\n",
        "Notes: 1 + 1 = 2\n+ 3 is odd\n",
    ],
)
def test_other_notes_are_not_taken_for_a_wikidot_page(notes: str) -> None:
    assert not looks_like_wikidot(notes)


@pytest.mark.parametrize(
    "crafted",
    [
        "* " + "[[footnote]]" * 16_000,
        "|| " + "||" * 100_000 + " ||",
        "* " + "//a " * 50_000,
        "* " + "--a " * 50_000,
        "* " + "[[[a" * 50_000,
        "* " + "[!--" * 50_000,
        "* " + "[http://a " * 20_000,
        "[[code]]\n" + "x = 1\n" * 100,  # never closed
    ],
)
def test_hostile_wikidot_pages_give_a_deck_or_a_clear_error(crafted: str) -> None:
    page = "+ Page\n\n++ Part\n\n" + crafted + "\n* fact one\n"
    try:
        deck = parse_deck(dump_deck(import_text(page, format="wikidot")), "page.txt")
    except DeckImportError as error:
        assert str(error)
    else:
        assert deck.topics


def test_a_joplin_note_is_named_by_its_title_without_the_apps_record() -> None:
    deck = _deck(NESTING, "markdown")
    assert deck.title == "Sea turtle nesting"
    assert deck.id == "sea-turtle-nesting"
    shown = written(deck)
    assert "The pivotal temperature is about 29 °C" in shown
    record = re.compile(r"\b(?:parent_id|created_time|type_|is_conflict|latitude|0b2e6d91)\b")
    assert [line for line in shown if record.search(line)] == []
    art = _deck(NOUVEAU, "markdown")
    assert art.id == "art-nouveau-revision"
    assert "Name: Victor Horta; Country: Belgium; Known for: Hôtel Tassel, Brussels (1893)" in (
        written(art)
    )
    assert [line for line in written(art) if record.search(line)] == []


def test_a_joplin_exports_notebook_record_is_refused_clearly(tmp_path: Path) -> None:
    notebook = tmp_path / "5e4d3c2b1a0f9e8d7c6b5a4f3e2d1c0b.md"
    notebook.write_text(
        "Biology\n\nid: 5e4d3c2b1a0f9e8d7c6b5a4f3e2d1c0b\ncreated_time: 2026-09-01T10:00:00.000Z\n"
        "updated_time: 2026-09-01T10:00:00.000Z\nparent_id: \nis_shared: 0\ntype_: 2",
        encoding="utf-8",
    )
    with pytest.raises(DeckImportError, match="a notebook from a Joplin export"):
        import_file_with_report(notebook)
    (tmp_path / NESTING.name).write_text(NESTING.read_text(encoding="utf-8"), encoding="utf-8")
    folder = import_file_with_report(tmp_path)
    assert "Sea turtle nesting" in str(folder.mapping)
    assert any("not a note" in problem for problem in folder.report.problems)


def test_markdown_ending_in_key_value_lines_stays_markdown() -> None:
    notes = "# Turtles\n\n- they nest at night\n\nsource: class notes\ntype_: 1\n"
    deck = parse_deck(dump_deck(import_text(notes, format="markdown")), "notes.md")
    assert "they nest at night" in written(deck)


# Notes with two loose `+ ` bullets and wiki links (`[[name]]`, as Obsidian writes them): not
# a Wikidot page, and their linked words are never lost.
LINKED_NOTES = [
    "Sea turtle notes\n\n+ Green turtles graze on seagrass\n\n+ Hawksbills eat sponges\n\n"
    "Both nest on [[beaches]] and [[sandbanks]] at night.\nSee also [[arribada]] for mass "
    "nesting.\n",
    "Art Nouveau\n\n+ It began in the 1890s\n\n+ Its lines follow plants\n\n"
    "[[Alphonse Mucha]] drew posters and [[Hector Guimard|Guimard]] the Paris Metro gates.\n"
    "Compare [[Art Deco]].\n",
]


@pytest.mark.parametrize("notes", LINKED_NOTES)
def test_notes_with_wiki_links_are_not_taken_for_a_wikidot_page(notes: str) -> None:
    assert not looks_like_wikidot(notes)
    assert guess_format("notes.txt", notes) != "wikidot"


def test_a_link_that_is_no_wikidot_block_keeps_its_words() -> None:
    page = SUEZ_PAGE + "\nThe canal joins the [[Mediterranean]] to the [[Red Sea|Red Sea]].\n"
    page += '[[div class="box"]]\n[[f<image map.png]][[size 90%]]It opened in 1869.[[/size]]\n'
    page += "[[/div]]\n"
    shown = written(parse_deck(dump_deck(import_text(page, format="wikidot")), "suez.txt"))
    assert "The canal joins the Mediterranean to the Red Sea." in shown
    assert "It opened in 1869." in shown
    assert [line for line in shown if NOISE.search(line)] == []
    deck = parse_deck(dump_deck(import_text(LINKED_NOTES[1], format="wikidot")), "n.txt")
    assert "Alphonse Mucha drew posters and Guimard the Paris Metro gates." in written(deck)


def test_a_link_opened_before_a_long_run_of_spaces_reads_in_full() -> None:
    """`[#` and a run of spaces as long as a whole upload (the link's text may start with
    spaces): the line is read, its words kept."""
    spaces = " " * 400_000
    page = "+ Suez\n\n++ Route\n\n* the [# " + spaces + "canal route] is 193 km\n"
    page += "* [#" + spaces + "never closed\n* it has no locks\n"
    shown = written(parse_deck(dump_deck(import_text(page, format="wikidot")), "suez.txt"))
    assert "the canal route is 193 km" in shown
    assert "it has no locks" in shown
    assert "[# never closed" in shown
