"""Round 16's blind review (issue 14, class 6): the notes' layout quizzed as content.

Seen: "Which topic does this belong to?" keyed "Summary table of tests", "Exam question styles" and
asked of "Easy way to remember: LAMB"; a true/false turning "Use tests above" into "below"; a
cloze blanking the label "Output" of "Output = a line spectrum" instead of what it says; a cloze
keyed on the notes' typo "dissapears". Checked on physics and geography notes written here.
"""

from __future__ import annotations

import pytest

from bot.questions import Question, QuestionKind
from bot.questions._trivia_blanks import misspelt
from knowledge.importers import dump_deck, import_text
from knowledge.loader import parse_deck
from knowledge.model import Deck
from tests.unit import questioning

PHYSICS = """PHYSICS - ELECTRICITY (revision outline)

1. CURRENT AND CHARGE
  - Current is the rate of flow of electric charge around a circuit
  - Charge flow = current x time, measured in coulombs
  - In a series circuit the current is the same at every point
  - A bigger potential difference makes a bigger current flow through a resistor

2. RESISTANCE
  - Resistance opposes the flow of current in a component
  - The resistance of a filament lamp increases as it gets hotter
  - A thermistor has a lower resistance when the temperature rises
  - An LDR has a lower resistance in bright light
  - Easy way to remember: LDR = Light Down Resistance
  - Use the circuits above to find the resistance of each component

3. ENERGY TRANSFERS
  - Mains electricity is an alternating current at 50 hertz and 230 volts
  - The National Grid uses step-up transformers to reduce energy losses in cables
  - Step-down transformers make the voltage safe for homes
  - Output = alternating current
  - Fuses melt if the current gets too large and break the circuit

4. STATIC ELECTRICITY
  - Rubbing a polythene rod with a cloth transfers electrons onto the rod
  - Like charges repel and unlike charges attract
  - A spark jumps when the potential difference between objects is very high

5. SUMMARY TABLE OF EQUATIONS
  - Charge flow = current x time
  - Potential difference = current x resistance
  - Power = potential difference x current
  - Mains electricity is an alternating current at 50 hertz

6. EXAM QUESTION STYLES
  - "Describe how to measure the resistance of a wire" -> method AND the equation
  - "Explain why the National Grid uses step-up transformers" -> energy losses
  - Watch out: it is not neccesary to draw the voltmeter in series
"""

GEOGRAPHY = """# Rivers

## Upper course
- Vertical erosion deepens the channel and forms V-shaped valleys
- Interlocking spurs form where the river winds around hard rock
- Waterfalls form where a band of hard rock lies on top of soft rock

## Middle course
- Lateral erosion widens the valley as the river swings from side to side
- Slip-off slopes build up on the inside of bends where the water is slower
- The valley floor becomes flatter and the gradient gentler

## Lower course
- Meanders form as the river erodes the outside bend and deposits on the inside bend
- Ox-bow lakes form when the neck of a meander is cut through during a flood
- Levees are built up by deposition when the river floods onto its floodplain
- Easy way to remember: **LOMO**

## Summary of landforms
- Waterfalls form where hard rock lies on top of soft rock
- Ox-bow lakes form when a meander neck is cut through
- Levees are built up by deposition during floods

## Easy ways to remember the processes
- Hydraulic action, abrasion, attrition, solution: HAAS
- The river carries sediment by traction, saltation, suspension and solution
"""

LAYOUT_TITLES = ("Summary", "Exam question", "Easy way", "remember")


def _deck(text: str, name: str) -> Deck:
    fmt = "markdown" if name.endswith(".md") else "outline"
    return parse_deck(dump_deck(import_text(text, source_name=name, format=fmt)), "t")


@pytest.fixture(scope="module")
def asked() -> list[Question]:
    questions: list[Question] = []
    for text, name in ((PHYSICS, "electricity.txt"), (GEOGRAPHY, "rivers.md")):
        questions += questioning.every_question(_deck(text, name), range(3))
    return questions


def test_which_topic_never_keys_or_offers_a_section_of_the_layout(asked: list[Question]) -> None:
    which = [q for q in asked if q.kind is QuestionKind.WHICH_TOPIC]
    assert which  # the content sections are still asked about
    for question in which:
        for option in question.options:
            assert not any(word.casefold() in option.casefold() for word in LAYOUT_TITLES), (
                question.prompt,
                question.options,
            )


def test_a_mnemonic_is_not_asked_which_topic(asked: list[Question]) -> None:
    which = [q.prompt for q in asked if q.kind is QuestionKind.WHICH_TOPIC]
    assert not any("remember" in prompt.casefold() or "HAAS" in prompt for prompt in which)


def test_a_memory_aid_is_no_answer(asked: list[Question]) -> None:
    # "Easy way to remember: LDR = Light Down Resistance" (round 16, B: "Easy way to remember: _____")
    keyed = [
        q.prompt for q in asked if "Easy way to remember: " in q.prompt and "_____" in q.prompt
    ]
    assert keyed == []


def test_a_word_pointing_at_the_notes_is_not_turned_round(asked: list[Question]) -> None:
    flipped = [
        q.prompt
        for q in asked
        if q.kind is QuestionKind.TRUE_FALSE and "circuits below" in q.prompt
    ]
    assert flipped == []


def test_the_label_of_a_filled_slot_is_no_blank(asked: list[Question]) -> None:
    keyed = [q.prompt for q in asked if q.answers and q.answers[0] == "Output"]
    assert keyed == []


def test_a_misspelling_of_the_notes_is_no_answer(asked: list[Question]) -> None:
    keyed = [q.prompt for q in asked if q.answers and q.answers[0] == "neccesary"]
    assert keyed == []


@pytest.mark.parametrize(
    ("word", "slip"),
    [
        ("neccesary", True),  # a doubled letter moved: necessary
        ("dissapears", True),  # disappears
        ("ocassionally", True),  # occasionally
        ("necessary", False),
        ("whodunnit", False),
        ("saltation", False),
    ],
)
def test_a_doubled_letter_moved_is_a_slip(word: str, slip: bool) -> None:
    assert misspelt(word) is slip
