"""What the daily feature keeps in the store, and the narrow store it needs.

A chat's setup is its store `Schedule` (time, zone, days, deadline, group or not, when it was set,
failed sends in a row). Each push is a store `DailyPush`: claimed by one process, then opened with
the question it sent (as JSON, with its coverage key, the id of the deck it came from and the
chat's zone, so it can be shown, scored and closed after a restart even if the chat's deck
changed), then its results claimed by one process.

The class's record for the picker is not stored: it is replayed from the chat's push history
(which facts this round has asked; how the class did on each topic and fact), and streaks come
from the answers, so there is no summary that could drift from what happened.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Set
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any, Protocol
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot.daily._picker import ClassRecord, with_results
from bot.daily._schedule import Timetable
from bot.questions import Question, QuestionKind
from bot.store import (
    ChatRef,
    DailyAnswer,
    DailyPush,
    PushKey,
    QuizResult,
    Schedule,
    UserRecord,
    UserRef,
)

log = logging.getLogger(__name__)

_LONG_AGO = datetime.min.replace(tzinfo=UTC)  # a schedule saved without its setting time


class DailyStore(Protocol):
    """The part of `bot.store.Store` daily pushes use (SqlStore provides all of it)."""

    async def save_schedule(self, schedule: Schedule) -> None: ...
    async def get_chat_settings(self, chat: ChatRef) -> dict[str, Any]: ...
    async def get_schedule(self, chat: ChatRef) -> Schedule | None: ...
    async def schedules(self) -> list[Schedule]: ...
    async def delete_schedule(self, chat: ChatRef) -> bool: ...
    async def record_failed_push(self, chat: ChatRef) -> int: ...
    async def clear_failed_pushes(self, chat: ChatRef) -> None: ...
    async def claim_push(
        self,
        chat: ChatRef,
        day: date,
        *,
        claimed_at: datetime | None = None,
        lease_until: datetime | None = None,
    ) -> bool: ...
    async def open_push(
        self,
        push: PushKey,
        *,
        question_id: str,
        content: Mapping[str, Any],
        closes_at: datetime,
        sent_at: datetime | None = None,
    ) -> None: ...
    async def take_push(self, push: PushKey, *, now: datetime, lease_until: datetime) -> bool: ...
    async def push_sending(self, push: PushKey, *, lease_until: datetime) -> bool: ...
    async def push_sent(self, push: PushKey) -> bool: ...
    async def push_send_failed(self, push: PushKey, *, retry_at: datetime | None) -> int: ...
    async def unsent_pushes(self, now: datetime) -> list[DailyPush]: ...
    async def withdraw_push(self, push: PushKey) -> bool: ...
    async def get_push(self, push: PushKey) -> DailyPush | None: ...
    async def open_pushes(self, chat: ChatRef | None = None) -> list[DailyPush]: ...
    async def push_history(self, chat: ChatRef) -> list[DailyPush]: ...
    async def claim_results(
        self,
        push: PushKey,
        *,
        claimed_at: datetime | None = None,
        lease_until: datetime | None = None,
    ) -> bool: ...
    async def take_results(
        self, push: PushKey, *, now: datetime, lease_until: datetime
    ) -> bool: ...
    async def results_sent(self, push: PushKey, *, sent_at: datetime) -> bool: ...
    async def results_send_failed(self, push: PushKey, *, retry_at: datetime | None) -> int: ...
    async def unsent_results(self, now: datetime) -> list[DailyPush]: ...
    async def record_daily_answer(
        self,
        push: PushKey,
        user: UserRef,
        question_id: str,
        correct: bool,
        answered_at: datetime,
        *,
        result: QuizResult | None = None,
        display_name: str | None = None,
    ) -> bool: ...
    async def daily_answers(self, push: PushKey) -> list[DailyAnswer]: ...
    async def daily_streaks(self, push: PushKey) -> dict[UserRef, int]: ...
    async def upsert_user(self, user: UserRef, display_name: str, seen_at: datetime) -> None: ...
    async def get_user(self, user: UserRef) -> UserRecord | None: ...
    async def record_quiz_result(self, result: QuizResult) -> None: ...


@dataclass(frozen=True, slots=True)
class OpenPush:
    """A question of the day that went out: what was asked, and until when answers count."""

    day: date
    question: Question
    key: str  # the picker's coverage key
    zone: str  # the chat's zone when it went out, to show times on the chat's clock
    sent_at: datetime
    closes_at: datetime
    deck_id: str | None = None  # the deck it came from (None in records kept before decks varied)


@dataclass(frozen=True, slots=True)
class Plan:
    """Everything about one chat's daily pushes, as loaded from the store."""

    chat: ChatRef
    timetable: Timetable
    is_group: bool
    since: datetime  # pushes due before the schedule was set are not "missed"
    failures: int
    open: tuple[OpenPush, ...]


