"""PDF handouts: the text layer read into lines, wrapped lines joined, headings told by their
font size, page numbers and running headers and footers left out, then read as typed notes; a
scan, a PDF locked with a password, a broken file, too many pages or too much drawing work get a
clear refusal. Three PDFs written with fpdf2 (tests/data/import_formats/make_office_samples.py),
in three subjects, and hostile ones made here with pypdf and fpdf2."""

from __future__ import annotations

import io
import re

import pytest
from fpdf import FPDF
from pypdf import PdfReader, PdfWriter
from pypdf.generic import (
    ArrayObject,
    DecodedStreamObject,
    DictionaryObject,
    NameObject,
    NumberObject,
)

from knowledge.importers import DeckImportError, import_bytes_with_report, pdf
from knowledge.uploads import UploadedDeck, UploadRefused, read_upload
from tests.unit.asking import ask_json
from tests.unit.formats_helpers import SAMPLES, facts, load, questions, quiz_sample, written

BICYCLE = SAMPLES / "bicycle_history.pdf"
GUIDE = SAMPLES / "animation_guide.pdf"
CHROME = re.compile(r"^Page \d|study guide|^\d+$")


def test_headings_by_font_size_are_topics_and_wrapped_lines_are_joined() -> None:
    deck = load("bicycle_history.pdf")
    assert deck.title == "A Short History of the Bicycle"
    assert [topic.title for topic in deck.topics] == [
        "Running machines",
        "Pedals and velocipedes",
        "The high wheeler",
        "The safety bicycle",
    ]
    # a paragraph wrapped at the page's width is one line again
    assert (
        "Drais built it partly because a volcanic eruption in 1815 had caused crop failures and "
        "horses were expensive to feed." in facts(deck, "Running machines")
    )
    # a page break between two sections keeps them apart
    assert facts(deck, "The high wheeler")[0].startswith("The penny-farthing of the 1870s")


def test_page_numbers_and_running_headers_are_left_out() -> None:
    for name in ("bicycle_history.pdf", "animation_guide.pdf"):
        shown = written(load(name))
        assert [line for line in shown if CHROME.search(line)] == [], name
    guide = load("animation_guide.pdf")
    assert guide.title == "Animation Techniques"
    assert [topic.title for topic in guide.topics] == [
        "Hand-drawn animation",
        "Stop-motion animation",
        "Digital animation",
    ]
    assert any("Lotte Reiniger" in fact for fact in facts(guide, "Stop-motion animation"))


def test_a_plain_care_sheet_is_read_as_typed_notes() -> None:
    deck = load("orchid_care.pdf")
    assert deck.title == "Caring for a Moth Orchid"
    assert [topic.title for topic in deck.topics] == ["Light", "Watering", "Repotting"]
    assert "Use a bark-based orchid compost, never garden soil." in facts(deck, "Repotting")


def test_an_upload_is_read_and_ask_answers_from_it() -> None:
    uploaded = read_upload("bicycle_history.pdf", BICYCLE.read_bytes())
    assert isinstance(uploaded, UploadedDeck) and uploaded.imported_from == "pdf"
    assert import_bytes_with_report(GUIDE.read_bytes(), "guide").report.name == "pdf"
    reply = ask_json("Who invented the pneumatic tyre?", BICYCLE)
    assert reply["status"] == "answer"
    assert "Dunlop" in reply["text"]


def test_quiz_sample_asks_sound_questions() -> None:
    asked = questions(quiz_sample(BICYCLE, n=10))
    assert len(asked) >= 8
    assert [question for question in asked if CHROME.search(question)] == []


def _scan() -> bytes:
    """A page with only a drawing on it, as a scanner's PDF has only a picture."""
    document = FPDF()
    document.add_page()
    document.rect(20, 20, 100, 150, style="F")
    return bytes(document.output())


