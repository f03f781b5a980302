"""Rendering core replies for Telegram: escaping, 4096 splits, buttons, quiz polls, toasts, photos,
and the command menu — all without a network."""

from __future__ import annotations

from collections.abc import Sequence

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from adapters.telegram._menu import menu
from adapters.telegram._render import (
    SendPhoto,
    SendPoll,
    SendText,
    Toast,
    html_chunks,
    html_measure,
    poll_explanation,
    render,
    to_html,
    utf16_length,
)
from bot.commands import COMMANDS, CommandSpec
from bot.markup import Text, bold, code, italic, item, line, split_text, text
from bot.replies import Choices, Image, Message, Notice, Option, Quiz
from tests.fakes.telegram_api import checked_html, parse_html

HOSTILE = "<b>x</b> & <script>alert(1)</script> &amp; </i> <<>>"


def texts(plans: Sequence[object]) -> list[SendText]:
    assert all(isinstance(plan, SendText) for plan in plans)
    return [plan for plan in plans if isinstance(plan, SendText)]


def options(*labels: str) -> tuple[Option, ...]:
    return tuple(Option(label, f"qa:t:{n}") for n, label in enumerate(labels))


@pytest.mark.parametrize("span", [HOSTILE, bold(HOSTILE), italic(HOSTILE), code(HOSTILE)])
def test_every_span_is_escaped_so_user_text_is_never_markup(span: object) -> None:
    value = text(line(span), item(span, indent=1))  # type: ignore[arg-type]
    rendered = to_html(value)
    assert checked_html(rendered) == value.plain
    assert parse_html(rendered) == value.plain  # what Telegram shows


def test_styles_become_telegram_tags() -> None:
    rendered = to_html(text(line(bold("Berlin Wall"), " (1961) ", italic("why"), " ", code("x<y"))))
    assert rendered == "<b>Berlin Wall</b> (1961) <i>why</i> <code>x&lt;y</code>"


def test_bullets_and_indents_show_as_text() -> None:
    assert to_html(text(item("top"), item("nested", indent=1))) == "• top\n  • nested"


@pytest.mark.parametrize(
    "body",
    [
        "<&>" * 5000,  # escaping triples the length
        "😀" * 5000,  # two UTF-16 units each
        " ".join(f"word{n} & more" for n in range(3000)),
    ],
)
def test_long_replies_split_within_4096_with_balanced_tags(body: str) -> None:
    value = text(line(bold("Title & <stuff>")), item(bold(body)), item(body), "last")
    chunks = html_chunks(value)
    assert len(chunks) > 1
    seen = ""
    for chunk in chunks:
        rendered = to_html(chunk)
        assert utf16_length(rendered) <= 4096
        seen += checked_html(rendered)

    def letters(shown: str) -> str:  # a split line repeats its bullet; spaces may move
        return shown.replace("• ", "").replace("\n", "").replace(" ", "")

    assert letters(seen) == letters(value.plain)


def test_a_message_is_one_send_when_it_fits() -> None:
    (plan,) = texts(render(Message(text("short & sweet")), can_toast=False))
    assert (plan.html, plan.plain, plan.keyboard) == ("short &amp; sweet", "short & sweet", ())


def test_a_100k_message_becomes_several_sends_with_nothing_lost() -> None:
    body = text(item("z" * 100_000))
    plans = texts(render(Message(body), can_toast=False))
    assert len(plans) == 25
    assert sum(plan.plain.count("z") for plan in plans) == 100_000


def test_a_typed_question_marks_the_send_that_carries_its_prompt() -> None:
    question = text("Who replaced Gerő?")
    (asked,) = texts(render(Message(question, awaits_answer=True), can_toast=False))
    assert asked.awaits_answer and not asked.keyboard
    (told,) = texts(render(Message(question), can_toast=False))
    assert not told.awaits_answer
    long_question = Message(text(item("z" * 10_000), "Your answer?"), awaits_answer=True)
    long = texts(render(long_question, can_toast=False))
    assert [plan.awaits_answer for plan in long] == [False, False, True]
    assert long[-1].plain.endswith("Your answer?")