class DailyState:
    """Reads and writes the daily feature's records through a `DailyStore`."""

    def __init__(self, store: DailyStore) -> None:
        self.store = store

    # -- setup --------------------------------------------------------------------------------

    async def save_setup(
        self, chat: ChatRef, timetable: Timetable, *, is_group: bool, deck_id: str, now: datetime
    ) -> None:
        """Create or replace the chat's schedule (which also resumes a paused one)."""
        schedule = Schedule(
            chat,
            timetable.at,
            timetable.zone,
            deck_id=deck_id,
            days=timetable.days,
            deadline=timetable.deadline,
            is_group=is_group,
            set_at=now,
        )
        await self.store.save_schedule(schedule)

    async def remove_setup(self, chat: ChatRef) -> bool:
        return await self.store.delete_schedule(chat)

    async def load_plan(self, chat: ChatRef) -> Plan | None:
        schedule = await self.store.get_schedule(chat)
        if schedule is None:
            return None
        return _plan(schedule, await self.store.open_pushes(chat))

    async def load_plans(self) -> list[Plan]:
        """Every chat's plan, in two queries: the schedules, and every chat's open pushes."""
        schedules = await self.store.schedules()
        opened: dict[ChatRef, list[DailyPush]] = {}
        for push in await self.store.open_pushes():
            opened.setdefault(push.push.chat, []).append(push)
        return [_plan(schedule, opened.get(schedule.chat, [])) for schedule in schedules]

    # -- pushes -------------------------------------------------------------------------------

    async def open_push(
        self, chat: ChatRef, push: OpenPush, *, sent_at: datetime | None = None
    ) -> None:
        """Record a claimed push as opened, before sending it, so answers count at once (with
        `sent_at`: delivered already, as the reply to /daily now)."""
        await self.store.open_push(
            PushKey(chat, push.day),
            question_id=push.question.id,
            content=_push_json(push),
            closes_at=push.closes_at,
            sent_at=sent_at,
        )

    async def push_sent(self, chat: ChatRef) -> None:
        await self.store.clear_failed_pushes(chat)

    async def open_for(self, chat: ChatRef) -> list[OpenPush]:
        """The chat's questions still taking answers (results not yet out)."""
        opened = [open_push_of(push) for push in await self.store.open_pushes(chat)]
        return [push for push in opened if push is not None]

    async def one_offs(self, scheduled: set[ChatRef]) -> dict[ChatRef, dict[date, OpenPush]]:
        """Open questions of chats without a schedule (`/daily now` one-offs), by chat and day."""
        found: dict[ChatRef, dict[date, OpenPush]] = {}
        for push in await self.store.open_pushes():
            opened = open_push_of(push) if push.push.chat not in scheduled else None
            if opened is not None:
                found.setdefault(push.push.chat, {})[opened.day] = opened
        return found

    async def get_push(self, chat: ChatRef, day: date) -> OpenPush | None:
        """The chat's push of `day` while it is open (sent, results not yet out)."""
        stored = await self.store.get_push(PushKey(chat, day))
        return open_push_of(stored) if stored is not None and stored.is_open else None

    # -- the class's record -------------------------------------------------------------------

    async def load_record(self, chat: ChatRef, known: Set[str]) -> ClassRecord:
        """The class's record on one deck, replayed from the pushes the chat was sent, oldest first.

        Only pushes whose coverage key is in `known` (the deck's) count: after a switch of decks,
        the other deck's questions neither use up this deck's round nor weigh on its topics, and
        switching back picks that deck's round up where it was. A key asked again means a new
        round began with it (the picker never repeats a key within a round); results count once
        a push's results are out.
        """
        record = ClassRecord()
        for stored in await self.store.push_history(chat):
            push = open_push_of(stored)
            if push is None or push.key not in known:
                continue
            asked = frozenset({push.key}) if push.key in record.asked else record.asked
            record = ClassRecord(asked | {push.key}, push.key, record.topics, record.keys)
            if stored.results_claimed_at is not None:
                wrong = stored.answers - stored.right
                record = with_results(record, push.question, wrong, stored.answers)
        return record

    async def streaks(self, chat: ChatRef, day: date) -> dict[str, int]:
        """User id -> pushes answered in a row, up to the push of `day` (its answerers only)."""
        streaks = await self.store.daily_streaks(PushKey(chat, day))
        return {user.user_id: count for user, count in streaks.items()}

    async def names(self, platform: str, user_ids: list[str]) -> dict[str, str]:
        """Display names for user ids (the id itself for a user never seen)."""
        found: dict[str, str] = {}
        for user_id in user_ids:
            record = await self.store.get_user(UserRef(platform, user_id))
            found[user_id] = record.display_name if record is not None else user_id
        return found


