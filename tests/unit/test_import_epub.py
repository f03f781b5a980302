"""EPUB e-books (EbookLib-made test books in two subjects): chapters read in spine order, each
chapter's heading a topic and its sub-headings subtopics, tables as rows; the contents page and
cover left out; DRM-encrypted books, zip bombs, entity bombs, traversal and damaged zips refused
clearly and fast."""

from __future__ import annotations

import io
import time
import zipfile
from pathlib import Path

import pytest

from knowledge.deck_files import open_deck_file
from knowledge.importers import DeckImportError, import_bytes_with_report, import_file_with_report
from knowledge.uploads import UploadedDeck, read_upload
from tests.unit.asking import ask_json
from tests.unit.formats_helpers import ROOT, children, facts, questions, quiz_sample

BOOKS = ROOT / "tests" / "data" / "ebooks_slides"
ROMAN = BOOKS / "roman_army.epub"
RIVERS = BOOKS / "rivers_flooding.epub"


def _epub(
    parts: dict[str, str], *, opf_head: str = "", href: str = "c1.xhtml", packed: bool = False
) -> bytes:
    """A one-chapter EPUB 3 (EPUB/ folder) whose manifest names the chapter as `href`."""
    return _book(
        parts, manifest=[href], spine=[href], folder="EPUB", prolog=opf_head, packed=packed
    )


def _book(
    parts: dict[str, str],
    *,
    manifest: list[str],
    spine: list[str],
    folder: str = "OEBPS",
    prolog: str = "",
    packed: bool = False,
) -> bytes:
    """An EPUB as Calibre writes one (a folder, toc.ncx, a guide naming the cover); stored
    uncompressed unless `packed`, as a crafted file compresses too well to pass as notes."""
    items = "".join(
        f'<item id="i{n}" href="{href}" media-type="application/xhtml+xml"/>'
        for n, href in enumerate(manifest)
    )
    refs = "".join(f'<itemref idref="i{manifest.index(href)}"/>' for href in spine)
    title = "Geography &b;" if prolog else "Geography"
    opf = (
        f'<?xml version="1.0"?>{prolog}<package xmlns="http://www.idpf.org/2007/opf" '
        'version="2.0"><metadata xmlns:dc="http://purl.org/dc/elements/1.1/">'
        f"<dc:title>{title}</dc:title></metadata><manifest>{items}"
        '<item id="ncx" href="toc.ncx" media-type="application/x-dtbncx+xml"/>'
        f'</manifest><spine toc="ncx">{refs}</spine>'
        '<guide><reference type="cover" href="cover.xhtml" title="Cover"/></guide></package>'
    )
    container = (
        '<container xmlns="urn:oasis:names:tc:opendocument:xmlns:container" version="1.0">'
        f'<rootfiles><rootfile full-path="{folder}/content.opf"/></rootfiles></container>'
    )
    buffer = io.BytesIO()
    method = zipfile.ZIP_DEFLATED if packed else zipfile.ZIP_STORED
    with zipfile.ZipFile(buffer, "w", method) as archive:
        archive.writestr("mimetype", "application/epub+zip", zipfile.ZIP_STORED)
        archive.writestr("META-INF/container.xml", container)
        archive.writestr(f"{folder}/content.opf", opf)
        archive.writestr(
            f"{folder}/toc.ncx", "<ncx><navMap><navPoint>First</navPoint></navMap></ncx>"
        )
        for name, text in parts.items():
            archive.writestr(name, text)
    return buffer.getvalue()


def test_chapters_are_topics_in_spine_order_with_subheadings_below() -> None:
    deck = open_deck_file(ROMAN)
    assert deck.title == "The Roman Army: Revision Notes"
    assert [topic.title for topic in deck.roots()] == [
        "The Legion",
        "Officers and Ranks",
        "Equipment",
        "Training and Discipline",
        "Camps and Forts",
        "Auxiliaries and Retirement",
    ]
    assert children(deck, "Equipment") == ["Weapons", "Armour"]
    assert "Rank: Optio; Role: The centurion's deputy" in facts(deck, "Officers and Ranks")
    terms = {term.term: term.definition for term in deck.terms}
    assert terms["Gladius"] == "a short stabbing sword about 60 cm long."


