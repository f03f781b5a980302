"""A person's name at the start of a line: "Samuel Pepys recorded the fire in his diary". A capital
opening a sentence proves nothing, so the first word of a capitalised run used to count only when
rare ("Emmeline Pankhurst"); "Samuel" is common English, so the run was cut to "Pepys" and the
line gave no question at all. A given name opens the name it runs into; a title stays out of the
blank ("Governor _____ stood …"), and an everyday word does not join ("The Bank of England")."""

from __future__ import annotations

from pathlib import Path

from bot.questions import QuestionKind
from knowledge.model import Deck, Fact, Topic
from tests.unit import questioning

GREAT_FIRE = Path(__file__).resolve().parents[1] / "data" / "wrapped" / "great_fire.txt"


def _cloze_answers(deck: Deck) -> dict[str, str]:
    questions = questioning.every_question(deck, range(6), QuestionKind.CLOZE)
    return {q.answers[0]: q.prompt for q in questions}


def test_a_line_that_opens_with_a_name_is_asked_about_that_name() -> None:
    answers = _cloze_answers(questioning.imported_notes(GREAT_FIRE))
    assert "Samuel Pepys" in answers
    assert answers["Samuel Pepys"].endswith(
        "_____ recorded the fire in his diary and described burying his parmesan cheese and wine "
        "in his garden to save them from the flames."
    )
    assert "Christopher Wren" in answers


def test_names_in_other_subjects_and_what_stays_out() -> None:
    deck = Deck(
        id="sci",
        title="Science",
        topics=(
            Topic(
                id="people",
                title="Scientists",
                facts=(
                    Fact("Marie Curie discovered polonium and radium with her husband Pierre"),
                    Fact("Charles Darwin sailed on HMS Beagle and studied finches on Galapagos"),
                    Fact("The Royal Society published the paper in the journal Nature"),
                    Fact("President Lincoln signed the Emancipation Proclamation in the war"),
                ),
            ),
        ),
    )
    answers = _cloze_answers(deck)
    assert "Marie Curie" in answers and "Charles Darwin" in answers
    assert not any(answer.startswith(("The ", "President ")) for answer in answers), answers
