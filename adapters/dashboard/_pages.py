"""The dashboard's HTML: server-rendered pages that read fully with JavaScript off.

Every chart comes with its data as a table (screen readers and tests read the tables; the script only
adds sorting). Everything shown is escaped here, in one place: names and notes come from users.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime
from html import escape

from bot.questions import Question
from bot.report import ClassReport, Scope, StudentStat, TopicStat
from knowledge.model import Deck

_BAR_HEIGHT = 22
_BAR_WIDTH = 360
_LABEL_WIDTH = 240
_CURRENT = ' aria-current="page"'


def page(title: str, body: str, *, nav: str = "") -> str:
    """A whole HTML document around `body`."""
    return f"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>{escape(title)}</title>
<link rel="stylesheet" href="/static/dashboard.css">
<script src="/static/dashboard.js" defer></script>
</head>
<body>
<a class="skip" href="#main">Skip to the report</a>
<header><h1>{escape(title)}</h1>{nav}</header>
<main id="main">
{body}
</main>
</body>
</html>
"""


def error_page(message: str) -> str:
    body = f'<p role="alert" class="error">{escape(message)}</p>'
    return page("studybot dashboard", body)


def nav(base: str, current: str, scope: Scope) -> str:
    links = [("Report", base), ("Deck and questions", f"{base}/deck")]
    items = "".join(
        f'<li><a href="{escape(href)}"{_CURRENT if name == current else ""}>{escape(name)}</a></li>'
        for name, href in links
    )
    mode = "You can retire questions" if scope is Scope.EDIT else "Read-only link"
    return f'<nav aria-label="Dashboard"><ul>{items}</ul><p class="mode">{mode}</p></nav>'


def report_page(report: ClassReport, *, base: str, scope: Scope, csrf: str, all_time: bool) -> str:
    """The class report: participation, charts with their tables, missed questions, students."""
    period = "all time" if all_time else "the last 7 days"
    switch = (
        f'<a href="{escape(base)}">Show the last 7 days</a>'
        if all_time
        else f'<a href="{escape(base)}?period=all">Show all time</a>'
    )
    parts = [f'<p class="period">Over {period}. {switch}</p>']
    if not report.students:
        parts.append("<p>Nobody has answered anything in this chat yet.</p>")
        return page(
            f"Class dashboard — {report.deck_title}", "".join(parts), nav=nav(base, "Report", scope)
        )
    active, everyone = len(report.active), len(report.students)
    parts.append(
        '<section aria-labelledby="participation"><h2 id="participation">Participation</h2>'
        f'<p><strong data-figure="active">{active}</strong> of '
        f'<strong data-figure="students">{everyone}</strong> students active '
        f"({round(100 * active / everyone)}%).</p>"
    )
    if report.inactive:
        names = ", ".join(escape(s.name) for s in report.inactive)
        parts.append(f'<p id="inactive">Not answering lately: {names}</p>')
    parts.append("</section>")
    parts.append(_topic_section(report.topics))
    parts.append(_heatmap_section(report))
    if report.weakest:
        items = "".join(f"<li>{escape(t.title)} — {t.tally.percent}%</li>" for t in report.weakest)
        parts.append(
            '<section aria-labelledby="weakest"><h2 id="weakest">Weakest topics</h2>'
            f'<ol id="weakest-topics">{items}</ol></section>'
        )
    parts.append(_missed_section(report, base=base, scope=scope, csrf=csrf))
    parts.append(_students_section(report.students))
    parts.append(_podium_section(report))
    return page(
        f"Class dashboard — {report.deck_title}", "".join(parts), nav=nav(base, "Report", scope)
    )


def _topic_section(topics: Sequence[TopicStat]) -> str:
    if not topics:
        return ""
    height = _BAR_HEIGHT * len(topics) + 10
    bars = []
    for row, topic in enumerate(topics):
        y = row * _BAR_HEIGHT + 5
        width = round(_BAR_WIDTH * topic.tally.accuracy)
        colour = _band(topic.tally.percent)
        label = escape(_short(topic.title, 34))
        bars.append(
            f'<g class="bar {colour}"><title>{escape(topic.title)}: {topic.tally.percent}% '
            f"({topic.tally.right}/{topic.tally.total})</title>"
            f'<text x="{_LABEL_WIDTH - 6}" y="{y + 15}" text-anchor="end">{label}</text>'
            f'<rect x="{_LABEL_WIDTH}" y="{y}" width="{max(width, 1)}" height="{_BAR_HEIGHT - 6}"/>'
            f'<text x="{_LABEL_WIDTH + max(width, 1) + 4}" y="{y + 15}">{topic.tally.percent}%</text>'
            "</g>"
        )
    svg = (
        f'<svg role="img" aria-labelledby="accuracy-chart-title" viewBox="0 0 '
        f'{_LABEL_WIDTH + _BAR_WIDTH + 50} {height}" class="chart">'
        f'<title id="accuracy-chart-title">Accuracy by topic (bar chart; the table below has the '
        f"same data)</title>{''.join(bars)}</svg>"
    )
    rows = "".join(
        f'<tr><th scope="row">{escape(t.title)}</th><td>{t.tally.right}</td>'
        f"<td>{t.tally.total}</td><td>{t.tally.percent}%</td></tr>"
        for t in topics
    )
    table = (
        '<table id="topic-accuracy" class="sortable"><caption>Accuracy by topic</caption>'
        '<thead><tr><th scope="col">Topic</th><th scope="col">Right</th>'
        '<th scope="col">Answered</th><th scope="col">% right</th></tr></thead>'
        f"<tbody>{rows}</tbody></table>"
    )
    return (
        '<section aria-labelledby="accuracy"><h2 id="accuracy">Accuracy by topic</h2>'
        f"<figure>{svg}</figure>{table}</section>"
    )


