"""Lines shaped "X: Y" or "X = Y" that are no term and its meaning (session 20, issue 14, class b):
a lead-in without bold before what a movement wanted ("Reaction against Impressionism: wanted
structure, symbol or emotion"), an event and what a ruler did in it ("Deccan wars: Aurangzeb spent
his last 26 years in the south"), and a person named with the dates of a life or a reign ("Babur
(ruled 1526–1530) = descendant of Timur") were asked "Which term means …?". Their lines are still
asked as lines. Notes written for these tests (Romantic poetry, the Ming dynasty)."""

from __future__ import annotations

import pytest

from bot.questions import QuestionKind
from bot.questions._not_definitions import _life_dates, narrative
from knowledge.importers import dump_deck, import_text
from knowledge.loader import parse_deck
from knowledge.model import Deck
from tests.unit import questioning

POETS = """# Romantic poetry 1789-1832

## The poets
- William Wordsworth (1770-1850) = poet of nature and memory, Poet Laureate from 1843
- Lord Byron (1788-1824) - satirist and traveller; died at Missolonghi in Greece
- John Keats (1795-1821) = wrote the great odes of 1819 before dying of tuberculosis in Rome

## Ideas
- Reaction against the Enlightenment: valued feeling, imagination and the sublime
- Lyrical Ballads: Wordsworth and Coleridge published it together in 1798
- sublime = awe mixed with fear, felt before mountains or storms
- pathetic fallacy = giving human feelings to nature
"""

MING = """# The Ming dynasty 1368-1644

- Yongle Emperor (r. 1402-1424) = moved the capital to Beijing and built the Forbidden City
- Zheng He's voyages: the admiral sailed seven times to the Indian Ocean between 1405 and 1433
- Hongwu Emperor (ruled 1368-1398) - founder of the dynasty, a former monk
- Red Turban Rebellion (1351-1368) = the uprising that ended Mongol rule
- examination system: civil service posts filled by tests on the Confucian classics
"""


def _deck(text: str, name: str) -> Deck:
    return parse_deck(dump_deck(import_text(text, source_name=name, format="markdown")), "t")


def _term_questions(deck: Deck) -> list[str]:
    kinds = (QuestionKind.DEFINITION_TO_TERM, QuestionKind.TERM_TO_DEFINITION)
    return [
        " ".join((q.prompt, *q.answers, *q.options))
        for q in questioning.every_question(deck, range(2), *kinds)
    ]


@pytest.mark.parametrize(
    ("name", "definition"),
    [
        ("Reaction against the Enlightenment", "valued feeling, imagination and the sublime"),
        ("Reaction against Impressionism", "wanted structure, symbol or emotion, not just light"),
        ("Deccan wars", "Aurangzeb spent his last 26 years in the south"),
        ("Lyrical Ballads", "Wordsworth and Coleridge published it together in 1798"),
    ],
)
def test_what_someone_did_is_no_meaning(name: str, definition: str) -> None:
    assert narrative(name, definition)


@pytest.mark.parametrize(
    ("name", "definition"),
    [
        ("palette knife", "flat blade used to mix or apply paint"),
        ("sublime", "awe mixed with fear, felt before mountains or storms"),
        ("pathetic fallacy", "giving human feelings to nature"),
        ("examination system", "civil service posts filled by tests on the Confucian classics"),
    ],
)
def test_a_meaning_is_still_one(name: str, definition: str) -> None:
    assert not narrative(name, definition)


def test_people_and_deeds_are_not_asked_as_terms() -> None:
    asked = _term_questions(_deck(POETS, "poets.md")) + _term_questions(_deck(MING, "ming.md"))

    for shown in (
        "Wordsworth (1770",
        "Byron (1788",
        "Yongle Emperor",
        "Hongwu",
        "Reaction against",
    ):
        assert not any(shown in text for text in asked), shown
    assert any("sublime" in text for text in asked)
    # an event's dates are no life: the rebellion may be a term
    assert not _life_dates("Red Turban Rebellion (1351-1368)")
    assert _life_dates("Hongwu Emperor (ruled 1368-1398)")


def test_their_lines_are_still_asked() -> None:
    sources = {
        q.source_fact
        for q in questioning.every_question(_deck(MING, "ming.md"), range(2), *QuestionKind)
    }

    assert any(source.startswith("Yongle Emperor") for source in sources)
