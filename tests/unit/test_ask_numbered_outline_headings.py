"""/ask on a numbered revision outline (issue 13; heldout17 class A3): a definition question
whose words are all a "1.1 Negative externalities (Pigou, 1920)" heading's, apart from its
number and citation, is answered by the labelled line under it ("definition = a cost to…"), not
by the heading, which only says the question back. The heading still answers what it adds (who
wrote about it). A deck of its own, in another subject, imported as an upload is.
"""

from __future__ import annotations

from bot.explain import answer_question
from tests.unit.asking import imported, lead_of

ECONOMICS = """ECONOMICS - MARKET FAILURE - REVISION OUTLINE

1. TYPES OF MARKET FAILURE
   1.1 Negative externalities (Pigou, 1920)
       - meaning = a cost to a third party that the buyer and seller do not pay
       - e.g. smoke from a factory harms the health of people living nearby
       - evaluation - hard to put a money value on the harm done
   1.2 Public goods
       - meaning = goods that are non-rival and non-excludable
       - e.g. street lighting and flood defences
       - free riders use them without paying, so firms will not supply them
2. GOVERNMENT INTERVENTION
   2.1 Indirect taxes
       - effect = raises the price so less of the good is bought
       - e.g. taxes on cigarettes and sugary drinks
   2.2 Subsidies
       - effect = lowers firms' costs so more is produced
       - e.g. grants for solar panels and bus fares
"""


def ask(question: str) -> str:
    deck, index = imported(ECONOMICS, "outline", "economics.txt")
    return lead_of(answer_question(deck, index, question))


def test_a_numbered_heading_asked_to_be_defined_answers_with_its_labelled_line() -> None:
    lead = ask("what are negative externalities")
    assert lead == "meaning = a cost to a third party that the buyer and seller do not pay"


def test_a_numbered_heading_without_a_citation_answers_with_its_labelled_line() -> None:
    assert ask("what are public goods") == "meaning = goods that are non-rival and non-excludable"


def test_the_heading_still_answers_who_its_citation_names() -> None:
    assert (
        ask("who wrote about negative externalities") == "1.1 Negative externalities (Pigou, 1920)"
    )
