"""Lines of a topic's standalone lists sorted into those lists (issue 14, yield): a section with
several short lists under their own lead-ins ("Input devices", "Output devices", "Storage
devices"; "Evidence", "Ways fossils form", "Why the fossil record is incomplete") gave at most
one question per pair of contrasting lists and none from the rest, leaving the round-13 deck
short. Notes written for these tests (computing, history), not the review decks."""

from __future__ import annotations

import re

from bot.questions import Question, QuestionGenerator, QuestionKind
from bot.questions._words import roots
from knowledge.importers import dump_deck, import_text
from knowledge.loader import parse_deck
from knowledge.model import Deck

COMPUTING = """COMPUTER SYSTEMS - GCSE COMPUTING

HARDWARE
  Input devices:
    - keyboard for typing text
    - microphone for recording sound
    - barcode scanner at a shop till
  Output devices:
    - monitor showing images
    - printer producing paper copies
    - speakers playing music
  Storage:
    - solid state drive with no moving parts
    - magnetic hard disk drive
    - optical disc such as a DVD

THE CPU
  - CPU: the central processing unit, which fetches and executes instructions.
  - Clock speed: the number of instructions a processor can carry out per second.
  - Cache: a small amount of very fast memory inside the CPU.
"""

HISTORY = """THE WEIMAR REPUBLIC

THE EARLY YEARS
  Examples:
    - the Spartacist uprising in Berlin
    - the Kapp Putsch in March 1920
  Note:
    - hyperinflation followed the occupation of the Ruhr
    - many Germans blamed the November Criminals
  Other points:
    - the constitution gave women the vote
    - Article 48 let the president rule by decree
"""


def _deck(text: str) -> Deck:
    return parse_deck(dump_deck(import_text(text, source_name="n.txt", format="outline")), "t")


def _sorting(deck: Deck) -> list[Question]:
    return [
        q
        for seed in range(3)
        for q in QuestionGenerator(deck, seed=seed).all_candidates(kinds=[QuestionKind.MATCHING])
        if "the list your notes give it under" in q.prompt
    ]


def test_lines_of_three_lists_are_sorted_into_them() -> None:
    deck = _deck(COMPUTING)
    under = {fact.text: fact.group for topic in deck.topics for fact in topic.facts if fact.group}

    asked = _sorting(deck)

    assert asked, "the hardware lists give no sorting question"
    for question in asked:
        assert set(question.options) == {"Input devices", "Output devices", "Storage"}
        shown = re.findall(r"\d\. ([^.]+)\.", question.prompt.split("under.", 1)[1])
        assert len(shown) == len(question.correct) == 3
        for number, line in enumerate(shown):
            heading = question.options[question.correct[number]]
            # The line as the notes give it, or its first clause ("Optical disc such as a DVD").
            lines = [text for text in under if text.lower().startswith(line.lower())]
            assert [under[text] for text in lines] == [heading]
            # No shown line names its list (or another): "Storage" is not asked of a drive
            # "storing" files.
            assert not roots(line) & roots(" ".join(question.options))


def test_lists_under_labels_are_not_sorted() -> None:
    assert not _sorting(_deck(HISTORY))
