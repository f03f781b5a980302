"""/progress: accuracy per topic, weakest topics, streak and cards due — as text and as a PNG chart."""

from __future__ import annotations

import asyncio
import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from bot.markup import Line, bold, italic, item, line, text
from bot.replies import Image, Message, Reply
from bot.store import Store, UserRef
from bot.wording import is_you
from knowledge.model import Deck

_WEAK_MIN_ANSWERS = 2


@dataclass(frozen=True, slots=True)
class TopicScore:
    topic_id: str
    title: str
    right: int
    total: int

    @property
    def accuracy(self) -> float:
        return self.right / self.total if self.total else 0.0


def streak(days: Sequence[date], today: date) -> int:
    """Days in a row ending today (or yesterday: a streak is not lost before the day is over)."""
    have = set(days)
    start = today if today in have else today - timedelta(days=1)
    count = 0
    while start - timedelta(days=count) in have:
        count += 1
    return count


async def progress_replies(
    store: Store, deck: Deck, who: UserRef, name: str, now: datetime
) -> list[Reply]:
    rows = await store.accuracy_by_topic(who, deck.id)
    scores = [
        TopicScore(tid, topic.title, right, total)
        for tid, right, total in rows
        if tid is not None and (topic := deck.topic(tid)) is not None and total > 0
    ]
    order = {topic.id: n for n, topic in enumerate(deck.topics)}
    scores.sort(key=lambda s: order.get(s.topic_id, len(order)))
    days = streak(await store.answer_days(who), now.date())
    due = await store.count_due(who, now, deck_id=deck.id)
    if not scores:
        whom = "You" if is_you(name) else f"{name}, you"
        return [Message(text(f"{whom} haven't answered anything yet. Start with /quiz."))]
    right = sum(s.right for s in scores)
    total = sum(s.total for s in scores)
    lines: list[Line] = [
        line(bold(f"Progress for {name}")),
        line(
            f"{right}/{total} right overall ({round(100 * right / total)}%) · "
            f"streak: {days} day{'s' if days != 1 else ''} · cards due: {due}"
        ),
    ]
    lines.extend(
        item(s.title, f": {s.right}/{s.total} ({round(100 * s.accuracy)}%)") for s in scores
    )
    weak = sorted(
        (s for s in scores if s.total >= _WEAK_MIN_ANSWERS and s.accuracy < 1),
        key=lambda s: (s.accuracy, -s.total),
    )[:3]
    if weak:
        lines.append(
            line(
                italic("Weakest: "),
                ", ".join(s.title for s in weak),
                " — try /quiz on one of them.",
            )
        )
    summary = text(*lines)
    alt = "Bar chart of accuracy by topic: " + "; ".join(
        f"{s.title} {round(100 * s.accuracy)}%" for s in scores
    )
    png = await asyncio.to_thread(chart_png, scores)  # matplotlib takes 0.1–0.5 s: off the loop
    return [Message(summary), Image(png, alt[:1000], caption=text(f"Accuracy by topic — {name}"))]


def chart_png(scores: Sequence[TopicScore]) -> bytes:
    """A horizontal bar chart of accuracy per topic, as PNG bytes (matplotlib, no display needed)."""
    from matplotlib.figure import Figure  # imported late: matplotlib is slow to import

    height = 1.2 + 0.38 * len(scores)
    figure = Figure(figsize=(7.5, height), dpi=100)
    axes = figure.add_subplot()
    labels = [s.title if len(s.title) <= 32 else s.title[:31] + "…" for s in scores]
    values = [100 * s.accuracy for s in scores]
    colours = ["#2e7d32" if v >= 80 else "#f9a825" if v >= 50 else "#c62828" for v in values]
    positions = list(range(len(scores)))
    axes.barh(positions, values, color=colours)
    axes.set_yticks(positions, labels)
    axes.invert_yaxis()
    axes.set_xlim(0, 100)
    axes.set_xlabel("% right")
    for pos, score in zip(positions, scores, strict=True):
        axes.text(
            min(100 * score.accuracy + 1, 88), pos, f"{score.right}/{score.total}", va="center"
        )
    figure.tight_layout()
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png")
    return buffer.getvalue()
