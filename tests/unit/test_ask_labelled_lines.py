"""/ask on notes whose lines are labelled with what they are about (issue 13, heldout18 class 1).

A revision sheet says each thing once, on the line it labels ("Plutonic rocks (intrusive) - …");
other lines only mention it ("Granite - a pink or grey rock, intrusive, …"). A question about the
thing is answered by its own line: the label, a name in the label's brackets or either side of
a slash, or a term glossed in brackets mid-line ("(VEI = volcanic explosivity index …)"). A label
opening "After …" is about what follows the thing, not the thing. The deck is written here, in a
subject of its own (geology).
"""

from __future__ import annotations

import pytest

from bot.explain import answer_question
from knowledge.search._subject import subject_names
from knowledge.search._words import index_word
from tests.unit.asking import imported, lead_of

ROCKS = """ROCKS AND VOLCANOES - REVISION SHEET

Igneous rocks - formed when magma or lava cools and hardens
Plutonic rocks (intrusive) - cool slowly underground so the crystals grow large
Granite - a pink or grey rock, intrusive, used for kitchen worktops and kerbs
Basalt - dark, fine-grained, forms most of the ocean floor
Sedimentary rocks - layers of sediment squashed and cemented together
Limestone - made of shells of sea creatures, dissolves slowly in rainwater
Marble - limestone baked by heat, used by sculptors
Weathering - the breakdown of rock where it lies
Erosion - rock worn away and carried off by water, ice or wind
After erosion - the fragments are dropped as sediment in lakes and seas
Eruption / outburst - magma forced out through a vent by the pressure of gas
1980 Mount St Helens erupts in Washington State (VEI = volcanic explosivity index, 5 for this one)
the VEI scale was used again for Pinatubo in 1991, a 6
Lahar - a mudflow of ash and water racing down a valley
"""


def ask(question: str) -> str:
    deck, index = imported(ROCKS, "outline", "rocks.txt")
    return lead_of(answer_question(deck, index, question))


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        # the name in the label's brackets, not the line that mentions it after its own label
        ("what does intrusive mean", "Plutonic rocks (intrusive)"),
        # a term glossed in brackets mid-line, not the line that only uses the term
        ("what is the vei", "1980 Mount St Helens erupts"),
        # "After erosion - …" is about what follows erosion
        ("what happens in erosion", "Erosion - rock worn away"),
        ("what is an outburst", "Eruption / outburst - magma forced out"),
        ("what is basalt", "Basalt - dark, fine-grained"),
    ],
)
def test_the_line_labelled_with_what_is_asked_leads(question: str, lead: str) -> None:
    assert ask(question).startswith(lead)


def test_a_line_saying_more_of_the_question_still_leads() -> None:
    # "what is marble used for": the Marble line; "what is limestone made of": its own line,
    # though "Marble - limestone baked…" names limestone too
    assert ask("what is limestone made of").startswith("Limestone - made of shells")


def named(*words: str) -> frozenset[str]:
    """A name as the index compares it (stems: "senate" is "senat")."""
    return frozenset(index_word(word) for word in words)


def test_the_names_a_line_gives_its_subject() -> None:
    assert subject_names("Indirect costs (overheads) = can't be traced to one product") == [
        named("indirect", "cost"),
        named("overhead"),
    ]
    assert subject_names("Arti / aarti = ceremony waving a tray") == [
        named("arti"),
        named("aarti"),
    ]
    assert subject_names("After arti = worshippers pass hands over the flame") == []
    assert subject_names("-> Senate = approx 300 ex-magistrates") == [named("senate")]
    # a flashcard's front that asks is no label; a line with no separator has none
    assert subject_names("What is a geostationary satellite? — A satellite that orbits…") == []
    assert subject_names("use of violence + the SCU became normal politics") == []
    assert subject_names("121 BC first decree (SCU = final decree of the Senate) used") == [
        named("scu")
    ]
    # a table row is about its first cell's value, not its column's name
    assert subject_names("Metal: Aluminium; Uses: drinks cans", "Aluminium") == [named("aluminium")]
