"""Plain-text revision sheets headed by numbered questions in capitals ("2. HOW WAS IT BUILT?"),
one sentence a line under each (ask_own26's Black Death sheet). Such a heading was not taken for
a heading, being a question, so the headings were read as a numbered list and the line above
each became the next section's title: that line's fact was lost. The capitals line is the
heading; the line above stays a fact of the section before. Notes written here, on the Suez
Canal and on the volcanoes of Italy."""

from __future__ import annotations

from typing import Any

from bot.explain import answer_question
from knowledge.importers import import_text
from tests.unit.asking import imported, lead_of

SUEZ = """THE SUEZ CANAL -- REVISION SHEET

1. WHERE IS THE CANAL?
The Suez Canal crosses the Isthmus of Suez in Egypt.
It joins the Mediterranean Sea to the Red Sea.
Port Said stands at its northern end.

2. WHO BUILT IT?
Ferdinand de Lesseps gained a concession from Said Pasha in 1854.
Digging began at Port Said in April 1859.
Forced labour of Egyptian peasants dug much of the early canal.

3. WHY DID IT MATTER?
Ships from Britain to India no longer had to sail around Africa.
Britain bought Egypt's shares in the canal company in 1875.

4. THE SUEZ CRISIS
Nasser nationalised the canal in July 1956.
Pressure from the United States forced Britain and France to withdraw.
"""

VOLCANOES = """Volcanoes of Italy

1) WHAT KIND OF VOLCANO IS ETNA?
Etna is a stratovolcano on the east coast of Sicily.
It is the highest active volcano in Europe outside the Caucasus.

2) WHY IS STROMBOLI CALLED THE LIGHTHOUSE OF THE MEDITERRANEAN?
Stromboli has erupted almost without a break for over two thousand years.
Its small bursts of glowing lava can be seen from ships at night.

3) WHAT HAPPENED AT VESUVIUS IN 79?
An eruption of Vesuvius buried Pompeii and Herculaneum under ash.
Pliny the Younger described the eruption in two letters to Tacitus.
"""


def _topics(text: str, name: str) -> list[dict[str, Any]]:
    topics: list[dict[str, Any]] = import_text(text, format="outline", source_name=name)["topics"]
    return topics


def test_capitals_questions_head_the_sections() -> None:
    titles = [str(topic["title"]) for topic in _topics(SUEZ, "suez.txt")]
    assert titles == [
        "Where is the Canal?",
        "Who built it?",
        "Why did it matter?",
        "The Suez crisis",
    ]
    titles = [str(topic["title"]) for topic in _topics(VOLCANOES, "volcanoes.txt")]
    assert titles == [
        "What kind of volcano is Etna?",
        "Why is Stromboli called the lighthouse of the Mediterranean?",
        "What happened at Vesuvius in 79?",
    ]


def test_the_line_above_a_heading_stays_a_fact_of_its_section() -> None:
    topics = {str(topic["title"]): topic for topic in _topics(SUEZ, "suez.txt")}
    assert topics["Where is the Canal?"]["facts"][-1] == "Port Said stands at its northern end."
    assert topics["Who built it?"]["facts"][-1] == (
        "Forced labour of Egyptian peasants dug much of the early canal."
    )
    topics = {str(topic["title"]): topic for topic in _topics(VOLCANOES, "volcanoes.txt")}
    stromboli = topics["Why is Stromboli called the lighthouse of the Mediterranean?"]
    assert stromboli["facts"] == [
        "Stromboli has erupted almost without a break for over two thousand years.",
        "Its small bursts of glowing lava can be seen from ships at night.",
    ]


def test_the_line_above_a_heading_answers_its_question() -> None:
    deck, index = imported(VOLCANOES, "outline", "volcanoes.txt")
    asked = answer_question(deck, index, "what is the highest active volcano in europe")
    assert lead_of(asked) == "It is the highest active volcano in Europe outside the Caucasus."
    assert asked.topic == "What kind of volcano is Etna?"


def test_numbered_questions_in_lower_case_stay_a_list() -> None:
    """A numbered list of questions, each with its answer under it, is no outline of sections."""
    quiz = (
        "Etna revision\n\n"
        "1. What kind of volcano is Etna?\nA stratovolcano on Sicily.\n"
        "2. What is Stromboli called?\nThe lighthouse of the Mediterranean.\n"
    )
    titles = [str(topic["title"]) for topic in _topics(quiz, "etna.txt")]
    assert "What kind of volcano is Etna?" not in titles
