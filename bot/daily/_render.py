"""What the class reads: the question of the day, the results, the verdict on an answer, the status.

Times are shown on the chat's own clock (its schedule's zone), as "Tue 3 Mar 17:00", with the zone named.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime
from zoneinfo import ZoneInfo

from bot.daily._schedule import Timetable
from bot.daily._state import OpenPush
from bot.markup import Line, Text, bold, italic, item, line, text
from bot.replies import Message, Option, Quiz
from bot.store import DailyAnswer
from bot.tokens import make_token

DAILY_ACTION = "dq"
_MAX_STREAKS = 5


def answer_token(day: date, index: int) -> str:
    """`dq:20260302:1`: option 1 of the chat's question of 2 March (the chat comes with the press)."""
    return make_token(DAILY_ACTION, day.strftime("%Y%m%d"), str(index))


def read_token(parts: list[str]) -> tuple[date, int] | None:
    """The push day and option index from a token's parts; None for anything else."""
    if len(parts) != 2 or not parts[0].isdigit() or len(parts[0]) != 8 or not parts[1].isdigit():
        return None
    try:
        day = date(int(parts[0][:4]), int(parts[0][4:6]), int(parts[0][6:]))
    except ValueError:
        return None
    return day, int(parts[1])


def when(moment: datetime, zone: str) -> str:
    """ "Tue 3 Mar 17:00" on the chat's clock."""
    local = moment.astimezone(ZoneInfo(zone))
    return f"{local:%a} {local.day} {local:%b %H:%M}"


def _closing(push: OpenPush) -> str:
    """When answers close, on the chat's clock with its zone named ("17:00 (Europe/London)"): a
    class spread over zones, or a one-off with no schedule (UTC), must know whose 17:00 it is."""
    zone = push.zone
    local_sent = push.sent_at.astimezone(ZoneInfo(zone))
    local_close = push.closes_at.astimezone(ZoneInfo(zone))
    if local_close.date() == local_sent.date():
        return f"{local_close:%H:%M} ({zone})"
    return f"{when(push.closes_at, zone)} ({zone})"


def question_reply(push: OpenPush) -> Quiz:
    """The question as a quiz (a native quiz poll on Telegram, buttons elsewhere)."""
    question = push.question
    options = tuple(
        Option(label, answer_token(push.day, index)) for index, label in enumerate(question.options)
    )
    header = f"📅 Question of the day · answers until {_closing(push)}"
    return Quiz(
        question.id, question.prompt, options, question.correct, question.explanation, header
    )


def right_answer(push: OpenPush) -> str:
    question = push.question
    return " / ".join(question.options[i] for i in question.correct if i < len(question.options))


def verdict(push: OpenPush, correct: bool) -> str:
    """The toast a user sees after answering (everyone else sees the results at the close)."""
    results = f"Results at {_closing(push)}."
    if correct:
        return f"✅ Right! {results}"
    return f"❌ Not quite — it's {right_answer(push)}. {results}"


def results_reply(
    push: OpenPush,
    answers: Sequence[DailyAnswer],
    streaks: Mapping[str, int],
    names: Mapping[str, str],
) -> Message:
    """How the class did: how many answered, % right, the answer and why, and the streaks."""
    day = push.day
    lines: list[Line] = [line(bold(f"📊 Question of the day — {day:%a} {day.day} {day:%b}"))]
    lines.append(line(italic(push.question.prompt)))
    total = len(answers)
    right = sum(1 for answer in answers if answer.correct)
    if total == 0:
        lines.append(line("Nobody answered this one."))
    else:
        people = "person" if total == 1 else "people"
        lines.append(
            line(f"{total} {people} answered; {round(100 * right / total)}% got it right.")
        )
    lines.append(line("Answer: ", bold(right_answer(push))))
    if push.question.explanation:
        lines.append(line(italic("ℹ "), push.question.explanation))
    ranked = sorted(
        ((count, names.get(user, user)) for user, count in streaks.items() if count >= 2),
        key=lambda pair: (-pair[0], pair[1].casefold()),
    )
    if ranked:
        lines.append(line(bold("Streaks")))
        lines.extend(
            item(f"{name}: {count} days in a row") for count, name in ranked[:_MAX_STREAKS]
        )
    return Message(text(*lines))


def setup_text(timetable: Timetable, next_push: datetime) -> Text:
    return text(
        line(bold("Daily question set: "), timetable.describe(), "."),
        line(f"The first one: {when(next_push, timetable.zone)} ({timetable.zone})."),
        line(
            italic("Change it with /daily set, stop it with /daily off, see it with /daily status.")
        ),
    )


def status_text(
    timetable: Timetable,
    next_push: datetime | None,
    open_pushes: Sequence[tuple[OpenPush, int]],
    failures: int,
    paused: bool,
) -> Text:
    lines: list[Line] = [line(bold("Daily question: "), timetable.describe(), ".")]
    if paused:
        lines.append(
            line(
                f"⚠ Paused: the last {failures} questions could not be posted here. "
                "Run /daily set again to resume."
            )
        )
    elif next_push is not None:
        lines.append(line(f"Next question: {when(next_push, timetable.zone)} ({timetable.zone})."))
    for push, answered in open_pushes:
        people = "answer" if answered == 1 else "answers"
        lines.append(
            line(
                f"Open now: the question of {push.day:%a} {push.day.day} {push.day:%b}, "
                f"{answered} {people} so far; closes {when(push.closes_at, timetable.zone)} "
                f"({timetable.zone})."
            )
        )
    return text(*lines)
