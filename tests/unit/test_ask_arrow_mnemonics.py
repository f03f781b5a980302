"""/ask: a mnemonic spelt out after an arrow, of one word or two (issue 13, session 10).

Chemistry notes write "OIL RIG → Oxidation Is Loss, Reduction Is Gain (of electrons)" and
"remember PANIC → Positive Anode, Negative Is Cathode". A mnemonic was read after a dash, colon or
equals sign only, of one word, and to the very end of the line, so "what does oil rig stand
for?" found no expansion. The deck is written here and imported the way an upload is.
"""

from __future__ import annotations

import pytest

from bot.explain import answer_question
from knowledge.search._spans import find_spans
from tests.unit.asking import imported, lead_of

ELECTROLYSIS = """# Redox and electrolysis

## Redox
- **OIL RIG** → Oxidation Is Loss, Reduction Is Gain (of electrons)
- a displacement reaction is a redox reaction

## Electrolysis
- remember **PANIC** → Positive Anode, Negative Is Cathode
- ions move to the electrode of opposite charge
- HOFBrINCl -> the seven diatomic elements
"""


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("what does oil rig stand for", "Oxidation Is Loss"),
        ("what does OIL RIG stand for?", "Oxidation Is Loss"),
        ("what does panic stand for", "Positive Anode"),
    ],
)
def test_a_mnemonic_after_an_arrow_is_spelt_out(question: str, lead: str) -> None:
    deck, index = imported(ELECTROLYSIS, "markdown", "redox.md")
    assert lead in lead_of(answer_question(deck, index, question))


def test_words_after_an_arrow_that_spell_nothing_are_no_expansion() -> None:
    text = "CELLS → made of protoplasm and water"
    assert not any(kind == "expansion" for kind, _, _ in find_spans(text, frozenset(), frozenset()))
