"""Round-20 blind review, class 5: outline layout left in stems. A sub-item's letter stayed inside
the sentence ("3.6 Turning points: a) Trenton (26 Dec 1776) - Washington crossed the icy _____"),
and an arrow before a name that is the subject of its own verb was said as "giving" ("fossils
appear in a definite order, giving _____ used it for his geological map"). The notes here are
written for these tests (the history of the printing press), beside the round's own decks."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from bot.questions import Question
from bot.questions._arrow_sentences import arrows_said
from knowledge.importers import dump_deck, import_text
from knowledge.loader import parse_deck
from tests.unit import questioning
from tests.unit.questioning import imported_notes

ROOT = Path(__file__).resolve().parents[2]
ROUND20_A = ROOT / "docs" / "quiz-review" / "20-deckA.notes.md"
ROUND20_B = ROOT / "docs" / "quiz-review" / "20-deckB.notes.txt"

NOTES = """THE PRINTING PRESS
==================

1. Before print
    - books copied by hand in monasteries -> very expensive
    - block printing used in China for centuries

2. Gutenberg's press
    a) Mainz (c. 1450) - Johannes Gutenberg combined movable metal type with a screw press
    b) the Gutenberg Bible (1455) - about 180 copies printed, some on vellum
    c) oil-based ink -> stuck to metal type far better than water-based ink
    - spread of presses -> William Caxton opened the first English press at Westminster in 1476

3. Effects
    - cheaper books -> literacy rose among merchants
    - Martin Luther's pamphlets spread quickly -> the Reformation reached thousands
"""

_LETTER = re.compile(r"(?:^|:\s|\s)\(?[a-h]\)\s")


@cache
def _asked() -> tuple[Question, ...]:
    mapping = import_text(NOTES, source_name="notes.txt", format="outline")
    deck = parse_deck(dump_deck(mapping), "notes.yaml")
    return tuple(questioning.every_question(deck, range(3)))


def test_a_sub_items_letter_is_never_shown_in_a_stem_or_option() -> None:
    asked = [q for q in _asked() if "Gutenberg" in q.source_fact or "Mainz" in q.source_fact]
    # The lettered lines are still asked. (Since the importer reads "a)" as a list mark, the
    # Mainz line is not: its one blank worth asking, Gutenberg, is printed in its own label.)
    assert [q for q in asked if "Gutenberg Bible" in q.source_fact]
    for q in asked:
        assert not _LETTER.search(q.prompt), q.prompt
        assert not [o for o in q.options if _LETTER.match(o)], q.options


def test_an_arrow_before_a_named_subject_reads_as_so_not_giving() -> None:
    said = arrows_said("spread of presses → William Caxton opened the first English press")
    assert said == "spread of presses, so William Caxton opened the first English press"
    blanked = arrows_said("fossils appear in order → _____ used it for his map")
    assert blanked == "fossils appear in order, so _____ used it for his map"
    for q in _asked():
        assert not re.search(r"giving (?:_____|[A-Z]\w+ [A-Z]?\w+ (?:opened|used))", q.prompt)


def test_round20_list_letter_and_arrow() -> None:
    b = questioning.every_question(imported_notes(ROUND20_B), range(1))
    trenton = [q.prompt for q in b if "crossed the icy" in q.prompt]
    assert trenton  # B8, still asked
    assert not [p for p in trenton if "a) Trenton" in p], trenton
    a = questioning.every_question(imported_notes(ROUND20_A), range(1))
    smith = [q.prompt for q in a if "definite order" in q.prompt]
    assert not [p for p in smith if "giving _____" in p or "giving William" in p], smith  # A21
