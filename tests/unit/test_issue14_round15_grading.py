"""Round 15's grading probes that need no deck (docs/quiz-review/15-findings.md, "Grading
probes"): initialisms either way, a person's surname, a surname spelt one letter longer, a term
without its head noun, a name without its place word, a key written "X / Y" — and the wrong
answers each rule must still refuse. The answer lists of the property tests are written here, in
other subjects than the round's decks."""

from __future__ import annotations

import itertools

import pytest

from bot.grading import grade


@pytest.mark.parametrize(
    ("expected", "given"),
    [
        ("Justices of the Peace", "JPs"),  # B07: a plural acronym, small words left out
        ("Police Community Support Officers", "PCSOs"),  # B29
        ("CID", "Criminal Investigation Department"),  # B21: the acronym spelt out
        ("Criminal Investigation Department", "CID"),
        ("IVF", "in vitro fertilisation"),  # A26: a small word gives its initial
        ("in vitro fertilisation", "IVF"),
        ("ADH", "anti-diuretic hormone"),  # A24: each part of a hyphenated word
        ("anti-diuretic hormone", "ADH"),
        ("YOIs", "YOI"),  # an acronym in the other number
        ("YOIs", "young offender institutions"),
        ("Members of Parliament", "MPs"),
        ("DNA", "deoxyribose nucleic acid"),
        ("Louise Brown", "Brown"),  # A21: "Louise" is a given name as written, not as "Louize"
        ("Louise Brown", "Louise Browne"),  # A22: one letter more on the surname
        ("concave lens", "concave"),  # A15: a describing word that says which alone
        ("convex lens", "convex"),
        ("obtuse angle", "obtuse"),
        ("Waltham Black Act", "Black Act"),  # B16: a place word left out of a name
        ("Vagabondage / vagrancy", "vagrancy"),  # either spelling of a slash key
        ("Vagabondage / vagrancy", "vagabondage"),
    ],
)
def test_round15_probes_are_accepted(expected: str, given: str) -> None:
    assert grade(expected, given).correct


@pytest.mark.parametrize(
    ("expected", "given"),
    [
        ("Table Tennis", "Tennis"),  # issue 14: a thing's head noun is another thing
        ("Table Tennis", "Table"),
        ("Table Tennis", "TT"),  # two initials say too little
        ("Cold War", "CW"),
        ("Justices of the Peace", "JP"),  # two capitals without the plural: too little
        ("FSH", "LH"),
        ("IVF", "in vitro"),  # not every word the letters stand for
        ("CID", "Crime Department"),
        ("ADH", "antidiuretic"),
        ("concave lens", "convex lens"),
        ("concave lens", "lens"),
        ("sodium chloride", "sodium"),  # a noun names a thing of its own
        ("liquid nitrogen", "liquid"),  # a describing word too common to say which
        ("Nazi Soviet Pact", "Soviet Pact"),  # a word English knows names one party
        ("Kansas Nebraska Act", "Nebraska Act"),
        ("Second World War", "World War"),
        ("Waltham Black Act", "Act"),
        ("distance / time", "time"),  # a formula divides two things
        ("distance / time", "distance"),
        ("mass/volume", "mass"),
        ("Louise Brown", "Louise Browning"),  # a longer word, not a surname's spelling
        ("Gordon Brown", "Gordon Browning"),
        ("Louise Brown", "Louise Green"),
        ("Louise Brown", "Browne"),  # the surname alone, respelt: nothing says who
    ],
)
def test_wrong_answers_stay_wrong(expected: str, given: str) -> None:
    assert not grade(expected, given).correct


def test_a_surname_shared_with_another_answer_is_refused() -> None:
    others = ["Louise Brown", "Gordon Brown", "Capability Brown"]
    assert not grade("Louise Brown", "Brown", others=others).correct
    assert grade("Louise Brown", "Louise Browne", others=others).correct


