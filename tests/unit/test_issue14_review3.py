"""Defect classes the third blind review found (docs/quiz-review.md), each fixed by a general rule
and tested here on notes in another subject (economics) than the review decks."""

from __future__ import annotations

import re

from bot.questions import Question, QuestionGenerator, QuestionKind
from knowledge.model import Deck, Fact, Term, Topic


def facts(*lines: str) -> tuple[Fact, ...]:
    return tuple(Fact(line) for line in lines)


def trade_deck() -> Deck:
    return Deck(
        id="trade",
        title="Trade",
        topics=(
            Topic(
                id="blocs",
                title="Trading blocs",
                facts=facts(
                    "EFTA = European Free Trade Association",
                    "The WTO settles trade disputes between members",
                    "NAFTA removed most tariffs between the USA, Canada and Mexico",
                    "By 1995 about 120 countries had joined the WTO",
                    "The OECD publishes economic forecasts for rich countries",
                    "The IMF lends to countries with balance of payments problems",
                ),
            ),
            Topic(
                id="measures",
                title="Measuring the economy",
                facts=facts(
                    "GDP = the value of all goods and services produced in a year",
                    "Real GDP is adjusted for inflation",
                    "Unemployment in the UK reached 3 million in 1984",
                ),
            ),
            Topic(
                id="banks",
                title="Central banks",
                facts=facts(
                    "The ECB sets interest rates for the eurozone",
                    "The FCA regulates banks and insurers in Britain",
                    "The MPC meets eight times a year to set Bank Rate",
                ),
            ),
        ),
        terms=(
            Term("efta", "EFTA", "European Free Trade Association"),
            Term("gdp", "GDP", "the value of all goods and services produced in a year"),
            Term("y", "Y", "C + I + G + (X - M), so national income = total spending"),
            Term("tariff", "Tariff", "a tax on imported goods"),
            Term("quota", "Quota", "a limit on the quantity of a good that can be imported"),
            Term("subsidy", "Subsidy", "a payment by the government to lower a firm's costs"),
        ),
    )


def _all() -> list[Question]:
    return QuestionGenerator(trade_deck(), seed=1).all_candidates()


def test_an_acronym_is_never_blanked_beside_its_own_expansion() -> None:
    for q in _all():
        if q.kind in (QuestionKind.CLOZE, QuestionKind.CHOICE):
            assert not (q.answers[0] == "EFTA" and "European Free Trade" in q.prompt), q.prompt
    asked = {q.prompt for q in _all() if q.kind is QuestionKind.TERM_TO_DEFINITION}
    assert "What does “EFTA” mean?" not in asked
    assert "What does “Tariff” mean?" in asked  # a real definition is still asked


def test_a_formula_imported_as_a_term_is_never_asked_nor_offered() -> None:
    for q in _all():
        if q.kind in (QuestionKind.TERM_TO_DEFINITION, QuestionKind.DEFINITION_TO_TERM):
            assert not any("=" in option or option == "Y" for option in q.options), q.options
            assert "“Y”" not in q.prompt


def _swapped(q: Question) -> str | None:
    """The wrong detail a false true/false statement puts in: 'False: not “X”; …' -> X."""
    if q.kind is not QuestionKind.TRUE_FALSE or q.answers != ("False",):
        return None
    return q.explanation.split("“", 1)[1].split("”", 1)[0]


def test_an_acronym_found_by_its_shape_is_asked_typed_not_among_other_acronyms() -> None:
    shape_acronyms = {"WTO", "NAFTA", "USA", "OECD", "IMF", "UK", "ECB", "FCA", "MPC"}
    for q in _all():
        if q.kind is QuestionKind.CHOICE:
            assert not shape_acronyms & set(q.options), (q.prompt, q.options)
        assert _swapped(q) not in shape_acronyms, q.prompt
    typed = {q.answers[0] for q in _all() if q.kind is QuestionKind.CLOZE}
    assert {"WTO", "IMF"} & typed


def test_a_year_that_bounds_a_claim_is_not_asked_among_other_years() -> None:
    for q in _all():
        if "about 120 countries" in q.source_fact:
            assert not (q.kind is QuestionKind.CHOICE and q.answers[0] == "1995"), q.prompt
            swapped = _swapped(q) or ""
            assert not re.fullmatch(r"1\d{3}|20\d{2}", swapped), q.prompt  # the count may be
    years = [q for q in _all() if q.kind is QuestionKind.CHOICE and q.answers[0] == "1984"]
    assert years, "a year that dates an event is still asked among other years"
