"""Another name the notes themselves give a term is a right answer for it (issue 14, round-13
blind review: "sex cells" for gametes, "artificial selection" for "Selective breeding" were
refused by `grade(…, others=…)`). The deck's own lines are the source — "gametes (sex cells)",
"Term (other name): …", "sex cells called gametes" — never a word list kept per subject; and
the quiz's grader and `grade()` given the deck's entities agree. A definition's own words are
no other name: "What term means: a sex cell (…)?" is not answered by "sex cell"."""

from __future__ import annotations

import pytest

from bot.grading import Grader, Verdict, grade
from bot.questions import QuestionGenerator
from knowledge.importers import dump_deck, import_text
from knowledge.loader import parse_deck

NOTES = """Inheritance
  Gamete: a sex cell (sperm and egg in animals; pollen and egg cells in flowering plants).
  Meiosis makes four gametes (sex cells) from one cell.
  Zygote: the cell formed when two gametes fuse.
  Meiosis: cell division that produces four genetically different gametes.
  Mitosis: cell division that produces two genetically identical cells.
  Cell: the smallest unit of life.
Breeding
  Selective breeding (artificial selection): humans breeding plants and animals for particular characteristics.
  Natural selection: individuals best suited to their environment survive and breed.
Plants
  Photosynthesis happens in leaf cells called palisade cells.
  Palisade cell: a cell near the top of a leaf, packed with chloroplasts.
"""


@pytest.fixture(scope="module")
def entities() -> tuple[str, ...]:
    deck = parse_deck(dump_deck(import_text(NOTES, format="outline", source_name="bio.txt")))
    return QuestionGenerator(deck).entities()


@pytest.mark.parametrize(
    ("expected", "given", "known_as"),
    [
        ("gametes", "sex cells", "gametes"),
        ("Gamete", "sex cell", "Gamete"),
        ("Gamete", "sex cells", None),
        ("gamete", "sex cell", "gamete"),
        ("Selective breeding", "artificial selection", "Selective breeding"),
        ("artificial selection", "selective breeding", "artificial selection"),
    ],
)
def test_another_name_the_notes_give_is_accepted(
    entities: tuple[str, ...], expected: str, given: str, known_as: str | None
) -> None:
    result = grade(expected, given, others=entities)
    assert result.correct, result
    assert result.verdict is Verdict.ALIAS
    if known_as is not None:
        assert result.reason == f"Accepted — also known as “{known_as}”."
    assert Grader(entities).grade(expected, given) == result  # the quiz's grader agrees


@pytest.mark.parametrize(
    ("expected", "given"),
    [
        ("Gamete", "cell"),  # "a cell" is the kind of thing, not another name for it
        ("Zygote", "cell"),
        ("Meiosis", "cell division"),  # a definition that goes on is no other name
        ("Natural selection", "artificial selection"),
        ("Mitosis", "sex cells"),
        ("Cell", "smallest unit"),
    ],
)
def test_what_a_definition_only_begins_with_is_no_other_name(
    entities: tuple[str, ...], expected: str, given: str
) -> None:
    assert not grade(expected, given, others=entities).correct


def test_a_definition_alone_gives_its_term_no_other_name() -> None:
    notes = "Cells\n  Gamete: a sex cell (sperm and egg).\n  Zygote: the cell formed at fertilisation.\n"
    deck = parse_deck(dump_deck(import_text(notes, format="outline", source_name="c.txt")))
    assert not grade("Gamete", "sex cell", others=QuestionGenerator(deck).entities()).correct


def test_a_gloss_of_a_name_is_no_synonym_for_grading() -> None:
    """ "Flamborough Head (chalk)" says what the headland is made of, not another name."""
    notes = "Coasts\n  Flamborough Head (chalk) is a headland.\n  Head: land that juts out.\n"
    deck = parse_deck(dump_deck(import_text(notes, format="outline", source_name="d.txt")))
    assert not grade("Head", "chalk", others=QuestionGenerator(deck).entities()).correct


def test_without_the_deck_a_synonym_is_not_known() -> None:
    assert not grade("gametes", "sex cells").correct


def test_a_term_called_so_in_the_notes_accepts_the_other_name() -> None:
    notes = (
        "Cells\n"
        "  Gamete: a haploid cell that fuses with another at fertilisation.\n"
        "  Meiosis makes sex cells called gametes.\n"
        "  Mitosis makes body cells for growth.\n"
    )
    deck = parse_deck(dump_deck(import_text(notes, format="outline", source_name="b.txt")))
    entities = QuestionGenerator(deck).entities()
    result = grade("gametes", "sex cells", others=entities)
    assert result.correct, result
    assert result.reason == "Accepted — also known as “gametes”."
    assert not grade("gametes", "body cells", others=entities).correct


def test_a_kind_called_so_is_not_another_name_for_it(entities: tuple[str, ...]) -> None:
    """ "leaf cells called palisade cells": palisade cells are one kind of leaf cell."""
    assert not grade("Palisade cell", "leaf cells", others=entities).correct


def test_a_blank_on_another_line_accepts_the_name_a_definition_gives() -> None:
    """ "Gamete: a sex cell (…)" makes "sex cell" right for a blank on "gamete" elsewhere in the
    notes (the quiz lists it among the accepted answers), never for the definition's own line
    nor a question asking for the term from its definition."""
    notes = (
        "Reproduction\n"
        "  Gamete: a sex cell (sperm and egg in animals).\n"
        "  Zygote: the cell formed when two gametes fuse.\n"
        "Meiosis\n"
        "  Each gamete has a single set of chromosomes.\n"
        "  Meiosis: cell division that produces four genetically different cells.\n"
    )
    deck = parse_deck(dump_deck(import_text(notes, format="outline", source_name="e.txt")))
    generator = QuestionGenerator(deck)
    grader = Grader(generator.entities())
    asked = [q for q in generator.all_candidates() if q.answers[0].casefold() == "gamete"]
    assert asked
    for question in asked:
        elsewhere = "sex cell" not in question.prompt
        result = grader.grade(list(question.answers), "sex cell")
        assert result.correct is elsewhere, (question.prompt, question.answers)
    assert any("sex cell" not in q.prompt for q in asked)
    assert any("sex cell" in q.prompt for q in asked)


def test_a_name_and_its_acronym_in_the_deck_answer_for_each_other() -> None:
    """The deck writes "New Economic Policy (NEP)" and names both on their own too: each is
    then right for the other, not "another answer in these notes"."""
    deck = ["New Economic Policy (NEP)", "New Economic Policy", "NEP", "War Communism"]
    assert grade("New Economic Policy", "NEP", others=deck).correct
    assert grade("NEP", "new economic policy", others=deck).correct
    assert not grade("NEP", "War Communism", others=deck).correct
