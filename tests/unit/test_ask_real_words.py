"""A correctly spelt word the notes don't use is not a typo of a word they do use.

On notes that say "endothermic" but never "exothermic", "what does an exothermic reaction give
out?" must not be answered with the endothermic line: that is a wrong fact presented as the
answer. The same for "hypothermia" / "hyperthermia", "mitosis" / "meiosis", "import" / "export",
"inflation" / "deflation", "emigration" / "immigration", "Austria" / "Australia", "Sweden" /
"Swede": a real word of the language (or a known proper noun) stays an unknown word, so the
question is refused ("not in these notes") — while real typos ("diffrent", "exmaple", "endotermic")
and spelling variants ("colour" / "color", "foetus" / "fetus") are still read as the notes' word,
for /ask and for /explain alike.

Each pair is asked both ways, on decks of four subjects written here.
"""

from __future__ import annotations

import pytest

from bot.explain import answer_question, explain
from knowledge.search._lemma import misspelt_word, word_family
from knowledge.search._vocabulary import Vocabulary
from tests.unit.asking import imported, lead_of


def _notes(title: str, *lines: str) -> str:
    """Outline notes: a title, then one numbered topic per line pair ("heading", "fact")."""
    body = [f"{title}", ""]
    for number, (heading, fact) in enumerate(zip(lines[::2], lines[1::2], strict=True), 1):
        body += [f"{number}. {heading}", f"• {fact}", ""]
    return "\n".join(body)


# One deck per side of each pair: the notes use one word of the pair and never the other.
_LINES: dict[str, tuple[str, str, str]] = {
    # word: (subject, heading, the line that uses it)
    "endothermic": (
        "Chemistry",
        "Endothermic reactions",
        "An endothermic reaction takes in heat energy from the surroundings",
    ),
    "exothermic": (
        "Chemistry",
        "Exothermic reactions",
        "An exothermic reaction gives out heat energy to the surroundings",
    ),
    "hypothermia": (
        "Biology",
        "Body temperature",
        "Hypothermia is when the body temperature falls below 35 degrees",
    ),
    "hyperthermia": (
        "Biology",
        "Body temperature",
        "Hyperthermia is when the body temperature rises above 40 degrees",
    ),
    "mitosis": (
        "Biology",
        "Cell division",
        "Mitosis produces two genetically identical diploid cells for growth",
    ),
    "meiosis": (
        "Biology",
        "Cell division",
        "Meiosis produces four genetically different haploid gametes",
    ),
    "import": (
        "Economics",
        "Trade",
        "An import is a good bought from another country, such as coffee from Brazil",
    ),
    "export": (
        "Economics",
        "Trade",
        "An export is a good sold to another country, such as cars from Germany",
    ),
    "inflation": (
        "Economics",
        "Prices",
        "Inflation is a sustained rise in the general price level",
    ),
    "deflation": (
        "Economics",
        "Prices",
        "Deflation is a sustained fall in the general price level",
    ),
    "emigration": (
        "Geography",
        "Migration",
        "Emigration is when people leave their country to live abroad",
    ),
    "immigration": (
        "Geography",
        "Migration",
        "Immigration is when people arrive in a country to live there",
    ),
    "austria": (
        "Geography",
        "Alpine countries",
        "Austria has the Alps and its capital is Vienna",
    ),
    "australia": (
        "Geography",
        "Southern hemisphere",
        "Australia has the Great Barrier Reef and its capital is Canberra",
    ),
    "sweden": (
        "Geography",
        "Scandinavia",
        "Sweden has long cold winters and its capital is Stockholm",
    ),
    "swede": (
        "Biology",
        "Root vegetables",
        "A swede is a root vegetable grown in cold climates for winter food",
    ),
}

# (the word the notes use, the word asked about, the question)
_PAIRS = [
    ("endothermic", "exothermic", "what does an exothermic reaction give out?"),
    ("exothermic", "endothermic", "what does an endothermic reaction take in?"),
    ("hypothermia", "hyperthermia", "what is hyperthermia?"),
    ("hyperthermia", "hypothermia", "what is hypothermia?"),
    ("mitosis", "meiosis", "what does meiosis produce?"),
    ("meiosis", "mitosis", "what does mitosis produce?"),
    ("import", "export", "what is an export?"),
    ("export", "import", "what is an import?"),
    ("inflation", "deflation", "what is deflation?"),
    ("deflation", "inflation", "what is inflation?"),
    ("emigration", "immigration", "what is immigration?"),
    ("immigration", "emigration", "what is emigration?"),
    ("austria", "australia", "what is the capital of Australia?"),
    ("australia", "austria", "what is the capital of Austria?"),
    ("sweden", "swede", "where is a swede grown?"),
    ("swede", "sweden", "what are the winters like in Sweden?"),
]


def _deck_using(word: str) -> str:
    subject, heading, line = _LINES[word]
    # a second topic, so a refusal is not merely "the only topic did not fit"
    other = {
        "Chemistry": ("Acids", "Acids have a pH below 7 and turn blue litmus red"),
        "Biology": ("Enzymes", "Enzymes are biological catalysts made of protein"),
        "Economics": ("Money", "Money is a medium of exchange and a store of value"),
        "Geography": ("Rivers", "A meander is a bend in a river"),
    }[subject]
    return _notes(f"{subject} revision", heading, line, *other)


