"""A word inside a quoted saying is no blank (session 20, issue 14, classes c and e): '"Wallpaper
in its embryonic state is more finished than that _____" - Leroy' asked for "seascape", one word
of a critic's jibe, where what a teacher asks of a quotation is who said it. A short quoted name
or term ('called himself a "Realist"', 'the "unequal treaties"') is still blanked. Notes written
for these tests (the Suffragettes, the space race)."""

from __future__ import annotations

import pytest

from bot.questions import QuestionKind
from bot.questions._filters import in_a_saying
from bot.questions._spans import Span, SpanKind
from knowledge.importers import dump_deck, import_text
from knowledge.loader import parse_deck
from tests.unit import questioning


def _span(text: str, word: str) -> Span:
    start = text.index(word)
    return Span(start, start + len(word), word, SpanKind.RARE_WORD)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ('"That\'s one small step for man, one giant leap for mankind" - Armstrong', "mankind"),
        ("Kennedy: “We choose to go to the Moon in this decade”", "Moon"),
    ],
)
def test_a_word_of_a_saying_is_no_blank(text: str, word: str) -> None:
    assert in_a_saying(text, _span(text, word))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ('Degas called himself a "Realist"', "Realist"),
        ('the "unequal treaties" with Britain and France', "unequal"),
        ('"Deeds, not words" was the motto of the WSPU from 1903', "Deeds"),
        ('"Deeds, not words" was the motto of the WSPU from 1903', "WSPU"),
    ],
)
def test_a_quoted_name_or_a_word_outside_the_quote_is_still_a_blank(text: str, word: str) -> None:
    assert not in_a_saying(text, _span(text, word))


SPACE = """# The space race 1957-1969

- Sputnik 1 was launched by the USSR in October 1957
- Yuri Gagarin became the first person in space in April 1961
- "That's one small step for man, one giant leap for mankind" - Neil Armstrong, July 1969
- Kennedy promised in 1961 to land a man on the Moon before the decade was out
"""


def test_a_quotation_is_asked_by_who_said_it() -> None:
    deck = parse_deck(dump_deck(import_text(SPACE, source_name="space.md", format="markdown")), "t")
    asked = [
        q
        for q in questioning.every_question(deck, range(3), QuestionKind.CLOZE, QuestionKind.CHOICE)
        if q.source_fact.startswith('"That')
    ]

    assert not any(q.answers[0] in ("mankind", "man", "step", "leap") for q in asked)
    assert any("Armstrong" in q.answers[0] for q in asked)
