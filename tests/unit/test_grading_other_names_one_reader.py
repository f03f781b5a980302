"""One reader of the other names a deck gives its things, for the quiz's blanks and for
`grade(…, others=deck entities)` alike (issue 14 item 5: "one grading path"). Before, a gloss
after a capitalised name ("Vellum (calfskin)") was an extra answer of the blank but refused by
`grade()` with the deck's entities, and a name set equal ("Thumb compass (= finger compass)") the
other way round. The decks are written for these tests: a Markdown handout on bookbinding and
outline notes on orienteering."""

from __future__ import annotations

import pytest

from bot.grading import grade
from bot.questions import QuestionGenerator, QuestionKind
from knowledge.importers import dump_deck, import_text
from knowledge.loader import parse_deck

BOOKBINDING = """# Bookbinding – revision

## Materials
- Finest books were bound in Vellum (calfskin) or Morocco (goatskin leather)
- The Text block (book block) is the stack of pages sewn together
- Headbands (endbands) – decorative bands at the top and bottom of the spine
- Bone folder: a smooth tool for creasing paper
- Polyvinyl acetate (PVA) glue stays flexible when dry
- Signatures (= gatherings) are folded sheets sewn as a group
- Each signature was sewn onto Cords (raised bands) across the spine

## Coptic binding
- Kettle stitch: links each signature to the next at head and tail
- Japanese stab binding: holes punched through the whole text block
"""

ORIENTEERING = """Orienteering
  Controls (checkpoints) are marked by orange and white flags
  The Map (at 1:10,000 or 1:15,000) shows vegetation in colours
    white = runnable forest
    yellow = open land
  Attack point: a big feature near the control
  Handrail (linear feature): a wall, path or stream to follow
  Thumb compass (= finger compass) clips to the thumb
  Score event: visit as many controls as you can in the time
"""

_TYPED = {QuestionKind.CLOZE, QuestionKind.DEFINITION_TO_TERM, QuestionKind.HANDWRITTEN}


def _generator(text: str, fmt: str, name: str) -> QuestionGenerator:
    return QuestionGenerator(parse_deck(dump_deck(import_text(text, format=fmt, source_name=name))))


@pytest.fixture(scope="module")
def decks() -> dict[str, QuestionGenerator]:
    return {
        "bookbinding": _generator(BOOKBINDING, "markdown", "binding.md"),
        "orienteering": _generator(ORIENTEERING, "outline", "orienteering.txt"),
    }


@pytest.mark.parametrize(
    ("deck", "expected", "given"),
    [
        ("bookbinding", "Vellum", "calfskin"),  # a gloss after a capitalised name
        ("bookbinding", "calfskin", "Vellum"),
        ("bookbinding", "Morocco", "goatskin leather"),
        ("bookbinding", "Cords", "raised bands"),
        ("bookbinding", "Signatures", "gatherings"),  # "(= gatherings)", as before
        ("orienteering", "Controls", "checkpoints"),
        ("orienteering", "Thumb compass", "finger compass"),
        ("orienteering", "Handrail", "linear feature"),
    ],
)
def test_grade_accepts_the_other_names_the_notes_give(
    decks: dict[str, QuestionGenerator], deck: str, expected: str, given: str
) -> None:
    assert grade(expected, given, others=decks[deck].entities()).correct


@pytest.mark.parametrize(
    ("deck", "expected", "given"),
    [
        ("bookbinding", "Vellum", "goatskin leather"),  # another thing's other name
        ("bookbinding", "Morocco", "calfskin"),
        ("bookbinding", "Headbands", "raised bands"),
        ("orienteering", "Controls", "finger compass"),
        ("orienteering", "Handrail", "checkpoints"),
    ],
)
def test_another_things_other_name_stays_wrong(
    decks: dict[str, QuestionGenerator], deck: str, expected: str, given: str
) -> None:
    assert not grade(expected, given, others=decks[deck].entities()).correct


def test_every_answer_a_typed_question_accepts_grade_accepts_too(
    decks: dict[str, QuestionGenerator],
) -> None:
    """What a quiz's blank lists as right is right by `grade(key, …, others=entities)`, on every
    deck: "calfskin" for the blank on "Vellum" was listed, and refused by `grade()`."""
    extras = []
    for generator in decks.values():
        entities = generator.entities()
        for q in generator.all_candidates():
            if q.kind in _TYPED and not q.options:
                extras += [(q.answers[0], other, entities) for other in q.answers[1:]]
    assert extras, "the decks' notes give their blanks other names"
    refused = [
        (key, other)
        for key, other, entities in extras
        if not grade(key, other, others=entities).correct
    ]
    assert refused == []