def test_the_contents_page_is_not_read_as_facts() -> None:
    imported = import_file_with_report(RIVERS)
    assert imported.report.name == "epub"
    deck = open_deck_file(RIVERS)
    # The nav page lists every chapter title; none may come back as a fact.
    chapter_titles = {topic.title for topic in deck.roots()}
    assert all(fact.raw not in chapter_titles for topic in deck.topics for fact in topic.facts)
    assert "Traction" in str(imported.mapping) and "Table of Contents" not in str(imported.mapping)


def test_spine_order_not_manifest_order_and_cover_left_out() -> None:
    book = _book(
        {
            "OEBPS/b.xhtml": "<html><body><h1>Second</h1><p>Rivers erode their beds.</p></body></html>",
            "OEBPS/a.xhtml": "<html><body><h1>First</h1><p>Rain falls on hills.</p></body></html>",
            "OEBPS/cover.xhtml": "<html><body><h1>My Notes</h1><p>By Sam</p></body></html>",
        },
        manifest=["a.xhtml", "b.xhtml", "cover.xhtml"],
        spine=["cover.xhtml", "b.xhtml", "a.xhtml"],
    )
    topics = import_bytes_with_report(book, "notes.epub").mapping["topics"]
    assert isinstance(topics, list)
    assert [topic["title"] for topic in topics] == ["Second", "First"]
    assert "By Sam" not in str(topics)


def test_an_epub_under_another_name_or_uploaded_is_read(tmp_path: Path) -> None:
    path = tmp_path / "rivers.zip"
    path.write_bytes(RIVERS.read_bytes())
    assert import_file_with_report(path).report.name == "epub"
    uploaded = read_upload("roman_army.epub", ROMAN.read_bytes())
    assert isinstance(uploaded, UploadedDeck) and uploaded.imported_from == "epub"


def test_ask_answers_from_a_chapter() -> None:
    reply = ask_json("What was a contubernium?", ROMAN)
    assert reply["status"] == "answer"
    assert "8 men" in reply["text"]
    reply = ask_json("What is lag time?", RIVERS)
    assert "peak rainfall" in reply["text"]


def test_quiz_sample_asks_about_the_book_not_its_contents_page() -> None:
    asked = questions(quiz_sample(RIVERS))
    assert len(asked) >= 12
    assert [question for question in asked if "Table of Contents" in question] == []


_ENCRYPTION = (
    '<encryption xmlns="urn:oasis:names:tc:opendocument:xmlns:container" '
    'xmlns:enc="http://www.w3.org/2001/04/xmlenc#"><enc:EncryptedData><enc:CipherData>'
    '<enc:CipherReference URI="{}"/></enc:CipherData></enc:EncryptedData></encryption>'
)
_CHAPTER = "<html><body><h1>Floods</h1><p>Levees are raised banks.</p></body></html>"
_LAUGHS = '<!DOCTYPE p [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>'


@pytest.mark.parametrize(
    ("data", "said"),
    [
        (
            _epub(
                {
                    "EPUB/c1.xhtml": _CHAPTER,
                    "META-INF/encryption.xml": _ENCRYPTION.format("EPUB/c1.xhtml"),
                }
            ),
            "DRM-protected",
        ),
        (_epub({"EPUB/c1.xhtml": "<p>" + " " * 120_000_000 + "</p>"}, packed=True), "refused"),
        (_epub({"EPUB/c1.xhtml": _CHAPTER}, opf_head=_LAUGHS), "declares XML entities"),
        (_epub({"EPUB/c1.xhtml": _CHAPTER}, href="../../etc/passwd"), "not in the zip"),
        (_epub({"EPUB/c1.xhtml": _CHAPTER})[:300], "not a readable zip"),
        (_epub({"EPUB/c1.xhtml": "<html><body></body></html>"}), "no notes"),
    ],
)
def test_hostile_or_broken_books_are_refused_clearly_and_fast(data: bytes, said: str) -> None:
    started = time.process_time()
    with pytest.raises(DeckImportError, match=said):
        import_bytes_with_report(data, "bad.epub")
    assert time.process_time() - started < 1.0


def test_obfuscated_fonts_alone_are_not_drm() -> None:
    book = _epub(
        {
            "EPUB/c1.xhtml": _CHAPTER,
            "EPUB/font.otf": "font",
            "META-INF/encryption.xml": _ENCRYPTION.format("EPUB/font.otf"),
        }
    )
    assert "Levees are raised banks." in str(import_bytes_with_report(book, "f.epub").mapping)
