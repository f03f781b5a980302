"""Google Docs "Web page" exports with footnotes and comments: a footnote's text is shown with the
line that cites it, in brackets, never as a line under the last heading; a comment (the editors'
talk, "Added the treasure list … - DH") is not notes at all. Decks written here in two subjects
(stained glass, ant colonies), and round 27's Docs export."""

from __future__ import annotations

import re

import pytest

from bot.questions._table_questions import ask_row, claim
from knowledge.importers import DeckImportError, dump_deck, import_file_with_report, import_text
from knowledge.loader import parse_deck
from knowledge.model import Deck
from tests.unit.asking import ask_json
from tests.unit.formats_helpers import ROOT, SAMPLES, facts, written

GLASS = SAMPLES / "stained_glass_gdocs.html"
ANTS = SAMPLES / "ant_colonies_gdocs.html"
ROUND27 = ROOT / "docs" / "quiz-review" / "27-deckB.notes.html"
MARKS = re.compile(r"\[\d+\]|\[[a-z]\]|[\ue000-\uf8ff]")


def _deck(path: object) -> Deck:
    imported = import_file_with_report(str(path))
    return parse_deck(dump_deck(imported.mapping), "notes.html")


def test_a_footnote_is_shown_with_the_line_that_cites_it() -> None:
    deck = _deck(GLASS)
    assert (
        "Flashed glass has a thin coloured layer on clear glass. (Copper ruby pot metal was so dark"
        " that it looked almost black.)" in facts(deck, "Colour and glass")
    )
    assert facts(deck, "Famous glass") == [
        "Window: Queen's Window, Westminster Abbey; Maker: David Hockney; What people say: “a"
        " hawthorn blossom in Yorkshire”",
        "Window: Tudeley church; Maker: Marc Chagall; What people say: “the windows glow like"
        " jewels”",
        "Window: Baptistery, Coventry; Maker: John Piper; What people say: an abstract burst of"
        " light in 195 panes",
    ]
    ants = _deck(ANTS)
    assert (
        "Workers are sterile females that share about 75% of their genes. (This comes from"
        " haplodiploidy: males have one set of chromosomes.)" in facts(ants, "Workers")
    )
    assert facts(ants, "Ants and other species") == [
        "Ants guard aphids and collect their sugary honeydew.",
        "Leafcutter ants grow a fungus garden on chewed leaves.",
    ]


@pytest.mark.parametrize("path", [GLASS, ANTS, ROUND27])
def test_comments_and_note_marks_are_never_shown(path: object) -> None:
    shown = written(_deck(path))
    assert [line for line in shown if MARKS.search(line)] == []
    joined = "\n".join(shown)
    for comment in ("- RK", "- JM", "- SP", "- DH", "army ants", "termites", "treasure list and"):
        assert comment not in joined


def test_round_27s_footnote_joins_its_line() -> None:
    shown = "\n".join(written(_deck(ROUND27)))
    assert (
        "(Doyle’s own dates are inconsistent - the postmark on Mary’s letter says July 7." in shown
    )
    exam_tips = facts(_deck(ROUND27), "Exam tips")
    assert not [fact for fact in exam_tips if "Doyle’s own dates" in fact]


def test_ask_answers_with_the_footnote_beside_its_line() -> None:
    reply = ask_json("What did Tiffany use instead of lead cames?", GLASS)
    assert reply["status"] == "answer" and "copper foil" in reply["text"]
    reply = ask_json("When is flying ant day?", ANTS)
    assert reply["status"] == "answer" and "July" in reply["text"]


def test_a_footnote_cited_in_a_table_cell_stays_in_its_cell() -> None:
    page = (
        "<html><body><h1>Castes</h1><table><tr><td>Caste</td><td>Job</td></tr>"
        '<tr><td>Queen</td><td>lays eggs<sup><a href="#ftnt1" id="ftnt_ref1">[1]</a></sup></td></tr>'
        '<tr><td>Male</td><td>mates and dies</td></tr></table><hr><div><p><a href="#ftnt_ref1"'
        ' id="ftnt1">[1]</a><span>for up to 28 years</span></p></div></body></html>'
    )
    deck = parse_deck(dump_deck(import_text(page, format="html")), "castes.html")
    assert "Caste: Queen; Job: lays eggs (for up to 28 years)" in facts(deck, "Castes")


def test_citations_of_missing_footnotes_leave_nothing_behind() -> None:
    cite = '<sup><a href="#ftnt{0}" id="ftnt_ref{0}">[{0}]</a></sup>'
    page = "<html><body><h1>T</h1><p>fact " + "".join(cite.format(n) for n in range(20_000))
    page += "</p><p>another fact \ue0f0 7 \ue0f1</p></body></html>"
    try:
        deck = parse_deck(dump_deck(import_text(page, format="html")), "t.html")
    except DeckImportError as error:
        assert str(error)
    else:
        assert [line for line in written(deck) if MARKS.search(line)] == []


def test_a_quoted_cell_is_quoted_once_in_a_question() -> None:
    cell = "“half spaniel and half lurcher”"
    asked = claim("Toby", "Key description / quotation", cell)
    assert (
        asked
        == "For Toby, the table gives “half spaniel and half lurcher” under “Key description / quotation”."
    )
    assert "““" not in ask_row("Character", "Key description / quotation", cell)
    # A cell quoting words inside it is put in single quotes; a plain one in double quotes.
    mixed = claim("Thaddeus", "Key description / quotation", "his “mitral valve”")
    assert "‘his “mitral valve”’" in mixed
    assert "“David Hockney”" in claim("the Queen's Window", "Maker", "David Hockney")
    assert "“a hawthorn blossom”" in claim(
        "the Queen's Window", "What people say", '"a hawthorn blossom"'
    )
