"""A section holding only a table is no topic a line belongs to (issue 14, rounds 23 and 23b).

"Emperors at a glance", a summary table of the handout's emperors, was offered as a wrong topic
for "European traders paid in silver …" and "Took the title Alamgir …" (round 23, A21 and A41;
round 23b, A6). These notes on the Hanseatic League end on "Rulers at a glance", a table alone.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.questions import QuestionKind
from knowledge.model import Deck
from tests.unit import questioning
from tests.unit.test_issue14_s21_leaks import _NOTES


@pytest.fixture(scope="module")
def hanse(tmp_path_factory: pytest.TempPathFactory) -> Deck:
    notes: Path = tmp_path_factory.mktemp("hanse_topics") / "hanse.md"
    notes.write_text(_NOTES, encoding="utf-8")
    return questioning.imported_notes(notes)


def test_a_table_alone_is_no_topic_option(hanse: Deck) -> None:
    asked = questioning.every_question(hanse, range(4), QuestionKind.WHICH_TOPIC)
    assert asked  # lines are still asked which topic they belong to
    for question in asked:
        assert not any("at a glance" in option for option in question.options), question.options