def test_choices_become_one_button_per_row_with_their_tokens() -> None:
    reply = Choices(
        text("Did you mean one of these for “berlin”?"), options("Berlin Wall", "Warsaw")
    )
    (plan,) = texts(render(reply, can_toast=False))
    assert [[(b.label, b.data) for b in row] for row in plan.keyboard] == [
        [("Berlin Wall", "qa:t:0")],
        [("Warsaw", "qa:t:1")],
    ]
    assert "Berlin Wall" not in plan.plain  # labels are on the buttons, not repeated


def test_long_labels_are_listed_in_the_text_and_the_buttons_numbered() -> None:
    labels = [f"{'a rather long answer option ' * 2}{n}" for n in range(8)]
    (plan,) = texts(render(Choices(text("Pick"), options(*labels)), can_toast=False))
    assert [len(row) for row in plan.keyboard] == [6, 2]
    assert [b.label for row in plan.keyboard for b in row] == [str(n) for n in range(1, 9)]
    assert all(f"{n + 1}. {label}" in plan.plain for n, label in enumerate(labels))


def test_the_keyboard_goes_under_the_last_chunk_of_a_long_body() -> None:
    plans = texts(render(Choices(text(item("q" * 9000)), options("A", "B")), can_toast=False))
    assert len(plans) == 3
    assert [bool(plan.keyboard) for plan in plans] == [False, False, True]


def make_quiz(**changes: object) -> Quiz:
    fields: dict[str, object] = {
        "question_id": "q1",
        "prompt": "Who replaced Gerő in 1956?",
        "options": options("Nagy", "Kádár", "Rákosi"),
        "correct": (0,),
        "explanation": "Imre Nagy, from 24 October.",
        "header": "Question 1/5 · Hungary",
    }
    fields.update(changes)
    return Quiz(**fields)  # type: ignore[arg-type]


def test_a_quiz_that_fits_is_a_native_quiz_poll() -> None:
    (plan,) = render(make_quiz(), can_toast=False)
    assert isinstance(plan, SendPoll)
    assert plan.question == "Question 1/5 · Hungary\nWho replaced Gerő in 1956?"
    assert plan.options == ("Nagy", "Kádár", "Rákosi")
    assert plan.correct == (0,)
    assert plan.tokens == ("qa:t:0", "qa:t:1", "qa:t:2")
    assert plan.explanation == "Imre Nagy, from 24 October."
    assert plan.fallback and plan.fallback[0].keyboard  # buttons, should Telegram refuse the poll


@pytest.mark.parametrize(
    "changes",
    [
        {"prompt": "w" * 290},  # with the header, over 300
        {"options": options(*(f"o{n}" for n in range(13)))},  # more than 12
        {"options": options("x" * 101, "y")},  # an option over 100
        {"options": options("same", "same")},  # Telegram would not tell them apart
        {"correct": (0, 1)},  # several right answers: one press, one choice
        {"options": options("only one")},
    ],
)
def test_a_quiz_beyond_poll_limits_falls_back_to_buttons(changes: dict[str, object]) -> None:
    quiz = make_quiz(**changes)
    plans = texts(render(quiz, can_toast=False))
    buttons = [button.data for plan in plans for row in plan.keyboard for button in row]
    assert buttons == [option.token for option in quiz.options]
    assert quiz.prompt[:50] in "".join(plan.plain for plan in plans)


def test_poll_explanations_keep_to_200_characters_and_2_line_feeds() -> None:
    assert poll_explanation("one\ntwo\nthree\nfour") == "one\ntwo\nthree four"
    long = poll_explanation("because " * 60)
    assert long is not None and len(long) == 200 and long.endswith("…")
    assert poll_explanation("   \n ") is None
    assert utf16_length(poll_explanation("😀" * 150) or "") <= 200


