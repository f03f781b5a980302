"""Grading typed answers: what a student types, and what they are told back.

Cases are real answers to questions on the Khrushchev notes (knowledge/notes/khrushchev.txt), plus a
chemistry and a French deck to show nothing is tuned to one subject.
"""

from __future__ import annotations

import dataclasses
import random

import pytest

from bot.grading import MAX_ANSWER_CHARS, Grade, Grader, Verdict, grade

# Names, places and terms of the Khrushchev notes, as a deck would list them.
KHRUSHCHEV = [
    "Nikita Khrushchev", "Stalin", "Imre Nagy", "Ernő Gerő", "Władysław Gomułka", "Walter Ulbricht",
    "Tito", "John Foster Dulles", "Dwight Eisenhower", "John F. Kennedy", "Hungary", "Poland",
    "Finland", "Austria", "Belgrade", "Budapest", "Poznań", "East Germany", "West Germany", "NATO",
    "Warsaw Pact", "Berlin Wall", "Cuban Missile Crisis", "Test Ban Treaty", "Geneva Conference",
    "Operation Solarium", "Détente", "Peaceful Coexistence", "Brinkmanship", "Containment",
    "Destalinisation", "Red Army", "CIA",
]  # fmt: skip

deck = Grader(KHRUSHCHEV)


def accepted(expected: str | list[str], given: str) -> Grade:
    result = deck.grade(expected, given)
    assert result.correct, result
    return result


def rejected(expected: str | list[str], given: str) -> Grade:
    result = deck.grade(expected, given)
    assert not result.correct, result
    return result


# --- numbers -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("expected", "given"),
    [
        ("30,000", "30000"),
        ("30,000", "30 000"),
        ("30,000", "30k"),
        ("30,000", "30 thousand"),
        ("30,000", "thirty thousand"),
        ("30,000", "about 30,000"),
        ("125", "one hundred and twenty-five"),
        ("125", "one hundred twenty five"),
        ("$10 million", "10 million"),
        ("$10 million", "10m"),
        ("$10 million", "10,000,000"),
        ("$10 million", "10 million dollars"),
        ("1/6", "one sixth"),
        ("1/6", "a sixth"),
        ("1/6", "1 in 6"),
        ("0.5", "half"),
        ("3/4", "three quarters"),
        ("4th", "fourth"),
        ("21st", "twenty-first"),
        ("-273", "minus 273"),
    ],
)
def test_a_number_written_another_way_is_right(expected: str, given: str) -> None:
    result = accepted(expected, given)
    assert result.verdict is Verdict.NUMBER


@pytest.mark.parametrize(
    ("expected", "given"),
    [("20%", "20"), ("20%", "20 percent"), ("20%", "20 per cent"), ("20%", "one fifth")],
)
def test_a_percentage_may_be_given_without_the_sign(expected: str, given: str) -> None:
    assert accepted(expected, given).verdict is Verdict.NUMBER


def test_spacing_before_a_percent_sign_is_the_same_answer() -> None:
    assert accepted("20 %", "20%").verdict is Verdict.EXACT


@pytest.mark.parametrize(
    ("expected", "given", "reason"),
    [
        ("30,000 troops", "300,000", "Not quite: 300,000 is not 30,000."),
        ("30,000", "3000", "Not quite: 3000 is not 30,000."),
        ("125", "152", "Not quite: 152 is not 125."),
        ("20%", "25%", "Not quite: 25% is not 20%."),
        ("$10 million", "10", "Not quite: 10 is not 10 million."),
        ("1/6", "1/5", "Not quite: 1/5 is not 1/6."),
        ("4th", "fifth", "Not quite: 5th is not 4th."),
    ],
)
def test_a_different_number_is_wrong_and_both_are_shown(
    expected: str, given: str, reason: str
) -> None:
    result = rejected(expected, given)
    assert result.verdict is Verdict.WRONG
    assert result.reason == reason


