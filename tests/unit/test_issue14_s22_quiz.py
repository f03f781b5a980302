"""Session 22's quiz classes (issue 14, blind rounds 24 and 24b), on notes of my own.

- A key printed in another question of the same quiz: as a glossed heading ("Lightvessels
  (moored ships)" beside "_____ – a moored ship carrying a lamp"), as a name followed by what
  it did ("Seamarks Act (1566): let Trinity House set up beacons …" beside "Which term means: “let
  Trinity House set up beacons …”?"), in its plural.
- "Which topic does this belong to?": drawn only when asked for by name.
- A table column whose header is no short noun ("Year of first press", "First lit", a column of
  people) is quoted, never pasted into "What is the … for …?".
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.questions import Question, QuestionGenerator, QuestionKind
from bot.questions._leaks import leaks
from bot.questions._table_questions import ask_row, ask_value, claim
from knowledge.model import Deck
from tests.unit import questioning

_LIGHTS = """\
# Lighthouses – revision notes

## Who ran the lights

- **Trinity House** was given a royal charter by Henry VIII in 1514
- **Seamarks Act** (1566): let Trinity House set up beacons and marks on the coast
- Private lights charged **light dues** on passing ships
- 1836: an Act of Parliament let Trinity House buy out the private lights
- The **Northern Lighthouse Board** was set up in 1786 for Scotland

## Lightvessels (moored ships)

- used where no tower could be built on a sandbank
- the Goodwin Sands were marked by four lightvessels
- the crew of a lightvessel served one month aboard, then two weeks ashore
- the first lightvessel was anchored at the Nore in 1732

## Lenses

- **Augustin Fresnel** designed a lens of rings of prisms in 1822
- the first Fresnel lens was lit at Cordouan in 1823
- a first-order lens was the largest, for sea coasts
- lenses turned on a bath of **mercury** to cut friction

## Rock lighthouses

| Lighthouse | Sea area | Engineer | First lit |
|---|---|---|---|
| Bell Rock | North Sea | Robert Stevenson | 1811 |
| Skerryvore | Atlantic | Alan Stevenson | 1844 |
| Bishop Rock | Atlantic | James Walker | 1858 |
| Fastnet | Atlantic | William Douglass | 1904 |

## Key terms

