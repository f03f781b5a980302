"""Excel key-term workbooks (.xlsx): each row a card as in a CSV export, each sheet with cards a
topic, a header row (named or bold) left out and naming the columns past the second; entity
bombs, zip bombs, a cell a million rows down and broken files refused. Two workbooks written
with openpyxl (tests/data/import_formats/make_office_samples.py), in two subjects."""

from __future__ import annotations

import io

import pytest

from knowledge.importers import DeckImportError, import_bytes_with_report
from knowledge.uploads import UploadedDeck, UploadRefused, read_upload
from tests.unit.asking import ask_json
from tests.unit.formats_helpers import SAMPLES, facts, load
from tests.unit.office_zips import rewritten, with_prolog, zipped

BICYCLE = SAMPLES / "bicycle_terms.xlsx"
GLOSSARY = SAMPLES / "animation_glossary.xlsx"


def test_each_sheet_is_a_topic_and_the_bold_header_names_the_extra_column() -> None:
    deck = load("bicycle_terms.xlsx")
    assert [topic.title for topic in deck.topics] == [
        "Early machines",
        "High wheelers",
        "Safety bicycle",
    ]
    assert (
        "Draisine = a two-wheeled running machine with no pedals, pushed along by the rider's feet; Year: 1817"
        in facts(deck, "Early machines")
    )
    terms = {term.term: term.definition for term in deck.terms}
    assert "Term" not in terms  # the header row is no card
    assert terms["Header"] == "a fall forwards over the handlebars of a high wheeler"
    assert len(terms) == 11


def test_a_one_sheet_glossary_without_a_header_is_one_topic_with_its_question() -> None:
    deck = load("animation_glossary.xlsx")
    assert [topic.title for topic in deck.topics] == ["Animation glossary"]
    terms = {term.term: term.definition for term in deck.terms}
    assert terms["Rotoscoping"] == "tracing over live-action film frame by frame"
    assert [(q.prompt, q.answers) for q in deck.questions] == [
        ("Who invented the rotoscope?", ("Max Fleischer, in 1915",))
    ]


def test_an_upload_is_read_and_ask_answers_from_it() -> None:
    uploaded = read_upload("bicycle_terms.xlsx", BICYCLE.read_bytes())
    assert isinstance(uploaded, UploadedDeck) and uploaded.imported_from == "xlsx"
    assert import_bytes_with_report(GLOSSARY.read_bytes(), "glossary").report.name == "xlsx"
    reply = ask_json("What is a boneshaker?", BICYCLE)
    assert reply["status"] == "answer"
    assert "iron tyres" in reply["text"]


def test_cells_keep_what_the_sheet_shows() -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["Keyword", "Meaning", "Invented"])
    sheet.append(["Derailleur", "a gear changer that moves the chain between sprockets", 1905.0])
    sheet.append(["Tandem", "a bicycle for two riders", None])
    buffer = io.BytesIO()
    book.save(buffer)
    imported = import_bytes_with_report(buffer.getvalue(), "gears.xlsx")
    shown = str(imported.mapping)
    assert "Derailleur = a gear changer that moves the chain between sprockets; 1905" in shown
    assert "1905.0" not in shown


def _far_cell(xml: bytes) -> bytes:
    far = b'<row r="1000000"><c r="A1000000" t="inlineStr"><is><t>x</t></is></c></row>'
    return xml.replace(b"</sheetData>", far + b"</sheetData>")


@pytest.mark.parametrize(
    ("data", "said"),
    [
        (rewritten(GLOSSARY, "xl/worksheets/sheet1.xml", with_prolog), "declares XML entities"),
        (rewritten(GLOSSARY, "xl/worksheets/sheet1.xml", _far_cell), "more than 60,000 rows"),
        (rewritten(GLOSSARY, "xl/worksheets/sheet1.xml", lambda x: x[:100]), "cannot be read"),
        (
            zipped({"xl/workbook.xml": b"<a>" + b" " * (20 * 1024 * 1024) + b"</a>"}),
            "zip bomb",
        ),
        (zipped({"xl/workbook.xml": b"<workbook/>"}), "cannot be read"),
        (b"PK\x03\x04 not really a zip", "not a readable zip"),
    ],
)
def test_hostile_or_broken_workbooks_are_refused_clearly(data: bytes, said: str) -> None:
    with pytest.raises(DeckImportError, match=said):
        import_bytes_with_report(data, "bad.xlsx")
    refused = read_upload("bad.xlsx", data)
    assert isinstance(refused, UploadRefused)
    assert said in refused.problems[0]


def test_an_empty_workbook_says_so() -> None:
    from openpyxl import Workbook

    buffer = io.BytesIO()
    Workbook().save(buffer)
    with pytest.raises(DeckImportError, match="empty"):
        import_bytes_with_report(buffer.getvalue(), "empty.xlsx")


def test_a_title_above_the_table_names_the_deck_and_a_repeated_header_is_skipped() -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    sheet = book.active
    sheet.append(["Animation key words"])
    sheet.merge_cells("A1:B1")
    sheet.append(["Word", "What it means"])
    for cell in sheet[2]:
        cell.font = Font(bold=True)
    sheet.append(["Storyboard", "a comic-strip plan of the shots in a film"])
    sheet.append(["Animatic", "a storyboard timed to the soundtrack"])
    sheet.append(["Word", "What it means"])
    sheet.append(["Flipbook", "drawings bound in a book that move when the pages are flicked"])
    buffer = io.BytesIO()
    book.save(buffer)
    mapping = import_bytes_with_report(buffer.getvalue(), "Sheet (3).xlsx").mapping
    assert mapping["deck"]["title"] == "Animation key words"
    terms = {term["term"]: term["definition"] for term in mapping["terms"]}
    assert terms == {
        "Storyboard": "a comic-strip plan of the shots in a film",
        "Animatic": "a storyboard timed to the soundtrack",
        "Flipbook": "drawings bound in a book that move when the pages are flicked",
    }


def test_a_numbered_first_column_and_a_hidden_sheet_are_left_out() -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "Cycling terms"
    sheet.append(["No.", "Term", "Meaning"])
    sheet.append([1, "Cadence", "how fast the rider turns the pedals, in turns a minute"])
    sheet.append([2, "Peloton", "the main group of riders in a road race"])
    sheet.append([3, "Domestique", "a rider who works for the team leader"])
    answers = book.create_sheet("Answers")
    answers.append(["Quiz answer", "Peloton"])
    answers.sheet_state = "hidden"
    buffer = io.BytesIO()
    book.save(buffer)
    imported = import_bytes_with_report(buffer.getvalue(), "cycling.xlsx")
    terms = {term["term"]: term["definition"] for term in imported.mapping["terms"]}
    assert terms == {
        "Cadence": "how fast the rider turns the pedals, in turns a minute",
        "Peloton": "the main group of riders in a road race",
        "Domestique": "a rider who works for the team leader",
    }
    assert [topic["title"] for topic in imported.mapping["topics"]] == ["Cycling"]
    assert imported.report.detected["hidden sheets left out"] == "'Answers'"
