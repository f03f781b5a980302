"""A report as chat text: the figures a teacher acts on, shortest first, within one message."""

from __future__ import annotations

from datetime import datetime

from bot.markup import Line, Text, bold, italic, item, line, text
from bot.report._model import ClassReport, StudentStat

MEDALS = ("🥇", "🥈", "🥉")
_NAMES_LISTED = 12
_TOPICS_LISTED = 15
_PODIUMS_LISTED = 5


def plural(count: int, noun: str, many: str | None = None) -> str:
    """ "1 student", "2 students"."""
    return f"{count} {noun if count == 1 else many or noun + 's'}"


def period_label(report: ClassReport) -> str:
    days = max(1, round((report.until - report.since).total_seconds() / 86400))
    return "the last 7 days" if days == 7 else f"the last {plural(days, 'day')}"


def report_text(report: ClassReport) -> Text:
    """The class report (or one student's) as it reads in chat."""
    if report.student is not None:
        return _student_text(report, report.student)
    lines: list[Line] = [
        line(bold(f"Class report — {report.deck_title}")),
        line(italic(f"Over {period_label(report)}")),
    ]
    if not report.students:
        lines.append(
            line("Nobody has answered anything in this chat yet. Start with /quiz or /battle.")
        )
        return text(*lines)
    active, everyone = len(report.active), len(report.students)
    lines.append(
        line(
            bold("Participation: "),
            f"{active} of {plural(everyone, 'student')} active ({round(100 * active / everyone)}%)",
        )
    )
    if report.inactive:
        lines.append(item("Not answering lately: ", _names(report.inactive)))
    tally = report.tally
    if tally.total:
        lines.append(
            line(
                bold("Accuracy: "),
                f"{tally.right}/{tally.total} right ({tally.percent}%) across "
                f"{plural(len(report.topics), 'topic')}",
            )
        )
        for topic in report.topics[:_TOPICS_LISTED]:
            lines.append(
                item(
                    topic.title,
                    f": {topic.tally.percent}% ({topic.tally.right}/{topic.tally.total})",
                )
            )
        if len(report.topics) > _TOPICS_LISTED:
            lines.append(
                item(italic(f"and {plural(len(report.topics) - _TOPICS_LISTED, 'more topic')}"))
            )
    if report.weakest:
        lines.append(line(bold("Weakest topics")))
        lines.extend(
            item(f"{n}. {topic.title} — {topic.tally.percent}%")
            for n, topic in enumerate(report.weakest, 1)
        )
    if report.missed:
        lines.append(line(bold("Most missed questions")))
        for question in report.missed:
            where = f" ({question.topic_title})" if question.topic_title else ""
            lines.append(
                item(f"{question.prompt} — missed {question.misses} of {question.attempts}{where}")
            )
            if question.source_line:
                lines.append(item(italic("From the notes: "), question.source_line, indent=1))
    if report.streaks:
        lines.append(
            line(
                bold("Daily question streaks: "),
                ", ".join(f"{s.name} {s.daily_streak}" for s in report.streaks[:_NAMES_LISTED]),
            )
        )
    if report.podiums:
        lines.append(line(bold("Battle podiums")))
        for podium in report.podiums[:_PODIUMS_LISTED]:
            places = " · ".join(
                f"{MEDALS[n]} {name} {points:,}" for n, (name, points) in enumerate(podium.places)
            )
            lines.append(item(f"{_day(podium.finished_at)}: {places}"))
    lines.append(line(italic("One student: /report <name>. The class on the web: /dashboard.")))
    return text(*lines)


def _student_text(report: ClassReport, student: StudentStat) -> Text:
    lines: list[Line] = [
        line(bold(f"Report for {student.name} — {report.deck_title}")),
        line(italic(f"Over {period_label(report)}")),
    ]
    if student.tally.total:
        lines.append(
            line(
                f"{student.tally.right}/{student.tally.total} right ({student.tally.percent}%)"
                f" · daily streak: {plural(student.daily_streak, 'day')}"
            )
        )
    else:
        lines.append(
            line(f"No answers in this period · daily streak: {plural(student.daily_streak, 'day')}")
        )
    if student.last_active is not None:
        lines.append(line(f"Last answered: {_day(student.last_active)}"))
    titles = {topic.topic_id: topic.title for topic in report.topics}
    for topic_id, tally in student.topics[:_TOPICS_LISTED]:
        lines.append(
            item(
                titles.get(topic_id, topic_id), f": {tally.percent}% ({tally.right}/{tally.total})"
            )
        )
    if report.missed:
        lines.append(line(bold("Missed most")))
        lines.extend(item(f"{q.prompt} — missed {q.misses} of {q.attempts}") for q in report.missed)
    return text(*lines)


def _names(students: tuple[StudentStat, ...]) -> str:
    shown = ", ".join(s.name for s in students[:_NAMES_LISTED])
    more = len(students) - _NAMES_LISTED
    return shown + (f" and {more} more" if more > 0 else "")


def _day(moment: datetime) -> str:
    return f"{moment:%a} {moment.day} {moment:%b}"