def test_a_notice_is_a_toast_when_answering_a_press_and_a_message_otherwise() -> None:
    assert render(Notice("Only admins can use /deck."), can_toast=True) == [
        Toast("Only admins can use /deck.")
    ]
    (plan,) = texts(render(Notice("Only admins <can>"), can_toast=False))
    assert plan.html == "Only admins &lt;can&gt;"
    (long,) = texts(render(Notice("n" * 201), can_toast=True))  # too long for a toast: keep it all
    assert long.plain == "n" * 201


def test_an_image_is_a_photo_with_an_escaped_caption() -> None:
    png = b"\x89PNG fake"
    (plan,) = render(Image(png, "chart", text(line(bold("Top"), " <3"))), can_toast=False)
    assert plan == SendPhoto(png, "<b>Top</b> &lt;3", "chart")
    (bare,) = render(Image(png, "a bar chart & more"), can_toast=False)
    assert bare == SendPhoto(png, "a bar chart &amp; more", "a bar chart & more")


def test_a_caption_over_1024_follows_the_photo_as_text() -> None:
    caption = text(item("c" * 3000))
    photo, *rest = render(Image(b"png", "alt", caption), can_toast=False)
    assert photo == SendPhoto(b"png", None, "alt")
    assert "".join(plan.plain for plan in texts(rest)).count("c") == 3000


def test_the_menu_covers_the_core_commands_within_telegram_limits() -> None:
    full = menu(COMMANDS, include_admin=True)
    assert [entry.command for entry in full] == [spec.name for spec in COMMANDS]
    assert all(1 <= len(entry.description) <= 256 for entry in full)


def test_the_menu_hides_admin_commands_and_skips_names_telegram_refuses() -> None:
    specs = (
        CommandSpec("deck", "Manage decks", admin_only=True),
        CommandSpec("Bad-Name", "not allowed"),
        CommandSpec("long", "d" * 300),
    )
    assert [entry.command for entry in menu(specs, include_admin=False)] == ["long"]
    entries = menu(specs, include_admin=True)
    assert [entry.command for entry in entries] == ["deck", "long"]
    assert len(entries[1].description) == 256


def test_an_empty_text_still_sends_something_visible() -> None:
    (plan,) = texts(render(Message(Text(())), can_toast=False))
    assert plan.plain.strip()


def test_a_timed_quiz_closes_its_poll_with_the_round() -> None:
    from adapters.telegram._render import poll_open_period

    assert poll_open_period(20) == 20
    assert poll_open_period(None) is None
    assert poll_open_period(2) is None  # below Telegram's minimum: the core refuses late votes
    assert poll_open_period(3600) is None


_SPAN_TEXT = st.text(
    alphabet=st.sampled_from(["a", "b", " ", "<", "&", ">", "é", "😀", "\u200b", "-"]),
    max_size=30,
)
_SPANS = st.lists(
    st.one_of(
        _SPAN_TEXT,
        _SPAN_TEXT.map(bold),
        _SPAN_TEXT.map(italic),
        _SPAN_TEXT.map(code),
    ),
    max_size=4,
)
_LINES = st.lists(
    st.tuples(_SPANS, st.booleans(), st.integers(0, 2)).map(
        lambda parts: item(*parts[0], indent=parts[2]) if parts[1] else line(*parts[0])
    ),
    max_size=6,
)


@settings(max_examples=300, deadline=None)
@given(lines=_LINES, slack=st.integers(-3, 3))
def test_a_reply_measured_whole_splits_as_measured_line_by_line(
    lines: list[object], slack: int
) -> None:
    """Most replies fit one message and are measured as one string; the chunks must be exactly
    those of the line-by-line split, at the limit and on either side of it."""
    value = text(*lines)  # type: ignore[arg-type]
    limit = max(8, utf16_length(to_html(value)) + slack)
    assert html_chunks(value, limit) == split_text(value, limit, html_measure)
