"""/ask on an outline numbered to three levels at the margin (issue 13; heldout20's statistics
outline): "1 WEATHER HAZARDS" (a section's number with no dot), "1.2 Tropical storms" (its
subsections) and "1.2.1 …" (points, never repeating the subsection they sit in). The
subsections were read as lines among the points, so a point lost what it is about and "what is a
tropical storm?" was answered by the bare heading. Now the bare number heads a section when
"1.1 …" lines follow it, a dotted line heads a subsection when lines sit under it, and a point
followed straight by the next point is a line of the subsection above. Decks of their own, in
other subjects, imported as an upload is.
"""

from __future__ import annotations

from bot.explain import answer_question
from tests.unit.asking import imported, lead_of

WEATHER = """GEOGRAPHY – WEATHER AND CLIMATE – REVISION OUTLINE
Use with the blue textbook, chapter 3

1 WEATHER HAZARDS
1.1 Global atmospheric circulation
1.1.1 Air rises at the equator, creating low pressure and heavy rain
1.1.2 Air sinks at 30° north and south, creating high pressure and deserts
1.1.3 Winds blow from high to low pressure along the surface
1.2 Tropical storms
1.2.1 Intense low-pressure systems with winds over 119 km/h
1.2.2 Form over oceans warmer than 27°C, between 5° and 30° from the equator
1.2.3 The eye is calm and clear; the eyewall has the strongest winds
1.2.4 Lose energy over land because the warm water no longer feeds them
1.3 Drought
1.3.1 A long period with much less rain than normal
1.3.2 Caused by high pressure that blocks rain-bearing winds

2 CLIMATE CHANGE
2.1 Evidence
2.1.1 Ice cores hold bubbles of air trapped up to 800,000 years ago
2.1.2 Tree rings are wider in warm, wet years
2.2 Natural causes
2.2.1 Orbital changes alter how much sunlight reaches the Earth
2.2.2 Volcanic ash reflects sunlight and cools the planet for a year or two
"""

RECIPE = """BREAD – METHOD NOTES

3 eggs beaten into the flour before the milk
2 spoons of sugar for a sweet loaf
1.1 Knead for ten minutes
1.2 Leave to rise for an hour
"""


def ask(question: str) -> str:
    deck, index = imported(WEATHER, "outline", "weather.txt")
    return lead_of(answer_question(deck, index, question))


def test_sections_and_subsections_are_topics_and_points_their_lines() -> None:
    deck = imported(WEATHER, "outline", "weather.txt")[0]
    titles = [topic.title for topic in deck.topics]
    assert "Tropical storms" in titles and "Natural causes" in titles
    storms = next(topic for topic in deck.topics if topic.title == "Tropical storms")
    assert storms.facts[0].raw.startswith("1.2.1 Intense low-pressure")
    assert len(storms.facts) == 4
    drought = next(topic for topic in deck.topics if topic.title == "Drought")
    # the last point of a section is a line of its subsection, not an empty topic of its own
    assert [fact.raw for fact in drought.facts][-1].startswith("1.3.2 Caused by high pressure")
    assert not [topic.title for topic in deck.topics if topic.title.startswith("Caused")]


def test_a_subsection_asked_to_be_defined_answers_with_its_first_point() -> None:
    assert ask("what is a tropical storm").startswith("1.2.1 Intense low-pressure systems")
    assert ask("what is a drought").startswith("1.3.1 A long period with much less rain")


def test_a_point_answers_for_the_subsection_it_sits_in() -> None:
    assert "Ice cores" in ask("what evidence do ice cores give for climate change")
    assert "warmer than 27°C" in ask("where do tropical storms form")


def test_a_bare_number_heads_nothing_without_dotted_lines_under_it() -> None:
    deck = imported(RECIPE, "outline", "bread.txt")[0]
    titles = [topic.title for topic in deck.topics]
    assert not [title for title in titles if "eggs" in title or "sugar" in title]
