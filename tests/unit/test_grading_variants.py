"""Textbook variants of a right answer (issue 14, round-13 blind review): a teacher accepts an
abbreviated word, another noun for the same event, a treaty's place alone, a group with or
without "Army"/"party", a Russian name's "Ye"/"E", a ratio in words and the distinctive word of a
two-word term — and refuses each when the variant names another entity of the deck. An acronym
with a letter changed or two swapped is another acronym. Each right answer here was refused
before (`bot.grading.grade`)."""

from __future__ import annotations

import pytest

from bot.grading import Verdict, grade


@pytest.mark.parametrize(
    ("expected", "given", "reason"),
    [
        ("Provisional Government", "Provisional Govt", "Accepted — in full, “{}”."),
        ("Saint Petersburg", "St Petersburg", "Accepted — in full, “{}”."),
        ("Mount Everest", "Mt. Everest", "Accepted — in full, “{}”."),
        ("Kronstadt Rising", "Kronstadt rebellion", "Accepted — the notes say “{}”."),
        ("Kronstadt Rising", "Kronstadt mutiny", "Accepted — the notes say “{}”."),
        ("Kornilov Affair", "Kornilov coup", "Accepted — the notes say “{}”."),
        ("Munich Agreement", "Munich Pact", "Accepted — the notes say “{}”."),
        ("Treaty of Brest-Litovsk", "Brest Litovsk", "Accepted — the notes say “{}”."),
        ("Treaty of Brest-Litovsk", "Brest-Litovsk Treaty", "Accepted — the notes say “{}”."),
        ("Battle of Hastings", "Hastings", "Accepted — the notes say “{}”."),
        ("Whites", "White Army", "Accepted — the notes say “{}”."),
        ("Mensheviks", "Mensheviks party", "Accepted — the notes say “{}”."),
        ("Battle of the Somme", "Somme", "Accepted — the notes say “{}”."),
        ("General Franco", "Gen Franco", "Accepted — in full, “{}”."),
        ("Nazis", "Nazi Party", "Accepted — the notes say “{}”."),
        ("Ionic bond", "ionic", "Accepted — in full, “{}”."),
        ("Ekaterinburg", "Yekaterinburg", "Accepted — the notes spell it “{}”."),
        ("Yeltsin", "Eltsin", "Accepted — the notes spell it “{}”."),
        ("Binomial system", "binomial", "Accepted — in full, “{}”."),
    ],
)
def test_a_textbook_variant_of_the_answer_is_accepted(
    expected: str, given: str, reason: str
) -> None:
    result = grade(expected, given)
    assert result.correct, result
    assert result.verdict is Verdict.ALIAS
    assert result.reason == reason.format(expected)


@pytest.mark.parametrize("given", ["3 to 1", "three to one", "3 : 1"])
def test_a_ratio_in_words_is_the_ratio(given: str) -> None:
    result = grade("3:1", given)
    assert (result.correct, result.verdict, result.reason) == (
        True,
        Verdict.NUMBER if given != "3 : 1" else Verdict.EXACT,
        "Correct — that's 3:1." if given != "3 : 1" else "Correct.",
    )


def test_a_ratio_the_other_way_round_is_wrong() -> None:
    result = grade("3:1", "1 to 3")
    assert not result.correct
    assert result.reason == "Not quite — the answer is “3:1”."


def test_the_distinctive_word_is_accepted_when_the_deck_names_other_kinds() -> None:
    """ "continuous" says the term alone, as other kinds of variation in the deck confirm; never
    the shared noun alone, nor an everyday word."""
    deck = ["Continuous variation", "Discontinuous variation", "Natural selection"]
    result = grade("Continuous variation", "continuous", others=deck)
    assert result.correct
    assert result.reason == "Accepted — in full, “Continuous variation”."
    # a describing word rarer than everyday English says the term alone, as "thermal" does for
    # "Thermal store" (issue 14 round-14 probes); an everyday one ("natural") never does
    assert grade("Continuous variation", "continuous").correct
    assert grade("Discontinuous variation", "discontinuous", others=deck).correct
    for given in ("variation", "continuous", "continuous variation"):
        assert not grade("Discontinuous variation", given, others=deck).correct
    assert not grade("Natural selection", "natural", others=deck).correct  # everyday word
    assert not grade("Natural selection", "selection", others=deck).correct


@pytest.mark.parametrize(
    ("expected", "given", "deck"),
    [
        # the kept words name another entity of the deck too
        ("Treaty of Versailles", "Versailles", ["Palace of Versailles"]),
        ("Binomial system", "binomial", ["Binomial name"]),
        # the variant is another entity, or another event of the same kind with those words
        ("Red Guards", "Red Army", ["Red Army"]),
        ("Reds", "Red Army", ["Red Army"]),
        ("Kronstadt Rising", "Kronstadt mutiny", ["Kronstadt Mutiny"]),
        ("Provisional Government", "Prov Government", ["Provincial Government"]),
    ],
)
def test_a_variant_that_names_another_entity_is_refused(
    expected: str, given: str, deck: list[str]
) -> None:
    result = grade(expected, given, others=[expected, *deck])
    assert not result.correct, result


@pytest.mark.parametrize(
    ("expected", "given"),
    [
        ("Henry VIII", "Henry VI"),  # a Roman numeral is no abbreviation
        ("Winter Palace", "Summer Palace"),
        ("Petrograd Soviet", "Provisional Government"),
        ("Bolsheviks", "Mensheviks"),
        ("Red Guards", "Red Army"),
        ("Battle of Britain", "Britain Treaty"),
        ("62 million", "62"),  # a scale word is part of the number: 62 is not 62,000,000
        ("Andrew Johnson", "Andrew John"),  # a shortened surname is another person's
        ("Boston Tea Party", "Boston Tea"),  # a group noun left out may be no group noun
        ("Labour Party", "Labour"),
        ("sodium chloride", "sodium"),  # a noun before a noun names a thing of its own
        ("Natural selection", "natural"),  # a common word says nothing alone
    ],
)
def test_what_only_looks_like_a_variant_is_wrong(expected: str, given: str) -> None:
    assert not grade(expected, given).correct


@pytest.mark.parametrize(
    ("expected", "given"), [("MRSA", "MSRA"), ("ICBM", "IBCM"), ("USSR", "USSE")]
)
def test_an_acronym_with_letters_swapped_or_changed_is_another_acronym(
    expected: str, given: str
) -> None:
    result = grade(expected, given)
    assert not result.correct
    assert result.reason == (
        f"Not quite — in an acronym each letter stands for a word: the answer is “{expected}”."
    )


def test_an_acronym_in_lower_case_or_the_plural_is_still_right() -> None:
    assert grade("MRSA", "mrsa").correct
    assert grade("ICBM", "ICBMs").correct


@pytest.mark.parametrize(
    ("expected", "given"), [("PARIS", "Pairs"), ("SPRING", "Sprnig"), ("NATO", "NAOT")]
)
def test_a_word_in_capitals_keeps_the_slips_of_a_word(expected: str, given: str) -> None:
    """A trivia list written in capitals, and acronyms read as words, are not letter codes."""
    assert grade(expected, given).correct


def test_the_deck_writing_the_answer_with_more_is_no_rival() -> None:
    deck = ["Treaty of Brest-Litovsk", "Treaty of Brest-Litovsk (March 1918)", "Trotsky"]
    assert grade("Treaty of Brest-Litovsk", "Brest Litovsk", others=deck).correct
