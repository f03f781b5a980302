"""Round-20 blind review, class 2: outline lines shaped "X: Y" or "X = Y" asked as terms though
they tell the story ("What does “Camden” mean?" → "Cornwallis beat General Horatio Gates", "What
does “main author” mean?" → "Thomas Jefferson", "Which term means: “kept the army together …”?"
→ "Washington's leadership"), and a person whose surname ends in "s" read as a group ("What does
“Samuel Adams” mean?", offered beside "Patriots" and "Loyalists"). The notes here are written for
these tests (the age of exploration), beside the round's own deck."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from bot.questions import Question, QuestionKind
from knowledge.importers import dump_deck, import_text
from knowledge.loader import parse_deck
from tests.unit import questioning
from tests.unit.questioning import imported_notes

ROOT = Path(__file__).resolve().parents[2]
ROUND20_B = ROOT / "docs" / "quiz-review" / "20-deckB.notes.txt"
_TERMS = (QuestionKind.TERM_TO_DEFINITION, QuestionKind.DEFINITION_TO_TERM)

NOTES = """THE AGE OF EXPLORATION 1400-1600
================================

1. PORTUGAL LEADS
-----------------
    - main sponsor: Prince Henry (never sailed himself)
    - Cape of Good Hope (1488): Bartolomeu Dias rounded it in a storm
    - Vasco da Gama's fleet: reached Calicut in India in 1498
    - agreed the Treaty of Tordesillas: a line dividing the new lands with Spain
    - caravel: a small, fast ship with triangular lateen sails
    - astrolabe: an instrument for finding latitude from the height of the sun

2. WHY DID SPAIN OVERTAKE PORTUGAL?
-----------------------------------
    + silver from Potosi: paid for armies across Europe
    + conquest of two empires: huge populations forced to work

KEY PEOPLE
----------
    John Hawkins ........ began the English slave trade in 1562
    Ferdinand Magellan .... led the first voyage round the world
    Christopher Columbus .... reached the Caribbean in 1492
    Francis Drake ....... raided Spanish treasure ships

KEY TERMS
---------
conquistadors: Spanish soldiers who conquered the Americas
settlers: families who moved to farm the new colonies
encomienda: a grant of native labour to a Spanish settler
tribute: goods paid by a conquered people to their rulers
"""


@cache
def _asked() -> tuple[Question, ...]:
    mapping = import_text(NOTES, source_name="notes.txt", format="outline")
    deck = parse_deck(dump_deck(mapping), "notes.yaml")
    return tuple(questioning.every_question(deck, range(3), *_TERMS))


@cache
def _round20() -> tuple[Question, ...]:
    return tuple(questioning.every_question(imported_notes(ROUND20_B), range(2), *_TERMS))


def _shown(q: Question) -> str:
    return " ".join((q.prompt, *q.options, *q.answers))


def test_a_line_telling_what_happened_is_not_asked_as_a_term() -> None:
    asked = _asked()
    assert [q for q in asked if "caravel" in _shown(q)]  # a term of the subject still is
    for told in ("Cape of Good Hope", "main sponsor", "Vasco da Gama's fleet", "Tordesillas"):
        assert not [q.prompt for q in asked if told in _shown(q)], told


def test_a_reason_under_a_why_heading_is_not_asked_as_a_term() -> None:
    asked = _asked()
    assert not [q.prompt for q in asked if "Potosi" in _shown(q) or "two empires" in _shown(q)]


def test_a_person_whose_surname_ends_in_s_is_one_person_never_among_groups() -> None:
    asked = _asked()
    assert "Who was “John Hawkins”?" in {q.prompt for q in asked}
    for q in asked:
        if "John Hawkins" in q.options:
            assert not {"conquistadors", "settlers"} & set(q.options), q.options


def test_round20_outline_lines_and_people() -> None:
    asked = _round20()
    prompts = {q.prompt for q in asked}
    for told in ("Camden", "main author", "Paul Revere's engraving", "Washington's leadership"):
        assert not [q.prompt for q in asked if told in _shown(q)], told  # B32, B52, B11, B59
    assert "Who was “Samuel Adams”?" in prompts  # B44
    assert "What does “Samuel Adams” mean?" not in prompts
    for q in asked:  # B30
        if "Patriots" in q.options:
            assert "Samuel Adams" not in q.options, q.options


def test_the_label_of_a_line_that_is_no_term_is_not_blanked_either() -> None:
    mapping = import_text(NOTES, source_name="notes.txt", format="outline")
    deck = parse_deck(dump_deck(mapping), "notes.yaml")
    asked = questioning.every_question(deck, range(2), QuestionKind.CLOZE, QuestionKind.CHOICE)
    assert not [q.prompt for q in asked if "_____: paid for armies" in q.prompt]
    assert not [q.prompt for q in asked if "_____: reached Calicut" in q.prompt]
    b = questioning.every_question(
        imported_notes(ROUND20_B), range(1), QuestionKind.CLOZE, QuestionKind.CHOICE
    )
    assert not [q.prompt for q in b if "_____: kept the army together" in q.prompt]  # B59
    assert not [q.prompt for q in b if "_____ = propaganda" in q.prompt]  # B11
