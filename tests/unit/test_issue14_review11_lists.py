"""A plain-text outline's lists are asked (issue 14, round-11 blind review): a biology outline
gave 53 of 60 questions while its lists (abiotic factors, uses of glucose, the eutrophication
chain) were never used. These notes are geography, written as an indented outline."""

from __future__ import annotations

import pytest

from bot.questions import Question, QuestionGenerator, QuestionKind
from knowledge.model import Deck, Fact, Topic
from tests.unit import questioning

_RIVERS = """\
GCSE GEOGRAPHY - RIVER LANDSCAPES

RIVER PROCESSES
  Processes of erosion:
    Hydraulic action - the force of the water breaks rock particles away from the bed and banks
    Abrasion - eroded rocks carried by the river wear away the bed and banks
    Attrition - rocks carried by the river smash into each other and become smaller and rounder
    Solution - soluble rocks such as limestone are dissolved by the water
  Processes of transportation:
    Traction - large boulders are rolled along the river bed
    Saltation - pebbles bounce along the river bed
    Suspension - fine particles such as clay are carried along in the water
    Solution - minerals are dissolved and carried in the water

LANDFORMS OF EROSION
  Formation of a waterfall:
    A river flows over a band of hard rock lying on top of soft rock
    The soft rock is eroded more quickly, undercutting the hard rock
    A plunge pool forms at the base as the water erodes the soft rock
    The overhang of hard rock collapses because it is unsupported
    The waterfall retreats upstream, leaving a steep-sided gorge

FLOODING
  Physical causes of flooding:
    Prolonged rainfall saturates the soil
    Heavy rainfall falls faster than it can soak in
    Steep slopes make water run off quickly
    Impermeable rock such as granite stops water soaking in
  Human causes of flooding:
    Urbanisation creates impermeable tarmac and concrete surfaces
    Deforestation reduces interception by trees
    Farming leaves bare soil that lets rain run off
  Pollution of a river:
    Fertiliser runs off fields -> algae grow quickly on the river
    -> the algae die and bacteria decompose them -> oxygen in the water is used up -> fish die
"""


@pytest.fixture(scope="module")
def rivers(tmp_path_factory: pytest.TempPathFactory) -> Deck:
    notes = tmp_path_factory.mktemp("notes") / "rivers.notes.txt"
    notes.write_text(_RIVERS, encoding="utf-8")
    return questioning.imported_notes(notes)


def _asked(deck: Deck, kind: QuestionKind, words: str) -> list[Question]:
    found = questioning.every_question(deck, range(4), kind)
    return [q for q in found if words in q.prompt]


def test_a_list_is_asked_against_the_list_it_contrasts_with(rivers: Deck) -> None:
    asked = _asked(rivers, QuestionKind.REASON, "listed under “Physical causes of flooding”")
    physical = {
        "Prolonged rainfall saturates the soil",
        "Heavy rainfall falls faster than it can soak in",
        "Steep slopes make water run off quickly",
        "Impermeable rock such as granite stops water soaking in",
    }
    human = {
        "Urbanisation creates impermeable tarmac and concrete surfaces",
        "Deforestation reduces interception by trees",
        "Farming leaves bare soil that lets rain run off",
    }
    assert any("NOT" not in q.prompt for q in asked)
    assert any("NOT" in q.prompt for q in asked)
    for question in asked:
        assert set(question.options) <= physical | human
        right = {question.options[i] for i in question.correct}
        assert right <= (human if "NOT" in question.prompt else physical)
        assert len(right) == 1


def test_an_item_in_both_lists_is_never_a_wrong_option(rivers: Deck) -> None:
    for heading in ("Processes of erosion", "Processes of transportation"):
        for question in _asked(rivers, QuestionKind.REASON, f"listed under “{heading}”"):
            right = {question.options[i] for i in question.correct}
            # "Solution" is under both: it is never the odd one out nor a wrong option.
            assert "Solution" not in set(question.options) - (
                set() if "NOT" in question.prompt else right
            )


def test_a_process_s_steps_are_asked_in_order(rivers: Deck) -> None:
    steps = [
        "A river flows over a band of hard rock lying on top of soft rock",
        "The soft rock is eroded more quickly, undercutting the hard rock",
        "A plunge pool forms at the base as the water erodes the soft rock",
        "The overhang of hard rock collapses because it is unsupported",
        "The waterfall retreats upstream, leaving a steep-sided gorge",
    ]
    asked = _asked(rivers, QuestionKind.CHRONOLOGY, "steps of “Formation of a waterfall”")
    assert asked
    for question in asked:
        in_order = [question.options[i] for i in question.correct]
        assert in_order == sorted(in_order, key=steps.index)
        assert len(in_order) >= 3


def test_an_arrow_chain_carried_over_two_lines_is_one_sequence(rivers: Deck) -> None:
    chain = [
        "Fertiliser runs off fields",
        "Algae grow quickly on the river",
        "The algae die and bacteria decompose them",
        "Oxygen in the water is used up",
        "Fish die",
    ]
    asked = _asked(rivers, QuestionKind.CHRONOLOGY, "“Pollution of a river”")
    assert asked
    for question in asked:
        in_order = [question.options[i] for i in question.correct]
        assert in_order == sorted(in_order, key=chain.index)


def test_a_term_list_is_matched(rivers: Deck) -> None:
    asked = _asked(rivers, QuestionKind.MATCHING, "(Processes of transportation)")
    assert asked
    for question in asked:
        assert len(question.options) in (3, 4)


def test_a_step_ordering_is_no_year_question(rivers: Deck) -> None:
    # Notes with no dates ask no year questions; steps in order are not about years.
    sample = QuestionGenerator(rivers, seed=1).generate(60, kinds=[QuestionKind.CHRONOLOGY])
    assert sample, "the steps are asked even in notes with no dates"


def test_the_lists_add_questions_to_a_sample(rivers: Deck) -> None:
    sample = QuestionGenerator(rivers, seed=1).generate(60)
    kinds = {q.kind for q in sample}
    assert QuestionKind.REASON in kinds or QuestionKind.CHRONOLOGY in kinds
    lines = [q.source_fact for q in sample]
    assert len(lines) == len(set(lines))


def test_two_lists_written_in_a_line_each_are_asked_against_each_other() -> None:
    """Round 11: "Plants compete for: light, space, water and mineral ions." beside "Animals
    compete for: food, mates and territory." was never asked. Here: business studies."""
    fixed = {"rent", "insurance", "loan repayments", "salaries"}
    variable = {"raw materials", "packaging", "energy", "wages"}
    deck = Deck(
        id="costs",
        title="Business costs",
        topics=(
            Topic(
                id="costs",
                title="Costs",
                facts=(
                    Fact("Fixed costs include: rent, insurance, loan repayments and salaries."),
                    Fact("Variable costs include: raw materials, packaging, energy and wages."),
                    Fact("Total costs are fixed costs plus variable costs."),
                ),
            ),
        ),
    )
    asked = _asked(deck, QuestionKind.REASON, "listed under “")
    assert {q.prompt.split("“")[1].rstrip("”?") for q in asked} == {"Fixed costs", "Variable costs"}
    for question in asked:
        right = {question.options[i] for i in question.correct}
        listed = fixed if "“Fixed costs”" in question.prompt else variable
        other = variable if listed is fixed else fixed
        assert set(question.options) <= fixed | variable
        assert right <= (other if "NOT" in question.prompt else listed)