def _heatmap_section(report: ClassReport) -> str:
    students = [s for s in report.students if s.topics]
    if not students or not report.topics:
        return ""
    head = "".join(f'<th scope="col">{escape(_short(t.title, 24))}</th>' for t in report.topics)
    rows = []
    for student in students:
        cells = []
        for topic in report.topics:
            tally = student.topic(topic.topic_id)
            if tally is None:
                cells.append(
                    '<td class="none">–<span class="visually-hidden"> not tried</span></td>'
                )
            else:
                cells.append(
                    f'<td class="{_band(tally.percent)}" title="{tally.right}/{tally.total}">'
                    f"{tally.percent}%</td>"
                )
        rows.append(f'<tr><th scope="row">{escape(student.name)}</th>{"".join(cells)}</tr>')
    return (
        '<section aria-labelledby="heatmap-title"><h2 id="heatmap-title">Students by topic</h2>'
        '<div class="scroll"><table id="heatmap" class="heatmap"><caption>% right per student and '
        'topic (– not tried)</caption><thead><tr><th scope="col">Student</th>'
        f"{head}</tr></thead><tbody>{''.join(rows)}</tbody></table></div></section>"
    )


def _missed_section(report: ClassReport, *, base: str, scope: Scope, csrf: str) -> str:
    if not report.missed:
        return ""
    rows = []
    for question in report.missed:
        action = (
            retire_form(base, csrf, question.question_id, retired=False, back="report")
            if scope is Scope.EDIT
            else ""
        )
        rows.append(
            f"<tr><td>{escape(question.prompt)}</td><td>{escape(question.source_line)}</td>"
            f"<td>{escape(question.topic_title or '')}</td><td>{question.misses}</td>"
            f"<td>{question.attempts}</td><td>{action}</td></tr>"
        )
    return (
        '<section aria-labelledby="missed"><h2 id="missed">Most missed questions</h2>'
        '<table id="missed-questions"><caption>A question everyone misses is a gap to re-teach, or '
        'a bad question to retire</caption><thead><tr><th scope="col">Question</th>'
        '<th scope="col">From the notes</th><th scope="col">Topic</th><th scope="col">Missed</th>'
        '<th scope="col">Asked</th><th scope="col"><span class="visually-hidden">Action</span></th>'
        f"</tr></thead><tbody>{''.join(rows)}</tbody></table></section>"
    )


def _students_section(students: Sequence[StudentStat]) -> str:
    rows = "".join(
        f'<tr><th scope="row">{escape(s.name)}</th><td>{s.tally.total}</td><td>{s.tally.right}</td>'
        f"<td>{s.tally.percent if s.tally.total else '–'}{'%' if s.tally.total else ''}</td>"
        f"<td>{_when(s.last_active)}</td><td>{s.daily_streak}</td>"
        f"<td>{'yes' if s.active else 'no'}</td></tr>"
        for s in students
    )
    return (
        '<section aria-labelledby="students-title"><h2 id="students-title">Students</h2>'
        '<table id="students" class="sortable"><caption>Each student in this period</caption>'
        '<thead><tr><th scope="col">Student</th><th scope="col">Answered</th>'
        '<th scope="col">Right</th><th scope="col">% right</th><th scope="col">Last answered</th>'
        '<th scope="col">Daily streak</th><th scope="col">Active</th></tr></thead>'
        f"<tbody>{rows}</tbody></table></section>"
    )


def _podium_section(report: ClassReport) -> str:
    if not report.podiums:
        return ""
    items = []
    for podium in report.podiums:
        places = ", ".join(
            f"{place}. {escape(name)} ({points:,} points)"
            for place, (name, points) in enumerate(podium.places, 1)
        )
        items.append(f"<li>{_when(podium.finished_at)}: {places}</li>")
    return (
        '<section aria-labelledby="podiums"><h2 id="podiums">Battle podiums</h2>'
        f'<ul id="battle-podiums">{"".join(items)}</ul></section>'
    )


