"""/ask "what is X?" where X is a heading and the line under it says what X is (issue 13,
heldout19: Markdown with `#####` headings, mind-map parent nodes).

Notes with deep headings name a technique in a heading and define it on the first line under it;
the lines after it say more (another name, an example). The first line is the answer even when it
is a list item with sub-points (kept as their group heading) or labelled ("everything the writer
tells us: who, where…"), and a heading's brackets ("(V-effekt)") or its date ("May 1520") are no
part of what it names. A title that is itself a question names nothing. Decks written here, in
other subjects, imported the way an upload is.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.explain import answer_question
from knowledge.search._first_line import names_just
from tests.unit.asking import ask_json, imported, lead_of

MUSIC = """# Music theory revision

## Harmony

### Techniques

#### Cadences
##### Perfect cadence
- chord V moving to chord I at the end of a phrase
  - sounds finished, like a full stop
  - also called an authentic cadence
##### Plagal cadence
- chord IV moving to chord I: the "Amen" ending
  - often heard at the end of hymns
##### Tierce de Picardie (TdP)
- a major chord ending a piece in a minor key
  - e.g. many Bach chorales end this way

### Why do composers modulate?
- a new key gives contrast
"""

HISTORY = """The Reformation
\tMartin Luther
\t\tPeasants' Revolt June 1524
\t\t\tGerman peasants rose against their lords
\t\t\tLuther sided with the princes
\t\tNinety-five Theses 1517
\t\t\tattacked the sale of indulgences
\t\t\tspread quickly thanks to printing
"""


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("what is a perfect cadence", "chord V moving to chord I"),
        ("whats a plagal cadence", 'chord IV moving to chord I: the "Amen" ending'),
        ("what does tierce de picardie mean", "a major chord ending a piece in a minor key"),
    ],
)
def test_the_first_line_under_a_deep_heading_says_what_it_is(question: str, lead: str) -> None:
    deck, index = imported(MUSIC, "markdown", "music.md")
    assert lead in lead_of(answer_question(deck, index, question))


def test_a_parent_node_with_a_date_is_defined_by_its_first_child() -> None:
    deck, index = imported(HISTORY, "outline", "reformation.txt")
    asked = answer_question(deck, index, "what was the peasants revolt")
    assert "German peasants rose against their lords" in lead_of(asked)


def test_the_json_reply_leads_with_the_defining_line(tmp_path: Path) -> None:
    notes = tmp_path / "music.md"
    notes.write_text(MUSIC, encoding="utf-8")
    reply = ask_json("what is a perfect cadence", notes)
    assert reply["status"] == "answer"
    assert reply["text"].startswith("chord V moving to chord I at the end of a phrase")
    assert "Perfect cadence" in reply["topic"]


def test_a_title_names_what_it_names() -> None:
    assert names_just("Tierce de Picardie (TdP)", {"what", "is", "tierce", "de", "picardie"})
    assert names_just("Peasants' Revolt June 1524", {"what", "was", "the", "peasants", "revolt"})
    assert not names_just("Why do composers modulate?", {"why", "do", "composers", "modulate"})
    assert not names_just("Perfect cadence", {"what", "is", "a", "plagal", "cadence"})
    # a list item's brackets say what it is: "Abiotic (non-living) factors" names more
    assert not names_just("Abiotic (non-living) factors", {"abiotic", "factors"}, brackets=True)