def _locked(user_password: str, algorithm: str = "RC4-128") -> bytes:
    writer = PdfWriter(clone_from=PdfReader(BICYCLE))
    writer.encrypt(user_password=user_password, owner_password="owner", algorithm=algorithm)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def _pages(count: int) -> bytes:
    writer = PdfWriter()
    for _ in range(count):
        writer.add_blank_page(200, 200)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def _drawn(content: bytes, *, glyph_names: bool = False) -> bytes:
    """A page whose content stream is `content`, compressed, with a font to draw text in (one
    whose codes map to made-up glyph names, with no Unicode, when `glyph_names`)."""
    writer = PdfWriter()
    page = writer.add_blank_page(612, 792)
    stream = DecodedStreamObject()
    stream.set_data(content)
    page[NameObject("/Contents")] = writer._add_object(stream.flate_encode(level=9))
    font = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Font"),
            NameObject("/Subtype"): NameObject("/Type1"),
            NameObject("/BaseFont"): NameObject("/Helvetica"),
        }
    )
    if glyph_names:
        names = [NameObject(f"/g{code}") for code in range(60)]
        differences = ArrayObject([NumberObject(65), *names])
        font[NameObject("/Encoding")] = DictionaryObject({NameObject("/Differences"): differences})
    fonts = DictionaryObject({NameObject("/F1"): writer._add_object(font)})
    page[NameObject("/Resources")] = DictionaryObject({NameObject("/Font"): fonts})
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


TEXT = (
    b"BT /F1 12 Tf 72 700 Td (Orchid flowers) Tj ET\n"
    b"BT /F1 12 Tf 72 680 Td (- Orchids have a column.) Tj ET\n"
)


def test_a_drawn_page_is_read() -> None:
    mapping = import_bytes_with_report(_drawn(TEXT), "a.pdf").mapping
    assert mapping["deck"]["title"] == "Orchid flowers"
    assert "Orchids have a column." in str(mapping["topics"])


@pytest.mark.parametrize("algorithm", ["RC4-128", "AES-128", "AES-256"])
def test_a_pdf_locked_for_editing_only_is_read(algorithm: str) -> None:
    imported = import_bytes_with_report(_locked("", algorithm), "permissions.pdf")
    assert "Karl Drais" in str(imported.mapping)


@pytest.mark.parametrize(
    ("data", "said"),
    [
        (_scan(), "this PDF has no text: it is a scan"),
        (_pages(3), "this PDF has no text: it is a scan"),
        (_locked("secret"), "locked with a password"),
        (_locked("secret", "AES-256"), "locked with a password"),
        (BICYCLE.read_bytes()[:600], "damaged"),
        (b"%PDF-1.7\n" + bytes(range(256)) * 40, "damaged"),
        (_pages(pdf.MAX_PDF_PAGES + 1), "has 301 pages"),
        # a stream that inflates past pypdf's limit (a few KiB to 20 MB), arrays nested deep
        (_drawn(TEXT + b" " * 20_000_000), "cannot be read: page 1 could not be read"),
        (_drawn(b"BT /F1 12 Tf " + b"[" * 50_000 + b"]" * 50_000 + b" TJ ET"), "nested too deeply"),
        (
            _drawn(b"BT /F1 12 Tf 72 700 Td (ABCDEF GHI JKL) Tj ET", glyph_names=True),
            "its fonts do not say which letters they draw",
        ),
    ],
)
def test_scans_locked_broken_and_huge_pdfs_are_refused_clearly(data: bytes, said: str) -> None:
    with pytest.raises(DeckImportError, match=said):
        import_bytes_with_report(data, "handout.pdf")
    refused = read_upload("handout.pdf", data)
    assert isinstance(refused, UploadRefused)
    assert said in refused.problems[0]


