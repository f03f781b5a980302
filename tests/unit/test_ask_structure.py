"""/ask where the answer sits in the notes' structure rather than in the words of the question.

- Literature notes give a quotation and, under it, what it shows. "What does 'X' mean/show?"
  is answered by the comment (which never repeats the quotation); "which quote shows …?" by the
  quotation above the comment that says it. A quotation cut at its "?" ("…Clean from my hand?" /
  "(2.2)") is one quotation, and a quotation ending in "?" is no question of a Q&A sheet.
- "How come …?" asks why.
- "What's the problem with X?", "what does X represent?": the words that say which aspect is
  asked about are question phrasing; the notes rarely use them, so they must not make the
  answer "not in these notes" when the thing asked about is there.

The decks are written here in subjects of their own and imported the way `studybot ask --deck
notes.md` reads them; what is asserted is the line the student is shown.
"""

from __future__ import annotations

import pytest

from bot.explain import answer_question
from knowledge.search import plain_question
from knowledge.search._facts import is_question_line, is_quotation, is_reference
from tests.unit.asking import imported, lead_of

MICE_AND_MEN = """# Of Mice and Men – character and quotation notes

Quotation, chapter, then what it shows.

## George

- Small and quick, dark of face, with restless eyes

> "Guys like us, that work on ranches, are the loneliest guys in the world" (ch. 1)

  - loneliness of itinerant workers; the American Dream as an escape

> "I ain't got no people. I seen the guys that go around on the ranches alone. That ain't no good?"

(ch. 3)

  - Slim is the one he trusts with the truth about Lennie

- Kills Lennie himself so that Curley's men cannot torture him

## Lennie

> "Tell me about the rabbits, George" (ch. 1)

  - childlike dependence; the dream keeps him calm
  - repetition makes the dream sound like a bedtime story

- Huge, shapeless of face, with large pale eyes

## Curley's wife

> "I get lonely" (ch. 5)

  - the only woman on the ranch has no one to talk to – she is never given a name
"""

RATES = """# Weathering and coasts

## Coastal management

- Sea walls:
  - Concrete wall reflects the energy of the waves back out to sea
  - Very expensive, about £6,000 per metre, and waves can erode the base over time
- Groynes:
  - Wooden barriers that trap sediment moved by longshore drift
  - Starve beaches further down the coast of sand

## Erosion

- Hydraulic action: waves force air into cracks in the cliff, which weakens the rock
- Abrasion: pebbles thrown against the cliff wear it away
- Cliffs retreat faster where the rock is soft clay, because clay is weak and easily eroded
"""


def _lead(notes: str, name: str, question: str) -> str:
    deck, index = imported(notes, "markdown", name)
    return lead_of(answer_question(deck, index, question))


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("what does tell me about the rabbits show", "childlike dependence"),
        ("what does guys like us mean", "loneliness of itinerant workers"),
        ("what does the i get lonely quote tell us about curley's wife", "never given a name"),
        ("what does the quote i aint got no people suggest", "Slim is the one he trusts"),
    ],
)
def test_meaning_of_a_quotation_is_the_comment_under_it(question: str, expected: str) -> None:
    assert expected in _lead(MICE_AND_MEN, "mice.md", question)


def test_a_quote_asked_for_is_the_quotation_above_its_comment() -> None:
    lead = _lead(
        MICE_AND_MEN, "mice.md", "which quote shows george's loneliness of itinerant workers"
    )
    assert lead.startswith('"Guys like us')


def test_a_plain_question_about_a_quotation_still_gets_the_quotation() -> None:
    lead = _lead(MICE_AND_MEN, "mice.md", "who says tell me about the rabbits")
    assert "rabbits" in lead


def test_quotation_lines() -> None:
    assert is_quotation('"Tell me about the rabbits, George" (ch. 1)')
    assert is_quotation("\"Will all great Neptune's ocean wash this blood / Clean from my hand?")
    assert is_quotation("“Out, damned spot!” (Act 5, Scene 1)")
    assert not is_quotation('"Smith" is the most common surname, so she stands for everyone')
    assert not is_quotation('Attacks him: "When you durst do it, then you were a man" (1.7)')
    assert is_reference("(2.2)") and is_reference("(Act 3, Scene 4)") and is_reference("(ch. 3)")
    assert not is_reference("(see the diagram on the next page for the rest of it)")
    assert not is_question_line('"Is this a dagger which I see before me?')
    assert is_question_line("Why is Lennie so dependent on George?")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("how come the sea wall is so expensive", "Very expensive"),
        ("How come cliffs retreat faster in some places?", "soft clay"),
    ],
)
def test_how_come_asks_why(question: str, expected: str) -> None:
    assert plain_question(question).casefold().startswith("why")
    assert expected in _lead(RATES, "coasts.md", question)


def test_how_come_alone_is_left_as_it_is() -> None:
    assert plain_question("how come?") == "how come?"


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("what is the problem with groynes", "Starve beaches"),
        ("what does hydraulic action help to do to the rock", "weakens the rock"),
    ],
)
def test_aspect_words_do_not_refuse_a_covered_question(question: str, expected: str) -> None:
    assert expected in _lead(RATES, "coasts.md", question)


