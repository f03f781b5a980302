"""A name that opens a line is asked like a name anywhere else (issue 14, yield): a line's first
capital was taken for the sentence's, so "Telford was the engineer of the Menai bridge" had no blank unless the
notes also wrote "Telford" in mid-sentence. A first word English does not know (simplemma's
dictionary) and the notes never write in lower case is a name; an English word, one with a
prefix ("Unstable"), or a word the notes also write in lower case stays unasked. Notes written
for these tests (engineering history, chemistry), not the review decks."""

from __future__ import annotations

from bot.questions import QuestionGenerator, QuestionKind
from bot.questions._context import DeckContext
from knowledge.importers import dump_deck, import_text
from knowledge.loader import parse_deck
from knowledge.model import Deck

NOTES = """BRIDGES AND CANALS

1. ENGINEERS
  - Telford was the engineer of the Menai suspension bridge
  - Brunel designed the Clifton bridge over the Avon gorge
  - Brindley was paid to cut a canal to carry coal to Manchester

2. MATERIALS
  - Unstable isotopes give out radiation as they decay
  - Puddling turned pig iron into wrought iron
  - Wrought iron came from puddling furnaces in the Black Country
"""


def _deck() -> Deck:
    return parse_deck(dump_deck(import_text(NOTES, source_name="n.txt", format="outline")), "t")


def _first_spans() -> dict[str, list[str]]:
    ctx = DeckContext(_deck(), 1)
    return {ref.text: [span.text for span in ctx.spans(ref.fact)] for ref in ctx.facts}


def test_a_name_opening_a_line_can_be_blanked() -> None:
    spans = _first_spans()

    assert "Telford" in spans["Telford was the engineer of the Menai suspension bridge"]
    assert "Brindley" in spans["Brindley was paid to cut a canal to carry coal to Manchester"]


def test_english_words_opening_a_line_are_not_taken_for_names() -> None:
    spans = _first_spans()

    assert "Unstable" not in spans["Unstable isotopes give out radiation as they decay"]
    # "puddling" is written in lower case too: a word of the notes, not a name.
    assert "Puddling" not in spans["Puddling turned pig iron into wrought iron"]


def test_the_name_is_asked() -> None:
    deck = _deck()
    asked = [
        q
        for seed in range(3)
        for q in QuestionGenerator(deck, seed=seed).all_candidates(kinds=[QuestionKind.CLOZE])
        if q.source_fact == "Telford was the engineer of the Menai suspension bridge"
    ]

    assert any(q.answers[0] == "Telford" and "_____ was the engineer" in q.prompt for q in asked)
