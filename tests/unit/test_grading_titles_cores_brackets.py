"""A name with a title added, a thing by the proper name it opens with, another name a heading
gives in brackets, a ruler without his epithet, a year for a full date, a range in words.

Decks of the Napoleonic Wars, natural rubber and rugby union (session 25's grading decks are
`docs/quiz-review/s25-grading-*`); each case is what the student reads.
"""

from __future__ import annotations

import pytest

from bot.grading import grade

NAPOLEONIC = [
    "Napoleon Bonaparte", "Joseph Bonaparte", "Louis Bonaparte", "Vice-Admiral Horatio Nelson",
    "Horatio Nelson", "Mikhail Kutuzov", "Sir John Moore", "Michel Ney", "Arthur Wellesley",
    "Duke of Wellington", "Alexander I", "Ataman Platov", "Ataman Denisov", "Platov", "Denisov",
    "Trafalgar", "Battle of Corunna", "Corunna", "Leipzig", "Borodino", "Elba",
    "The Peninsular War (Guerra de la Independencia)", "Continental System", "Berlin Decree",
]  # fmt: skip
RUBBER = [
    "Hevea brasiliensis", "Hevea", "Castilla elastica", "Castilla", "Buna", "GR-S",
    "Congo Free State", "Congo Reform Association", "Rubber tappers (seringueiros)",
    "Ebonite (hard rubber)", "Charles Goodyear", "Charles Macintosh", "Thomas Hancock",
    "Henry Wickham", "Henry Ford", "Fordlândia", "Teatro Amazonas", "Manaus",
]  # fmt: skip
RUGBY = [
    "William Webb Ellis", "Rugby School", "Rugby Football Union", "Twickenham", "Bledisloe Cup",
    "Calcutta Cup", "Sir Clive Woodward", "Martin Johnson", "Jonah Lomu", "All Blacks",
    "Springboks (Amabokoboko)", "Dave Gallaher", "Six Nations",
]  # fmt: skip


@pytest.mark.parametrize(
    ("expected", "given", "others"),
    [
        ("Horatio Nelson", "Vice-Admiral Nelson", NAPOLEONIC),  # a rank of two words
        ("Mikhail Kutuzov", "Field Marshal Kutuzov", NAPOLEONIC),
        ("Sir John Moore", "General Moore", NAPOLEONIC),  # "Sir" honours, says no role
        ("Platov", "Ataman Platov", NAPOLEONIC),  # the deck's own title before two names
        ("Martin Johnson", "Captain Johnson", RUGBY),
        ("Sir Clive Woodward", "Clive Woodward", RUGBY),
    ],
)
def test_a_title_added_to_the_name_is_accepted(
    expected: str, given: str, others: list[str]
) -> None:
    result = grade(expected, given, others=others)
    assert result.correct, result.reason


@pytest.mark.parametrize(
    ("expected", "given", "others"),
    [
        ("Michel Ney", "Marshal Murat", NAPOLEONIC),  # another marshal
        ("Platov", "Ataman Denisov", NAPOLEONIC),  # the title, another man's name
        ("Joseph Bonaparte", "King Louis", NAPOLEONIC),
        ("Sir John Moore", "Sir John Franklin", NAPOLEONIC),
        ("Horatio Nelson", "Admiral Wellington", NAPOLEONIC),
        ("Martin Johnson", "Captain Gallaher", RUGBY),
    ],
)
def test_a_title_with_another_name_is_refused(expected: str, given: str, others: list[str]) -> None:
    assert not grade(expected, given, others=others).correct


def test_a_key_with_its_own_title_is_answered_by_title_and_surname() -> None:
    """The title says which of two people sharing the surname is meant."""
    deck = ["Captain Arthur Morley", "Emily Morley", "Morley"]
    assert grade("Captain Arthur Morley", "Captain Morley", others=deck).correct
    # the notes name him so themselves: their own short form, no rival
    assert grade(
        "Captain Arthur Morley", "Captain Morley", others=[*deck, "Captain Morley"]
    ).correct
    assert not grade("Emily Morley", "Captain Morley", others=[*deck, "Captain Morley"]).correct
    deck_two_captains = [*deck, "Captain James Morley"]
    assert not grade("Captain Arthur Morley", "Captain Morley", others=deck_two_captains).correct


@pytest.mark.parametrize(
    ("expected", "given"),
    [
        ("Castilla elastica", "Castilla"),
        ("Hevea brasiliensis", "Hevea"),
        ("Buna rubber", "Buna"),
    ],
)
def test_the_proper_name_a_key_opens_with_is_no_rival_of_it(expected: str, given: str) -> None:
    """The deck holds the short name by itself (the notes write "Hevea seeds"): that is the
    thing's own short name, not another entity."""
    result = grade(expected, given, others=RUBBER)
    assert result.correct, result.reason


def test_a_short_name_another_entity_holds_is_refused() -> None:
    assert not grade("Congo Free State", "Congo", others=RUBBER).correct


def test_the_battle_named_after_the_place_is_the_place() -> None:
    assert grade("Corunna", "Battle of Corunna", others=NAPOLEONIC).correct
    assert not grade("Leipzig", "Battle of Borodino", others=NAPOLEONIC).correct


@pytest.mark.parametrize(
    ("expected", "given", "others"),
    [
        ("Peninsular War", "Guerra de la Independencia", NAPOLEONIC),
        ("Guerra de la Independencia", "the Peninsular War", NAPOLEONIC),
        ("Rubber tappers", "seringueiros", RUBBER),
        ("Springboks", "Amabokoboko", RUGBY),
    ],
)
def test_another_name_a_heading_gives_in_brackets_is_accepted(
    expected: str, given: str, others: list[str]
) -> None:
    result = grade(expected, given, others=others)
    assert result.correct, result.reason
    assert "also known as" in result.reason


