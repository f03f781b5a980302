"""Keys that are wrong or doubled (issue 14, round-15 blind review class 6: A30, A15).

- A30: "the pill contains oestrogen/_____" accepted "maintains uterus lining", the definition
  another line gives progesterone: a definition that says what a thing does ("maintains …") is no
  other name of it. A blank's accepted answers are the blanked thing's names only.
- A15: "Which of these is listed under “Uses of …”?" offered "gibberellins: initiate seed
  germination" (another list's line) as wrong beside the listed "gibberellins: end seed dormancy
  …": two lines about one thing under two lists say one fact twice. A line whose subject is the
  subject of a line under the asked list is no wrong option (nor an answer against that list).
- "relay neurone (aka relay neuron)" accepted "aka relay neuron" typed: the bracket's other name
  is taken without the words saying it is one.

Notes written for these tests (chemistry, geography, physics), not the review decks."""

from __future__ import annotations

import re

from bot.questions import Question, QuestionKind
from knowledge.importers import dump_deck, import_text
from knowledge.loader import parse_deck
from knowledge.model import Deck
from knowledge.text import fold
from tests.unit.questioning import every_question

CHEMISTRY = """ACIDS AND INDICATORS

1. INDICATORS
  - Litmus: detects acids
  - Phenolphthalein: detects alkalis
  - Universal indicator: shows the pH of a solution on a colour scale
  - a titration used phenolphthalein/litmus -> a sharp colour change at the end point
  - litmus paper turns red in an acid and blue in an alkali
"""

GEOGRAPHY = """RIVER LANDFORMS

1. THE COURSE OF A RIVER
  Upper course landforms:
    - waterfalls: a band of hard rock over soft rock, the soft rock undercut
    - gorges: a waterfall retreats upstream and leaves a steep-sided valley
    - interlocking spurs: the river winds around hills of hard rock
    - the gradient is steep and the channel narrow and shallow
  Lower course landforms:
    - meanders: erosion on the outside of a bend, deposition on the inside
    - levees: coarse sediment dropped on the banks during floods
    - floodplains: flat land built up by repeated flooding
    - waterfalls: rare, only where a hard band of rock crosses the channel
    - the gradient is gentle and the channel wide and deep
"""

PHYSICS = """WAVES

1. TYPES OF WAVE
  - transverse wave (aka shear wave): vibrations at right angles to the direction of travel
  - longitudinal wave (aka compression wave): vibrations along the direction of travel
  - light and water ripples are transverse; sound is longitudinal
"""


def _deck(text: str) -> Deck:
    return parse_deck(dump_deck(import_text(text, source_name="n.txt", format="outline")), "t")


def test_a_definition_saying_what_a_thing_does_is_no_answer_for_its_name() -> None:
    asked = every_question(_deck(CHEMISTRY), range(4), QuestionKind.CLOZE)
    litmus = [q for q in asked if fold(q.answers[0]) == "litmus"]

    assert litmus  # "a titration used phenolphthalein/_____ -> …" is still asked
    for question in litmus:
        assert "detects acids" not in question.answers, question


def _subject(option: str) -> str:
    return fold(option.split(":", 1)[0]) if ":" in option else ""


def _listed_under(asked: list[Question]) -> list[Question]:
    return [q for q in asked if "listed under" in q.prompt]


def test_a_line_about_a_thing_the_asked_list_names_is_no_wrong_option() -> None:
    deck = _deck(GEOGRAPHY)
    asked = _listed_under(every_question(deck, range(6), QuestionKind.REASON))
    lines = {
        heading: [
            fold(f.text.split(":", 1)[0])
            for t in deck.topics
            for f in t.facts
            if f.group == heading
        ]
        for heading in ("Upper course landforms", "Lower course landforms")
    }

    assert asked  # the lists are still asked against each other (meanders, gorges …)
    for question in asked:
        heading = re.search(r"listed under “(.+?)”", question.prompt)
        assert heading is not None
        under = set(lines[heading.group(1)])
        right = {question.options[i] for i in question.correct}
        wrong = [o for o in question.options if o not in right]
        if "NOT" in question.prompt:
            # the odd one out is about a thing the asked list does not name
            assert all(_subject(o) not in under for o in right), question
        else:
            assert all(_subject(o) not in under for o in wrong), question


def test_a_bracketed_other_name_is_accepted_without_its_aka() -> None:
    asked = every_question(_deck(PHYSICS), range(4))
    answers = {answer for q in asked for answer in q.answers}

    assert not any(answer.lower().startswith("aka ") for answer in answers), answers