def test_digits_squashed_together_are_not_a_fraction() -> None:
    assert rejected("1/6", "16").reason == "Not quite: 16 is not 1/6."


def test_two_numbers_at_once_are_not_an_answer() -> None:
    assert rejected("30,000", "30,000 or 300,000").verdict is Verdict.WRONG


@pytest.mark.parametrize("given", ["30000", "30,000 troops", "thirty thousand", "30,000 soldiers"])
def test_the_number_alone_answers_a_number_with_a_unit(given: str) -> None:
    assert accepted("30,000 troops", given).expected == "30,000 troops"


def test_died_for_die_is_fine_since_the_number_is_the_answer() -> None:
    assert accepted("125 die", "125 people died").reason == "Correct — that's 125."


# --- years and dates -----------------------------------------------------------------------------


@pytest.mark.parametrize("given", ["1956", "in 1956", "nineteen fifty-six"])
def test_a_year_is_right_in_any_spelling(given: str) -> None:
    assert accepted("1956", given)


@pytest.mark.parametrize("given", ["1965", "1955", "1957", "56"])
def test_a_year_is_never_fuzzy(given: str) -> None:
    result = rejected("1956", given)
    assert result.reason.startswith(f"Not quite: {given} is not 1956")


@pytest.mark.parametrize("given", ["1953-64", "1953 to 1964", "1953–1964"])
def test_a_range_of_years_with_a_short_end(given: str) -> None:
    assert accepted("1953–1964", given).verdict in (Verdict.NUMBER, Verdict.EXACT)


def test_half_a_range_is_not_the_range() -> None:
    assert rejected("1953–1964", "1953").reason == "Not quite: 1953 is not 1953–1964."


def test_a_decade_is_not_its_first_year() -> None:
    assert accepted("1950s", "the 1950s")
    assert rejected("1950s", "1950").reason == "Not quite: 1950 is not 1950s."


@pytest.mark.parametrize(
    "given", ["4 November", "4th November", "November 4", "the fourth of November", "4 Nov 1956"]
)
def test_a_date_with_month_names_or_abbreviations(given: str) -> None:
    result = accepted("4th Nov", given)
    assert result.reason == "Correct — that's 4 November."


def test_a_date_on_the_wrong_day_is_wrong() -> None:
    result = rejected("4 November 1956", "5 November 1956")
    assert result.reason == "Not quite: 5 November 1956 is not 4 November 1956."


def test_a_date_without_its_day_is_nearly_right() -> None:
    assert rejected("4 November 1956", "November 1956").reason == (
        "Nearly — the date is 4 November 1956."
    )


def test_a_date_in_the_wrong_year_is_wrong() -> None:
    assert rejected("4 November 1956", "4 November 1965").verdict is Verdict.WRONG


# --- names and terms: spelling --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("expected", "given"),
    [
        ("Nagy", "Nagi"),
        ("Khrushchev", "Khruschev"),
        ("Khrushchev", "Krushchev"),
        ("Eisenhower", "Einsenhower"),
        ("Ulbricht", "Ulbrict"),
        ("Finland", "Finalnd"),
        ("Hungary", "Hungry"),
        ("Containment", "containmnet"),
        ("Cuban Missile Crisis", "cuban misile crisis"),
        ("Peaceful Coexistence", "peacful coexistance"),
    ],
)
def test_a_slip_of_the_hand_is_accepted_and_the_spelling_shown(expected: str, given: str) -> None:
    result = accepted(expected, given)
    assert result.verdict is Verdict.TYPO
    assert result.reason == f"Accepted — the spelling is “{expected}”."