@pytest.mark.parametrize(
    ("expected", "given", "others"),
    [
        ("Ebonite", "hard rubber", RUBBER),  # English words: what it is, read elsewhere
        ("All Blacks", "Amabokoboko", RUGBY),  # the bracket belongs to another name
        ("Trafalgar", "Guerra de la Independencia", NAPOLEONIC),
    ],
)
def test_a_bracket_is_no_other_name_of_anything_else(
    expected: str, given: str, others: list[str]
) -> None:
    assert not grade(expected, given, others=others).correct


def test_a_ruler_without_his_epithet() -> None:
    deck = ["Kamehameha the Great", "Kamehameha II", "Kamehameha", "Kaahumanu"]
    result = grade("Kamehameha the Great", "Kamehameha", others=deck)
    assert result.correct, result.reason
    assert not grade("Kamehameha the Great", "Kamehameha II", others=deck).correct
    # a common given name says too little: many Fredericks
    assert not grade("Frederick the Great", "Frederick", others=NAPOLEONIC).correct


@pytest.mark.parametrize(
    ("expected", "given", "correct"),
    [
        ("18 June 1815", "1815", True),
        ("June 1812", "1812", True),
        ("2 December 1805", "c. 1805", True),
        ("18 June 1815", "1814", False),
        ("2 December 1805", "1850", False),
        ("between 3,000 and 10,000", "3000-10000", True),
        ("between 3,000 and 10,000", "3,000 to 10,000", True),
        ("from 1803 to 1815", "1803-15", True),
        ("between 3,000 and 10,000", "3000", False),
        ("between 3,000 and 10,000", "3000-1000", False),
    ],
)
def test_number_and_date_forms(expected: str, given: str, correct: bool) -> None:
    assert grade(expected, given, others=NAPOLEONIC).correct is correct


def test_a_date_without_its_year_takes_no_word_for_a_year() -> None:
    for given in ("Trafalgar", "Nelson", "1805"):
        assert not grade("21st Oct", given, others=NAPOLEONIC).correct


def test_the_place_in_brackets_after_a_person_is_not_another_name_for_him() -> None:
    """A bracket after a person ("Napoleon Bonaparte (Ajaccio)") says where he was born;
    "Mad Ridley" is a byname."""
    deck = [
        "Napoleon Bonaparte, also called Ajaccio",
        "Ajaccio, also called Napoleon Bonaparte",
        "Henry Ridley, also called Mad Ridley",
        "Mad Ridley, also called Henry Ridley",
        "William Webb Ellis trophy, also called Bill",  # a thing named after him
        "Bill, also called William Webb Ellis trophy",
    ]
    assert not grade("Napoleon Bonaparte", "Ajaccio", others=deck).correct
    assert not grade("Ajaccio", "Napoleon Bonaparte", others=deck).correct
    assert grade("Henry Ridley", "Mad Ridley", others=deck).correct
    assert grade("William Webb Ellis trophy", "Bill", others=deck).correct


def test_a_range_in_words_is_read_in_linear_time() -> None:
    """A run of spaces after the low figure is no figure: read once, not once per split (the
    quadratic pattern took minutes on a run this long; a test checks results, not time)."""
    from bot.grading import _as_range

    spaces = " " * 200_000
    assert _as_range("between 1" + spaces + "x") == ()
    assert _as_range("between 1" + spaces + "and 5") == ("1–5",)
    assert _as_range("between 10 000 and 20 000 km") == ("10 000–20 000 km",)


ARTWORKS = [
    "Guernica (Picasso)",
    "The Thinker (Rodin)",
    "Das Kapital (Marx)",
    "Sunflowers (Van Gogh)",
]


@pytest.mark.parametrize(
    ("expected", "given", "others"),
    [
        ("Picasso", "Guernica", ARTWORKS),  # a work and its maker, not two names for one
        ("Guernica", "Picasso", ARTWORKS),
        ("Rodin", "The Thinker", ARTWORKS),
        ("Das Kapital", "Marx", ARTWORKS),
        ("Sunflowers", "Van Gogh", ARTWORKS),
        ("Guernica", "Picasso", ["Guernica (Picasso)", "Pablo Picasso", "Louvre"]),
        ("Uffizi", "Florenz", ["Uffizi (Florenz)", "Pitti Palace"]),  # where it is
        ("Battle of Hastings", "Normandy", ["Battle of Hastings (Normandie)", "Stamford Bridge"]),
        ("Battle of Hastings", "Normandie", ["Battle of Hastings (Normandie)", "Stamford Bridge"]),
    ],
)
def test_a_bracket_naming_its_maker_or_place_is_no_other_name(
    expected: str, given: str, others: list[str]
) -> None:
    assert not grade(expected, given, others=others).correct


@pytest.mark.parametrize(
    ("expected", "given", "others"),
    [
        ("Queen Mother", "Iyoba", ["The Queen Mother (Iyoba)", "Iyase", "Oba"]),
        ("lost-wax casting", "cire perdue", ["How they were made: lost-wax casting (cire perdue)"]),
        ("Sand dune succession", "psammosere", ["Sand dune succession (psammosere)", "Hydrosere"]),
    ],
)
def test_a_native_or_translated_name_in_brackets_still_answers(
    expected: str, given: str, others: list[str]
) -> None:
    result = grade(expected, given, others=others)
    assert result.correct, result.reason