def test_pages_drawn_with_too_many_operations_are_refused(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    document = FPDF()
    document.set_font("Helvetica", size=8)
    for _ in range(3):
        document.add_page()
        for row in range(40):
            document.text(10, 10 + row * 6, "stroke " * 12)
    data = bytes(document.output())
    monkeypatch.setattr(pdf, "MAX_PDF_OPERATIONS", 300)
    with pytest.raises(DeckImportError, match="too much work"):
        import_bytes_with_report(data, "dense.pdf")


def test_a_word_handout_printed_by_libreoffice_keeps_its_headings_and_bullets() -> None:
    deck = load("bicycle_design.pdf")
    assert deck.title == "How the Bicycle Changed"
    assert [topic.title for topic in deck.topics] == [
        "Materials and frames",
        "Bicycles and society",
        "Racing",
    ]
    materials = deck.topics[0].facts
    # Symbol-font bullets (a Private Use Area character in the text layer) are bullets, and a
    # bullet wrapped onto a second line is one fact
    groups = {fact.raw: fact.group for fact in materials}
    assert groups["Ball bearings reduced friction at the hubs and pedals."] == "Key developments"
    assert (
        "The tension-spoked wheel, patented by William Stanley Hillman and James Starley in 1874, "
        "made wheels light and strong." in groups
    )
    shown = written(deck)
    assert [line for line in shown if "Design & Technology" in line or "\uf0b7" in line] == []


def test_slides_exported_as_pdf_read_a_topic_per_slide() -> None:
    deck = load("animation_slides.pdf")
    assert [topic.title for topic in deck.topics] == [
        "Traditional animation",
        "Stop motion",
        "Computer animation",
        "The twelve principles",
    ]
    groups = {fact.raw: fact.group for topic in deck.topics for fact in topic.facts}
    assert groups["In-betweeners draw the frames between the keys."] == (
        "Key frames are drawn first by the lead animator."
    )


def test_tables_are_read_a_row_at_a_time_whatever_order_pypdf_gives_their_pieces() -> None:
    """pypdf reads a slide's table cell by cell ("Bee orchid The lip looks like a female" /
    "bee" / "Male solitary bees"): each piece goes to its column and row again."""
    slides = load("orchids_slides.pdf")
    assert facts(slides, "Pollination tricks") == [
        "Orchid: Bee orchid; Trick: The lip looks like a female bee; Pollinator: Male solitary bees",
        "Orchid: Bucket orchid; Trick: Traps the insect in a fluid-filled bucket; "
        "Pollinator: Euglossine bees",
        "Orchid: Darwin's orchid; Trick: Nectar at the end of a 30 cm spur; "
        "Pollinator: A hawk moth with a long tongue",
    ]
    handout = load("bicycle_design.pdf")
    parts = [fact for fact in handout.topics[1].facts if fact.group == "Parts of a bicycle"]
    assert [fact.raw for fact in parts] == [
        "Part: Derailleur; What it does: moves the chain from one sprocket to another to change gear",
        "Part: Bottom bracket; What it does: the bearing that lets the crank arms and pedals turn",
        "Part: Fork; What it does: holds the front wheel and turns with the handlebars to steer",
    ]
    # the paragraph after the table is no row of it
    assert facts(handout, "Racing")[0].startswith("The first Tour de France was held in 1903")


def test_a_numbered_heading_atop_every_page_is_a_heading_not_a_running_header() -> None:
    document = FPDF()
    for number, (name, fact) in enumerate(
        [
            ("Wheels", "Wire spokes hold the rim in tension."),
            ("Brakes", "Rim brakes squeeze the rim with rubber pads."),
            ("Gears", "A derailleur moves the chain between sprockets."),
        ],
        1,
    ):
        document.add_page()
        document.set_font("Helvetica", "B", 16)
        document.cell(0, 10, f"Week {number}", new_x="LMARGIN", new_y="NEXT")
        document.set_font("Helvetica", size=11)
        document.multi_cell(0, 6, f"- {name}: {fact}", new_x="LMARGIN", new_y="NEXT")
        document.set_font("Helvetica", size=9)
        document.cell(0, 6, f"Bicycle maintenance - lesson {number}", new_x="LMARGIN")
    mapping = import_bytes_with_report(bytes(document.output()), "lessons.pdf").mapping
    # "Week 1", "Week 2" … differ only in their number, as a running header does, but are set
    # as headings: they stay
    assert [topic["title"] for topic in mapping["topics"]] == ["Week 1", "Week 2", "Week 3"]
    assert "maintenance" not in str(mapping["topics"])
