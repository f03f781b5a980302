"""A lesson's title slide names the deck, however it reaches us: a PowerPoint Title Slide, a first
slide laid out by hand (the title typed in a text box), or the same slides exported as a PDF.
Before, a slide PDF's cover was read as a topic of its own holding only its subtitle, and the deck
was named after the file ("Perfume slides"). Slides of our own: perfume making and fossils."""

from __future__ import annotations

import pytest
from fpdf import FPDF

from knowledge.importers import import_bytes_with_report
from tests.unit.formats_helpers import load, written

DECKS = [
    ("perfume.pptx", "The Art of Perfume Making", "Raw materials", "Y10 Chemistry club"),
    ("perfume_slides.pdf", "The Art of Perfume Making", "Raw materials", "Y10 Chemistry club"),
    ("fossils.pptx", "Dinosaurs and Fossils", "How fossils form", "Year 8 Science"),
    ("fossils_slides.pdf", "Dinosaurs and Fossils", "How fossils form", "Year 8 Science"),
]


@pytest.mark.parametrize(("name", "title", "first", "subtitle"), DECKS, ids=[d[0] for d in DECKS])
def test_the_title_slide_names_the_deck_and_is_no_topic(
    name: str, title: str, first: str, subtitle: str
) -> None:
    deck = load(name)
    assert deck.title == title
    assert deck.topics[0].title == first
    assert title not in [topic.title for topic in deck.topics]
    assert not [line for line in written(deck) if subtitle in line]  # as a title slide's subtitle


def test_a_first_page_of_notes_is_no_cover() -> None:
    """A handout whose first page starts with a heading over a short note is read as before."""
    document = FPDF()
    for heading, note in [
        ("Perfume families", "Floral scents are built around rose and jasmine."),
        ("Fixatives", "A fixative slows evaporation: benzoin, labdanum, musk."),
    ]:
        document.add_page()
        document.set_font("Helvetica", "B", 18)
        document.cell(0, 10, heading, new_x="LMARGIN", new_y="NEXT")
        document.set_font("Helvetica", size=11)
        document.cell(0, 6, note, new_x="LMARGIN", new_y="NEXT")
    mapping = import_bytes_with_report(bytes(document.output()), "scents.pdf").mapping
    topics = mapping["topics"]
    assert isinstance(topics, list)
    assert [topic["title"] for topic in topics] == ["Perfume families", "Fixatives"]
    assert topics[0]["facts"] == ["Floral scents are built around rose and jasmine."]
