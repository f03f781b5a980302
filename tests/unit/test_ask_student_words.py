"""/ask when a student words the question in their own register, not the notes'.

About half of the held-out misses were answerable questions whose answer line shares under half
of the question's weight: "pee" for the notes' "urine", "stooges" for "confederates", "locked up"
for "shut up", "bigger" for "larger", "comply" for "compliance", "downsides" for a "Cons:" line,
"who was X?" for a line about X, "what colour" for "pale yellow". The links come from general
English (word families and a short table of synonyms in `_synonyms.py`: no maintained package
ships a thesaurus with its data), never from one deck; the decks here are written for these tests
in subjects of their own.
"""

from __future__ import annotations

import pytest

from bot.explain import answer_question
from knowledge.search._lemma import word_family
from knowledge.search._synonyms import synonyms
from tests.unit.asking import imported, lead_of

EXCRETION = """# Excretion and the kidney

## The kidneys

- Each kidney filters about 180 litres of blood plasma a day.
- Urine is mostly water, with urea and mineral salts dissolved in it.
- A kidney stone can block the ureter and causes severe pain in the side.
- Doctors test urine for glucose as a sign of diabetes.
- Healthy urine is pale yellow; dark urine can mean dehydration.

## Dialysis

- Dialysis machine: blood passes over a partially permeable membrane.
- Pros: keeps the patient alive while they wait for a transplant.
- Cons: sessions take about 4 hours, three times a week, and the diet is strict.
- A transplanted kidney is larger than the patient's failed ones but works at once.
- After transplant surgery the patient takes drugs to suppress the immune system for life.

## People

- Willem Kolff built the first working dialysis machine in the Netherlands in 1943.
"""

BYSTANDERS = """# Bystander behaviour (social psychology)

## Latané and Darley (1968)

- Participants filled in a questionnaire while smoke poured into the room.
- In one condition two confederates sat calmly and ignored the smoke.
- Alone, 75% of participants reported the smoke; with the calm confederates only 10% did.

## Key terms

- compliance - going along with others in public while privately disagreeing
- diffusion of responsibility - each person feels less responsible when others are present

## Evaluation

- Reliability: the study was repeated with different rooms and the results held.
- Lab setting lacks everyday realism, so the findings may not generalise.
"""

PLAGUE = """# Plague in Tudor and Stuart towns

## Responses of the town council

- Houses of the sick were shut up for 28 days with the family inside.
- Watchmen stood at the door so nobody left.
- Bonfires were lit in the streets to clear the bad air.
"""


def _lead(notes: str, name: str, question: str) -> str:
    deck, index = imported(notes, "markdown", name)
    return lead_of(answer_question(deck, index, question))


@pytest.mark.parametrize(
    ("notes", "question", "expected"),
    [
        (EXCRETION, "whats in pee", "mostly water, with urea"),
        (EXCRETION, "why do doctors check your wee", "glucose as a sign of diabetes"),
        (BYSTANDERS, "what did the stooges do about the smoke", "confederates"),
        (PLAGUE, "how long were plague houses locked up", "shut up for 28 days"),
        (EXCRETION, "what colour should pee be", "pale yellow"),
        (EXCRETION, "what happens after a transplant operation", "suppress the immune system"),
    ],
)
def test_a_students_everyday_word_finds_the_notes_word(
    notes: str, question: str, expected: str
) -> None:
    assert expected in _lead(notes, "notes.md", question)


def test_a_comparative_finds_its_synonym_in_any_degree() -> None:
    assert {"large", "big"} <= synonyms("bigger") | {"big"}
    assert "larger" in word_family("large")
    lead = _lead(EXCRETION, "notes.md", "is a new kidney bigger than the old ones")
    assert "larger than the patient's failed ones" in lead


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("if you comply do you privately agree", "privately disagreeing"),
        ("how do we know the study was reliable", "repeated with different rooms"),
    ],
)
def test_a_word_finds_the_noun_of_its_quality(question: str, expected: str) -> None:
    assert "compliance" in word_family("comply")
    assert "reliability" in word_family("reliable")
    assert expected in _lead(BYSTANDERS, "bystanders.md", question)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("what are the downsides of dialysis", "sessions take about 4 hours"),
        ("what are the advantages of dialysis", "keeps the patient alive"),
    ],
)
def test_the_aspect_asked_about_is_the_notes_label_not_the_definition(
    question: str, expected: str
) -> None:
    # the importer keeps "Cons:" as the line's label (its context), so the line shown is what
    # follows it; the definition of dialysis ("Dialysis machine: blood passes…") is not it
    assert expected in _lead(EXCRETION, "notes.md", question)


def test_who_was_a_name_is_answered_by_what_the_notes_say_of_them() -> None:
    lead = _lead(EXCRETION, "notes.md", "who was willem kolff")
    assert lead.startswith("Willem Kolff built the first working dialysis machine")


def test_who_was_asking_for_a_role_still_wants_a_name() -> None:
    lead = _lead(EXCRETION, "notes.md", "who built the first dialysis machine")
    assert "Willem Kolff" in lead


def test_a_synonym_the_notes_do_not_use_answers_nothing() -> None:
    deck, index = imported(PLAGUE, "markdown", "plague.md")
    assert answer_question(deck, index, "what did the watchmen get paid").status == "none"


def test_a_kind_finds_its_members_but_not_the_other_way() -> None:
    assert {"yellow", "green"} <= synonyms("colour")
    assert "colour" not in synonyms("yellow")
