"""/ask: a year written with its era or "circa" is a year (issue 13, session 9).

"325 CE", "AD 43", "55 BC" and "c.1606" had been read as a bare number and a capitalised "name"
("CE", "BC"), or not at all ("c.1606": the dot before the year looked like a decimal point), so a
when-question, which needs a date or a year, found no answer in the line that gives it.

The deck is written here and imported the way an upload is.
"""

from __future__ import annotations

import pytest

from bot.explain import answer_question
from knowledge.search._spans import find_spans
from tests.unit.asking import imported, lead_of

ROMAN_BRITAIN = """ROMAN BRITAIN

INVASIONS
  - Julius Caesar landed in Kent in 55 BC but did not stay
  - Claudius ordered the conquest in AD 43
  - Hadrian's Wall begun c.122 and finished about six years later

LATER
  - the Synod of Whitby met in 664 CE to settle the date of Easter
  - the Domesday survey was written up c.1086
  - the last legions left c.410, and towns declined
"""


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("Council of Nicaea, 325 CE", "325 CE"),
        ("Claudius ordered the conquest in AD 43", "AD 43"),
        ("Caesar came in 55 BC", "55 BC"),
        ("Written by William Shakespeare c.1606", "c.1606"),
    ],
)
def test_a_year_with_its_era_is_a_year(text: str, year: str) -> None:
    found = [text[start:end] for kind, start, end in find_spans(text, frozenset(), frozenset())]
    kinds = {
        text[start:end]: kind for kind, start, end in find_spans(text, frozenset(), frozenset())
    }
    assert year in found and kinds[year] == "year"


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("when did julius caesar land in kent", "55 BC"),
        ("when did claudius order the conquest", "AD 43"),
        ("when did the synod of whitby meet", "664 CE"),
        ("when was the domesday survey written up", "c.1086"),
    ],
)
def test_a_when_question_is_answered_by_an_era_year(question: str, lead: str) -> None:
    deck, index = imported(ROMAN_BRITAIN, "outline", "roman.txt")
    assert lead in lead_of(answer_question(deck, index, question))
