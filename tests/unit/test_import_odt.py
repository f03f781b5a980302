"""OpenDocument texts (.odt, LibreOffice): the Title paragraph, outline-level headings, nested
lists, bold spans and tables kept as structure; footnotes, comments, tracked deletions, frames and
the table of contents dropped; zip bombs, entity bombs and damaged files refused. Documents written
here, in two subjects."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import pytest

from knowledge.importers import DeckImportError, import_bytes_with_report, import_file_with_report
from knowledge.uploads import UploadedDeck, read_upload
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

GLASS = SAMPLES / "glassblowing.odt"
NOISE = re.compile(r"Studio rules|Ferreira|check temperatures|old sentence|Contents|Pictures|\*\*")

_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"'
)


def _odt(body: str, *, prolog: str = "", styles: str = "", stored: bool = False) -> bytes:
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?>{prolog}<office:document-content {_NS}>'
        f"<office:automatic-styles>{styles}</office:automatic-styles>"
        f"<office:body><office:text>{body}</office:text></office:body></office:document-content>"
    )
    buffer = io.BytesIO()
    method = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
    with zipfile.ZipFile(buffer, "w", method) as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", content)
    return buffer.getvalue()


# Second subject: a short document about semaphore signalling, with no Title paragraph.
SEMAPHORE = _odt(
    '<text:h text:outline-level="1">Flag semaphore</text:h>'
    "<text:p>Semaphore sends letters by the positions of two hand-held flags.</text:p>"
    "<text:list><text:list-item><text:p>Each letter is a different pair of arm angles.</text:p>"
    "<text:list><text:list-item><text:p>The letter A is the right arm low, at about 45 degrees."
    "</text:p></text:list-item></text:list></text:list-item></text:list>"
    '<text:h text:outline-level="1">Uses</text:h>'
    '<text:p>Ships used it <text:span text:style-name="B">within sight</text:span> of each other.'
    "</text:p>",
    styles='<style:style style:name="B" style:family="text">'
    '<style:text-properties fo:font-weight="bold"/></style:style>',
)


def test_headings_lists_and_tables_keep_their_structure() -> None:
    deck = load("glassblowing.odt")
    assert deck.title == "Glassblowing: Studio Notes"
    roots = [topic.title for topic in deck.roots()]
    assert roots[1:] == ["Materials", "The hot shop", "Making a vessel", "Safety", "History"]
    assert children(deck, "Materials") == ["Borosilicate glass"]
    groups = {fact.raw: fact.group for topic in deck.topics for fact in topic.facts}
    assert groups["Gold chloride gives ruby red."] == (
        "Colour comes from metal oxides added to the batch."
    )
    assert (
        "Equipment: Annealer; Temperature: about 480 °C; Use: cools finished pieces slowly"
        in facts(deck, "The hot shop")
    )
    terms = {term.term: term.definition for term in deck.terms}
    assert terms["Silica"] == "the main ingredient, which forms the glass network"
    # "text:s" spaces between sentences are spaces, not lost words.
    assert "Thick pieces need longer in the annealer." in facts(deck, "Annealing")


def test_notes_comments_changes_and_frames_are_dropped() -> None:
    shown = written(load("glassblowing.odt"))
    assert [line for line in shown if NOISE.search(line)] == []
    assert import_file_with_report(GLASS).report.name == "odt"


def test_a_second_subject_reads_the_same_way() -> None:
    imported = import_bytes_with_report(SEMAPHORE, "semaphore.odt")
    shown = str(imported.mapping)
    assert "The letter A is the right arm low, at about 45 degrees." in shown
    topics = imported.mapping["topics"]
    assert isinstance(topics, list)
    assert [topic["title"] for topic in topics] == ["Flag semaphore", "Uses"]


def test_an_odt_under_another_name_or_uploaded_is_read(tmp_path: Path) -> None:
    path = tmp_path / "semaphore.zip"
    path.write_bytes(SEMAPHORE)
    assert import_file_with_report(path).report.name == "odt"
    uploaded = read_upload("glassblowing.odt", GLASS.read_bytes())
    assert isinstance(uploaded, UploadedDeck) and uploaded.imported_from == "odt"


def test_ask_answers_from_a_nested_line() -> None:
    reply = ask_json("What colour does gold chloride give glass?", GLASS)
    assert reply["status"] == "answer"
    assert "ruby red" in reply["text"]


def test_quiz_sample_asks_sound_questions() -> None:
    asked = questions(quiz_sample(GLASS))
    assert len(asked) >= 12
    assert [question for question in asked if NOISE.search(question)] == []


def _zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("data", "said"),
    [
        (
            _odt(
                "<text:p>&a;</text:p>",
                prolog='<!DOCTYPE office:document-content [<!ENTITY a "aaaaaaaaaa">]>',
            ),
            "declares entities",
        ),
        (
            _zip({"mimetype": b"application/vnd.oasis.opendocument.text", "content.xml": b"<x"}),
            "XML is broken",
        ),
        (_zip({"mimetype": b"application/vnd.oasis.opendocument.text"}), "holds no content.xml"),
        (
            _zip(
                {
                    "mimetype": b"application/vnd.oasis.opendocument.text",
                    "content.xml": b"<a>" + b" " * (20 * 1024 * 1024) + b"</a>",
                }
            ),
            "zip bomb",
        ),
        (b"PK\x03\x04application/vnd.oasis.opendocument.text broken", "not a readable zip"),
        (_odt(""), "no notes"),
    ],
)
def test_hostile_or_broken_documents_are_refused_clearly(data: bytes, said: str) -> None:
    with pytest.raises(DeckImportError, match=said):
        import_bytes_with_report(data, "bad.odt")


def test_absurd_nesting_is_bounded() -> None:
    depth = 5_000
    nested = "<text:list><text:list-item><text:p>deep</text:p>" * depth
    nested += "</text:list-item></text:list>" * depth
    data = _odt('<text:h text:outline-level="1">Deep</text:h>' + nested, stored=True)
    imported = import_bytes_with_report(data, "deep.odt")
    assert "deep" in str(imported.mapping)