@pytest.mark.parametrize(("used", "asked", "question"), _PAIRS)
def test_a_real_word_the_notes_lack_is_refused_not_answered_with_its_lookalike(
    used: str, asked: str, question: str
) -> None:
    deck, index = imported(_deck_using(used), "outline", "notes.txt")
    answered = answer_question(deck, index, question)
    assert answered.status == "none", f"{asked!r} answered with the {used!r} line: {answered.lead}"


@pytest.mark.parametrize(("used", "asked", "question"), _PAIRS)
def test_the_same_question_is_answered_where_the_notes_use_its_word(
    used: str, asked: str, question: str
) -> None:
    deck, index = imported(_deck_using(asked), "outline", "notes.txt")
    assert _LINES[asked][2] in lead_of(answer_question(deck, index, question))


_TYPOS = [
    ("endothermic", "what does an endotermic reaction take in?"),
    ("exothermic", "what does an exothermc reaction give out?"),
    ("meiosis", "what does meiossis produce?"),
    ("inflation", "what is inflaton?"),
    ("immigration", "what is immigartion?"),
    ("australia", "what is the capital of Austrlia?"),
    ("sweden", "what are the winters like in Swedne?"),
]


@pytest.mark.parametrize(("used", "question"), _TYPOS)
def test_a_real_typo_is_still_read_as_the_notes_word(used: str, question: str) -> None:
    deck, index = imported(_deck_using(used), "outline", "notes.txt")
    assert _LINES[used][2] in lead_of(answer_question(deck, index, question))


@pytest.mark.parametrize(
    ("deck_word", "typed"),
    [
        ("color", "colour"),  # British / American
        ("fetus", "foetus"),
        ("hemoglobin", "haemoglobin"),
        ("center", "centre"),
        ("sulfate", "sulphate"),
        ("judgment", "judgement"),
        ("aluminum", "aluminium"),
        ("mitosis", "mitoses"),  # an inflection
    ],
)
def test_a_spelling_variant_or_inflection_is_still_the_notes_word(
    deck_word: str, typed: str
) -> None:
    corrected = Vocabulary([deck_word, "enzyme"]).alternatives(typed, known=False)
    assert corrected, f"{typed!r} not read as {deck_word!r}"


@pytest.mark.parametrize(
    ("used", "query"),
    [
        ("endothermic", "exothermic"),
        ("endothermic", "exothermic reactions"),  # the topic's other word must not carry it
        ("exothermic", "endothermic reactions"),
        ("hypothermia", "hyperthermia"),
        ("meiosis", "mitosis"),
        ("inflation", "deflation prices"),
        ("austria", "australia"),
    ],
)
def test_explain_of_a_real_word_the_notes_lack_offers_no_lookalike_as_the_match(
    used: str, query: str
) -> None:
    deck, index = imported(_deck_using(used), "outline", "notes.txt")
    reply = explain(deck, index, query).fallback.plain
    assert "is not in these notes" in reply, reply
    assert _LINES[used][2] not in reply, reply


def test_explain_still_corrects_a_typo() -> None:
    deck, index = imported(_deck_using("endothermic"), "outline", "notes.txt")
    assert _LINES["endothermic"][2] in explain(deck, index, "endotermic reactions").fallback.plain


def test_a_real_word_the_notes_lack_still_finds_its_word_family() -> None:
    # "plotters" is no typo of anything, but the notes' "plot" is its family ("-er", doubled t)
    notes = _notes(
        "History revision",
        "The Gunpowder Plot",
        "The Gunpowder Plot of 1605 aimed to blow up Parliament and kill King James",
        "The Armada",
        "The Spanish Armada sailed in 1588 and was scattered by storms",
    )
    deck, index = imported(notes, "outline", "notes.txt")
    asked = answer_question(deck, index, "what did the gunpowder plotters aim to blow up?")
    assert "blow up Parliament" in lead_of(asked)


@pytest.mark.parametrize(("word", "root"), [("plotters", "plot"), ("shoppers", "shop")])
def test_an_agent_noun_with_a_doubled_letter_has_its_root_in_its_family(
    word: str, root: str
) -> None:
    assert root in word_family(word)


def test_a_word_the_notes_use_gets_no_real_word_as_its_spelling_twin() -> None:
    # notes using both "complement" and "compliment": one is no misspelling of the other
    vocabulary = Vocabulary(["complement", "compliment", "khrushchev", "khruschev"])
    assert vocabulary.alternatives("complement", known=True) == ()
    # two spellings of a name still find each other
    assert vocabulary.alternatives("khrushchev", known=True)


def test_a_slip_of_the_longest_common_word_is_found_and_a_giant_word_is_none() -> None:
    """Words longer than any slip of a common word are not checked letter by letter (a hostile
    /ask of one 100,000-letter word cost two CPU-seconds on the event loop); the longest common
    words still get their typos read."""
    assert misspelt_word("telecomunications") == "telecommunications"
    assert misspelt_word("telecommunicationss") == "telecommunications"
    assert misspelt_word("responsibilties") == "responsibilities"
    assert misspelt_word("q" * 480) is None
    assert misspelt_word("exmaple" * 60) is None
