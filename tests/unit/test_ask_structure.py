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