def test_a_shortened_form_another_answer_holds_is_refused() -> None:
    assert not grade("concave lens", "concave", others=["concave mirror", "convex lens"]).correct
    assert grade("concave lens", "concave", others=["convex lens", "plane mirror"]).correct
    others = ["Waltham Black Act", "Black Act Repeal"]
    assert not grade("Waltham Black Act", "Black Act", others=others).correct


def test_initials_another_answer_has_are_refused() -> None:
    others = ["Police Community Support Officers", "Private Car Security Operators"]
    assert not grade("Police Community Support Officers", "PCSOs", others=others).correct


def test_an_acronym_the_notes_spell_out_takes_their_words_only() -> None:
    others = ["PC, also called police constable", "police constable, also called PC"]
    assert grade("PC", "police constable", others=others).correct
    assert not grade("PC", "personal computer", others=others).correct


# Answer lists of three other subjects, with the acronyms and short forms the rules read: no
# answer of one list is right for another answer of it (the property the rules must keep).
_LISTS = {
    "chemistry": [
        "ATP", "ADP", "Relative atomic mass", "Relative formula mass", "RAM", "RFM",
        "covalent bond", "ionic bond", "concave meniscus", "ethene", "ethane",
        "Avogadro constant", "Le Chatelier", "Dmitri Mendeleev", "Mendeleev",
    ],
    "geography": [
        "Gross Domestic Product", "GDP", "GNI", "Gross National Income", "LIC", "HIC", "NEE",
        "Low Income Country", "High Income Country", "Newly Emerging Economy", "Kingston",
        "Kingstown", "Table Mountain", "Cape Town", "Sahara Desert", "Sahel",
    ],
    "history": [
        "Nazi Soviet Pact", "Soviet Union", "Waltham Black Act", "Black Death", "Peasants Revolt",
        "Gordon Brown", "Tony Blair", "Justices of the Peace", "JPs", "Members of Parliament",
        "House of Commons", "Cold War", "Second World War", "World War", "CND",
        "Campaign for Nuclear Disarmament",
    ],
}  # fmt: skip
_SAME = {
    frozenset(("RAM", "Relative atomic mass")),
    frozenset(("RFM", "Relative formula mass")),
    frozenset(("Dmitri Mendeleev", "Mendeleev")),
    frozenset(("Gross Domestic Product", "GDP")),
    frozenset(("GNI", "Gross National Income")),
    frozenset(("LIC", "Low Income Country")),
    frozenset(("HIC", "High Income Country")),
    frozenset(("NEE", "Newly Emerging Economy")),
    frozenset(("Justices of the Peace", "JPs")),
    frozenset(("CND", "Campaign for Nuclear Disarmament")),
    frozenset(("Second World War", "World War")),  # a part of the other; the deck tells apart
}


@pytest.mark.parametrize("subject", sorted(_LISTS))
def test_no_other_answer_of_a_list_is_accepted(subject: str) -> None:
    answers = _LISTS[subject]
    wrongly = [
        (expected, given)
        for expected, given in itertools.permutations(answers, 2)
        if frozenset((expected, given)) not in _SAME
        and grade(expected, given, others=answers).correct
    ]
    assert wrongly == []


@pytest.mark.parametrize("subject", sorted(_LISTS))
def test_the_short_forms_of_a_list_are_accepted(subject: str) -> None:
    """A name's acronym answers for it beside the acronym's entity; the acronym is answered
    with the name only where the notes pair them ("Relative atomic mass (RAM)"): alone, "RAM"
    could stand for another name the list does not hold."""
    answers = _LISTS[subject]
    for long, short in _pairs_in(answers):
        assert grade(long, short, others=answers).correct, (long, short)
        paired = [*answers, f"{long} ({short.removesuffix('s')})"]
        assert grade(short, long, others=paired).correct, (short, long)


def _pairs_in(answers: list[str]) -> list[tuple[str, str]]:
    pairs = [sorted(pair, key=len, reverse=True) for pair in _SAME if pair <= set(answers)]
    return [
        (long, short) for long, short in pairs if (long, short) != ("Second World War", "World War")
    ]
