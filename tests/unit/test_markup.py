"""Splitting replies to platform limits, and the plain-text fallback of every reply."""

from __future__ import annotations

import pytest

from bot.markup import Line, bold, item, line, split_text, text
from bot.replies import Choices, Image, Message, Notice, Option, Quiz


def plain_size(value: Line) -> int:
    return len(value.plain)


def html_size(value: Line) -> int:
    """A Telegram-like renderer: escaping grows text, bold adds tags."""
    body = "".join(
        ("<b>{}</b>" if s.style == "bold" else "{}").format(
            s.text.replace("&", "&amp;").replace("<", "&lt;")
        )
        for s in value.spans
    )
    return len(("  " * value.indent + "• " if value.bullet else "") + body)


@pytest.mark.parametrize("limit", [2000, 4096, 50])
def test_chunks_never_exceed_the_limit_and_keep_every_character(limit: int) -> None:
    long_words = " ".join(f"word{n}" for n in range(3000))
    value = text(line(bold("Title")), item(long_words), item("x" * 9000), "last line")
    chunks = split_text(value, limit, plain_size)
    assert all(len(chunk.plain) <= limit for chunk in chunks)
    joined = "".join(chunk.plain.replace("\n", "").replace("• ", "") for chunk in chunks)
    assert joined.replace(" ", "") == value.plain.replace("\n", "").replace("• ", "").replace(
        " ", ""
    )


def test_escaping_counts_towards_the_limit() -> None:
    value = text(item("<&>" * 3000))
    chunks = split_text(value, 4096, html_size)
    assert len(chunks) > 1
    assert all(sum(html_size(ln) + 1 for ln in chunk.lines) - 1 <= 4096 for chunk in chunks)


def test_short_text_is_one_chunk_unchanged() -> None:
    value = text(line(bold("Berlin Wall"), " (1961)"), item("Stop “brain drain”"))
    assert split_text(value, 2000, plain_size) == [value]


def test_plain_text_renders_bullets_and_groups() -> None:
    value = text(line(bold("Berlin Wall")), item("Americans react"), item("no sanctions", indent=1))
    assert value.plain == "Berlin Wall\n• Americans react\n  • no sanctions"


def test_every_rich_reply_has_a_readable_fallback() -> None:
    options = (Option("Poland", "q:1"), Option("Hungary", "q:2"))
    assert "1. Poland" in Choices(text("Pick one"), options).fallback.plain
    quiz = Quiz("q1", "Where was Gomulka re-elected?", options, (0,), "Poland, 1956", header="Q1/5")
    assert quiz.fallback.plain.splitlines() == [
        "Q1/5",
        "Where was Gomulka re-elected?",
        "1. Poland",
        "2. Hungary",
    ]
    assert Notice("Right!").fallback.plain == "Right!"
    assert Image(b"\x89PNG", "Accuracy by topic").fallback.plain == "Accuracy by topic"
    assert Message(text("hi")).fallback.plain == "hi"


def test_tokens_over_64_bytes_are_refused() -> None:
    with pytest.raises(ValueError):
        Option("label", "x" * 65)