def _plan(schedule: Schedule, opened: list[DailyPush]) -> Plan:
    timetable = Timetable(schedule.time_of_day, schedule.timezone, schedule.days, schedule.deadline)
    pushes = (open_push_of(push) for push in opened)
    return Plan(
        chat=schedule.chat,
        timetable=timetable,
        is_group=schedule.is_group,
        since=schedule.set_at or _LONG_AGO,
        failures=schedule.failed_pushes,
        open=tuple(sorted((p for p in pushes if p is not None), key=lambda push: push.day)),
    )


def _push_json(push: OpenPush) -> dict[str, Any]:
    q = push.question
    return {
        "question": {
            "id": q.id,
            "kind": q.kind.value,
            "prompt": q.prompt,
            "answers": list(q.answers),
            "options": list(q.options),
            "correct": list(q.correct),
            "explanation": q.explanation,
            "source_fact": q.source_fact,
            "topic_id": q.topic_id,
            "fact_id": q.fact_id,
        },
        "key": push.key,
        "zone": push.zone,
        "deck": push.deck_id,
    }


def open_push_of(stored: DailyPush) -> OpenPush | None:
    """The push as the feature shows it; None for one never sent (or a malformed record, logged)."""
    value, closes_at = stored.content, stored.closes_at
    if value is None or closes_at is None:
        return None
    day = stored.push.day
    try:
        raw = value["question"]
        if not isinstance(raw, dict):
            raise TypeError("a push record holds its question as a mapping")
        question = Question(
            id=str(raw["id"]),
            kind=QuestionKind(raw["kind"]),
            prompt=str(raw["prompt"]),
            answers=tuple(str(a) for a in raw["answers"]),
            options=tuple(str(o) for o in raw["options"]),
            correct=tuple(int(i) for i in raw["correct"]),
            explanation=str(raw.get("explanation") or ""),
            source_fact=str(raw.get("source_fact") or ""),
            topic_id=raw.get("topic_id"),
            fact_id=raw.get("fact_id"),
        )
        zone = str(value.get("zone") or "UTC")
        ZoneInfo(zone)  # raises for a zone this machine does not know
        deck = value.get("deck")
        deck_id = str(deck) if deck is not None else None
        key = str(value["key"])
        return OpenPush(day, question, key, zone, stored.claimed_at, closes_at, deck_id)
    except (KeyError, TypeError, ValueError, ZoneInfoNotFoundError):
        log.warning("ignoring a malformed daily push record for %s: %r", day, value)
        return None
