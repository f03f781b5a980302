"""/ask: lines the filters had read wrongly (issue 13, session 12).

- A note that ends on a question of its own ("Eko Atlantic - new district built on land reclaimed
  from the sea; only for the rich?") was taken for a question of a question-and-answer sheet, and
  a question never answers. A line ending in "?" is now a note when a statement comes before its
  last clause.
- "How do you calculate the real interest rate?" wants a formula, and "Real interest rate: nominal
  interest rate minus inflation" gives one in words ("minus", "plus", "divided by").
- "What does RPIX mean?" was not answered by "RPIX – Retail Prices Index excluding …": the words
  the acronym stands for counted as words the question says, so the line seemed to say nothing
  more than the question.
- "Does a higher concentration give the particles more energy?" is answered by the line saying it
  does not ("Particles do NOT have more energy – only the frequency of collisions changes") rather
  than by the line repeating the question's words: among lines that answer, a yes/no question
  prefers one that says something is not so.
- "What time of day were plays performed?" asks for a part of the day ("in the afternoon"), "what
  time of year …" for a season, not for a date.

The decks are written here and imported the way an upload is.
"""

from __future__ import annotations

import pytest

from bot.explain import answer_question
from knowledge.search._ask import _FORMULA_SIGN
from knowledge.search._facts import is_question_line
from tests.unit.asking import imported, lead_of

CITY = """# Megacities

## Lagos
- Makoko - a floating slum on the lagoon, home to fishing families
- Eko Atlantic - new district built on land reclaimed from the sea; only for the rich?
- traffic jams called go-slows can last for hours

## Mumbai
- Dharavi - one of the largest slums in Asia, with many small recycling businesses
"""

ECONOMY = """# Monetary policy

## Measures of inflation
- CPI – Consumer Prices Index, the measure the target uses
- RPIX – Retail Prices Index excluding mortgage interest payments
- Bank Rate is set by the Monetary Policy Committee
- nominal interest rate = the rate a bank advertises on loans and savings

## Targets
- the inflation target is 2% a year

## Key terms
- **Gilt**: a UK government bond.
- **Hot money**: short-term capital that moves between countries seeking the best interest rate.
- **Real interest rate**: nominal interest rate minus inflation.
"""

THEATRE = """# The Globe

## Performances
- Plays were performed in the afternoon using natural daylight
- the season for touring companies was summer, when the plague closed London theatres
- groundlings paid a penny to stand in the yard
"""

RATES = """# Rates of reaction

## Concentration
- Higher concentration = more particles in the same volume of solution
- so collisions happen more often
- Particles do NOT have more energy – only the frequency of collisions changes

## Temperature
- particles move faster and have more energy
- more collisions have at least the activation energy
"""


@pytest.mark.parametrize(
    ("notes", "question", "lead"),
    [
        (CITY, "what is eko atlantic built on", "land reclaimed from the sea"),
        (ECONOMY, "how do you calculate the real interest rate", "minus inflation"),
        (ECONOMY, "what does rpix mean", "Retail Prices Index excluding"),
        (THEATRE, "what time of day were plays performed", "in the afternoon"),
        (RATES, "does a higher concentration give the particles more energy", "do NOT have"),
        (RATES, "do particles have more energy at a higher temperature", "move faster"),
    ],
)
def test_the_line_that_says_it_answers(notes: str, question: str, lead: str) -> None:
    deck, index = imported(notes, "markdown", "notes.md")
    assert lead in lead_of(answer_question(deck, index, question))


@pytest.mark.parametrize(
    ("notes", "question"),
    [
        (THEATRE, "what time of day did the globe burn down"),
        (ECONOMY, "what does mpc stand for in america"),
    ],
)
def test_what_the_notes_do_not_say_is_still_not_in_them(notes: str, question: str) -> None:
    deck, index = imported(notes, "markdown", "notes.md")
    assert answer_question(deck, index, question).status == "none"


def test_a_formula_in_words_is_a_formula() -> None:
    assert _FORMULA_SIGN.search("nominal interest rate minus inflation")
    assert _FORMULA_SIGN.search("mean = total divided by the number of values")
    assert not _FORMULA_SIGN.search("the rate a bank advertises on loans")


def test_a_question_of_a_sheet_is_still_a_question() -> None:
    assert is_question_line("Why did the Armada fail?")
    assert is_question_line("1. Why did Harold lose at Hastings?")
    assert is_question_line("Name three causes of the war?")
    assert is_question_line("Explain the causes. Use two examples?")
    assert not is_question_line("Makoko - a floating slum on stilts; safe to live in?")
