"""A year asked of a person's work is offered only among years of that person's life (issue 14).

Round 23 (B25) and this session's own review of the same deck offered 1892 and 1894 for "Van
Gogh's _____ painting", though the cards give Van Gogh's dates (1853–1890). These cards are on
Carnatic music: composers with life spans, and works dated by their composer's name.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.questions import QuestionKind
from knowledge.deck_files import open_deck_file
from knowledge.model import Deck
from tests.unit import questioning

_CARDS = """\
Muthuswami Dikshitar\t(1775–1835) composer who wrote mostly in Sanskrit
Tyagaraja\t(1767–1847) composer of about 700 kritis in Telugu
Syama Sastri\t(1762–1827) composer known for complex rhythms
Kamalamba Navavarana\tDikshitar's cycle of nine kritis on the goddess Kamalamba, finished in 1833
Pancharatna kritis\tTyagaraja's five 'gem' compositions, finished by 1845
Navaratnamalika\tSastri's set of nine songs on the goddess Meenakshi, sung from 1825
Madras Music Season\tDecember concerts in Chennai, begun with the Music Academy in 1927
Music Academy\tChennai institution founded in 1928 that awards the Sangita Kalanidhi
"""

_LIVES = {"Dikshitar's": 1835, "Tyagaraja's": 1847, "Sastri's": 1827}


@pytest.fixture(scope="module")
def carnatic(tmp_path_factory: pytest.TempPathFactory) -> Deck:
    cards: Path = tmp_path_factory.mktemp("lives") / "composers.txt"
    cards.write_text(_CARDS, encoding="utf-8")
    return open_deck_file(cards)


def test_no_year_after_the_composer_died_is_offered(carnatic: Deck) -> None:
    checked = 0
    for question in questioning.every_question(carnatic, range(6), QuestionKind.CHOICE):
        died = next((year for name, year in _LIVES.items() if name in question.prompt), None)
        if died is None or "_____" not in question.prompt:
            continue
        checked += 1
        years = [int(option) for option in question.options if option.isdigit()]
        assert years, question.options
        assert max(years) <= died, (question.prompt, question.options)
    assert checked


def test_other_years_keep_their_options(carnatic: Deck) -> None:
    asked = [
        q
        for q in questioning.every_question(carnatic, range(2), QuestionKind.CHOICE)
        if "Music Academy" in q.prompt and "_____" in q.prompt
    ]
    assert asked
    assert all(len(q.options) == 4 for q in asked)
