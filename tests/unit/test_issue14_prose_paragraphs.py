"""A teacher's handout saved as plain text, each paragraph one long line under a short heading
line, is read as the sentences it holds (issue 14, yield): each paragraph used to stay one fact
of four or five sentences that no question could be made from, so such a handout gave a single
question (the handout's number). Notes written for these tests (geology of the Moon, a made-up
handout), not the review decks."""

from __future__ import annotations

from bot.questions import QuestionGenerator
from knowledge.importers import dump_deck, import_text
from knowledge.loader import parse_deck
from knowledge.model import Deck

_ORIGIN = (
    "The most widely accepted explanation is the giant impact hypothesis.",
    "A body about the size of Mars, called Theia, struck the young Earth about 4.5 billion years ago.",
    "Debris thrown into orbit gathered together to form the Moon.",
    "Samples brought back by the Apollo astronauts showed that Moon rocks closely match rocks from"
    " the Earth's mantle.",
)
_SURFACE = (
    "The dark plains that can be seen with the naked eye are called maria, which is Latin for seas.",
    "They formed when basalt lava flooded huge impact basins more than three billion years ago.",
    "The brighter highlands are older and are covered in craters.",
    "Because the Moon has no atmosphere, meteorites are not burnt up before they reach the surface.",
)
# Each paragraph is one line, as a word processor saves it.
HANDOUT = f"""The Moon: Origins and Surface
Astronomy GCSE - handout 2 (bring it to Monday's lesson)

Where did the Moon come from?

{" ".join(_ORIGIN)}

The surface

{" ".join(_SURFACE)}
"""


def _deck(text: str) -> Deck:
    return parse_deck(dump_deck(import_text(text, source_name="n.txt", format="outline")), "t")


def test_each_sentence_of_a_one_line_paragraph_is_a_fact_under_its_heading() -> None:
    deck = _deck(HANDOUT)
    facts = {topic.title: [fact.text for fact in topic.facts] for topic in deck.topics}

    assert facts["The surface"] == list(_SURFACE)
    assert "Where did the Moon come from?" in facts
    assert (
        "A body about the size of Mars, called Theia, struck the young Earth about 4.5 billion"
        " years ago." in facts["Where did the Moon come from?"]
    )


def test_a_handout_of_paragraphs_is_asked_about_its_sentences() -> None:
    questions = QuestionGenerator(_deck(HANDOUT), seed=1).all_candidates()
    asked = {question.source_fact for question in questions}

    # Before, the paragraph was one fact and only the handout's number was asked.
    assert (
        "A body about the size of Mars, called Theia, struck the young Earth about 4.5 billion"
        " years ago." in asked
    )
    assert not any("handout" in fact for fact in asked)
    for fact in asked:
        assert ". " not in fact.rstrip("."), fact


def test_short_lines_and_bulleted_lines_with_stops_are_not_cut() -> None:
    notes = """Revision list

Mitosis. Meiosis.

- Osmosis moves water across a membrane. It needs no energy from the cell at all, unlike the
  active transport of mineral ions into root hair cells against a gradient.
"""
    facts = [fact.text for topic in _deck(notes).topics for fact in topic.facts]

    assert "Mitosis. Meiosis." in facts
    assert not any(fact == "It needs no energy from the cell at all." for fact in facts)
