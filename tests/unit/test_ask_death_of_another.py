"""/ask "when did X die?" against a node naming the event of someone else: "Death of Charles I
January 1649" is no answer to when Cromwell died (issue 13, heldout19's mind map). A noun of what
is asked ("execution", "death") followed by "of" and a name says whose it was; a word the question
itself uses ("capital of Brazil" for "when did Rio stop being the capital?") names nothing that
happened. A deck written here, imported as a mind map is."""

from __future__ import annotations

from bot.explain import answer_question
from tests.unit.asking import imported, lead_of

CIVIL_WAR = """THE ENGLISH CIVIL WAR 1642–1651
\tKey people
\t\tOliver Cromwell – led the New Model Army
\t\tCharles I – king who believed in divine right
\tBattles
\t\tBattle of Naseby June 1645
\t\t\tCromwell's cavalry won the day
\tThe trial
\t\tCromwell signed the death warrant
\tEvents
\t\tDeath of Charles I January 1649
\t\t\tbeheaded outside the Banqueting House
\tThe Protectorate
\t\tCromwell became Lord Protector in 1653
"""


def test_the_death_of_another_is_no_answer() -> None:
    deck, index = imported(CIVIL_WAR, "outline", "civil_war.txt")
    # Cromwell is named all through the notes, so his name alone rules no line out
    assert answer_question(deck, index, "when did cromwell die").status == "none"


def test_the_death_of_the_one_asked_about_is_the_answer() -> None:
    deck, index = imported(CIVIL_WAR, "outline", "civil_war.txt")
    asked = answer_question(deck, index, "when did charles i die")
    assert "January 1649" in lead_of(asked)
