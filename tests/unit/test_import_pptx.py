"""PowerPoint slides (.pptx): slide titles are topics, bullets (with their indent levels)
facts and groups, bold runs key terms, tables a fact per row, speaker notes facts of their
slide; slide numbers, footers typed on every slide, hidden slides and the title slide's subtitle
left out; zip bombs, entity bombs and broken files refused. Two decks written with python-pptx
(tests/data/import_formats/make_office_samples.py), in two subjects."""

from __future__ import annotations

import io
import re

import pytest

from knowledge.importers import DeckImportError, import_bytes_with_report
from knowledge.importers.slides import MAX_SLIDES
from knowledge.uploads import UploadedDeck, UploadRefused, read_upload
from tests.unit.asking import ask_json
from tests.unit.formats_helpers import (
    SAMPLES,
    children,
    facts,
    load,
    questions,
    quiz_sample,
    topics,
    written,
)
from tests.unit.office_zips import rewritten, with_prolog, zipped

ORCHIDS = SAMPLES / "orchids.pptx"
ANIMATION = SAMPLES / "animation.pptx"
CHROME = re.compile(r"Mrs Okafor|^\d+$|Spare slide|Extension task|Plant diversity unit|\*\*")


def test_titles_are_topics_and_bullets_keep_their_levels() -> None:
    deck = load("orchids.pptx")
    assert deck.title == "Orchids: Structure and Survival"
    assert [topic.title for topic in deck.topics] == [
        "What is an orchid?",
        "Flower structure",
        "Roots and growth habits",
        "Seeds and fungi",
        "Pollination tricks",
    ]
    groups = {fact.raw: fact.group for topic in deck.topics for fact in topic.facts}
    assert groups["The labellum is a landing platform for pollinators."] == (
        "Every orchid flower has three sepals and three petals."
    )
    terms = {term.term: term.definition for term in deck.terms}
    assert (
        terms["Epiphyte"] == "a plant that grows on another plant without taking nutrients from it."
    )


def test_a_continued_slide_carries_on_its_topic_and_notes_are_facts() -> None:
    deck = load("orchids.pptx")
    structure = facts(deck, "Flower structure")
    assert "Resupination turns the labellum so it hangs at the bottom of the flower." in structure
    assert "The column is the feature that identifies an orchid at a glance." in structure
    tricks = facts(deck, "Pollination tricks")
    assert (
        "Orchid: Bucket orchid; Trick: Traps the insect in a fluid-filled bucket; "
        "Pollinator: Euglossine bees" in tricks
    )
    assert any("found in 1903" in fact for fact in tricks)


def test_footers_slide_numbers_hidden_slides_and_the_subtitle_are_left_out() -> None:
    shown = written(load("orchids.pptx"))
    assert [line for line in shown if CHROME.search(line)] == []


def test_a_second_subject_with_text_boxes_and_groups() -> None:
    deck = load("animation.pptx")
    assert "An armature is the posable skeleton inside a puppet." in facts(deck, "Stop motion")
    assert "Claymation uses plasticine models over a wire armature." in facts(deck, "Stop motion")
    groups = {fact.raw: fact.group for topic in deck.topics for fact in topic.facts}
    assert groups["In-betweeners draw the frames between the keys."] == (
        "Key frames are drawn first by the lead animator."
    )


def test_section_slides_hold_the_slides_after_them_and_empty_slides_are_left_out() -> None:
    deck = load("animation.pptx")
    assert deck.title == "Animation"  # the first slide is a section, not the deck's title
    assert [topic.title for topic in deck.roots()] == ["Hand-made animation", "Digital animation"]
    assert children(deck, "Digital animation") == [
        "Computer animation",
        "The twelve principles",
        "The production pipeline",
    ]
    assert "Any questions?" not in written(deck)


def test_sections_are_found_where_libreoffice_lost_the_layout_names() -> None:
    """LibreOffice saves every layout as "Blank Slide" or "Title Only": a slide with only a
    title, followed by slides of notes, is still a section."""
    from pptx import Presentation

    saved = Presentation(str(ANIMATION))
    for slide in saved.slides:
        slide.slide_layout.name = "Title Only"
    buffer = io.BytesIO()
    saved.save(buffer)
    mapping = import_bytes_with_report(buffer.getvalue(), "animation.pptx").mapping
    titles = [topic["title"] for topic in mapping["topics"]]
    assert titles == ["Hand-made animation", "Digital animation"]


def test_an_upload_is_read_in_the_upload_reader_and_under_another_name() -> None:
    uploaded = read_upload("orchids.pptx", ORCHIDS.read_bytes())
    assert isinstance(uploaded, UploadedDeck) and uploaded.imported_from == "pptx"
    renamed = import_bytes_with_report(ANIMATION.read_bytes(), "animation.zip")
    assert renamed.report.name == "pptx"


