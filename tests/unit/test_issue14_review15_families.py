"""Key terms of one family and key terms written oddly (issue 14, round-15 blind review: B40,
class 1 "Retribution" among crimes, and a line taken for a term).

- "Retribution: punishment as revenge …" and "Deterrence: punishment meant to …" were of no
  kind (the noun phrase ran on past "as" and "meant"), so "What does “Retribution” mean?"
  offered "being homeless and without a job" among punishments. A definition's phrase ends at
  "as", "like", "e.g." and a verb's past form too, and a head shared by terms defined so and
  terms named so ("Capital punishment", "Corporal punishment") is one family: asked among
  itself, and offered to no stranger when it has enough members.
- B40: the key "Vagabondage / vagrancy", typed, with the hint "V _ … / v _ … (3 words)": a term
  written "A / B" is either name typed, and its hint is the first name's.
- "LH: stimulates release of the egg = ovulation (around day 14)" made the term "LH: stimulates
  release of the egg": a name holding ": " is a line, not a key term.

Notes written for these tests (sociology, politics, endocrinology), not the review decks."""

from __future__ import annotations

from bot.questions import QuestionKind
from bot.questions._context import DeckContext
from knowledge.importers import dump_deck, import_text
from knowledge.loader import parse_deck
from knowledge.model import Deck
from knowledge.text import fold
from tests.unit.questioning import every_question

SOCIOLOGY = """SOCIAL CONTROL

1. KEY TERMS
  - Positive sanction: a reward for keeping to the norms of a group
  - Negative sanction: a penalty for breaking the norms of a group
  - Exclusion: sanction as a last resort, removing a pupil from the school
  - Detention: sanction meant to make a pupil lose free time after school
  - Deviance: being different from what most of society sees as normal
  - Socialisation: learning the norms and values of a society
"""

POLITICS = """CLASS AND POWER

1. KEY TERMS
  - Bourgeoisie / middle class: the owners of businesses, land and factories in Marx's theory
  - Proletariat: the workers who sell their labour for wages
  - Alienation: workers feel no control over, or pride in, what they make
"""

HORMONES = """HORMONES

1. THE THYROID
  - TSH: made in the pituitary = stimulates the thyroid to release thyroxine
  - Thyroxine: hormone that controls the metabolic rate
  - Adrenaline: hormone that prepares the body for fight or flight
"""


def _deck(text: str) -> Deck:
    return parse_deck(dump_deck(import_text(text, source_name="n.txt", format="outline")), "t")


def test_terms_defined_and_named_by_one_noun_are_one_family() -> None:
    deck = _deck(SOCIOLOGY)
    kinds = DeckContext(deck, 1).term_kinds
    sanctions = ("positive sanction", "negative sanction", "exclusion", "detention")

    assert len({kinds[name] for name in sanctions}) == 1
    strangers = {
        "being different from what most of society sees as normal",
        "learning the norms and values of a society",
    }
    asked = every_question(deck, range(6), QuestionKind.TERM_TO_DEFINITION)
    for question in asked:
        if question.prompt in ("What does “Exclusion” mean?", "What does “Detention” mean?"):
            assert not set(question.options) & strangers, question


def test_a_term_with_two_names_takes_either_typed() -> None:
    asked = every_question(_deck(POLITICS), range(6), QuestionKind.DEFINITION_TO_TERM)
    typed = [q for q in asked if not q.options and "Bourgeoisie / middle class" in q.answers]

    assert typed
    for question in typed:
        assert {"Bourgeoisie", "middle class"} <= set(question.answers), question
        assert question.hint is not None and "/" not in question.hint, question.hint


def test_a_name_holding_a_colon_is_no_key_term() -> None:
    asked = every_question(
        _deck(HORMONES), range(6), QuestionKind.TERM_TO_DEFINITION, QuestionKind.DEFINITION_TO_TERM
    )

    for question in asked:
        shown = (*question.answers, *question.options, question.prompt)
        assert not any(fold(text).startswith("tsh made") for text in shown), question
        assert "TSH: made" not in question.prompt, question