def test_aspect_words_do_not_answer_what_the_notes_lack() -> None:
    deck, index = imported(RATES, "markdown", "coasts.md")
    assert answer_question(deck, index, "what is the population of the coast").status == "none"


VOLCANO = """# Tectonic hazards

## Case study: Eyjafjallajökull eruption, Iceland

- When: 14 April 2010, after weeks of smaller eruptions from March
- Where: under an ice cap in southern Iceland, on the Mid-Atlantic Ridge
- Effects:
  - An ash cloud rose about 9 km into the atmosphere
  - Flights across Europe were grounded for six days
  - About 800 people evacuated from farms near the volcano
  - Meltwater floods washed away 12 bridges and parts of the main ring road
- Responses:
  - Rivers were diverted and the road was breached on purpose to let floodwater through
  - The ash fell on farmland, so farmers kept their animals indoors
  - A new eruption warning system for Iceland was opened in 2012
"""


def test_a_labelled_line_answers_the_question_it_labels() -> None:
    lead = _lead(VOLCANO, "volcano.md", "when was the eruption in iceland")
    assert lead.startswith("When: 14 April 2010")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("how high did the ash cloud go", "about 9 km"),
        ("how long were flights grounded for", "six days"),
    ],
)
def test_how_long_or_high_is_answered_by_a_length_or_a_time(question: str, expected: str) -> None:
    assert expected in _lead(VOLCANO, "volcano.md", question)


@pytest.mark.parametrize(
    "question",
    [
        "how long is the ring road",  # "12 bridges" is no length
        "what is the population of iceland",  # "800 people evacuated" is no population
    ],
)
def test_a_figure_of_another_measure_is_not_the_answer(question: str) -> None:
    deck, index = imported(VOLCANO, "markdown", "volcano.md")
    assert answer_question(deck, index, question).status == "none"


# Numbered notes in the style of a textbook: "2.2 **Term**: definition" lines with sub-points.
SOFTWARE = """# Software engineering

## 2. Testing

2.1 **Unit testing**: checking each function or class on its own, away from the rest.
  - Usually automated and run on every commit.
2.2 **Regression testing (RT)**: re-running old tests to check that a change broke nothing.
2.3 **Integration testing**: checking that modules work together.
  - Done after unit testing.

## 3. Teams

3.1 Pair programming improves code quality, as Kent Beck argued in 1999.
3.2 The product owner decides what goes into each sprint.
  - Protecting regression testing time is hard when deadlines loom.
"""


def test_numbered_bold_terms_are_lines_of_their_own() -> None:
    deck, _ = imported(SOFTWARE, "markdown", "software.md")
    texts = [fact.text for topic in deck.topics for fact in topic.facts]
    assert any(
        text.startswith("2.2 Regression testing (RT)") or text.startswith("Regression")
        for text in texts
    )
    assert not any("Usually automated" in text and "Regression" in text for text in texts)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("what is regression testing", "re-running old tests"),
        ("what does integration testing mean", "modules work together"),
    ],
)
def test_the_line_defining_a_term_answers_what_it_is(question: str, expected: str) -> None:
    assert expected in _lead(SOFTWARE, "software.md", question)


@pytest.mark.parametrize(
    "question",
    [
        "what was the name of the product owner",
        "what are the names of the people in the pair",
    ],
)
def test_a_name_asked_for_needs_a_name(question: str) -> None:
    deck, index = imported(SOFTWARE, "markdown", "software.md")
    assert answer_question(deck, index, question).status == "none"


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("what does george say about guys like him", '"Guys like us'),
        ("why does lennie ask george to tell him about the rabbits", "childlike dependence"),
    ],
)
def test_say_asks_for_the_quotation_and_why_for_the_comment(question: str, expected: str) -> None:
    assert expected in _lead(MICE_AND_MEN, "mice.md", question)


ELECTRICITY = """# Electricity

## Measuring

- Current is measured in amps (A) with an ammeter placed in series
- The unit of charge is the coulomb (C = ampere second)
- Flow rate of a river is measured in cumecs (cubic metres per second)
- The constantan wire is fixed along a metre ruler with crocodile clips
"""


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("what does cumecs stand for", "cumecs (cubic metres per second)"),
    ],
)
def test_a_unit_spelt_out_beside_it_is_what_it_stands_for(question: str, expected: str) -> None:
    assert expected in _lead(ELECTRICITY, "electricity.md", question)


def test_a_measure_the_notes_never_name_is_not_in_them() -> None:
    deck, index = imported(ELECTRICITY, "markdown", "electricity.md")
    # the notes name the wire but never its resistivity: no line can give it
    assert (
        answer_question(deck, index, "what is the resistivity of constantan wire").status == "none"
    )
    assert "constantan" in lead_of(
        answer_question(deck, index, "what is the constantan wire fixed along")
    )
