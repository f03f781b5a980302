"""A question on a list of aims ("to protect the body …") whose wrong options are outcomes
("towns for workers grew up …") is answered by the form alone: the right line is the one opening
"to …" (round s17-quizb, Athens A15: "Why did Cleisthenes introduce reforms?" among the
consequences of the reforms). Such a question is not asked; nor is the reverse, one outcome
among aims. Notes written for this test (ancient Egypt), not the review decks."""

from __future__ import annotations

import re

from bot.questions import QuestionGenerator, QuestionKind
from knowledge.importers import dump_deck, import_text
from knowledge.loader import parse_deck
from knowledge.model import Deck

NOTES = """# The Old Kingdom

## The pyramids

### Why did pharaohs build pyramids?

- to protect the body of the king for the afterlife
- to show the power of the pharaoh to his people
- to help the king's spirit rise to the sun god

### Consequences of pyramid building

- thousands of farmers worked on the sites during the flood season
- towns for the workers grew up beside the plateau at Giza
- the royal treasury was drained by the cost of the stone

## Collapse

### Causes of the collapse

- low Nile floods brought years of famine
- provincial governors grew richer than the court
- a very long reign left no clear heir to the throne

### Results of the collapse

- Egypt split into rival kingdoms in the north and south
- tomb robbers broke into the royal pyramids
- local temples and nobles built their own tombs
"""

_AIM = re.compile(r"(?:in order |so as )?to [a-z]")


def _deck() -> Deck:
    return parse_deck(dump_deck(import_text(NOTES, source_name="n.md", format="markdown")), "t")


def test_no_aim_is_picked_out_from_outcomes_by_its_form() -> None:
    asked = 0
    for seed in range(4):
        for question in QuestionGenerator(_deck(), seed=seed).all_candidates(
            kinds=[QuestionKind.REASON, QuestionKind.MULTI_SELECT]
        ):
            asked += 1
            right = [question.options[i] for i in question.correct]
            wrong = [o for i, o in enumerate(question.options) if i not in question.correct]
            right_aims = [_AIM.match(option) is not None for option in right]
            wrong_aims = [_AIM.match(option) is not None for option in wrong]
            assert not (all(right_aims) and not any(wrong_aims)), question.prompt
            assert not (all(wrong_aims) and not any(right_aims)), question.prompt
    assert asked  # the outcome and cause lists are still asked among each other