TOPICS_PER_PAGE = 25
_KINDS = {
    "cloze": "fill the blank",
    "choice": "multiple choice",
    "which_topic": "which topic",
    "true_false": "true or false",
    "chronology": "put in order",
    "term_to_definition": "term → definition",
    "definition_to_term": "definition → term",
    "handwritten": "written by the teacher",
}


def deck_page(
    deck: Deck,
    questions: Mapping[str, Sequence[Question]],
    retired: frozenset[str],
    *,
    base: str,
    scope: Scope,
    csrf: str,
    page_number: int = 1,
) -> str:
    """The deck, a page of topics at a time: each topic's path, facts, and the questions made from it
    (retire or bring back)."""
    pages_count = max(1, -(-len(deck.topics) // TOPICS_PER_PAGE))
    number = min(max(page_number, 1), pages_count)
    shown = deck.topics[(number - 1) * TOPICS_PER_PAGE : number * TOPICS_PER_PAGE]
    sections = [_pager(base, number, pages_count)] if pages_count > 1 else []
    for topic in shown:
        path = " › ".join(t.title for t in deck.path(topic.id)) or topic.title
        facts = "".join(f"<li>{escape(fact.text)}</li>" for fact in topic.facts)
        rows = []
        for question in questions.get(topic.id, ()):
            is_retired = question.id in retired
            action = (
                retire_form(base, csrf, question.id, retired=is_retired, back="deck")
                if scope is Scope.EDIT
                else ""
            )
            status = "retired" if is_retired else "in use"
            rows.append(
                f'<tr data-question="{escape(question.id)}"><td>{escape(question.prompt)}</td>'
                f"<td>{escape(' / '.join(question.answers))}</td>"
                f"<td>{escape(_KINDS.get(str(question.kind), str(question.kind)))}</td>"
                f"<td>{status}</td><td>{action}</td></tr>"
            )
        table = (
            '<table class="questions"><thead><tr><th scope="col">Question</th>'
            '<th scope="col">Answer</th><th scope="col">Kind</th><th scope="col">Status</th>'
            '<th scope="col"><span class="visually-hidden">Action</span></th></tr></thead>'
            f"<tbody>{''.join(rows)}</tbody></table>"
            if rows
            else "<p>No questions are made from this topic.</p>"
        )
        sections.append(
            f'<section class="topic" id="topic-{escape(topic.id)}"><h2>{escape(path)}</h2>'
            f"<h3>Facts</h3><ul>{facts}</ul><h3>Questions</h3>{table}</section>"
        )
    if pages_count > 1:
        sections.append(_pager(base, number, pages_count))
    return page(
        f"Deck — {deck.title}", "".join(sections), nav=nav(base, "Deck and questions", scope)
    )


def _pager(base: str, number: int, count: int) -> str:
    links = []
    if number > 1:
        links.append(
            f'<a href="{escape(base)}/deck?page={number - 1}" rel="prev">Previous topics</a>'
        )
    links.append(f"<span>Page {number} of {count}</span>")
    if number < count:
        links.append(f'<a href="{escape(base)}/deck?page={number + 1}" rel="next">Next topics</a>')
    return f'<nav class="pager" aria-label="Pages of topics">{" · ".join(links)}</nav>'


def retire_form(base: str, csrf: str, question_id: str, *, retired: bool, back: str) -> str:
    verb = "Bring back" if retired else "Retire"
    return (
        f'<form method="post" action="{escape(base)}/retire">'
        f'<input type="hidden" name="csrf" value="{escape(csrf)}">'
        f'<input type="hidden" name="question" value="{escape(question_id)}">'
        f'<input type="hidden" name="retire" value="{"no" if retired else "yes"}">'
        f'<input type="hidden" name="back" value="{escape(back)}">'
        f'<button type="submit">{verb}<span class="visually-hidden"> this question</span>'
        "</button></form>"
    )


def _band(percent: int) -> str:
    return "good" if percent >= 80 else "fair" if percent >= 50 else "poor"


def _short(label: str, limit: int) -> str:
    return label if len(label) <= limit else label[: limit - 1] + "…"


def _when(moment: datetime | None) -> str:
    return "–" if moment is None else f"{moment:%a} {moment.day} {moment:%b %Y}"


def group_by_topic(questions: Iterable[Question]) -> dict[str, list[Question]]:
    grouped: dict[str, list[Question]] = {}
    for question in questions:
        grouped.setdefault(question.topic_id or "", []).append(question)
    return grouped
