"""Word documents (.docx): heading styles as the topic tree, the Title style as the deck title,
bullet and numbered list paragraphs (with their levels) as nested lists, bold runs as key terms and
tables as a fact per row; broken and hostile archives refused with a clear message. Documents made
here with python-docx, as Word saves them, in history and chemistry."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
import pytest

from knowledge.importers import DeckImportError, import_bytes_with_report, import_file_with_report
from knowledge.model import Deck, Topic
from knowledge.uploads import UploadedDeck, UploadRefused, read_upload
from tests.unit.asking import ask_json


def _cold_war() -> bytes:
    document = docx.Document()
    document.add_paragraph("The Cold War, 1945-1991", style="Title")
    document.add_heading("Origins", level=1)
    term = document.add_paragraph()
    term.add_run("Iron Curtain").bold = True
    term.add_run(": the line dividing Europe after 1946, named by Churchill.")
    document.add_paragraph("Reasons for distrust:")
    document.add_paragraph("the Soviet Union lost about 20 million people", style="List Bullet")
    document.add_paragraph("Stalin wanted a buffer zone", style="List Bullet")
    document.add_paragraph("in Eastern Europe, against invasion", style="List Bullet 2")
    document.add_heading("Crises", level=1)
    document.add_heading("Berlin Blockade", level=2)
    document.add_paragraph("Stalin cut the links to West Berlin in June 1948.")
    table = document.add_table(rows=3, cols=2)
    rows = [("Event", "Year"), ("Berlin Airlift", "1948-49"), ("Cuban Missile Crisis", "1962")]
    for index, (event, year) in enumerate(rows):
        table.cell(index, 0).text = event
        table.cell(index, 1).text = year
    return _saved(document)


def _chemistry() -> bytes:
    document = docx.Document()
    document.add_heading("Rates of reaction", level=2)  # a handout whose headings start at 2
    document.add_paragraph("Factors that increase the rate:")
    for factor in ("higher temperature", "greater surface area", "adding a catalyst"):
        document.add_paragraph(factor, style="List Number")
    document.add_heading("Catalysts", level=3)
    line = document.add_paragraph()
    line.add_run("Catalyst").bold = True
    line.add_run(": a substance that speeds up a reaction without being used up.")
    return _saved(document)


def _saved(document: object) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)  # type: ignore[attr-defined]
    return buffer.getvalue()


def _deck(data: bytes, name: str) -> Deck:
    uploaded = read_upload(name, data)
    assert isinstance(uploaded, UploadedDeck), uploaded
    return uploaded.deck


def _topics(deck: Deck) -> dict[str, Topic]:
    return {topic.title: topic for topic in deck.topics}


def test_styles_make_the_title_and_the_topic_tree() -> None:
    deck = _deck(_cold_war(), "coldwar.docx")
    assert deck.title == "The Cold War, 1945-1991"
    assert [topic.title for topic in deck.roots()] == ["Origins", "Crises"]
    assert [t.title for t in deck.children(_topics(deck)["Crises"].id)] == ["Berlin Blockade"]
    chemistry = _deck(_chemistry(), "rates.docx")
    assert chemistry.title == "Rates of reaction"
    assert "Catalysts" in _topics(chemistry)


def test_lists_lead_ins_bold_terms_and_tables() -> None:
    deck = _deck(_cold_war(), "coldwar.docx")
    terms = {term.term: term.definition for term in deck.terms}
    assert terms["Iron Curtain"] == "the line dividing Europe after 1946, named by Churchill."
    origins = _topics(deck)["Origins"].facts
    assert [f.raw for f in origins if f.group == "Reasons for distrust"] == [
        "the Soviet Union lost about 20 million people",
        "Stalin wanted a buffer zone",
        "in Eastern Europe, against invasion",
    ]
    blockade = [fact.raw for fact in _topics(deck)["Berlin Blockade"].facts]
    assert "Event: Cuban Missile Crisis; Year: 1962" in blockade
    chemistry = _deck(_chemistry(), "rates.docx")
    rates = _topics(chemistry)["Rates of reaction"].facts
    assert [f.raw for f in rates if f.group] == [
        "higher temperature",
        "greater surface area",
        "adding a catalyst",
    ]
    assert {term.term for term in chemistry.terms} == {"Catalyst"}


def test_a_word_document_under_another_name_is_still_read() -> None:
    report = import_bytes_with_report(_chemistry(), "rates.txt").report
    assert report.name == "docx"
    assert report.format == "Word document"


def _zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (b"not a zip at all, just text", "not a readable zip"),
        (_zip({"word/document.xml": b"\0" * (80 * 1024 * 1024)}), "over 64 MiB"),
        (_zip({"word/document.xml": b" " * (20 * 1024 * 1024)}), "zip bomb"),
        (_zip({f"word/media/{n}.png": b"x" for n in range(6_000)}), "more than 5,000 files"),
        (_zip({"notes.txt": b"hello"}), "holds no word/document.xml"),
        (_zip({"word/document.xml": b"<w:document"}), "cannot be read"),
    ],
    ids=["text", "huge", "bomb", "members", "no-document", "broken-xml"],
)
def test_hostile_or_broken_documents_get_a_clear_error(data: bytes, problem: str) -> None:
    with pytest.raises(DeckImportError, match=problem):
        import_bytes_with_report(data, "notes.docx")
    refused = read_upload("notes.docx", data)
    assert isinstance(refused, UploadRefused)
    assert problem in refused.problems[0]


def test_an_entity_bomb_in_the_document_is_not_expanded() -> None:
    good = zipfile.ZipFile(io.BytesIO(_chemistry()))
    members = {info.filename: good.read(info) for info in good.infolist()}
    # "Billion laughs": ten levels of ten references each, 10^9 "lol"s if expanded.
    entities = '<!ENTITY e0 "lol">' + "".join(
        f'<!ENTITY e{n} "' + f"&e{n - 1};" * 10 + '">' for n in range(1, 10)
    )
    head, _, rest = members["word/document.xml"].decode("utf-8").partition("?>")
    members["word/document.xml"] = (
        f"{head}?><!DOCTYPE w:document [{entities}]>" + rest.replace("Catalysts", "&e9;", 1)
    ).encode("utf-8")
    result = read_upload("bomb.docx", _zip(members))
    assert isinstance(result, UploadedDeck | UploadRefused)
    assert "lol" * 1000 not in str(result)


def test_a_folder_with_a_word_document_is_a_deck_and_ask_answers_from_it(tmp_path: Path) -> None:
    (tmp_path / "coldwar.docx").write_bytes(_cold_war())
    (tmp_path / "rates.docx").write_bytes(_chemistry())
    folder = import_file_with_report(tmp_path)
    assert "Word document" in folder.report.format
    reply = ask_json("what is a catalyst", tmp_path)
    assert reply["status"] == "answer"
    assert "speeds up a reaction" in reply["text"]