- **Lightvessel** – a moored ship carrying a lamp where no tower can stand
- **Character** – the pattern of flashes that tells one light from another
- **Daymark** – an unlit tower or painted band that guides ships by day
"""

REVIEW = Path(__file__).resolve().parents[2] / "docs" / "quiz-review"
OWN_DECKS = (
    REVIEW / "s22-quiz-lighthouses.notes.md",
    REVIEW / "s22-quiz-antarctic.notes.txt",
    REVIEW / "s22-quiz-printing.notes.md",
)


@pytest.fixture(scope="module")
def lights(tmp_path_factory: pytest.TempPathFactory) -> Deck:
    notes: Path = tmp_path_factory.mktemp("lights") / "lights.md"
    notes.write_text(_LIGHTS, encoding="utf-8")
    return questioning.imported_notes(notes)


def _q(kind: QuestionKind, prompt: str, answer: str, source: str, *options: str) -> Question:
    correct = (options.index(answer),) if answer in options else ()
    return Question(
        id=prompt,
        kind=kind,
        prompt=prompt,
        answers=(answer,),
        options=options,
        correct=correct,
        source_fact=source,
    )


_LIGHTVESSEL = _q(
    QuestionKind.CLOZE,
    "Key terms: _____ – a moored ship carrying a lamp where no tower can stand",
    "Lightvessel",
    "Lightvessel – a moored ship carrying a lamp where no tower can stand",
)
_UNDER_LIGHTVESSELS = _q(
    QuestionKind.CLOZE,
    "Lightvessels (moored ships): the Goodwin Sands were marked by _____ lightvessels",
    "four",
    "the Goodwin Sands were marked by four lightvessels",
)
_ACT_BY_DEFINITION = _q(
    QuestionKind.DEFINITION_TO_TERM,
    "Which term means: “let Trinity House set up beacons and marks on the coast”?",
    "Seamarks Act",
    "Seamarks Act – let Trinity House set up beacons and marks on the coast",
)
_ACT_STATED = _q(
    QuestionKind.TRUE_FALSE,
    "True or false? Who ran the lights: Seamarks Act (1566): let Trinity House set up beacons "
    "and marks on the coast",
    "True",
    "Seamarks Act (1566): let Trinity House set up beacons and marks on the coast",
    "True",
    "False",
)
_OTHER_ACT = _q(
    QuestionKind.TRUE_FALSE,
    "True or false? Who ran the lights: Seamarks Act (1566): a royal charter for the Nore",
    "True",
    "Seamarks Act (1566): a royal charter for the Nore",
    "True",
    "False",
)


def test_a_heading_glossing_the_key_in_its_plural_gives_it_away() -> None:
    """Round 24 A40/A53: "The Kontors (overseas trading posts)" beside "_____ – a … trading post"."""
    assert leaks(_LIGHTVESSEL, _UNDER_LIGHTVESSELS)


def test_a_name_then_what_it_did_gives_the_name_away() -> None:
    """Round 24b A16/A38: the true/false prints "Treaty of Utrecht (1474): …" whole."""
    assert leaks(_ACT_BY_DEFINITION, _ACT_STATED)
    assert not leaks(_ACT_BY_DEFINITION, _OTHER_ACT)  # the name beside something else


@pytest.mark.parametrize("path", OWN_DECKS, ids=lambda p: p.name.split(".")[0])
def test_a_quiz_asks_no_which_topic_question(path: Path) -> None:
    """Rounds 24 and 24b: 0 of 13 "Which topic does this belong to?" questions were sound; a
    quiz or a sample no longer asks them, though they can still be asked for by name."""
    generator = QuestionGenerator(questioning.imported_notes(path), seed=1)
    assert not [q for q in generator.generate(60) if q.kind is QuestionKind.WHICH_TOPIC]
    named = generator.generate(5, kinds=[QuestionKind.WHICH_TOPIC])
    assert named
    assert all(q.kind is QuestionKind.WHICH_TOPIC for q in named)


def test_a_header_that_is_no_short_noun_is_quoted() -> None:
    """Round 24 A9: "What is the exported via the Hanse for Flanders?"."""
    assert ask_value("Subiaco", "Year of first press") == (
        "For Subiaco, what does the table give under “Year of first press”?"
    )
    assert ask_value("Skerryvore", "First lit") == (
        "For Skerryvore, what does the table give under “First lit”?"
    )
    assert ask_value("Bell Rock", "Shipped out via the port") == (
        "For Bell Rock, what does the table give under “Shipped out via the port”?"
    )
    assert ask_row("lighthouse", "First lit", "1844") == (
        "Which lighthouse has “1844” under “First lit”?"
    )
    assert claim("Fastnet", "First lit", "1904") == (
        "For Fastnet, the table gives “1904” under “First lit”."
    )
    # A short noun still reads as one.
    assert ask_value("Bodoni", "Style") == "What is the style for Bodoni?"
    assert ask_value("Fastnet", "Sea area") == "What is the sea area for Fastnet?"


_STRAY_HEADER = re.compile(
    r"(?i)\bthe (?:first lit|engineer) for\b|has the (?:first lit|engineer)\b"
)


def test_table_questions_read_as_english(lights: Deck) -> None:
    """What a student sees of the rock-lighthouse table: a column of people ("Engineer") or one
    named by what was done ("First lit") is quoted, never "What is the engineer for Fastnet?"."""
    asked = [
        q
        for q in questioning.every_question(lights, range(2))
        if "Lighthouse: " in q.source_fact and q.kind is not QuestionKind.MATCHING
    ]
    assert any("“Engineer”" in q.prompt for q in asked)
    assert any("“First lit”" in q.prompt for q in asked)
    assert any("What is the sea area for" in q.prompt for q in asked)
    for question in asked:
        assert not _STRAY_HEADER.search(question.prompt), question.prompt


_HUTS = """\
# Polar huts – revision notes

## Life in the huts

