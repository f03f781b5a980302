"""Issue 14: a Q:/A: revision sheet is asked by its own questions. The notes' question becomes a
multiple-choice question with its answer line (no "A:") as the key and other answers of the sheet
to questions of the same sort as wrong options; the question lines are never blanked; one
question per pair in a quiz; a question that leans on the one before is shown after it, or not
asked when even that would not say what it is about. Tested on sheets written here."""

from __future__ import annotations

from pathlib import Path

from bot.questions import Question, QuestionGenerator, QuestionKind
from knowledge.model import Deck
from tests.unit import questioning

RIVERS = """GEOGRAPHY: RIVERS QUICK-FIRE

[[ RIVER PROCESSES ]]
Q: What is hydraulic action?
A: The force of water hitting the banks and forcing air into cracks.
Q: What is abrasion?
A: Rocks carried by the river scraping the bed and banks.
Q: What is attrition?
A: Stones knocking into each other, becoming smaller and rounder.
Q: What is solution?
A: Soluble rocks such as limestone dissolving in the water.
Q: What is traction?
A: Large boulders rolled along the river bed.
Q: Why does a river meander?
A: Faster flow on the outside bend erodes it while the inside bend gets deposits.
Q: Why do waterfalls retreat?
A: The soft rock under the hard cap is eroded and the overhang collapses.

[[ LANDFORMS ]]
Q: What is an ox-bow lake?
A: A meander cut off from the river when the neck is eroded through.
Q: What is a levee?
A: A raised bank of sediment built up by repeated flooding.
Q: What is a flood plain?
A: The flat land either side of a river that floods regularly.
Q: Where is the High Force waterfall?
A: On the River Tees in County Durham.
Q: Where does a delta form?
A: At a river mouth where sediment is dropped faster than the sea removes it.
Q: Where is the source of the Severn?
A: On Plynlimon in the Cambrian Mountains of Wales.
Q: Who measures river levels?
A: The Environment Agency, with gauges along each main river.
Q: Who pays for flood defences?
A: Mostly the government, with some money from local councils.
Q: Who first mapped them in detail?
A: Victorian engineers surveying for the new railways.
Q: Which bridges have none?
A: Only the oldest stone bridges upstream of the town.
"""

# "Question:" / "Answer:" lines, and a question ending in "?" with an "A:" line after it.
CELLS = """BIOLOGY CELLS - TEST YOURSELF

CELL PARTS
Question: What does the nucleus do?
Answer: Holds the genetic material and controls the cell.
Question: What does the cell membrane do?
Answer: Controls what enters and leaves the cell.
What do mitochondria do?
A: Release energy from glucose by aerobic respiration.
What do ribosomes do?
A: Join amino acids together to make proteins.
Question: What does the cell wall do?
Answer: Strengthens and supports a plant cell.
"""


def _deck(tmp_path: Path, text: str, name: str = "sheet.txt") -> Deck:
    notes = tmp_path / name
    notes.write_text(text, encoding="utf-8")
    return questioning.imported_notes(notes)


def _notes_questions(deck: Deck) -> dict[str, Question]:
    every = QuestionGenerator(deck, seed=1).all_candidates(kinds=[QuestionKind.HANDWRITTEN])
    return {question.prompt: question for question in every}


def test_the_notes_question_is_asked_with_its_answer_line_as_the_key(tmp_path: Path) -> None:
    asked = _notes_questions(_deck(tmp_path, RIVERS))
    question = asked["What is abrasion?"]
    assert question.answers == ("Rocks carried by the river scraping the bed and banks",)
    assert question.answers[0] in question.options
    assert len(question.options) == 4
    # Wrong options are other definitions of the sheet, never a reason or a place.
    wrong = [o for o in question.options if o not in question.answers]
    definitions = {
        "The force of water hitting the banks and forcing air into cracks",
        "Stones knocking into each other, becoming smaller and rounder",
        "Soluble rocks such as limestone dissolving in the water",
        "Large boulders rolled along the river bed",
        "A meander cut off from the river when the neck is eroded through",
        "A raised bank of sediment built up by repeated flooding",
        "The flat land either side of a river that floods regularly",
    }
    assert set(wrong) <= definitions
    where = asked["Where is the source of the Severn?"]
    assert set(where.options) <= {
        "On Plynlimon in the Cambrian Mountains of Wales",
        "On the River Tees in County Durham",
        "At a river mouth where sediment is dropped faster than the sea removes it",
    }
    assert all(not option.startswith("A:") for q in asked.values() for option in q.options)


def test_question_and_answer_prefixes_of_other_forms(tmp_path: Path) -> None:
    asked = _notes_questions(_deck(tmp_path, CELLS))
    assert asked["What do ribosomes do?"].answers == ("Join amino acids together to make proteins",)
    assert asked["What does the nucleus do?"].answers == (
        "Holds the genetic material and controls the cell",
    )


def test_question_lines_are_never_blanked_or_asked_as_facts(tmp_path: Path) -> None:
    deck = _deck(tmp_path, RIVERS)
    for question in QuestionGenerator(deck, seed=1).all_candidates():
        assert not question.source_fact.startswith("Q:"), question
        assert "Q:" not in question.prompt, question


def test_one_question_per_pair_in_a_quiz_and_most_pairs_asked(tmp_path: Path) -> None:
    deck = _deck(tmp_path, RIVERS)
    quiz = QuestionGenerator(deck, seed=1).generate(60)
    sources = [question.source_fact for question in quiz]
    assert len(sources) == len(set(sources))
    notes_questions = [q for q in quiz if q.kind is QuestionKind.HANDWRITTEN]
    # 16 pairs: all but the one whose referent cannot be told are asked by their own question.
    assert len(notes_questions) >= 13


def test_a_question_leaning_on_the_one_before_is_shown_after_it(tmp_path: Path) -> None:
    asked = _notes_questions(_deck(tmp_path, RIVERS))
    leaning = [prompt for prompt in asked if prompt.endswith("Who first mapped them in detail?")]
    assert leaning == [
        "After “Who pays for flood defences?” in the notes: Who first mapped them in detail?"
    ]
    assert not any("have none" in prompt for prompt in asked)


def test_an_answer_to_the_same_question_is_never_a_wrong_option(tmp_path: Path) -> None:
    sheet = """HISTORY QUICK-FIRE

[[ THE FIRST WAR ]]
Q: What was the main cause?
A: A dispute over the border lands between the two kingdoms.
Q: What was the treaty called?
A: The Peace of the River, signed at the ford.
Q: What was the outcome?
A: The northern kingdom gained the border lands for a century.
Q: What was the army like?
A: Mostly farmers called up for the summer months only.

[[ THE SECOND WAR ]]
Q: What was the main cause?
A: A quarrel over trade taxes charged at the river ports.
Q: What was the result for trade?
A: The river ports were closed to foreign ships for ten years.
Q: What was the navy like?
A: A small fleet of fast galleys built in the southern yards.
"""
    asked = QuestionGenerator(_deck(tmp_path, sheet), seed=1).all_candidates(
        kinds=[QuestionKind.HANDWRITTEN]
    )
    causes = [q for q in asked if q.prompt == "What was the main cause?"]
    assert causes
    keys = {
        "A dispute over the border lands between the two kingdoms",
        "A quarrel over trade taxes charged at the river ports",
    }
    for question in causes:
        assert len(keys & set(question.options)) == 1, question.options
