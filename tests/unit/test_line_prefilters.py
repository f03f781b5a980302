"""Cheap tests run before an expression or a tokeniser on every line or name of a big deck:
each may only skip work whose answer is known, so what the full reading finds is found with
the test in front of it, on any text (the cards of a flashcard deck, and anything else)."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from bot._numbers import (
    _MONTHS,
    _NUMBER_WORDS,
    _may_hold_a_number,
    _may_name_a_month,
    parse_date,
    parse_quantity,
    tokenise,
)
from bot.grading import _PART_SEPARATORS, _SPACE_BETWEEN, _split_parts
from bot.questions._handout import (
    _EXAM_MECHANICS,
    _LABEL_OPENINGS,
    _MAY_SPLIT,
    _SENTENCE,
    _TOKEN,
    _may_hold_labels,
    _may_name_mechanics,
    is_exam_advice,
    is_handout_line,
)
from bot.questions._tokens import shape, tokenize
from knowledge.search._ask import _CAPITAL_INSIDE
from knowledge.search._shorthand import _COMPASS, _MAY_BE_COMPASS, _US, spelt_in_full
from knowledge.search._spans import (
    _ACRONYM_EQUALS,
    _CAPITAL_PAIR,
    _DASHED,
    _LISTED,
    _SLASHED,
    expansion_pairs,
)

_PIECES = [
    "4 November 1956",
    "NOV",
    "Sept.",
    "mAy",
    "thirty",
    "Thousand",
    "a hundred",
    "an",
    "-",
    "—",
    "½",
    "٣",
    "²",
    "30,000",
    "4th",
    "10km",
    "and",
    "AND",
    "&",
    "+",
    ";",
    ",",
    "6-mark",
    "Mark scheme",
    "EXAMINER",
    '"Explain why" questions',
    "in these questions",
    "exam papers",
    "N",
    "S.",
    "NE",
    "W'",
    "US",
    "U.S.",
    "w/",
    "B/C",
    "govt",
    "NATO",
    "A1",
    "R&D",
    "=",
    ":",
    "stands for",
    "(",
    ")",
    "/",
    "North",
    "Atlantic",
    "Treaty",
    "Organisation",
    "İ",
    "ı",
    "ſ",
    "\u212a",
    "é",
    "the",
    "of",
    " ",
    ". ",
    "! ",
    "Learn",
    "Year 11",
]
_TEXT = st.lists(st.sampled_from(_PIECES), max_size=10).map(" ".join) | st.text(max_size=40)
_GLUED = st.lists(st.sampled_from(_PIECES), max_size=10).map("".join)


@given(_TEXT | _GLUED)
def test_a_text_skipped_as_no_date_or_number_tokenises_to_none(text: str) -> None:
    tokens = tokenise(text)
    if not _may_name_a_month(text):
        assert not any(kind == "word" and word in _MONTHS for kind, word, _ in tokens)
        assert parse_date.__wrapped__(text) is None
    if not _may_hold_a_number(text):
        assert not any(kind == "num" or word in _NUMBER_WORDS for kind, word, _ in tokens)
        assert parse_quantity.__wrapped__(text) is None


def test_dates_and_quantities_are_still_read() -> None:
    assert parse_date("4 November 1956") is not None
    assert parse_date("the fourth of Nov") is not None
    quantity = parse_quantity("thirty thousand troops")
    assert quantity is not None and quantity.shown == "30,000"
    assert parse_quantity("a hundred") is not None
    assert parse_quantity("Ellyberwen") is None


@given(_TEXT | _GLUED)
def test_an_answer_is_split_into_parts_as_the_expression_splits_it(text: str) -> None:
    whole = tuple(piece for piece in _PART_SEPARATORS.split(text) if piece.strip())
    assert _split_parts.__wrapped__(text) == whole


@given(_TEXT | _GLUED)
def test_a_line_skipped_holds_no_sentence_break_nor_exam_mechanics(text: str) -> None:
    stripped = text.strip()
    if _MAY_SPLIT.search(stripped) is None:
        assert len(_SENTENCE.split(stripped)) == 1
    if not _may_name_mechanics(text):
        assert _EXAM_MECHANICS.search(text) is None


@given(_TEXT | _GLUED)
def test_the_label_prefilter_reads_ascii_as_the_word_loop_does(text: str) -> None:
    if text.isascii():
        by_word = any(word.casefold() in _LABEL_OPENINGS for word in _TOKEN.findall(text))
        assert _may_hold_labels(text) == by_word


def test_handout_lines_and_exam_advice_are_still_found() -> None:
    assert is_handout_line("Revision notes – Year 11 (AQA Topics 2 and 3)")
    assert is_handout_line("Learn the bold terms. Revise the dates.")
    assert not is_handout_line("Osmosis: the movement of water across a membrane")
    assert is_exam_advice("In 6-mark questions, give the method in order")
    assert not is_exam_advice("Ellyberwen = the bond layer membrane")


@given(_TEXT | _GLUED)
def test_shorthand_skipped_only_where_its_expressions_find_nothing(text: str) -> None:
    if _MAY_BE_COMPASS.search(text) is None:
        assert _COMPASS.search(text) is None
    if "U" not in text:
        assert _US.search(text) is None


def test_shorthand_is_still_spelt_out() -> None:
    assert spelt_in_full("N Korean army invades S") == "north south"
    assert spelt_in_full("popular w/ peasants, govt corrupt") == "with government"
    assert spelt_in_full("US troops") == "united states america american"
    assert spelt_in_full("Ellyberwen = the bond layer membrane") == ""


@given(_TEXT | _GLUED)
def test_a_line_without_two_capitals_spells_no_acronym(text: str) -> None:
    if _CAPITAL_PAIR.search(text) is None:
        for pattern in (_ACRONYM_EQUALS, _DASHED, _LISTED, _SLASHED):
            assert pattern.search(text) is None
        if "(" not in text and not (";" in text and ":" in text):
            assert expansion_pairs(text) == []


def test_acronyms_are_still_spelt_out() -> None:
    assert expansion_pairs("NATO = North Atlantic Treaty Organisation") == [
        ("nato", "North Atlantic Treaty Organisation")
    ]
    assert expansion_pairs("the British Expeditionary Force (BEF)") != []


# The expressions as they were written before being reordered to find their first character
# before looking behind it.
_CAPITAL_INSIDE_BEFORE = re.compile(r"(?<=[\s(,;:/])[A-Z][\w'’-]{2,}")
_SPACE_BETWEEN_BEFORE = re.compile(r"(?<!\d) | (?!\d)")


@given(_TEXT | _GLUED | st.text(alphabet=" 1a(A,B;:/’-\n", max_size=30))
def test_reordered_expressions_find_what_they_found(text: str) -> None:
    assert [(m.start(), m.group()) for m in _CAPITAL_INSIDE.finditer(text)] == [
        (m.start(), m.group()) for m in _CAPITAL_INSIDE_BEFORE.finditer(text)
    ]
    assert _SPACE_BETWEEN.sub("", text) == _SPACE_BETWEEN_BEFORE.sub("", text)


@given(_TEXT | _GLUED)
def test_a_names_shape_is_read_as_its_tokens_give_it(text: str) -> None:
    tokens = tokenize(text)
    assert shape(text) == (len(tokens) == 1 and tokens[0].is_acronym, len(tokens))