@pytest.mark.parametrize(
    ("expected", "given"),
    [
        ("Gomułka", "Gomulka"),
        ("Ernő Gerő", "erno gero"),
        ("Détente", "detente"),
        ("Destalinisation", "destalinization"),
        ("Peaceful Coexistence", "peaceful co-existence"),
        ("Warsaw Pact", "the Warsaw pact"),
        ("NATO", "n.a.t.o."),
        ("Poznań", "POZNAN"),
    ],
)
def test_accents_case_articles_hyphens_and_spelling_variants_are_exact(
    expected: str, given: str
) -> None:
    result = accepted(expected, given)
    assert result.verdict is Verdict.EXACT
    assert result.reason == "Correct."


@pytest.mark.parametrize(
    ("expected", "given"),
    [
        ("Austria", "Australia"),
        ("Hungary", "Bulgaria"),
        ("Poland", "Holland"),
        ("Khrushchev", "Kennedy"),
        ("Australia", "Austria"),  # a syllable dropped, not a letter
        ("Iran", "Iraq"),
        ("NATO", "NAT"),
        ("Tito", "Tit"),
        ("East Germany", "West Germany"),
        ("Stalin", "Stalingrad"),
    ],
)
def test_a_different_word_is_not_a_typo(expected: str, given: str) -> None:
    assert rejected(expected, given).reason == f"Not quite — the answer is “{expected}”."


@pytest.mark.parametrize(
    ("expected", "given"),
    [
        ("Khrushchev", "Kruschev"),
        ("Khrushchev", "Khrushev"),
        ("Nikita Khrushchev", "Nikita Kruschev"),
        ("Nietzsche", "Nietzse"),
    ],
)
def test_letters_left_out_of_a_long_name_are_judged_by_the_names_length(
    expected: str, given: str
) -> None:
    result = accepted(expected, given)
    assert result.verdict is Verdict.TYPO
    assert result.reason == f"Accepted — the spelling is “{expected}”."


@pytest.mark.parametrize(
    ("expected", "given"),
    [
        ("Australia", "Austria"),  # a vowel left out takes a syllable with it
        ("Khrushchev", "Krushev"),  # less than three quarters of the name is left
        ("Princess", "Prince"),  # two letters short of an 8-letter word: one edit allowed
        ("Mars", "Mar"),  # a 3-letter answer is never a typo
        ("Khrushchev", "Kruschov"),  # letters left out and one changed: three edits
    ],
)
def test_leaving_out_letters_does_not_stretch_to_other_words(expected: str, given: str) -> None:
    assert not grade(expected, given).correct


def test_short_words_need_a_near_exact_match_even_without_others() -> None:
    assert not grade("Poland", "Holland").correct
    assert grade("Poland", "Holland", others=["Holland"]).verdict is Verdict.WRONG
    assert not grade("Mali", "Bali").correct
    assert not grade("Cuba", "Cuda").correct


def test_numbers_inside_a_name_are_never_fuzzy() -> None:
    assert not grade("MiG-21", "MiG-23").correct
    assert grade("MiG-21", "mig 21").verdict is Verdict.EXACT


def test_roman_numerals_are_never_fuzzy() -> None:
    assert not grade("Louis XVIII", "Louis XVII").correct
    assert not grade("Henry VIII", "Henry VII").correct
    assert grade("Henry VIII", "henry viii").verdict is Verdict.EXACT


def test_a_named_number_is_a_name_not_a_quantity() -> None:
    assert rejected("Second Berlin Crisis", "Second Cuban Crisis").verdict is Verdict.WRONG
    assert accepted("Thirty Years War", "thirty years war").verdict is Verdict.EXACT


@pytest.mark.parametrize(
    ("expected", "given"),
    [
        ("first and mightiest", "first"),
        ("first and mightiest", "first and last"),
        ("second to none", "second"),
        ("second to none", "2nd"),
        ("one of a kind", "1"),
        ("first world war", "first"),
        ("third way", "3rd"),
        ("5 year plan", "5"),
        ("one child policy", "one"),
        ("10 Downing Street", "10"),
    ],
)
def test_a_phrase_with_a_number_word_in_it_is_not_a_number(expected: str, given: str) -> None:
    result = rejected(expected, given)
    assert result.verdict is Verdict.WRONG
    assert "that's" not in result.reason


