"""A table cell's options list as many things as the answer (issue 14, round 23 A16).

"What is the reign for Humayun?" offered "1530–1540, 1555–1556", the one reign in two parts,
among single reigns; "For Aurangzeb, what does the table give under “Remember him for”?" offered
the one pair ("Deccan wars, jizya reimposed") among single things. These notes on the Hanseatic
League give one town two goods and the others one.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.questions import QuestionKind
from knowledge.model import Deck
from tests.unit import questioning

_NOTES = """\
# The Hanseatic League

## Member towns

| Town | Joined | Known for |
|---|---|---|
| Lübeck | 1159 | Salt and herring |
| Hamburg | 1241 | Beer |
| Cologne | 1259 | Wine |
| Danzig | 1361 | Grain |
| Königsberg | 1340 | Amber |

## Trade

- Herring caught off Scania was salted with Lüneburg salt and sold across Europe
- Beer from Hamburg and Bremen was shipped to the Low Countries
- Grain from Prussia fed the towns of Flanders
"""


@pytest.fixture(scope="module")
def hanse(tmp_path_factory: pytest.TempPathFactory) -> Deck:
    notes: Path = tmp_path_factory.mktemp("table_forms") / "hanse.md"
    notes.write_text(_NOTES, encoding="utf-8")
    return questioning.imported_notes(notes)


def _items(value: str) -> int:
    return len(re.split(r",\s+|\s+and\s+", value))


def test_no_cell_is_the_one_option_of_its_form(hanse: Deck) -> None:
    asked = [
        q
        for q in questioning.every_question(hanse, range(4), QuestionKind.CHOICE)
        if "Known for" in q.prompt and q.prompt.startswith("Member towns: For")
    ]
    assert asked  # the single goods are still asked with options
    for question in asked:
        counts = {_items(option) for option in question.options}
        assert len(counts) == 1, question.options
