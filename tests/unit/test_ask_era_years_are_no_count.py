"""/ask: "how many …?" is not answered by a year of an era (issue 13, heldout18 class 9: "how many
legions did Caesar have in Gaul?" was answered by "58–50 BC Caesar's Gallic Wars…").

A figure followed by BC, BCE, AD or CE (alone or as a span of years) dates something; it counts
nothing, so a timeline line that only dates the event is no answer and the notes do not say it.
(The refusal itself is measured on ask_eval18; here the rule and a count that still answers.)
The deck is written here, in a subject of its own (ancient Egypt).
"""

from __future__ import annotations

from bot.explain import answer_question
from knowledge.search._values import counts_things
from tests.unit.asking import imported

EGYPT = """ANCIENT EGYPT - TIMELINE

c. 2560 BC  Great Pyramid of Giza finished for the pharaoh Khufu, about 2.3 million stone blocks
1332-1323 BC  Tutankhamun reigns as a boy king, restores the old gods
1279-1213 BC  Ramesses II reigns, builds temples at Abu Simbel
525 BC  Persians conquer Egypt at the battle of Pelusium, Greek legions of mercenaries beaten
55 BC  Roman legions put Ptolemy XII back on the throne
48-47 BC  Julius Caesar in Egypt, besieged in Alexandria
30 BC  Cleopatra dies, Egypt becomes a Roman province, guarded by Roman legions
"""


def ask(question: str) -> str | None:
    deck, index = imported(EGYPT, "outline", "egypt.txt")
    asked = answer_question(deck, index, question)
    return asked.lead if asked.status == "answer" else None


def test_a_year_of_an_era_counts_nothing() -> None:
    line = "58–50 BC  Caesar's Gallic Wars – conquers Gaul (France + Belgium)"
    assert not counts_things(line, 0, 2, "legions")
    assert not counts_things("AD 43 Claudius invades Britain", 3, 5, "legions")
    assert not counts_things("c. 525 BCE Persians conquer Egypt", 3, 6, "soldiers")
    assert counts_things("Caesar had 8 legions in Gaul", 11, 12, "legions")
    assert counts_things("about 2.3 million stone blocks", 6, 9, "blocks")


def test_a_count_in_the_same_line_still_answers() -> None:
    answer = ask("how many blocks are in the great pyramid")
    assert answer is not None and answer.startswith("c. 2560 BC  Great Pyramid of Giza")