@pytest.mark.parametrize(
    ("expected", "given", "shown"),
    [
        ("first", "1st", "1st"),
        ("2nd place", "second", "2nd"),
        ("thirty thousand troops", "30000", "30,000"),
        ("30,000 troops in Hungary", "thirty thousand", "30,000"),
        ("3 Baltic states", "three", "3"),
        ("two thirds of the vote", "2/3", "2/3"),
        ("20% of the vote", "one fifth", "20%"),
    ],
)
def test_a_number_with_a_unit_or_qualifier_is_still_a_number(
    expected: str, given: str, shown: str
) -> None:
    assert accepted(expected, given).reason == f"Correct — that's {shown}."


def test_a_phrase_with_a_number_word_is_graded_as_text() -> None:
    assert accepted("first and mightiest", "First and Mightiest").verdict is Verdict.EXACT
    assert accepted("second to none", "secodn to none").verdict is Verdict.TYPO


# --- names: parts, extra words, order -------------------------------------------------------------


def test_a_surname_answers_a_full_name() -> None:
    result = accepted("Imre Nagy", "Nagy")
    assert result.verdict is Verdict.ALIAS
    assert result.reason == "Accepted — in full, “Imre Nagy”."


def test_a_full_name_answers_a_surname() -> None:
    result = accepted("Nagy", "Imre Nagy")
    assert result.verdict is Verdict.ALIAS
    assert result.reason == "Accepted — the answer is “Nagy”."


@pytest.mark.parametrize("given", ["President Eisenhower", "Dwight D. Eisenhower", "Eisenhower"])
def test_a_title_or_initial_before_a_surname(given: str) -> None:
    assert accepted("Eisenhower", given)


def test_a_misspelt_surname_is_a_typo_of_the_full_name() -> None:
    assert accepted("Imre Nagy", "Nagi").verdict is Verdict.TYPO


def test_a_surname_first_name_order_is_accepted() -> None:
    assert accepted("Imre Nagy", "Nagy Imre").reason == "Accepted — usually written “Imre Nagy”."


def test_a_first_name_alone_is_not_enough() -> None:
    assert rejected("Imre Nagy", "Imre").verdict is Verdict.WRONG


@pytest.mark.parametrize(
    ("expected", "given"),
    [
        ("Warsaw Pact", "Pact"),
        ("Warsaw Pact", "Warsaw"),
        ("Berlin Wall", "Wall"),
        ("East Germany", "Germany"),
        ("Cuban Missile Crisis", "Missile Crisis Cuban"),
        ("Cuban Missile Crisis", "Cuba"),
    ],
)
def test_part_of_a_thing_is_not_the_thing(expected: str, given: str) -> None:
    assert rejected(expected, given).verdict is Verdict.WRONG


@pytest.mark.parametrize("given", ["not Nagy", "Gerő or Nagy", "Gero Nagy", "Hungary Nagy"])
def test_hedged_or_doubled_answers_are_wrong(given: str) -> None:
    assert rejected("Nagy", given).verdict is Verdict.WRONG


# --- other entities of the deck -------------------------------------------------------------------


def test_a_typo_as_close_to_another_name_is_rejected_and_names_it() -> None:
    result = grade("Dulles", "Dullas", others=["Dallas", "Eisenhower"])
    assert result.verdict is Verdict.CLOSE_TO_OTHER
    assert not result.correct
    assert result.reason == "Not accepted — that looks as much like “Dallas” as “Dulles”."
    assert grade("Dulles", "Dullas").verdict is Verdict.TYPO


def test_another_name_of_the_deck_spelt_right_is_called_out() -> None:
    result = grade("Gero", "Gera", others=["Gera", "Nagy"])
    assert result.verdict is Verdict.CLOSE_TO_OTHER
    assert (
        result.reason == "Not accepted — “Gera” is another answer in these notes; we wanted “Gero”."
    )


