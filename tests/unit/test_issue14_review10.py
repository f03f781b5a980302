"""Round-10 review, class 1: reason questions whose wrong options came from another lead-in's
reasons list (off-topic options gave the answer away, or were in fact right too), and stems that
quoted a clause ("a reason for “the army mutinied”"). Decks here are a medieval-history and a
chemistry handout written for these tests."""

from __future__ import annotations

from bot.questions import Question, QuestionGenerator, QuestionKind
from knowledge.importers import dump_deck, import_text
from knowledge.loader import parse_deck
from knowledge.model import Deck
from knowledge.text import fold

PLAGUE = """# Medieval England

## The Black Death, 1348

Reasons the plague spread so quickly:
- fleas on black rats carried the disease along trade routes
- crowded towns had no sewers or clean water
- doctors did not know that germs caused disease

Consequences of the plague:
- about a third of the population died within two years
- labourers demanded higher wages because workers were scarce
- many villages were abandoned and never resettled

## The Peasants' Revolt, 1381

Reasons the peasants rebelled:
- the poll tax was charged three times in four years
- the Statute of Labourers held wages down by law
- the preacher John Ball said all people were equal
"""

CAUSES_ELSEWHERE = {
    "the poll tax was charged three times in four years",
    "the Statute of Labourers held wages down by law",
    "the preacher John Ball said all people were equal",
}
PLAGUE_CAUSES = {
    "fleas on black rats carried the disease along trade routes",
    "crowded towns had no sewers or clean water",
    "doctors did not know that germs caused disease",
}
PLAGUE_EFFECTS = {
    "about a third of the population died within two years",
    "labourers demanded higher wages because workers were scarce",
    "many villages were abandoned and never resettled",
}


def _deck(text: str) -> Deck:
    mapping = import_text(text, source_name="notes", format="markdown")
    return parse_deck(dump_deck(mapping), "notes.yaml")


def _asked(deck: Deck, *kinds: QuestionKind) -> list[Question]:
    found: dict[str, Question] = {}
    for seed in range(4):
        for q in QuestionGenerator(deck, seed=seed).all_candidates(kinds=list(kinds)):
            found.setdefault(q.id, q)
    return list(found.values())


def _folded(options: tuple[str, ...] | list[str] | set[str]) -> set[str]:
    return {fold(o) for o in options}


def test_a_list_of_causes_is_asked_against_its_own_subjects_effects() -> None:
    asked = _asked(_deck(PLAGUE), QuestionKind.REASON, QuestionKind.MULTI_SELECT)
    plague = [q for q in asked if "plague spread" in q.prompt]
    assert plague, [q.prompt for q in asked]
    for q in plague:
        right = _folded({q.options[i] for i in q.correct})
        wrong = _folded(q.options) - right
        if "NOT" in q.prompt:  # the odd one out is an effect, the rest are its causes
            assert right <= _folded(PLAGUE_EFFECTS) and wrong <= _folded(PLAGUE_CAUSES), q.options
        else:
            assert wrong and wrong <= _folded(PLAGUE_EFFECTS), q.options
            assert right <= _folded(PLAGUE_CAUSES), q.options


def test_another_events_causes_are_never_wrong_options() -> None:
    """The revolt's causes would be off-topic beside the plague's (the answer is the one about
    the plague), and the notes list no consequences of the revolt: its list is not asked."""
    asked = _asked(_deck(PLAGUE), QuestionKind.REASON, QuestionKind.MULTI_SELECT)
    assert all(not _folded(q.options) & _folded(CAUSES_ELSEWHERE) for q in asked), [
        (q.prompt, q.options) for q in asked if _folded(q.options) & _folded(CAUSES_ELSEWHERE)
    ]
    assert not [q for q in asked if "rebelled" in q.prompt]


def test_a_reasons_clause_heading_is_asked_with_why_not_quoted() -> None:
    asked = _asked(_deck(PLAGUE), QuestionKind.REASON, QuestionKind.MULTI_SELECT)
    prompts = [q.prompt for q in asked]
    assert any("Which of these is a reason why the plague spread so quickly?" in p for p in prompts)
    assert any("Which of these are reasons why the plague spread so quickly?" in p for p in prompts)
    assert not any("“the plague spread" in p for p in prompts), prompts


CHEMISTRY = """# Bonding

## Metals

- Metals conduct electricity because their delocalised electrons can move through the structure.
- Pure metals are soft because the layers of atoms can slide over each other.

## Rates of reaction

Reasons reactions speed up when heated:
- particles move faster and collide more often
- more collisions have enough energy to react
- the activation energy is reached by more particles
"""


def test_a_line_giving_its_reason_borrows_no_reasons_from_a_list() -> None:
    """With one other line's reason only, "Pure metals are soft" was filled up with the rates
    list (off-topic for a metal: the answer stood out). Now it is not asked."""
    asked = _asked(_deck(CHEMISTRY), QuestionKind.REASON)
    rates = {"particles move faster and collide more often",
             "more collisions have enough energy to react",
             "the activation energy is reached by more particles"}  # fmt: skip
    for q in asked:
        if "Which of these is the reason?" in q.prompt:
            assert not _folded(q.options) & _folded(rates), q.options
