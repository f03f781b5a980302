"""MediaWiki pages (a class wiki's page, or Wikipedia's edit box saved as .wiki or .txt): sections,
`*`/`#`/`;` lists, `{|` tables and bold kept as structure, the wiki's machinery (templates, refs,
file and category links, comments, magic words) dropped. Notes written here, in two subjects."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from knowledge.importers import DeckImportError, dump_deck, import_file_with_report, import_text
from knowledge.importers.api import guess_format
from knowledge.importers.mediawiki import looks_like_mediawiki
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

RINGING = SAMPLES / "change_ringing.wiki"

# Second subject: a short page about kite aerodynamics, with wiki noise of its own.
KITES = """{{Infobox|name=Kites}}
'''Kites''' are tethered aircraft held up by wind.<ref>Pelham (1976)</ref>

== Lift ==
* A kite's '''angle of attack''' is the angle between its surface and the wind.
** Too steep an angle makes the kite stall.
* The '''bridle''' is the set of lines that fixes the angle of attack.
;Tail : adds drag at the bottom to keep the kite pointing into the wind

== Kinds of kite ==
{| class="wikitable"
! Kind !! Typical use
|-
| Sled || light winds
|-
| Delta || [[Stunt kite|stunt]] flying
|}
[[Category:Kites]]
"""

NOISE = re.compile(r"\{\{|\}\}|\[\[|\]\]|'''|<ref|<!--|__TOC__|\{\||\|\}|==|Category:|File:|thumb")


def _deck(text: str, name: str = "kites.wiki") -> Deck:
    return parse_deck(dump_deck(import_text(text, format="mediawiki", source_name=name)), name)


def test_sections_lists_and_tables_keep_their_structure() -> None:
    deck = load("change_ringing.wiki")
    roots = [topic.title for topic in deck.roots()]
    assert roots[:6] == [
        "Change ringing",
        "History",
        "The bells",
        "Ringing the bells",
        "Peals",
        "Organisation",
    ]
    assert children(deck, "Ringing the bells") == ["Rounds and call changes", "Methods"]
    # "See also", "References" and "External links" are the page's back matter, not topics.
    assert not {"See also", "References", "External links"} & set(roots)
    methods = facts(deck, "Methods")
    assert "Plain Bob is usually the first method a ringer learns." in methods
    parts = facts(deck, "Parts of a bell")
    assert "Bells: 8; Name of the stage: Major; Changes possible: 40,320" in parts
    # The cell with a style attribute and the row written one cell a line are read too.
    assert "Bells: 10; Name of the stage: Royal; Changes possible: 3,628,800" in parts
    assert "Bells: 12; Name of the stage: Maximus; Changes possible: 479,001,600" in parts
    terms = {term.term: term.definition for term in deck.terms}
    assert terms["Tenor"].startswith("the heaviest and lowest bell")


def test_a_nested_line_keeps_its_parent() -> None:
    deck = load("change_ringing.wiki")
    groups = {fact.raw: fact.group for topic in deck.topics for fact in topic.facts}
    stedman = groups["He invented the method now called Stedman, still rung today."]
    assert stedman == "Fabian Stedman published Campanalogia in 1677."


def test_the_wikis_machinery_is_dropped() -> None:
    shown = written(load("change_ringing.wiki"))
    assert [line for line in shown if NOISE.search(line)] == []
    joined = "\n".join(shown)
    for dropped in ("Infobox", "cite book", "citation needed", "Wechselläuten", "TODO", "reflist"):
        assert dropped not in joined
    # A link keeps its text; a word template keeps its words.
    assert "when a bell sounded" in joined and "full-circle wheel" in joined


def test_a_second_subject_reads_the_same_way() -> None:
    deck = _deck(KITES)
    assert [topic.title for topic in deck.roots()] == ["Kites", "Lift", "Kinds of kite"]
    assert "Kind: Delta; Typical use: stunt flying" in facts(deck, "Kinds of kite")
    groups = {fact.raw: fact.group for fact in deck.topics[1].facts}
    assert "angle of attack" in str(groups["Too steep an angle makes the kite stall."])
    assert {term.term for term in deck.terms} >= {"Tail"}
    assert [line for line in written(deck) if NOISE.search(line)] == []


def test_ask_answers_from_a_nested_line() -> None:
    reply = ask_json("Why can a heavy bell only move one place in each row?", RINGING)
    assert reply["status"] == "answer"
    assert "cannot be swung much faster or slower" in reply["text"]
    reply = ask_json("How long is a quarter peal?", RINGING)
    assert reply["status"] == "answer" and "1,260" in reply["text"]


def test_quiz_sample_asks_sound_questions() -> None:
    sample = quiz_sample(RINGING)
    asked = questions(sample)
    assert len(asked) == 20
    assert [question for question in asked if NOISE.search(question)] == []
    assert not re.search(r"\{\{|\[\[|'''|<ref", sample)


def test_a_wiki_page_sent_as_txt_is_read_as_one(tmp_path: Path) -> None:
    text = RINGING.read_text(encoding="utf-8")
    assert guess_format("ringing.txt", text) == "mediawiki"
    assert guess_format("kites.txt", KITES) == "mediawiki"
    path = tmp_path / "ringing.txt"
    path.write_text(text, encoding="utf-8")
    assert import_file_with_report(path).report.name == "mediawiki"


@pytest.mark.parametrize(
    "notes",
    [
        # An outline framing its headings with "=" marks, with no wiki markup: still an outline.
        "=== Causes ===\n- drought\n- war\n=== Effects ===\n- famine\n",
        # Markdown that mentions a wiki link once.
        "# Notes\n== not a heading ==\n== nor this ==\nsee [[Page]] on the wiki\n",
        "Plain notes\n- a line with '''quotes''' once\n",
    ],
)
def test_other_notes_are_not_taken_for_a_wiki_page(notes: str) -> None:
    assert not looks_like_mediawiki(notes)


@pytest.mark.parametrize(
    "page",
    [
        "== A ==\n" + "{{" * 50_000 + "\n* fact one\n",
        "== A ==\n" + "[[" * 50_000 + "x\n* fact one\n",
        "== A ==\n" + "<ref>" * 20_000 + "\n* fact one\n",
        "== A ==\n* " + "'''" * 30_000 + "x\n* fact one\n",
        "== A ==\n{|\n" + "|-\n| x || y\n" * 20_000,
        "==" + " " * 100_000 + "x=\n* fact one\n",
        "== A ==\n* " + "[[a|" * 20_000 + "\n",
    ],
)
def test_hostile_pages_give_a_deck_or_a_clear_error(page: str) -> None:
    try:
        mapping = import_text(page, format="mediawiki", source_name="bad.wiki")
    except DeckImportError as error:
        assert str(error)
    else:
        assert mapping["topics"]


def test_a_page_with_nothing_but_machinery_is_refused_clearly() -> None:
    with pytest.raises(DeckImportError):
        import_text("{{Infobox}}\n[[Category:X]]\n__TOC__\n", format="mediawiki")
