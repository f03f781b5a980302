"""A Markdown file written as a numbered outline keeps its structure.

Teachers type outline notes into a `.md` file: "1. Topic", then indented "1.1 …" points and
"a) …" sub-points, sometimes with an indented "Causes:" lead-in. Markdown proper would run every
indented line onto the list item as a lazy continuation, one giant fact per section; the importer
reads them as sub-items, as the outline importer does for .txt notes.
"""

from __future__ import annotations

from bot.explain import answer_question
from knowledge.model import Deck
from tests.unit.asking import imported, lead_of

ROME = """\
# The Roman Republic

1. Government of the Republic
   1.1 Two consuls were elected each year to lead the army and the government
   1.2 The Senate
      a) about 300 former magistrates who served for life
      b) advised the consuls and controlled state finances
   1.3 Tribunes of the plebs could veto laws that harmed ordinary citizens

2. Fall of the Republic
   Causes:
      a) Generals such as Marius raised armies loyal to themselves, not to Rome
      b) Land shortages drove poor farmers into the city
   Effects:
      i) Civil wars between Caesar and Pompey
      ii) Augustus became the first emperor in 27 BC

- A plain bullet whose text is long enough to wrap
  onto a second line stays one fact.
"""


def _deck() -> Deck:
    return imported(ROME, "markdown", "rome.md")[0]


def _facts(deck: Deck) -> dict[str, str | None]:
    return {fact.text: fact.group for topic in deck.topics for fact in topic.facts}


def test_indented_outline_points_are_facts_of_their_own() -> None:
    facts = _facts(_deck())

    assert "about 300 former magistrates who served for life" in facts
    assert facts["advised the consuls and controlled state finances"] == "The Senate"
    assert "Two consuls were elected each year to lead the army and the government" in facts
    assert not any("1.2" in text or "a)" in text for text in facts)


def test_an_indented_lead_in_groups_the_points_under_it() -> None:
    facts = _facts(_deck())

    assert facts["Land shortages drove poor farmers into the city"] == "Causes"
    assert facts["Augustus became the first emperor in 27 BC"] == "Effects"
    titles = [topic.title for topic in _deck().topics]
    assert "Fall of the Republic" in titles


def test_a_wrapped_bullet_still_runs_on() -> None:
    facts = _facts(_deck())

    assert (
        "A plain bullet whose text is long enough to wrap onto a second line stays one fact."
        in (facts)
    )


def test_ask_finds_a_sub_point_not_the_whole_section() -> None:
    deck, index = imported(ROME, "markdown", "rome.md")

    lead = lead_of(answer_question(deck, index, "what could the tribunes veto?"))

    assert lead == "Tribunes of the plebs could veto laws that harmed ordinary citizens"
    lead = lead_of(answer_question(deck, index, "what did the senate control?"))
    assert lead == "advised the consuls and controlled state finances"