- winter = four months of darkness; men kept busy with lectures and repairs
- food: pemmican (dried meat mixed with fat), biscuits, cocoa, sugar
- duties: cooking, cleaning the stove, feeding the dogs, keeping the weather log
- the South Polar Times was a magazine written and drawn in the hut
- Shackleton fell ill with scurvy and was sent home in 1903
- Ninnis fell into a crevasse with the best dogs and most of the rations
- the price of seal oil fell by half between 1905 and 1910

## Sledging

- Nansen cooker – a stove that used the heat of its own flame twice
- the Primus burned paraffin under pressure and was hard to light in wind

## Key words

- relief = the changeover of a hut's crew when the ship returns
- depot = store of food and fuel left on the route for the return journey
- sastrugi = hard wind-carved ridges of snow that slow sledges
- nunatak = mountain peak sticking up through an ice sheet
"""


@pytest.fixture(scope="module")
def huts(tmp_path_factory: pytest.TempPathFactory) -> Deck:
    notes: Path = tmp_path_factory.mktemp("huts") / "huts.md"
    notes.write_text(_HUTS, encoding="utf-8")
    return questioning.imported_notes(notes)


_TERM_KINDS = (QuestionKind.TERM_TO_DEFINITION, QuestionKind.DEFINITION_TO_TERM)


def test_an_everyday_word_labelling_a_line_is_no_key_term(huts: Deck) -> None:
    """Own decks: "Which term means: “four months of darkness …”?" → winter; "_____: trimming
    the wick, cleaning the lens …" → duties; food and winter offered among real terms."""
    asked = questioning.every_question(huts, range(3))
    labels = {"winter", "food", "duties"}
    for question in asked:
        if re.search(r"_____(?::| =)", question.prompt) or question.kind in _TERM_KINDS:
            keys = {answer.casefold() for answer in question.answers}
            assert not labels & keys, question.prompt
        if question.kind in _TERM_KINDS:
            assert not labels & {option.casefold() for option in question.options}, question
            assert "four months of darkness" not in " ".join(question.options), question
    # A glossary's everyday word is still a key term ("relief": the changeover of a crew).
    assert any(
        "Relief" in question.answers or "relief" in question.answers
        for question in asked
        if question.kind is QuestionKind.DEFINITION_TO_TERM
    )


def test_fell_is_turned_only_where_it_says_by_how_much(huts: Deck) -> None:
    """Own deck: "Shackleton rose ill with scurvy", "Ninnis rose into a crevasse" were false
    statements a student rejects for their English, not their facts."""
    statements = [
        question.prompt
        for question in questioning.every_question(huts, range(4))
        if question.kind is QuestionKind.TRUE_FALSE
    ]
    assert statements
    assert not [s for s in statements if "rose ill" in s or "rose into" in s]
    assert any("rose by half" in s for s in statements)


def test_a_glossary_line_outside_the_key_terms_asks_its_whole_name(huts: Deck) -> None:
    """Own lighthouse deck: "Dioptric system – uses lenses …" gave no question ("Dioptric" alone
    is part of a longer name); a line defining a name by a dash now asks the name whole."""
    asked = questioning.every_question(huts, range(2), QuestionKind.CLOZE)
    assert any(
        q.prompt.endswith("_____ – a stove that used the heat of its own flame twice")
        and q.answers[0] == "Nansen cooker"
        for q in asked
    ), [q.prompt for q in asked]


def test_a_term_and_its_named_kind_are_asked_once_in_a_quiz() -> None:
    """Own deck: "_____ – uses mirrors (reflectors) to send the light out" (Catoptric system)
    beside "Which term means: “using mirrors to reflect light into a beam”?" (Catoptric)."""
    deck = questioning.imported_notes(OWN_DECKS[0])
    both = 0
    for seed in range(4):
        answers = {q.answers[0] for q in QuestionGenerator(deck, seed=seed).generate(60)}
        assert not {"Catoptric", "Catoptric system"} <= answers
        assert not {"Dioptric", "Dioptric system"} <= answers
        both += bool({"Catoptric", "Catoptric system", "Dioptric", "Dioptric system"} & answers)
    assert both
