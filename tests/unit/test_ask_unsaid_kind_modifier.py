"""/ask for a kind of a thing named by a word the notes never use (issue 13; heldout20's
"what is the normal distribution?" on notes with a "Comparing distributions" section): the
lines under a heading naming the thing were reached through the heading alone and one was given
as the definition. A definition question whose word the notes never use comes right before a
word they do use is answered only by a line saying some of the question itself; the notes'
own kinds are still answered. A deck of its own, in another subject.
"""

from __future__ import annotations

from bot.explain import answer_question
from tests.unit.asking import imported, lead_of

ENERGY = """PHYSICS – ENERGY RESOURCES – REVISION OUTLINE

1 RESOURCES
1.1 Comparing power stations
1.1.1 Always weigh reliability against cost per unit of energy
1.1.2 Start-up time matters when demand rises suddenly
1.2 Wind turbines
1.2.1 Blades turn a generator; no fuel is burned
1.2.2 Output drops to nothing on a still day
1.3 Solar cells
1.3.1 Turn light straight into electricity
1.3.2 Work best in summer; produce nothing at night
"""


def ask(question: str) -> tuple[str, str | None]:
    deck, index = imported(ENERGY, "outline", "energy.txt")
    asked = answer_question(deck, index, question)
    return asked.status, asked.lead


def test_a_kind_the_notes_never_name_is_not_in_the_notes() -> None:
    assert ask("what is a nuclear power station") == ("none", None)
    assert ask("what is a geothermal power station")[0] == "none"


def test_the_kinds_the_notes_name_are_still_answered() -> None:
    deck, index = imported(ENERGY, "outline", "energy.txt")
    assert lead_of(answer_question(deck, index, "what are wind turbines")).startswith("1.2.1")
    assert "light straight into electricity" in lead_of(
        answer_question(deck, index, "what is a solar cell")
    )
