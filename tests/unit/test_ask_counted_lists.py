"""/ask: "how many X?" answered by a line naming each X (issue 13, session 13; ask_eval13
ANALYSIS.md class 3), and "what % …?" read as "what percentage …?".

- "only Beijing and London were millionaire cities" counts the cities by naming them: two or
  more names, the last after "and", in a line saying the thing counted;
- not a place and where it is ("Lagos, Nigeria"), nor the names the question gives itself
  ("Smith and Jones (1990) …" for "how many took part in Smith and Jones's study?");
- a per cent sign standing as a word asks for a percentage, which then must be given;
- a count in the question ("the 3 kinds of rock") is looked for in words too ("Three types: …")
  when the notes write it so; a figure the notes never write in any form is still left out.

Each deck is written here, in subjects of its own, and imported the way an upload is.
"""

from __future__ import annotations

from bot.explain import answer_question
from knowledge.search._filler import plain_question
from tests.unit.asking import imported

CITIES = """World cities - revision

Growth of cities
  - In 1800 only Beijing and London were millionaire cities
  - Lagos, Nigeria grew fastest of all after 1960
  - Most new city dwellers live in informal housing

Studies of city life
  - Smith and Jones (1990) asked commuters how they felt about noise
  - Commuters said noise was the worst part of city life

Noise survey
  - 64% of residents wanted quieter streets
"""


def ask(question: str) -> tuple[str, str | None]:
    deck, index = imported(CITIES, "outline", "cities.txt")
    asked = answer_question(deck, index, question)
    return asked.status, asked.lead


def test_a_line_naming_each_thing_answers_how_many() -> None:
    status, lead = ask("how many millionaire cities were there in 1800")
    assert status == "answer"
    assert lead is not None and "Beijing and London" in lead


def test_a_place_and_where_it_is_counts_nothing() -> None:
    assert ask("how many people lived in lagos")[0] == "none"


def test_the_names_the_question_gives_count_nothing() -> None:
    assert ask("how many commuters took part in smith and jones's study")[0] == "none"


def test_a_per_cent_sign_asks_for_a_percentage() -> None:
    assert plain_question("what % of residents wanted quieter streets") == (
        "what percentage of residents wanted quieter streets"
    )
    assert plain_question("about 64% of residents") == "about 64% of residents"
    status, lead = ask("what % of residents wanted quieter streets")
    assert status == "answer"
    assert lead is not None and "64%" in lead


ROCKS = """Rocks - revision

The rock cycle
  - Three types: igneous, sedimentary and metamorphic
  - Granite = the most common igneous rock in the crust
  - Sandstone = a sedimentary rock made of sand grains
"""


def test_a_count_asked_in_figures_finds_it_in_words() -> None:
    deck, index = imported(ROCKS, "outline", "rocks.txt")
    asked = answer_question(deck, index, "what are the 3 kinds of rock")
    assert asked.status == "answer"
    assert asked.lead is not None and asked.lead.startswith("Three types")
