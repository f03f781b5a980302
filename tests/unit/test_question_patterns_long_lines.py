"""A fact line as long as an upload allows (a pasted word with no spaces, a run of spaces) is
judged as a short one is: the blank filters read it once."""

from __future__ import annotations

from bot.questions._name_fragments import name_fragment_problem
from bot.questions._part_whole import breaks_part_whole
from bot.questions._spans import Span, SpanKind

LONG = 200_000


def test_a_blank_after_a_very_long_word_is_no_name_fragment() -> None:
    text = "Mount Everest was climbed by " + "A" * LONG + " Hillary in 1953."
    start = text.index("Hillary")
    span = Span(start, start + len("Hillary"), "Hillary", SpanKind.PERSON)
    assert name_fragment_problem(text, span) is None


def test_a_blank_after_a_long_name_and_its_particles_is_a_name_fragment() -> None:
    text = "The expedition was led by " + "B" * LONG + " de Saussure in 1787."
    start = text.index("Saussure")
    span = Span(start, start + len("Saussure"), "Saussure", SpanKind.PERSON)
    assert name_fragment_problem(text, span) == (
        "the blank is the end of a name joined by particles"
    )


def test_a_count_after_of_these_and_a_long_run_of_spaces_is_still_a_part() -> None:
    text = "The park has 120 tornado shelters; of these" + " " * LONG + "around 45 are public."
    start = text.index("45")
    assert breaks_part_whole(text, start, start + 2, "500")
    assert not breaks_part_whole(text, start, start + 2, "60")


def test_a_line_with_of_these_far_from_its_blank_is_read_once() -> None:
    text = (
        "The park has 120 tornado shelters; of these" + " " * LONG + "by 2020 about 45 were public."
    )
    start = text.index("45")
    assert not breaks_part_whole(text, start, start + 2, "500")
