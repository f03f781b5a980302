"""Flashcards that label a list or a comparison are not key terms (round s17-quizb, a Renaissance
art card list): "Oil paint - advantages" / "1) … 2) … 3) …" was asked "What does “Northern
Renaissance - features” mean?" and "Which term means: “1) dries slowly …”?", and such labels
were offered as wrong options of real terms. A card whose back is a numbered list is now a
heading with its items; a "thing - aspect" or "A vs B" front is a line of the notes, never a
term or a wrong option. Cards written for this test (photography), not the review decks."""

from __future__ import annotations

from bot.questions import QuestionGenerator, QuestionKind
from knowledge.importers import dump_deck, import_text
from knowledge.importers.card_lists import labels_a_card, numbered_items
from knowledge.loader import parse_deck
from knowledge.model import Deck

CARDS = "\n".join(
    f"{front}\t{back}"
    for front, back in (
        ("Aperture", "The opening in the lens that lets light in, measured in f-stops"),
        ("Shutter speed", "How long the sensor is exposed to light, e.g. 1/250 s"),
        ("ISO", "How sensitive the sensor is to light; high ISO gives grainy images"),
        ("Depth of field", "The distance between the nearest and furthest sharp objects"),
        ("Rule of thirds", "Placing the subject along lines dividing the frame into nine parts"),
        ("Camera obscura", "A dark room with a small hole that projects an upside-down image"),
        ("Daguerreotype", "Early photograph on a silvered copper plate, announced in 1839"),
        ("Exposure triangle - parts", "1) aperture 2) shutter speed 3) ISO"),
        ("Developing film - steps", "1) developer 2) stop bath 3) fixer 4) wash and dry"),
        ("Film vs digital", "Film = chemical image on a negative; digital = pixels on a sensor"),
        ("Leica - importance", "Small 35 mm camera of 1925 that made street photography possible"),
        ("Bokeh", "The soft, blurred look of out-of-focus areas of a photograph"),
        ("Panning", "Moving the camera with a moving subject to blur the background"),
    )
)


def _deck() -> Deck:
    return parse_deck(dump_deck(import_text(CARDS, source_name="photo.tsv", format="tsv")), "t")


def test_a_numbered_back_is_a_list_under_its_front() -> None:
    deck = _deck()
    groups = {fact.group: [] for topic in deck.topics for fact in topic.facts if fact.group}
    for topic in deck.topics:
        for fact in topic.facts:
            if fact.group:
                groups[fact.group].append(fact.text)

    assert groups["Exposure triangle - parts"] == ["aperture", "shutter speed", "ISO"]
    assert groups["Developing film - steps"] == ["developer", "stop bath", "fixer", "wash and dry"]


def test_labels_are_neither_asked_as_terms_nor_offered_beside_them() -> None:
    deck = _deck()
    labels = ("Exposure triangle - parts", "Developing film - steps", "Film vs digital", "Leica")
    assert not [term.term for term in deck.terms if term.term.startswith(labels)]
    for seed in range(3):
        for question in QuestionGenerator(deck, seed=seed).all_candidates(
            kinds=[QuestionKind.TERM_TO_DEFINITION, QuestionKind.DEFINITION_TO_TERM]
        ):
            shown = [question.prompt, *question.options]
            assert not any(label in text for text in shown for label in labels), shown
            assert not any(text.startswith("1) ") for text in shown), shown


def test_what_counts_as_a_numbered_list_and_a_label() -> None:
    assert numbered_items("1) a b 2) c 3) d") == ["a b", "c", "d"]
    assert numbered_items("1. red 2. blue") == ["red", "blue"]
    assert numbered_items("Made in 1839. 2 plates survive") is None
    assert numbered_items("1) only one") is None
    assert numbered_items("2) b 3) c") is None
    assert labels_a_card("Oil paint - advantages")
    assert labels_a_card("Film vs digital")
    assert not labels_a_card("Anglo-Saxon")
    assert not labels_a_card("Depth of field")
