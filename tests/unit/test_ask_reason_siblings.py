"""/ask: a why-question answered from a list of reasons (issue 13, session 12).

Under a cause lead-in ("Why is Venice important?", "Closed because") a why-question is answered
with the reasons listed there. They were always shown in the notes' order, so the line that ranked
first was put behind its group's first line: "why do tourists go to Venice?" led with "a major
port…". When the lead-in names only the topic, the reason that ranked first now leads; a lead-in
that says what is asked ("Closed because" for "why was it closed?") still answers with its reasons
in the notes' order. The notes are written here and imported the way an upload is.
"""

from __future__ import annotations

from bot.explain import answer_question
from tests.unit.asking import imported, lead_of

CITIES = """CITIES OF ITALY

1. VENICE
   Location:
     - north-east coast of Italy, on the Adriatic Sea
   Why is Venice important?
     - a major port for ships sailing to the eastern Mediterranean
     - built on 118 small islands in a lagoon
     - gondolas and St Mark's Basilica attract millions of tourists

2. VENICE ARSENAL
   - shipyard of the Venetian navy for six centuries
   Closed because
     - steam ships were too large for its docks
     - the navy moved its shipyards south to Taranto
"""


def test_the_reason_the_question_asks_for_leads_its_list() -> None:
    deck, index = imported(CITIES, "outline", "cities.txt")
    lead = lead_of(answer_question(deck, index, "why do tourists go to venice"))
    assert lead.startswith("gondolas and St Mark's Basilica")


def test_a_question_its_lead_in_answers_keeps_the_notes_order() -> None:
    deck, index = imported(CITIES, "outline", "cities.txt")
    asked = answer_question(deck, index, "why was the venice arsenal closed")
    assert lead_of(asked).startswith("steam ships were too large")
