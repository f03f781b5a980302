"""A "which topic" question on a deck with subtopics never offers the fact's own ancestors or descendants."""

from __future__ import annotations

from bot.questions import QuestionGenerator, QuestionKind
from knowledge.loader import parse_deck

COASTS = """
deck:
  id: coasts
  title: Coastal landscapes
topics:
  - id: erosion
    title: Landforms of erosion
    facts:
      - Erosion is fastest where the coast faces the prevailing winds across a long fetch
    subtopics:
      - id: headlands
        title: Headlands and bays
        facts:
          - Bands of hard and soft rock meet the coast at right angles on a discordant coastline
      - id: swanage
        title: "Case study: Swanage Bay"
        facts:
          - Studland is made of softer sands and clays that wear back into a wide curve
          - Old Harry is a chalk stack at the end of the Foreland headland in Dorset
      - id: flamborough
        title: "Case study: Flamborough Head"
        facts:
          - Chalk cliffs in Yorkshire are cut into caves, arches and stacks by the North Sea
  - id: management
    title: Coastal management
    facts:
      - Groynes trap sediment moving along the shore and widen the beach behind them
    subtopics:
      - id: lyme
        title: "Case study: Lyme Regis"
        facts:
          - Rock armour and a new sea wall protect four hundred and eighty homes there
  - id: deposition
    title: Landforms of deposition
    facts:
      - Spits form where longshore drift carries sand past a bend in the coastline
  - id: weathering
    title: Weathering
    facts:
      - Freeze thaw weathering widens cracks when trapped water freezes and expands overnight
  - id: sea-level
    title: Sea level change
    facts:
      - Rising seas after the last ice age drowned river valleys to form rias in Cornwall
"""


def test_which_topic_options_leave_out_the_facts_lineage() -> None:
    deck = parse_deck(COASTS, "coasts")
    questions = QuestionGenerator(deck).all_candidates(kinds={QuestionKind.WHICH_TOPIC})
    assert questions, "the deck should give which-topic questions"
    for question in questions:
        assert question.topic_id is not None
        lineage = {t.title for t in deck.path(question.topic_id)}
        lineage |= {deck.topic(t).title for t in deck.subtree(question.topic_id) if deck.topic(t)}
        wrong = set(question.options) - set(question.answers)
        assert not wrong & lineage, (question.prompt, question.options)


def test_daily_questions_come_from_subtopics_too() -> None:
    """The daily question is drawn from every topic of a tree, subtopics included, and carries the
    subtopic's id (so its answers count under the subtopic in /progress and /report)."""
    from bot.daily._decks import _build

    deck = parse_deck(COASTS, "coasts")
    pool = _build(deck, None)
    topics = {question.topic_id for question in pool.questions}
    subtopics = {topic.id for topic in deck.topics if deck.parent(topic.id) is not None}
    assert topics & subtopics, topics
    assert topics <= {topic.id for topic in deck.topics}
