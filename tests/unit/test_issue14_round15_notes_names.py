"""Other names the notes give a thing by the shape of a line are right answers for it, in the quiz
and in `grade(…, others=deck entities)` alike (issue 14, round-15 blind review: "short
sightedness" for myopia, "geotropism" (aka), "anti-diuretic hormone" for ADH written on a
sub-heading, "CID (Criminal Investigation Department)", "Justices of the Peace (JPs)", a
nickname in quotes ("conchies"), a slash key "Vagabondage / vagrancy"). The decks here are
written for these tests, in other subjects than the round's; no wrong answer of a deck is
accepted for another."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from bot.grading import Grader, grade
from bot.questions import QuestionGenerator, QuestionKind
from knowledge.importers import dump_deck, import_file, import_text
from knowledge.loader import parse_deck
from knowledge.text import fold

PHYSICS = """Waves
  Transverse waves: vibrations at right angles to the direction of travel
  Longitudinal waves (aka compression waves): vibrations parallel to the direction of travel
    - sound is a longitudinal wave
  Refraction (bending of light) - light changes speed at a boundary
  Total internal reflection (TIR): all light reflected back inside the denser material
    - used in optical fibres
  Wavelength (HT only): distance from one peak to the next
  Frequency (HT only): waves passing a point each second
Radiation
  UV = ultraviolet radiation
    - causes sunburn and skin cancer
  IR (infrared radiation) is given off by all warm objects
  Background radiation: "natural radiation", always around us
  Geiger-Muller tube: detects radiation
"""

HISTORY = """# Public health

## Key terms
- **Board of Health**: set up in 1848 to improve towns
- **Cholera / choleraic fever**: disease spread by dirty water
- **Miasma** (bad air): the old idea that disease spread through smells
- **Germ theory**: Pasteur's idea that microbes cause disease

## Organisations
- 1948 **NHS** (National Health Service) set up
- **Medical Officers of Health** (MOHs) appointed from 1872
- **Conscientious objectors** WW1 + WW2: **"conchies"**, refused to fight
- **Edwin Chadwick** wrote the 1842 report
- **John Snow** mapped cholera deaths in 1854
"""


def _generator(text: str, name: str) -> QuestionGenerator:
    fmt = "markdown" if name.endswith(".md") else "outline"
    return QuestionGenerator(parse_deck(dump_deck(import_text(text, format=fmt, source_name=name))))


@pytest.fixture(scope="module")
def physics() -> QuestionGenerator:
    return _generator(PHYSICS, "waves.txt")


@pytest.fixture(scope="module")
def history() -> QuestionGenerator:
    return _generator(HISTORY, "health.md")


@pytest.mark.parametrize(
    ("expected", "given"),
    [
        ("Longitudinal waves", "compression waves"),  # "Label (aka other): …"
        ("compression waves", "longitudinal waves"),
        ("Refraction", "bending of light"),  # "Label (gloss) - …"
        ("Total internal reflection", "TIR"),
        ("TIR", "total internal reflection"),  # a sub-heading spells it out
        ("UV", "ultraviolet radiation"),  # "UV = …" on a sub-heading
        ("IR", "infrared radiation"),  # "IR (…)" inside a line
        ("Background radiation", "natural radiation"),  # 'Label: "nickname", …'
    ],
)
def test_physics_notes_names_are_accepted(
    physics: QuestionGenerator, expected: str, given: str
) -> None:
    entities = physics.entities()
    result = grade(expected, given, others=entities)
    assert result.correct, result
    assert Grader(entities).grade(expected, given) == result  # the quiz's grader agrees


@pytest.mark.parametrize(
    ("expected", "given"),
    [
        ("NHS", "National Health Service"),
        ("Medical Officers of Health", "MOHs"),
        ("MOHs", "medical officers of health"),
        ("Conscientious objectors", "conchies"),
        ("Miasma", "bad air"),
        ("Cholera", "choleraic fever"),  # "A / a-variant: …": a key term of two spellings
        ("Cholera / choleraic fever", "cholera"),
    ],
)
def test_history_notes_names_are_accepted(
    history: QuestionGenerator, expected: str, given: str
) -> None:
    entities = history.entities()
    result = grade(expected, given, others=entities)
    assert result.correct, result
    assert Grader(entities).grade(expected, given) == result


@pytest.mark.parametrize(
    ("expected", "given"),
    [
        ("Wavelength", "HT only"),  # a tag the notes put on several lines names none of them
        ("Frequency", "HT"),
        ("Transverse waves", "compression waves"),
        ("Refraction", "total internal reflection"),
        ("UV", "infrared radiation"),
        ("IR", "ultraviolet radiation"),
        ("Geiger-Muller tube", "GT"),
    ],
)
def test_physics_wrong_names_stay_wrong(
    physics: QuestionGenerator, expected: str, given: str
) -> None:
    assert not grade(expected, given, others=physics.entities()).correct


def test_a_tag_in_brackets_is_no_other_name(physics: QuestionGenerator) -> None:
    assert not any("HT only" in entity and "also called" in entity for entity in physics.entities())


_TYPED = {QuestionKind.CLOZE, QuestionKind.DEFINITION_TO_TERM, QuestionKind.HANDWRITTEN}


@pytest.mark.parametrize("deck", ["physics", "history"])
def test_no_typed_answer_of_a_deck_is_accepted_for_another(
    deck: str, request: pytest.FixtureRequest
) -> None:
    generator: QuestionGenerator = request.getfixturevalue(deck)
    grader = Grader(generator.entities())
    answers: dict[str, tuple[str, ...]] = {}
    for question in generator.all_candidates():
        if question.kind in _TYPED and not question.options:
            answers.setdefault(question.answers[0], question.answers)
    assert len(answers) >= 5
    wrongly = [
        (given, expected)
        for (expected, accepted), given in itertools.product(answers.items(), answers)
        if not _same_thing(given, accepted) and grader.grade(list(accepted), given).correct
    ]
    assert wrongly == []


def _same_thing(given: str, accepted: tuple[str, ...]) -> bool:
    """One text holds the other as whole words ("Snow" / "John Snow"), or they are the same."""
    mine = f" {fold(given)} "
    return any(
        f" {fold(a)} " in mine or mine in f" {fold(a)} " for a in accepted if fold(a).strip()
    )


def test_the_quiz_accepts_another_name_for_a_typed_answer(physics: QuestionGenerator) -> None:
    """The quiz grades a typed answer against the question's answers with the deck's grader:
    a question on a line whose term the notes name twice takes either name."""
    grader = Grader(physics.entities())
    asked = [
        question
        for question in physics.all_candidates()
        if question.kind in _TYPED
        and not question.options
        and fold(question.answers[0]) == fold("Total internal reflection")
    ]
    assert asked
    for question in asked:
        assert grader.grade(list(question.answers), "TIR").correct


def test_a_proper_names_bracket_is_no_other_name() -> None:
    """A place's bracket opening a line says what it is made of, not another name for it; a
    term's does."""
    notes = (
        "Coasts\n"
        "  Flamborough Head (chalk) -> erodes slowly, forms caves and arches\n"
        "  Abrasion (corrasion) - rocks thrown against the cliff wear it away\n"
        "  Hydraulic action: waves force air into cracks\n"
    )
    entities = _generator(notes, "coasts.txt").entities()
    assert not grade("Flamborough Head", "chalk", others=entities).correct
    assert grade("Abrasion", "corrasion", others=entities).correct
    assert not grade("Hydraulic action", "corrasion", others=entities).correct


