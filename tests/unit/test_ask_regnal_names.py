"""/ask "who was the king of England?" against "Henry V – King of England …" in a list of key
people (issue 13, heldout19's mind map): a given name and a regnal number name a monarch, though
the given name is a dictionary word ("henry", "charles") and the notes list no people. Read as a
common phrase ("Great Smog"), the line was no answer to a who-question and the question was
refused. A deck written here, imported as a mind map is."""

from __future__ import annotations

from bot.explain import answer_question
from tests.unit.asking import imported, lead_of

HUNDRED_YEARS = """THE HUNDRED YEARS WAR 1337–1453
\tKey people
\t\tHenry V – King of England, won at Agincourt in 1415
\t\tJoan of Arc – French peasant girl who led the relief of Orléans
\tEvents
\t\tSiege of Orléans 1428–1429
\t\t\tlifted by a French army under Joan of Arc
"""


def test_a_monarch_with_a_regnal_number_answers_who() -> None:
    deck, index = imported(HUNDRED_YEARS, "outline", "hundred_years.txt")
    asked = answer_question(deck, index, "who was the king of england at the time")
    assert lead_of(asked).startswith("Henry V – King of England")
