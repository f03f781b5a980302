"""Gap-fill worksheets with an answer key (issue 13; heldout21's archaeology worksheet): each gap
is filled with its numbered answer, so a question finds the completed sentence, not a blank line
or a bare key entry. A worksheet of its own, in beekeeping, and one in viticulture in Markdown."""

from __future__ import annotations

from bot.explain import answer_question
from knowledge.importers import import_text_with_report
from knowledge.importers.gap_fill import fill_gaps
from tests.unit.asking import imported

BEES = """BEEKEEPING BASICS – GAP-FILL SHEET

Name: ____________   Class: ______   Date: ________

WORD BANK
queen  /  drones  /  propolis  /  smoker  /  Langstroth
swarm  /  varroa  /  nectar

SECTION 1 – THE COLONY

1. A colony has one ______________, who lays up to 2,000 eggs a day in summer.
2. Male bees are called ______________ and their only job is to mate with a queen from another
   colony.
3. Bees seal small gaps in the hive with ______________, a sticky resin collected from tree buds.

SECTION 2 – HIVES AND KIT

4. The ______________ hive, patented in 1852, uses frames spaced by the "bee space".
5. A ______________ calms the bees by masking their alarm scent.
6. When a colony outgrows its hive, half the bees leave with the old queen in a ______________.
7. The ______________ mite feeds on bees and spreads deformed wing virus.

ANSWER KEY
1. queen (the only fertile female)
2. drones
3. propolis (bee glue)
4. Langstroth (designed by Lorenzo Langstroth)
5. smoker
6. swarm (usually in late spring)
7. varroa (Varroa destructor)
"""

VINES = """# Viticulture worksheet

## Growing

1. Vines are pruned in ______ so that each cane carries the right number of buds.
2. ______ is when the grapes soften and change colour, about 45 days before harvest.
3. The ______ and ______ are the two rivers of Bordeaux's Left and Right Banks.

## Answers

1. winter
2. Véraison
3. Garonne / Dordogne
"""


def bees(question: str) -> str | None:
    deck, index = imported(BEES, "outline", "bees.txt")
    asked = answer_question(deck, index, question)
    return asked.lead if asked.status == "answer" else None


def test_each_gap_holds_its_answer_and_the_key_goes() -> None:
    text, filled = fill_gaps(BEES)
    assert filled == 7
    assert "1. A colony has one queen (the only fertile female), who lays" in text
    # A sentence wrapped onto an indented line is one sentence, completed.
    assert "2. Male bees are called drones and their only job is to mate with a queen from" in text
    assert "ANSWER KEY" not in text and "WORD BANK" not in text and "Name:" not in text


def test_an_answer_that_opens_the_sentence_is_capitalised_and_gaps_take_parts() -> None:
    text, filled = fill_gaps(VINES)
    assert filled == 3
    assert "1. Vines are pruned in winter so that" in text
    assert "2. Véraison is when the grapes soften" in text
    assert "3. The Garonne and Dordogne are the two rivers" in text


def test_the_import_reports_the_filled_key() -> None:
    report = import_text_with_report(BEES, format="outline", source_name="bees.txt").report
    assert report.detected["answer key"] == "7 gaps filled with their answers"


def test_notes_without_a_key_are_left_as_they_are() -> None:
    sheet = BEES.split("ANSWER KEY", maxsplit=1)[0]
    assert fill_gaps(sheet) == (sheet, 0)
    # A key for other questions (a quiz at the end of notes with no gaps) fills nothing either.
    quiz = "Hives\n\n1. A hive has frames.\n2. Bees make wax.\n\nAnswers\n1. frames\n2. wax\n"
    assert fill_gaps(quiz) == (quiz, 0)


def test_questions_find_the_completed_sentence() -> None:
    assert bees("who designed the langstroth hive") == (
        "The Langstroth (designed by Lorenzo Langstroth) hive, patented in 1852, uses frames "
        'spaced by the "bee space".'
    )
    assert bees("what are male bees called") == (
        "Male bees are called drones and their only job is to mate with a queen from another colony."
    )
    assert bees("what is propolis") == (
        "Bees seal small gaps in the hive with propolis (bee glue), a sticky resin collected from "
        "tree buds."
    )
    assert bees("when do bees swarm") == (
        "When a colony outgrows its hive, half the bees leave with the old queen in a swarm "
        "(usually in late spring)."
    )
