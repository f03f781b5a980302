"""Structure of the notes that gave no question (issue 14, round-14 blind review: 58 of 60 asked
on a physics deck; earlier decks 50-59). Notes written for these tests (biology, chemistry,
geography), not the review decks:

- a list and its opposite under one topic ("Non-communicable diseases" beside "Communicable
  diseases"): the headings differ only by the negating word, which the list builder did not take
  for two kinds of one thing, so neither list was asked;
- a section whose heading tells the student to learn its lines in order ("MEIOSIS (learn the
  steps in order)"): the import keeps the bracket out of the title, and the order went with it.
"""

from __future__ import annotations

from bot.questions import QuestionGenerator, QuestionKind
from knowledge.importers import dump_deck, import_text
from knowledge.loader import parse_deck
from knowledge.model import Deck
from tests.unit import questioning

DISEASE = """HEALTH AND DISEASE - GCSE BIOLOGY

TYPES OF DISEASE
  Communicable diseases:
    - measles
    - malaria
    - tuberculosis
    - salmonella
  Non-communicable diseases:
    - coronary heart disease
    - type 2 diabetes
    - lung cancer
    - liver cirrhosis

PATHOGENS
  - Pathogen: a microorganism that causes disease.
  - Bacteria reproduce rapidly and may produce toxins that damage tissues.
  - Viruses live and reproduce inside cells, causing cell damage.
"""

METALS = """PROPERTIES OF ELEMENTS

METALS AND NON-METALS
  - Metals: iron, copper, sodium and magnesium.
  - Non-metals: sulfur, oxygen, chlorine and carbon.
  - Metals are found on the left of the periodic table.
  - Metals form positive ions when they react.
"""


RIVERS = """RIVERS - GCSE GEOGRAPHY

FORMATION OF AN OXBOW LAKE (learn in order)
  1. Erosion on the outside bend makes the meander neck narrower.
  2. During a flood the river cuts through the narrow neck.
  3. Deposition seals off the old meander from the new channel.
  4. The cut-off meander dries out slowly and fills with sediment.

RIVER PROCESSES
  - Hydraulic action: the force of the water breaks rock particles away from the river bed.
  - Abrasion: rocks carried by the river wear away the bed and banks.
  - Attrition: rocks carried by the river smash together and break into smaller pieces.
  - Deposition happens when a river loses energy, for example on the inside of a bend.
"""


def _deck(text: str, name: str = "notes.txt") -> Deck:
    return parse_deck(dump_deck(import_text(text, source_name=name, format="outline")), "t.yaml")


def _listed_under(deck: Deck, heading: str) -> list[tuple[str, tuple[str, ...], str]]:
    found = []
    for question in questioning.every_question(deck, range(4), QuestionKind.REASON):
        if f"listed under “{heading}”" in question.prompt:
            found.append((question.prompt, question.options, question.answers[0]))
    return found


def test_a_list_and_its_negated_opposite_are_asked_against_each_other() -> None:
    deck = _deck(DISEASE)
    communicable = {"measles", "malaria", "tuberculosis", "salmonella"}
    non_communicable = {"coronary heart disease", "type 2 diabetes", "lung cancer"}
    non_communicable.add("liver cirrhosis")

    asked = _listed_under(deck, "Non-communicable diseases")

    assert asked, "the non-communicable list is never asked"
    for prompt, options, answer in asked:
        if "NOT" in prompt:
            assert answer in communicable
            assert set(options) - {answer} <= non_communicable
        else:
            assert answer in non_communicable
            assert set(options) - {answer} <= communicable
    assert _listed_under(deck, "Communicable diseases")


def test_one_line_lists_and_their_opposite_are_asked_too() -> None:
    deck = _deck(METALS)

    asked = _listed_under(deck, "Non-metals")

    assert asked
    for prompt, options, answer in asked:
        if "NOT" not in prompt:
            assert answer in {"sulfur", "oxygen", "chlorine", "carbon"}
            assert not set(options) - {answer} - {"iron", "copper", "sodium", "magnesium"}


def test_a_heading_telling_the_student_to_learn_in_order_gives_an_ordering_question() -> None:
    deck = _deck(RIVERS)
    oxbow = next(topic for topic in deck.topics if topic.title.startswith("Formation"))
    assert oxbow.title == "Formation of an oxbow lake"  # the instruction stays out of the title
    assert oxbow.instruction == "learn in order"

    ordering = [
        q
        for q in QuestionGenerator(deck, seed=1).all_candidates(kinds=[QuestionKind.CHRONOLOGY])
        if q.topic_id == oxbow.id
    ]

    assert ordering, "the steps the notes say to learn in order are never asked in order"
    question = ordering[0]
    assert question.prompt.startswith("Formation of an oxbow lake: Put these in order")
    assert "learn" not in question.prompt
    lines = [fact.text for fact in oxbow.facts]
    # The right order is the notes' order.
    places = [next(i for i, line in enumerate(lines) if step in line) for step in question.answers]
    assert places == sorted(places)


def test_the_instruction_is_kept_by_a_markdown_import_and_read_back() -> None:
    notes = RIVERS.replace(
        "FORMATION OF AN OXBOW LAKE (learn in order)", "## Oxbow lakes (learn in order)"
    )
    text = dump_deck(import_text(notes, source_name="rivers.md", format="markdown"))
    assert "instruction: learn in order" in text

    deck = parse_deck(text, "rivers.yaml")

    oxbow = next(topic for topic in deck.topics if topic.title == "Oxbow lakes")
    assert oxbow.instruction == "learn in order"
    assert any(
        q.topic_id == oxbow.id
        for q in QuestionGenerator(deck, seed=1).all_candidates(kinds=[QuestionKind.CHRONOLOGY])
    )