def test_a_surname_shared_by_two_people_of_the_deck_is_ambiguous() -> None:
    result = grade("Imre Nagy", "Nagy", others=["Ferenc Nagy", "Hungary"])
    assert result.verdict is Verdict.CLOSE_TO_OTHER
    assert "Ferenc Nagy" in result.reason


# A deck with two Kennedys; like the decks studybot builds, it lists their surname too.
KENNEDYS = Grader(["Robert Kennedy", "John F. Kennedy", "Kennedy", "Nikita Khrushchev", "Cuba"])


@pytest.mark.parametrize("given", ["Robert Kennedy", "robert kennedy", "Robert Kenedy"])
def test_a_longer_name_that_is_another_person_of_the_deck_is_rejected_and_named(
    given: str,
) -> None:
    result = KENNEDYS.grade(["Kennedy", "John F. Kennedy"], given)
    assert result.verdict is Verdict.CLOSE_TO_OTHER
    assert not result.correct
    assert "“Robert Kennedy”" in result.reason


def test_with_two_people_of_one_surname_a_bare_surname_does_not_say_which() -> None:
    # Neither full name can be taken for the expected "Kennedy": the deck has two.
    for given in ("Robert Kennedy", "John F. Kennedy"):
        result = KENNEDYS.grade("Kennedy", given)
        assert result.verdict is Verdict.CLOSE_TO_OTHER
        assert given in result.reason
    # And the surname alone is not enough for one of them.
    result = KENNEDYS.grade("Robert Kennedy", "Kennedy")
    assert result.verdict is Verdict.CLOSE_TO_OTHER
    assert "“John F. Kennedy”" in result.reason


def test_the_named_person_is_still_accepted_among_namesakes() -> None:
    assert KENNEDYS.grade(["Kennedy", "John F. Kennedy"], "John F. Kennedy").correct
    assert KENNEDYS.grade(["Kennedy", "John F. Kennedy"], "President Kennedy").correct
    assert KENNEDYS.grade("Robert Kennedy", "robert kenedy").verdict is Verdict.TYPO


def test_the_expected_answer_is_never_its_own_rival() -> None:
    # "Imre Nagy" is in the deck's entities, but it is the same person as the expected "Nagy".
    assert accepted("Nagy", "Imre Nagy").verdict is Verdict.ALIAS
    assert accepted("Imre Nagy", "Nagy").verdict is Verdict.ALIAS


def test_the_wrapper_and_a_grader_agree() -> None:
    for expected, given in [("Nagy", "Nagi"), ("Poland", "Holland"), ("30,000", "30k")]:
        assert grade(expected, given, others=KHRUSHCHEV) == deck.grade(expected, given)


# --- several accepted answers ---------------------------------------------------------------------


def test_any_accepted_answer_counts_and_the_first_is_named() -> None:
    result = accepted(["Hungarian Uprising", "Hungarian Revolution"], "hungarian revolution")
    assert result.verdict is Verdict.ALIAS
    assert result.expected == "Hungarian Revolution"
    assert result.reason == "Accepted — also known as “Hungarian Uprising”."


def test_the_first_accepted_answer_is_exact() -> None:
    assert accepted(["Imre Nagy", "Nagy"], "imre nagy").verdict is Verdict.EXACT


def test_a_wrong_answer_shows_the_first_accepted_answer() -> None:
    result = rejected(["Imre Nagy", "Nagy"], "Gerő")
    assert result.expected == "Imre Nagy"
    assert result.reason == "Not quite — the answer is “Imre Nagy”."


def test_a_list_may_mix_numbers_and_words() -> None:
    assert accepted(["1/6", "a sixth of the population"], "one in six").verdict is Verdict.NUMBER


