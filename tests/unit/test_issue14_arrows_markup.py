"""Notes markup is not shown in a question (issue 14, round-15 review class 3): an arrow typed
as "->" or "=>" in the notes read as "lens thicker -> refracts light more" in stems, options
and keys, and a matching question cut a bracket in two ("1. Vasodilation (blood vessels near
skin widen." paired with "a) More heat lost)"). Every shown text now has the typographic arrow,
the deck keeps its own text, a typed answer is accepted with either arrow, and a cause and its
effect are never split inside brackets. Notes written for these tests (chemistry, geography),
not the review decks."""

from __future__ import annotations

from bot.grading import grade
from bot.questions import Question, QuestionGenerator, QuestionKind
from bot.questions._arrows import typographic_arrows
from bot.questions._context import DeckContext
from bot.questions._matching import cause_effect_pairs
from knowledge.importers import dump_deck, import_text
from knowledge.loader import parse_deck
from knowledge.model import Deck

CHEMISTRY = """RATES AND ENERGY

1. RATES OF REACTION
  - higher temperature -> particles move faster -> more frequent collisions
  - a catalyst lowers the activation energy => faster reaction
  - powdered marble has a larger surface area --> reacts faster with hydrochloric acid
  - Collision theory: particles must collide with enough energy to react

2. LIMESTONE
  - heating limestone -> quicklime and carbon dioxide (thermal decomposition)
  - quicklime plus water -> slaked lime, used to neutralise acidic soils
  - Thermal decomposition: breaking down a compound by heating it
  - Neutralisation: an acid and a base react to make a salt and water
"""

GEOGRAPHY = """COASTS

1. EROSION
  - hydraulic action (waves force air into cracks -> rock breaks apart)
  - longshore drift moves sand along the coast -> spits form
  - rising sea levels -> more coastal flooding
  - waves undercut the base of a headland -> an arch collapses into a stack (erosion)
  - freeze-thaw weathering loosens rock -> scree collects at the cliff foot
  - Abrasion: rocks carried by waves wear away the cliff

2. MANAGEMENT
  - groynes trap sand -> wider beaches
  - sea walls reflect waves -> beach in front is scoured away
  - Managed retreat: letting the sea flood low value land
"""


def _deck(text: str) -> Deck:
    return parse_deck(dump_deck(import_text(text, source_name="n.txt", format="outline")), "t")


def _questions(text: str) -> list[Question]:
    deck = _deck(text)
    return [q for seed in range(3) for q in QuestionGenerator(deck, seed=seed).all_candidates()]


def _shown(question: Question) -> list[str]:
    """Everything a student can see of the question, before or after answering."""
    return [
        question.prompt,
        *question.options,
        *question.answers,
        question.explanation,
        question.hint or "",
        *question.hints,
        *question.option_notes,
    ]


def test_no_ascii_arrow_is_shown_in_any_question() -> None:
    for text in (CHEMISTRY, GEOGRAPHY):
        questions = _questions(text)
        assert questions
        for question in questions:
            for shown in _shown(question):
                assert "->" not in shown and "=>" not in shown, (question.kind, shown)


def test_the_arrow_is_said_in_words() -> None:
    # Round 17 (class 1): a stem's "→" is notes shorthand too; it is read out as words.
    prompts = [q.prompt for q in _questions(CHEMISTRY)]

    assert not any("→" in prompt for prompt in prompts)
    assert any("heating limestone, giving " in p or "heating _____, giving " in p for p in prompts)


def test_the_deck_keeps_its_own_text() -> None:
    deck = _deck(CHEMISTRY)
    QuestionGenerator(deck, seed=1).all_candidates()

    lines = [fact.text for topic in deck.topics for fact in topic.facts]
    assert "heating limestone -> quicklime and carbon dioxide (thermal decomposition)" in lines


def test_a_typed_answer_is_accepted_with_either_arrow() -> None:
    assert grade("slaked lime → neutral soil", "slaked lime -> neutral soil").correct
    assert grade("slaked lime -> neutral soil", "slaked lime → neutral soil").correct


def test_arrow_spellings() -> None:
    assert typographic_arrows("a -> b --> c => d ==> e <- f <-> g") == "a → b → c ⇒ d ⇒ e ← f ↔ g"
    # "x<-3" is "less than minus three"; "<=" and ">=" are comparisons, not arrows.
    assert typographic_arrows("x<-3 and y <= 2 and z >= 1") == "x<-3 and y <= 2 and z >= 1"


def test_a_pair_is_never_cut_inside_brackets() -> None:
    pairs = cause_effect_pairs(DeckContext(_deck(GEOGRAPHY), 1))

    for pair in pairs:
        for side in (pair.cause, pair.effect):
            assert side.count("(") == side.count(")"), side
    causes = {pair.cause for pair in pairs}
    assert "groynes trap sand" in causes  # an arrow outside brackets still pairs


def test_matching_questions_show_whole_brackets() -> None:
    matching = [q for q in _questions(GEOGRAPHY) if q.kind is QuestionKind.MATCHING]

    assert matching
    for question in matching:
        for shown in (question.prompt, *question.options):
            assert shown.count("(") == shown.count(")"), shown
