"""/ask: a name the question gives is met by its acronym in the line (issue 13, session 13).
"When did the Soviet Union build the Berlin Wall?" names the Soviet Union; a line saying "USSR
builds the Berlin Wall" is about it, as a line saying "Soviet troops" was already. Another
country's acronym is not ("USA" for the Soviet Union), so the question stays unanswered when only
that is written.

The deck is written here, in a subject of its own, and imported the way an upload is.
"""

from __future__ import annotations

from bot.explain import answer_question
from tests.unit.asking import imported

COLD_WAR = """Cold War in Europe

Crises
  - Aug 1961 - USSR builds the Berlin Wall overnight
  - 1962 - USA blockades Cuba during the missile crisis

Arms race
  - The Soviet Union tested its first atomic bomb in 1949
  - In 1956 Soviet troops entered Hungary and crushed the rising
"""


def ask(question: str) -> tuple[str, str | None]:
    deck, index = imported(COLD_WAR, "outline", "cold_war.txt")
    asked = answer_question(deck, index, question)
    return asked.status, asked.lead


def test_a_name_is_met_by_its_acronym() -> None:
    status, lead = ask("when did the soviet union build the berlin wall")
    assert status == "answer"
    assert lead is not None and "USSR builds the Berlin Wall" in lead


def test_another_countrys_acronym_does_not_meet_it() -> None:
    assert ask("when did the soviet union blockade cuba")[0] == "none"
