"""RTF documents (Word's "Rich Text", WordPad, TextEdit): outline-level and bold headings, list
items nested by level, bold key terms and tables kept; font, colour, style and list tables,
document info, headers, footers, annotations, fields' instructions and ignorable destinations
dropped; hostile nesting and junk bounded. Documents written here, in two subjects."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from knowledge.importers import DeckImportError, import_file_with_report, import_text
from knowledge.importers.api import guess_format
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

TEA = SAMPLES / "tea.rtf"
NOISE = re.compile(
    r"\\|[{}]|Times New Roman|Calibri|Greenhill|Harriet|Obi|Page|check date|HYPERLINK|"
    r"504b03|Microsoft Word|\*\*"
)

# Second subject: a WordPad document about bookbinding, bold headings and bullets only.
WORDPAD = r"""{\rtf1\ansi\ansicpg1252\deff0\nouicompat\deflang2057
{\fonttbl{\f0\fnil\fcharset0 Calibri;}{\f1\fnil\fcharset2 Symbol;}}
{\*\generator Riched20 10.0.19041}\viewkind4\uc1
\pard\sa200\sl276\slmult1\b\f0\fs28\lang9 Bookbinding\b0\fs22\par
\b Sewing\b0\par
{\pntext\f1\'B7\tab}{\*\pn\pnlvlblt\pnf1\pnindent0{\pntxtb\'B7}}
\fi-360\li720\sa200\sl276\slmult1 A \b signature\b0  is a folded sheet sewn as one unit.\par
{\pntext\f1\'B7\tab}The kettle stitch links each signature to the one below.\par
\pard{\pntext\f1\'B7\tab}{\*\pn\pnlvlblt\pnf1\pnindent0{\pntxtb\'B7}}
\fi-360\li1440\sa200\sl276\slmult1 It is made at the head and tail of the spine.\par
\pard\sa200\sl276\slmult1\b Covers\b0\par
Quarter binding covers only the spine in leather \u8211? the boards in cloth or paper.\par
}
"""


def test_headings_lists_tables_and_terms_keep_their_structure() -> None:
    deck = load("tea.rtf")
    assert deck.title == "Tea: from leaf to cup"
    roots = [topic.title for topic in deck.roots()]
    assert roots[1:] == ["The tea plant", "Processing", "Brewing", "History"]
    assert children(deck, "Processing") == ["The five main steps", "Types of tea"]
    assert children(deck, "Brewing") == ["Water temperature", "Steeping time"]
    groups = {fact.raw: fact.group for topic in deck.topics for fact in topic.facts}
    assert "assamica" in str(groups["It was found growing wild in Assam by Robert Bruce in 1823."])
    assert "Type: Oolong; Oxidation: partly oxidised; Example: Tieguanyin from Fujian" in facts(
        deck, "Types of tea"
    )
    # \u176 with its fallback character, and cp1252 escapes, read once each.
    assert "Green tea is brewed at about 75 to 80 °C, so it does not taste bitter." in facts(
        deck, "Water temperature"
    )
    terms = {term.term: term.definition for term in deck.terms}
    assert terms["Oxidation"] == "enzymes react with oxygen and turn the leaves dark."


def test_the_documents_machinery_is_dropped() -> None:
    deck = load("tea.rtf")
    assert [line for line in written(deck) if NOISE.search(line)] == []
    assert "The Boston Tea Party took place in 1773." in facts(deck, "History")


def test_a_wordpad_document_in_a_second_subject() -> None:
    mapping = import_text(WORDPAD, format="rtf", source_name="binding.rtf")
    assert mapping["deck"]["title"] == "Bookbinding"
    topics = mapping["topics"]
    assert isinstance(topics, list)
    titles = [topic["title"] for topic in topics]
    assert titles == ["Sewing", "Covers"]
    sewing = topics[0]["facts"]
    assert {
        "group": "The kettle stitch links each signature to the one below.",
        "facts": ["It is made at the head and tail of the spine."],
    } in sewing
    assert (
        "Quarter binding covers only the spine in leather – the boards in cloth or paper."
        in (topics[1]["facts"])
    )


def test_ask_answers_from_a_nested_line() -> None:
    reply = ask_json("Who found tea growing wild in Assam?", TEA)
    assert reply["status"] == "answer"
    assert "Robert Bruce" in reply["text"]


def test_quiz_sample_asks_sound_questions() -> None:
    asked = questions(quiz_sample(TEA))
    assert len(asked) >= 12
    assert [question for question in asked if NOISE.search(question)] == []


def test_rtf_under_another_name_is_read_as_rtf(tmp_path: Path) -> None:
    text = TEA.read_text(encoding="utf-8")
    assert guess_format("tea.doc.txt", text) == "rtf"
    path = tmp_path / "tea.doc"
    path.write_text(text, encoding="utf-8")
    assert import_file_with_report(path).report.name == "rtf"


@pytest.mark.parametrize(
    "text",
    [
        "{\\rtf1 " + "{" * 100_000 + "deep text\\par" + "}" * 100_000 + "}",
        "{\\rtf1 " + "\\b " * 100_000 + "bold text\\par}",
        "{\\rtf1 " + "\\u" + "9" * 10 + " x\\par}",
        "{\\rtf1 \\uc99999999 \\u8211 abc more words here\\par}",
        "{\\rtf1 \\ansicpg99999 caf\\'e9 text\\par}",
        "{\\rtf1 " + "\\'zz" * 10_000 + "\\par}",
        "{\\rtf1 {\\stylesheet" + "{\\s1 heading 1;" * 5_000 + "} Words here\\par}",
    ],
)
def test_hostile_documents_give_a_deck_or_a_clear_error(text: str) -> None:
    try:
        mapping = import_text(text, format="rtf", source_name="bad.rtf")
    except DeckImportError as error:
        assert str(error)
    else:
        assert mapping["topics"]


def test_text_that_is_not_rtf_is_refused_clearly() -> None:
    with pytest.raises(DeckImportError, match="not an RTF document"):
        import_text("Tea notes\n- green tea\n", format="rtf", source_name="tea.rtf")
