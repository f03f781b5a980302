"""A country whose ISO name carries a qualifier ("Korea, Republic of", "Moldova, Republic of",
"Taiwan, Province of China") typed in lower case is a country the notes never name (issue 13;
heldout21's "did the mongols invade korea"): the name before the comma counts as a one-word
country name, as "poland" does, so the answer is "not in these notes" rather than a line about
another invasion. A deck of its own, on the Hanseatic League."""

from __future__ import annotations

import pytest

from bot.explain import answer_question
from knowledge.search._aliases import country_words
from tests.unit.asking import imported

HANSA = """# The Hanseatic League

## Trade
- The League traded with Novgorod in Russia for furs and wax
- Bergen in Norway sent stockfish south to Lübeck
- The League's ships carried salt from France to the Baltic
- The League went to war with Denmark and won the Peace of Stralsund in 1370
"""


def ask(question: str) -> str:
    deck, index = imported(HANSA, "markdown", "hansa.md")
    return answer_question(deck, index, question).status


def test_a_qualified_iso_name_gives_its_short_name() -> None:
    assert {"korea", "moldova", "taiwan", "tanzania", "poland"} <= country_words()


@pytest.mark.parametrize(
    "question",
    [
        "did the leagues ships carry salt to korea",
        "did bergen send stockfish to korea",
        "did the league trade furs and wax with moldova",
    ],
)
def test_a_country_the_notes_never_name_is_not_in_them(question: str) -> None:
    assert ask(question) == "none"


def test_a_country_the_notes_name_still_answers() -> None:
    assert ask("what did the league buy from russia") == "answer"
