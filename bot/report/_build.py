"""Builds a `ClassReport` from what the quiz, battle and daily features stored for one chat.

A read model: it asks the store for the chat's rows and folds them here, so the chat command and the
web dashboard show the same figures. Rows answered on another deck than the chat's current one still
count for participation, but only topics of the current deck are listed.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta

from bot.questions import Question
from bot.report._model import ClassReport, MissedQuestion, Podium, StudentStat, Tally, TopicStat
from bot.store import BattleResult, ChatRef, Store, UserRecord, UserRef
from knowledge.model import Deck

WEEK = timedelta(days=7)
WEAKEST_SHOWN = 5
MISSED_SHOWN = 5
# A topic with fewer answers than this says little about the class; it is not called weak.
WEAK_MIN_ANSWERS = 3


@dataclass(frozen=True, slots=True)
class ReportRequest:
    """Which chat, on which deck, over which days; `student` narrows it to one student's view."""

    chat: ChatRef
    deck: Deck
    now: datetime
    period: timedelta = WEEK
    student: UserRef | None = None


async def build_report(
    store: Store, request: ReportRequest, questions: Mapping[str, Question]
) -> ClassReport:
    """The report for `request`. `questions` maps question ids to questions, to show missed ones."""
    since = request.now - request.period
    everything = await store.chat_quiz_results(request.chat)
    daily = await store.chat_daily_answers(request.chat)
    battles = await store.chat_battle_results(request.chat, since)

    last_seen: dict[UserRef, datetime] = {}
    for result in everything:
        last_seen[result.user] = max(
            last_seen.get(result.user, result.answered_at), result.answered_at
        )
    for answer in daily:
        last_seen[answer.user] = max(
            last_seen.get(answer.user, answer.answered_at), answer.answered_at
        )
    for played in battles:
        last_seen[played.user] = max(
            last_seen.get(played.user, played.finished_at), played.finished_at
        )

    recent = [r for r in everything if r.answered_at >= since]
    recent_daily = [a for a in daily if a.answered_at >= since]
    if request.student is not None:
        recent = [r for r in recent if r.user == request.student]
        recent_daily = [a for a in recent_daily if a.user == request.student]

    per_topic: dict[str, Tally] = defaultdict(Tally)
    per_student: dict[UserRef, Tally] = defaultdict(Tally)
    per_student_topic: dict[UserRef, dict[str, Tally]] = defaultdict(lambda: defaultdict(Tally))
    per_question: dict[str, Tally] = defaultdict(Tally)
    for result in recent:
        per_student[result.user] = per_student[result.user].add(result.correct)
        per_question[result.question_id] = per_question[result.question_id].add(result.correct)
        if result.deck_id == request.deck.id and result.topic_id is not None:
            per_topic[result.topic_id] = per_topic[result.topic_id].add(result.correct)
            mine = per_student_topic[result.user]
            mine[result.topic_id] = mine[result.topic_id].add(result.correct)
    for answer in recent_daily:
        per_student[answer.user] = per_student[answer.user].add(answer.correct)
        per_question[answer.question_id] = per_question[answer.question_id].add(answer.correct)

    topics = _topic_stats(request.deck, per_topic)
    streaks = await _daily_streaks(store, request.chat)
    names = await store.users_named(list(last_seen))
    students = tuple(
        sorted(
            (
                StudentStat(
                    user,
                    names[user].display_name if user in names else f"user {user.user_id}",
                    per_student.get(user, Tally()),
                    seen,
                    seen >= since,
                    streaks.get(user, 0),
                    tuple(
                        (topic.topic_id, tally)
                        for topic in topics
                        if (tally := per_student_topic[user].get(topic.topic_id)) is not None
                    ),
                )
                for user, seen in last_seen.items()
            ),
            key=lambda s: (not s.active, s.name.casefold(), s.user.user_id),
        )
    )
    chosen = next((s for s in students if s.user == request.student), None)
    return ClassReport(
        chat=request.chat,
        deck_title=request.deck.title,
        since=since,
        until=request.now,
        students=students if request.student is None else tuple(s for s in students if s is chosen),
        topics=topics,
        weakest=_weakest(topics),
        missed=_missed(per_question, questions, request.deck),
        podiums=_podiums(battles, names) if request.student is None else (),
        student=chosen,
    )


def _topic_stats(deck: Deck, per_topic: Mapping[str, Tally]) -> tuple[TopicStat, ...]:
    """Answered topics in deck order (a topic no longer in the deck is left out)."""
    return tuple(
        TopicStat(topic.id, topic_label(deck, topic.id), per_topic[topic.id])
        for topic in deck.topics
        if topic.id in per_topic
    )


def topic_label(deck: Deck, topic_id: str) -> str:
    """A topic as a teacher finds it: its path in the deck's tree ("Hazards › Case study: Haiti")."""
    path = deck.path(topic_id)
    return " › ".join(topic.title for topic in path) if path else topic_id


def _weakest(topics: tuple[TopicStat, ...]) -> tuple[TopicStat, ...]:
    judged = [t for t in topics if t.tally.total >= WEAK_MIN_ANSWERS and t.tally.accuracy < 1]
    judged.sort(key=lambda t: (t.tally.accuracy, -t.tally.total, t.title.casefold()))
    return tuple(judged[:WEAKEST_SHOWN])


def _missed(
    per_question: Mapping[str, Tally], questions: Mapping[str, Question], deck: Deck
) -> tuple[MissedQuestion, ...]:
    """The questions missed most often (ties: the larger share wrong first); only known questions,
    since a teacher can do nothing with an id."""
    rows: list[MissedQuestion] = []
    for question_id, tally in per_question.items():
        misses = tally.total - tally.right
        question = questions.get(question_id)
        if misses == 0 or question is None:
            continue
        rows.append(
            MissedQuestion(
                question_id,
                question.prompt,
                question.source_fact,
                topic_label(deck, question.topic_id) if question.topic_id else None,
                misses,
                tally.total,
            )
        )
    rows.sort(key=lambda q: (-q.misses, -(q.misses / q.attempts), q.prompt))
    return tuple(rows[:MISSED_SHOWN])


async def _daily_streaks(store: Store, chat: ChatRef) -> dict[UserRef, int]:
    """Each student's run of daily questions answered, as of the chat's latest push with results."""
    history = await store.push_history(chat)
    closed = [push for push in history if push.results_claimed_at is not None]
    if not closed:
        return {}
    return await store.daily_streaks(closed[-1].push)


def _podiums(
    battles: list[BattleResult], names: Mapping[UserRef, UserRecord]
) -> tuple[Podium, ...]:
    """The top three of each battle finished in the period, most recent first."""
    by_battle: dict[str, list[BattleResult]] = defaultdict(list)
    for result in battles:
        by_battle[result.battle_id].append(result)
    podiums = []
    for battle_id, results in by_battle.items():
        ranked = sorted(results, key=lambda r: (-r.points, -r.correct, r.user.user_id))[:3]
        places = tuple(
            (names[r.user].display_name if r.user in names else f"user {r.user.user_id}", r.points)
            for r in ranked
        )
        finished = max(r.finished_at for r in results)
        podiums.append(Podium(battle_id, finished, places))
    podiums.sort(key=lambda p: p.finished_at, reverse=True)
    return tuple(podiums)