# --- answers of several parts ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "given", ["NATO and Warsaw", "NATO & Warsaw", "NATO + Warsaw", "NATO, Warsaw", "nato,warsaw"]
)
def test_the_parts_of_an_answer_may_come_in_any_order(given: str) -> None:
    result = accepted("Warsaw and NATO", given)
    assert result.verdict is Verdict.ALIAS
    assert result.reason == "Accepted — usually written “Warsaw and NATO”."


@pytest.mark.parametrize("given", ["Warsaw, NATO", "Warsaw + NATO", "Warsaw & NATO"])
def test_the_parts_in_order_with_another_joining_word_are_exact(given: str) -> None:
    assert accepted("Warsaw and NATO", given).verdict is Verdict.EXACT


def test_each_part_may_be_misspelt_or_given_by_surname() -> None:
    assert accepted("Warsaw and NATO", "Nato and Warsw").verdict is Verdict.TYPO
    assert accepted("Imre Nagy and Ernő Gerő", "Gero, Nagy").verdict is Verdict.ALIAS
    assert (
        accepted("Hungary, Poland and East Germany", "Poland, East Germany and Hungary").verdict
        is Verdict.ALIAS
    )


@pytest.mark.parametrize(
    ("expected", "given"),
    [
        ("Warsaw and NATO", "NATO"),
        ("Warsaw and NATO", "NATO and SEATO"),
        ("Warsaw and NATO", "NATO, Warsaw and Paris"),
        ("Hungary, Poland and East Germany", "Poland and Hungary"),
        ("first and mightiest", "first"),
    ],
)
def test_some_of_the_parts_is_partly_right_and_wrong(expected: str, given: str) -> None:
    result = rejected(expected, given)
    assert result.verdict is Verdict.WRONG
    assert result.reason == f"Partly right — the full answer is “{expected}”."


@pytest.mark.parametrize(
    ("expected", "given"),
    [("Warsaw and NATO", "Warsaw and Paris and NATO"), ("Warsaw and NATO", "Warsaw Pact and NATO")],
)
def test_a_wrong_part_among_right_ones_is_not_accepted(expected: str, given: str) -> None:
    assert rejected(expected, given).verdict is Verdict.WRONG


def test_a_single_answer_is_not_split_into_parts() -> None:
    assert rejected("Nagy", "Nagy and Gerő").reason == "Not quite — the answer is “Nagy”."
    assert accepted("30,000 troops", "30,000").verdict is Verdict.NUMBER


# --- empty and junk input -------------------------------------------------------------------------


@pytest.mark.parametrize("given", ["", "   ", "\n\t", "?!", "...", "🙂🙂", "\x00\x07", "\u200b"])
def test_nothing_to_grade_is_empty_not_an_error(given: str) -> None:
    result = rejected("Nagy", given)
    assert result.verdict is Verdict.EMPTY
    assert result.reason == "No answer given."
    assert result.expected == "Nagy"


def test_an_essay_is_wrong_without_being_read() -> None:
    result = rejected("Nagy", "Nagy " * 2000)
    assert result.verdict is Verdict.WRONG
    assert result.reason == "That answer is too long to check — a few words are enough."
    assert len(result.given) <= 200


def test_a_long_answer_within_the_limit_is_still_graded() -> None:
    assert not grade("Nagy", "x" * MAX_ANSWER_CHARS).correct


def test_stray_invisible_characters_neither_count_nor_are_echoed_back() -> None:
    result = accepted("Nagy", "\x00Na\u200bgy\x07")
    assert result.verdict is Verdict.EXACT
    assert result.given == "Nagy"


def test_random_keyboard_junk_never_raises() -> None:
    rng = random.Random(20)
    pieces = [
        *"az09 ,.-/%$£×^'–!?()\x00\x1b\u200bßłé中🙂",
        "one",
        "half",
        "sixth",
        "nov",
        "10",
        "e",
    ]
    for _ in range(300):
        junk = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        for expected in ("30,000 troops", "1/6", "4th Nov", "Imre Nagy", "20%"):
            result = deck.grade(expected, junk)
            assert result.reason and result.verdict in Verdict


