"""The report's heat map: students down the side, topics along the top, each cell the share right.

Drawn with matplotlib into PNG bytes (no display); callers run it off the event loop. Grey cells are
topics a student has not answered, so "not tried" never reads as "all wrong".
"""

from __future__ import annotations

import io
import math

from bot.report._model import ClassReport

MAX_STUDENTS = 30
MAX_TOPICS = 25
_LABEL = 22


def heatmap_png(report: ClassReport) -> bytes | None:
    """PNG bytes, or None when nobody answered a topic of the deck (nothing to draw)."""
    students = [s for s in report.students if s.topics][:MAX_STUDENTS]
    topics = list(report.topics[:MAX_TOPICS])
    if not students or not topics:
        return None
    from matplotlib.colors import LinearSegmentedColormap
    from matplotlib.figure import Figure  # imported late: matplotlib is slow to import

    grid = [
        [
            (100 * tally.accuracy) if (tally := student.topic(topic.topic_id)) else math.nan
            for topic in topics
        ]
        for student in students
    ]
    width = 2.5 + 0.55 * len(topics)
    height = 2.2 + 0.4 * len(students)
    figure = Figure(figsize=(min(width, 18), min(height, 16)), dpi=100)
    axes = figure.add_subplot()
    colours = LinearSegmentedColormap.from_list(
        "rag", ["#c62828", "#f9a825", "#2e7d32"]
    ).with_extremes(bad="#d0d0d0")
    image = axes.imshow(grid, cmap=colours, vmin=0, vmax=100, aspect="auto")
    axes.set_xticks(range(len(topics)), [_short(t.title) for t in topics], rotation=45, ha="right")
    axes.set_yticks(range(len(students)), [_short(s.name) for s in students])
    for row, values in enumerate(grid):
        for column, value in enumerate(values):
            if not math.isnan(value):
                axes.text(column, row, f"{round(value)}", ha="center", va="center", fontsize=8)
    figure.colorbar(image, ax=axes, label="% right")
    axes.set_title(f"Accuracy by student and topic — {_short(report.deck_title, 40)}")
    figure.tight_layout()
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png")
    return buffer.getvalue()


def heatmap_alt(report: ClassReport) -> str:
    """What the image shows, for screen readers and platforms that can't show it."""
    parts = [
        f"{topic.title} {topic.tally.percent}% ({topic.tally.right}/{topic.tally.total})"
        for topic in report.topics[:MAX_TOPICS]
    ]
    return (
        "Heat map of accuracy by student and topic. Class accuracy per topic: " + "; ".join(parts)
    )[:1000]


def _short(label: str, limit: int = _LABEL) -> str:
    return label if len(label) <= limit else label[: limit - 1] + "…"