def test_a_quote_after_a_name_is_no_nickname() -> None:
    notes = (
        "Nazi aims\n"
        '  Hitler: "lebensraum", more land for Germans in the east\n'
        '  Secret police: "gestapo", arrested opponents\n'
    )
    entities = _generator(notes, "nazis.txt").entities()
    assert not grade("Hitler", "lebensraum", others=entities).correct
    assert not grade("lebensraum", "Hitler", others=entities).correct
    assert grade("Secret police", "gestapo", others=entities).correct


_REVIEW = Path(__file__).resolve().parents[2] / "docs" / "quiz-review"


@pytest.fixture(scope="module")
def review_entities() -> dict[str, tuple[str, ...]]:
    found = {}
    for deck, name in (("A", "15-deckA.notes.txt"), ("B", "15-deckB.notes.md")):
        path = _REVIEW / name
        generator = QuestionGenerator(parse_deck(dump_deck(import_file(path)), str(path)))
        found[deck] = generator.entities()
    return found


@pytest.mark.parametrize(
    ("deck", "expected", "given"),
    [
        ("A", "myopia", "short sightedness"),  # A11
        ("A", "hyperopia", "long sightedness"),  # A12
        ("A", "gravitropism", "geotropism"),  # A30
        ("A", "ADH", "anti-diuretic hormone"),  # A24
        ("A", "IVF", "in vitro fertilisation"),  # A26
        ("B", "Justices of the Peace", "JPs"),  # B07
        ("B", "CID", "Criminal Investigation Department"),  # B21
        ("B", "Police Community Support Officers", "PCSOs"),  # B29
        ("B", "conscientious objectors", "conchies"),  # B30
        ("B", "vagrancy", "vagabondage"),  # B31
    ],
)
def test_round15_probes_with_their_deck(
    review_entities: dict[str, tuple[str, ...]], deck: str, expected: str, given: str
) -> None:
    """The round-15 review's probes that only the notes make right, graded as the quiz grades
    them: with the deck's entities (docs/quiz-review/15-deck*)."""
    entities = review_entities[deck]
    assert grade(expected, given, others=entities).correct
    assert Grader(entities).grade(expected, given).correct


@pytest.mark.parametrize(
    ("deck", "expected", "given"),
    [
        ("A", "myopia", "hyperopia"),  # A13
        ("A", "phototropism", "gravitropism"),  # A31
        ("A", "FSH", "LH"),  # A25
        ("A", "myopia", "long sightedness"),
        ("B", "wergild", "murdrum fine"),  # B05
        ("B", "CID", "Police Community Support Officers"),
        ("B", "conscientious objectors", "absolutists"),
    ],
)
def test_round15_wrong_answers_with_their_deck(
    review_entities: dict[str, tuple[str, ...]], deck: str, expected: str, given: str
) -> None:
    assert not grade(expected, given, others=review_entities[deck]).correct
