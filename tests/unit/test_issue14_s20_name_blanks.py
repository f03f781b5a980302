"""Names that are the point of a line and were never blanked (session 20, issue 14, class a:
yield): "Grand Trunk Road rebuilt …" was read as "Trunk Road" (its first word taken for the
sentence's capital), "Haussmann rebuilt Paris …" took the name for a word describing "rebuilt",
and the whole of "Giuseppe Mazzini founded Young Italy 1831 – aim: a united republic" before its
colon was taken for a label. Such lines gave no question at all. A real label ("Emergent _____:
raised beaches") and a describing word ("scaled a _____ wall") are still refused. Notes written
for these tests (Victorian London)."""

from __future__ import annotations

import pytest

from bot.questions import QuestionKind
from bot.questions._filters import blank_problem
from bot.questions._spans import Span, SpanKind
from knowledge.importers import dump_deck, import_text
from knowledge.loader import parse_deck
from tests.unit import questioning

LONDON = """# Victorian London

## Public works
- Great Stink of 1858 forced Parliament to act on the Thames
- Joseph Bazalgette built 82 miles of intercepting sewers by 1875
- Grand Junction Canal carried coal into Paddington from the Midlands
- Metropolitan Railway opened in 1863 – first: the world's first underground line
"""


def _span(text: str, words: str, kind: SpanKind = SpanKind.PHRASE) -> Span:
    start = text.index(words)
    return Span(start, start + len(words), words, kind)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Haussmann rebuilt Paris 1853-1870: wide boulevards, cafes, parks", "Haussmann"),
        ("Bazalgette designed the sewers: 82 miles of them", "Bazalgette"),
        ("Giuseppe Mazzini founded Young Italy 1831 – aim: a united republic", "Giuseppe Mazzini"),
    ],
)
def test_a_name_opening_a_sentence_is_a_blank(text: str, words: str) -> None:
    assert blank_problem(text, _span(text, words)) is None


@pytest.mark.parametrize(
    ("text", "words", "kind"),
    [
        ("Emergent landforms: raised beaches and relict cliffs", "landforms", SpanKind.RARE_WORD),
        ("Berliners scaled a makeshift wall at night", "makeshift", SpanKind.RARE_WORD),
        ("Soviet political model imposed on Hungary", "Soviet", SpanKind.PHRASE),
    ],
)
def test_labels_and_describing_words_are_still_refused(
    text: str, words: str, kind: SpanKind
) -> None:
    assert blank_problem(text, _span(text, words, kind)) is not None


def test_a_name_opening_a_line_is_blanked_whole() -> None:
    deck = parse_deck(
        dump_deck(import_text(LONDON, source_name="london.md", format="markdown")), "t"
    )
    answers = {
        q.answers[0]
        for q in questioning.every_question(deck, range(3), QuestionKind.CLOZE)
        if q.answers
    }

    assert "Grand Junction Canal" in answers
    assert "Junction Canal" not in answers