def test_bad_expected_answers_are_a_clear_error() -> None:
    with pytest.raises(ValueError, match="no accepted answer"):
        grade([], "Nagy")
    with pytest.raises(ValueError, match="no accepted answer"):
        grade(["", "  "], "Nagy")
    with pytest.raises(TypeError, match="must be strings"):
        grade([None], "Nagy")  # type: ignore[list-item]
    with pytest.raises(TypeError, match="must be a string"):
        grade("Nagy", None)  # type: ignore[arg-type]


# --- the contract -------------------------------------------------------------------------------


def test_a_grade_is_an_immutable_value_with_a_string_verdict() -> None:
    result = grade("Nagy", "nagy")
    assert result == Grade(True, Verdict.EXACT, "Nagy", "nagy", "Correct.")
    assert result.verdict == "exact"
    with pytest.raises(dataclasses.FrozenInstanceError):
        result.correct = False  # type: ignore[misc]


def test_given_is_what_the_student_typed() -> None:
    assert grade("Nagy", "  Imre   Nagy ").given == "Imre Nagy"


# --- other subjects -------------------------------------------------------------------------------

CHEMISTRY = Grader(
    ["Sodium", "Potassium", "Chlorine", "Chloride", "Fluorine", "Fluoride", "Argon", "Neon",
     "Nitrate", "Nitrite", "Helium", "Hydrogen", "Oxygen", "Carbon dioxide", "Avogadro constant"]
)  # fmt: skip


@pytest.mark.parametrize(
    ("expected", "given", "verdict"),
    [
        ("Potassium", "potasium", Verdict.TYPO),
        ("Helium", "Hellium", Verdict.TYPO),
        ("Carbon dioxide", "carbon dioxyde", Verdict.TYPO),
        ("Avogadro constant", "Avagadro constant", Verdict.TYPO),
        ("Fluorine", "Fluorie", Verdict.CLOSE_TO_OTHER),  # one letter from fluoride too
        ("Nitrate", "nitrite", Verdict.CLOSE_TO_OTHER),
        ("Argon", "Aragon", Verdict.WRONG),
        ("Sodium", "Na", Verdict.ALIAS),  # its symbol, as written
        ("Sodium", "NA", Verdict.WRONG),  # no symbol is written so
        ("Sodium", "Ns", Verdict.WRONG),
        ("6.02 × 10^23", "6.02 x 10^23", Verdict.NUMBER),
        ("6.02 × 10^23", "6.02e23", Verdict.NUMBER),
        ("6.02 × 10^23", "6.2 × 10^23", Verdict.WRONG),
        ("0.1", "1/10", Verdict.NUMBER),
        ("2.5", "2,5", Verdict.NUMBER),
    ],
)
def test_chemistry_answers(expected: str, given: str, verdict: Verdict) -> None:
    assert CHEMISTRY.grade(expected, given).verdict is verdict


FRENCH = Grader(["le chien", "le chat", "poisson", "poison", "la maison", "bibliothèque", "être"])


@pytest.mark.parametrize(
    ("expected", "given", "correct", "verdict"),
    [
        ("bibliothèque", "bibliotheque", True, Verdict.EXACT),
        ("être", "etre", True, Verdict.EXACT),
        ("la maison", "la maisom", True, Verdict.TYPO),
        ("poisson", "poison", False, Verdict.CLOSE_TO_OTHER),  # fish is not poison
        ("le chien", "le chat", False, Verdict.WRONG),
        ("le chien", "chien", False, Verdict.WRONG),  # the article is part of a French answer
    ],
)
def test_french_vocabulary(expected: str, given: str, correct: bool, verdict: Verdict) -> None:
    result = FRENCH.grade(expected, given)
    assert (result.correct, result.verdict) == (correct, verdict)