def test_ask_answers_from_a_slide_and_its_notes() -> None:
    reply = ask_json("What is velamen?", ORCHIDS)
    assert reply["status"] == "answer"
    assert "spongy layer of dead cells" in reply["text"]
    reply = ask_json("What does animating on twos mean?", ANIMATION)
    assert reply["status"] == "answer"
    assert "held for two frames" in reply["text"]


def test_quiz_sample_asks_sound_questions() -> None:
    asked = questions(quiz_sample(ORCHIDS))
    assert len(asked) >= 12
    assert [question for question in asked if CHROME.search(question)] == []


def _slide_xml(data: bytes) -> bytes:
    return data.replace(b"What is an orchid?", b"&g;")


@pytest.mark.parametrize(
    ("data", "said"),
    [
        (
            rewritten(ORCHIDS, "ppt/slides/slide2.xml", lambda x: with_prolog(_slide_xml(x))),
            "declares XML entities",
        ),
        (rewritten(ORCHIDS, "ppt/slides/slide2.xml", lambda x: x[:200]), "cannot be read"),
        (
            zipped({"ppt/presentation.xml": b"<a>" + b" " * (20 * 1024 * 1024) + b"</a>"}),
            "zip bomb",
        ),
        (zipped({"ppt/presentation.xml": b"<p:presentation/>"}), "cannot be read"),
        (zipped({f"ppt/x{n}.xml": b"" for n in range(5_001)}), "more than 5,000 files"),
        (b"PK\x03\x04 not really a zip", "not a readable zip"),
    ],
)
def test_hostile_or_broken_presentations_are_refused_clearly(data: bytes, said: str) -> None:
    with pytest.raises(DeckImportError, match=said):
        import_bytes_with_report(data, "bad.pptx")
    refused = read_upload("bad.pptx", data)
    assert isinstance(refused, UploadRefused)
    assert said in refused.problems[0]


def test_a_presentation_of_too_many_slides_is_refused() -> None:
    from pptx import Presentation

    deck = Presentation()
    for _ in range(MAX_SLIDES + 1):
        deck.slides.add_slide(deck.slide_layouts[6])
    buffer = io.BytesIO()
    deck.save(buffer)
    with pytest.raises(DeckImportError, match="more than 1,000 slides"):
        import_bytes_with_report(buffer.getvalue(), "long.pptx")


def test_slides_saved_by_libreoffice_read_the_same() -> None:
    """LibreOffice writes the title slide's title as a plain title over a subtitle, not
    PowerPoint's centred title: it still names the deck, and its subtitle is still left out."""
    ours, theirs = load("orchids.pptx"), load("orchids_libreoffice.pptx")
    assert theirs.title == ours.title
    assert [topic.title for topic in theirs.topics] == [topic.title for topic in ours.topics]
    assert written(theirs)[1:] == written(ours)[1:]


def test_speaker_notes_keep_what_is_said_and_drop_what_the_presenter_is_told_to_do() -> None:
    deck = load("orchids.pptx")
    assert "Most will say Phalaenopsis, the moth orchid." in facts(deck, "What is an orchid?")
    shown = written(deck)
    directions = re.compile(r"^(Ask the class|Pass round|Stress that)")
    assert [line for line in shown if directions.search(line)] == []
    animation = written(load("animation.pptx"))
    assert [line for line in animation if "clip here" in line] == []
    report = import_bytes_with_report(ORCHIDS.read_bytes(), "orchids.pptx").report
    assert report.detected["speaker notes"].startswith("3 sentences telling the presenter")
    assert report.detected["hidden slides left out"] == "1"


@pytest.mark.parametrize(
    ("sentence", "direction"),
    [
        ("Show the Snow White (1937) clip here.", True),
        ("Ask students to sketch a flower.", True),
        ("Explain: the labellum is a modified petal.", False),
        ("Do not confuse epiphytes with parasites.", False),
        ("Showy flowers attract bees.", False),
        ("show and tell", False),
        ("The column is the feature that identifies an orchid.", False),
    ],
)
def test_a_direction_to_the_presenter_is_told_from_a_fact(sentence: str, direction: bool) -> None:
    from knowledge.importers.speaker_notes import is_direction

    assert is_direction(sentence) is direction


def test_a_smartart_diagram_is_read_node_by_node_under_its_parents() -> None:
    deck = load("animation.pptx")
    groups = {fact.raw: fact.group for fact in topics(deck)["The production pipeline"].facts}
    assert groups == {
        "A comic-strip plan of every shot.": "Storyboard",
        "The storyboard timed to the soundtrack.": "Animatic",
        "Animation": None,
        "Each frame is computed from the 3D scene.": "Rendering",
    }


def test_a_presentation_of_too_many_shapes_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    from knowledge.importers import slides

    monkeypatch.setattr(slides, "MAX_SHAPES", 20)
    with pytest.raises(DeckImportError, match="more than 20 shapes"):
        import_bytes_with_report(ORCHIDS.read_bytes(), "orchids.pptx")
