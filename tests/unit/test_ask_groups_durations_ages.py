"""/ask on who-questions about a group, how long something lasted and how old a thing is (issue
13, heldout18 class 7: the answer type was too strict, or the wrong one).

- "who were the apothecaries?" asks what the group was, as "who was Hannah Greener?" asks what
  the notes say of her: the line defining them answers, though it names no one.
- "how long did quarantine last?" asks for a span of time: "40 days" answers, "about 60 miles"
  does not; "last" is how the question is put, not a word the line must repeat.
- "how old is St Bartholomew's Hospital?" asks about something that still exists: the date it
  was founded, on its own line, answers. A person's age is still an age.
The deck is written here, in a subject of its own (medieval medicine).
"""

from __future__ import annotations

import pytest

from bot.explain import answer_question
from tests.unit.asking import imported, lead_of

MEDICINE = """MEDIEVAL MEDICINE - REVISION

Barber surgeons - did simple operations, pulled teeth and let blood
Apothecaries - mixed herbal remedies and sold them from shops
Quarantine - ships kept in port for 40 days before anyone could land
Pilgrimage - a journey to a shrine to be healed, could take several weeks
The road to Canterbury - about 60 miles from London, lined with inns for pilgrims
St Bartholomew's Hospital - founded in 1123 by a monk, Rahere, still treating patients
The Canon of Medicine - textbook by Ibn Sina, written around 1025, used in universities for centuries
John Arderne - surgeon who operated on soldiers in the Hundred Years War, born 1307
"""


def ask(question: str) -> str | None:
    deck, index = imported(MEDICINE, "outline", "medicine.txt")
    asked = answer_question(deck, index, question)
    return lead_of(asked) if asked.status == "answer" else None


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("who were the apothecaries", "Apothecaries - mixed herbal remedies"),
        ("who are the barber surgeons", "Barber surgeons - did simple operations"),
        ("how long did quarantine last", "Quarantine - ships kept in port for 40 days"),
        ("how long does a pilgrimage last", "Pilgrimage - a journey to a shrine"),
        ("how old is st bartholomew's hospital", "St Bartholomew's Hospital - founded in 1123"),
        ("how old is the canon of medicine", "The Canon of Medicine - textbook by Ibn Sina"),
    ],
)
def test_the_answer_of_the_kind_asked_leads(question: str, lead: str) -> None:
    answer = ask(question)
    assert answer is not None and answer.startswith(lead), answer


def test_a_length_is_no_answer_to_how_long_something_lasted() -> None:
    assert ask("how long did the journey to canterbury last") is None


def test_a_person_is_still_asked_for_by_name() -> None:
    answer = ask("who wrote the canon of medicine")
    assert answer is not None and "Ibn Sina" in answer
