"""Every line of a plain list is asked as "listed under" its lead-in (issue 14, yield): lines under
a heading that is no cause, effect or aim word ("Reforms:", "Living conditions:", "Was the Act a
success?") and has no contrasting sibling gave no question unless a blank fitted, leaving a
teacher's outline well short of 60. Wrong options are lines of the other lists of the same topic
(then of topics near it), never a line of the list asked. Notes written for these tests (history,
chemistry), not the review decks."""

from __future__ import annotations

from bot.questions import Question, QuestionGenerator, QuestionKind
from knowledge.importers import dump_deck, import_text
from knowledge.loader import parse_deck
from knowledge.model import Deck

HISTORY = """THE INDUSTRIAL REVOLUTION

1. FACTORY TOWNS
  Living conditions:
    - back-to-back houses with no gardens
    - one water pump shared by a whole street
    - cholera spread through dirty drinking water
  Reforms:
    - councils had to build sewers and drains
    - new laws limited working hours for children
    - inspectors checked mills for safety
  Was the Ten Hours Act a success?
    - mill owners found ways round the limits
    - fewer children were injured by machines
  Working life:
    - shifts of fourteen hours in the cotton mills
    - children crawled under machines to mend threads

2. RAILWAYS
  Building the lines:
    - navvies dug cuttings and tunnels by hand
    - landowners sold fields to the companies
  Changes to daily life:
    - fresh milk and fish reached city markets
    - railway time made clocks the same across Britain
"""

CHEMISTRY = """CHEMICAL ANALYSIS

1. PURE SUBSTANCES
  Formulations:
    - paints mix pigment, solvent and binder
    - medicines contain the drug and fillers
  Tests on a sample:
    - it melts at one sharp temperature when pure
    - chromatography shows a single spot
"""


def _deck(text: str) -> Deck:
    return parse_deck(dump_deck(import_text(text, source_name="n.txt", format="outline")), "t")


def _listed(deck: Deck) -> dict[str, list[Question]]:
    """The "listed under" questions of each line, over a few seeds."""
    found: dict[str, list[Question]] = {}
    for seed in range(3):
        for q in QuestionGenerator(deck, seed=seed).all_candidates(kinds=[QuestionKind.REASON]):
            if q.fact_id is not None and " list" in q.prompt:
                found.setdefault(q.source_fact, []).append(q)
    return found


def _under(deck: Deck) -> dict[str, str]:
    return {fact.text: fact.group for topic in deck.topics for fact in topic.facts if fact.group}


def test_each_line_of_a_plain_list_is_asked_under_its_heading() -> None:
    deck = _deck(HISTORY)
    under = _under(deck)
    asked = _listed(deck)

    for line in (
        "back-to-back houses with no gardens",
        "councils had to build sewers and drains",
        "new laws limited working hours for children",
        "mill owners found ways round the limits",
    ):
        assert line in asked, f"no question asks where “{line}” is listed"
        for question in asked[line]:
            assert question.options[question.correct[0]] == line
            assert under[line].rstrip(":?") in question.prompt
            assert len(question.options) == 4
            for option in question.options:
                if option != line:
                    # A wrong option is a line of another list, never one of the same list.
                    assert option in under, option
                    assert under[option] != under[line], (option, question.prompt)


def test_a_heading_that_is_a_question_reads_as_one() -> None:
    deck = _deck(HISTORY)
    asked = _listed(deck)["fewer children were injured by machines"]

    for question in asked:
        assert "?”?" not in question.prompt
        assert question.prompt.endswith(
            "Your notes ask “Was the Ten Hours Act a success?” Which of these do they list under it?"
        )


def test_a_line_that_leans_on_its_heading_is_not_asked_alone() -> None:
    # "it melts at one sharp temperature" says nothing without the heading's "a sample".
    asked = _listed(_deck(CHEMISTRY))

    assert "it melts at one sharp temperature when pure" not in asked
