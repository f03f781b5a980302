"""/ask: "at what age …", "from what age …", "how young …" asked of notes that give a young
child's age in weeks or months (issue 13, session 10).

"At what age do babies get stranger anxiety?" against "from about 7 months, stranger anxiety …":
an age was "aged 8", "15 years old", "in his 20s", so the line held no age and could not answer;
"from what age" was no measure question at all, "how young" no age question. The deck is written
here and imported the way an upload is.
"""

from __future__ import annotations

import pytest

from bot.explain import answer_question
from knowledge.search._values import gives_measure
from tests.unit.asking import imported, lead_of

INFANTS = """CHILD DEVELOPMENT

MILESTONES
  - babies smile socially from about 6 weeks
  - crawling usually starts from around 8 months, then pulling up to stand
  - first words appear by 12 months in most children

STUDIES
  - Meltzoff and Moore found babies as young as 3 weeks old imitated tongue poking
"""


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("at what age do babies start crawling", "8 months"),
        ("from what age do babies smile socially", "6 weeks"),
        ("how young were the babies that imitated tongue poking", "3 weeks"),
    ],
)
def test_an_infants_age_in_weeks_or_months_is_an_age(question: str, lead: str) -> None:
    deck, index = imported(INFANTS, "outline", "development.txt")
    assert lead in lead_of(answer_question(deck, index, question))


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("from about 7 months, stranger anxiety appears", True),
        ("babies as young as 2 weeks old", True),
        ("indiscriminate attachment: 2 to 7 months", True),
        ("the study lasted 6 months", False),
    ],
)
def test_what_counts_as_an_age(text: str, age: bool) -> None:
    assert gives_measure("age", text) is age


def test_an_age_the_notes_do_not_give_is_not_in_them() -> None:
    deck, index = imported(INFANTS, "outline", "development.txt")
    assert answer_question(deck, index, "at what age do babies start walking").status == "none"
