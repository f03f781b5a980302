"""Daily pushes: schedules, the once-per-day push claim, what each push sent, the once-only
results claim, and the answers."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import Executable, Row, Select, Table, and_, case, func, null, select, update

from bot.store import _schema as t
from bot.store._connection import Connection, chat_is
from bot.store._people import upsert_user_statement
from bot.store._progress import quiz_result_columns
from bot.store._records import (
    ChatRef,
    DailyAnswer,
    DailyPush,
    PushKey,
    PushState,
    QuizResult,
    Schedule,
    UserRef,
    require_json_object,
    require_same_platform,
)
from bot.store._time import require_utc

# How long a step is its process's own: a process that died is taken over after this.
DEFAULT_LEASE = timedelta(minutes=5)


class DailyQueries(Connection):
    """Schedules per chat; a push per chat and local date; first answers per user."""

    async def _rowcount(self, statement: Executable) -> int:
        """One statement in its own write transaction, the rows it changed. A push's steps are
        each one such statement: run whole in the store's thread on a SQLite file, one round
        trip from the loop instead of one per execute and commit through aiosqlite, all while
        holding the write lock (a 1,000-chat daily push makes four of these a chat)."""
        return await self._in_thread(lambda conn: conn.execute(statement).rowcount)

    # -- schedules ----------------------------------------------------------------------------

    async def save_schedule(self, schedule: Schedule) -> None:
        columns = {
            "time_of_day": schedule.time_of_day,
            "timezone": schedule.timezone,
            "deck_id": schedule.deck_id,
            "topic_id": schedule.topic_id,
            "weekdays": _weekday_mask(schedule.days),
            "deadline": schedule.deadline,
            "is_group": schedule.is_group,
            "set_at": schedule.set_at,
            "failed_pushes": schedule.failed_pushes,
        }
        insert = (
            self._insert(t.daily_schedules)
            .values(platform=schedule.chat.platform, chat_id=schedule.chat.chat_id, **columns)
            .on_conflict_do_update(
                index_elements=[t.daily_schedules.c.platform, t.daily_schedules.c.chat_id],
                set_=columns,
            )
        )
        async with self._write() as conn:
            await conn.execute(insert)

    async def get_schedule(self, chat: ChatRef) -> Schedule | None:
        query = select(t.daily_schedules).where(*chat_is(t.daily_schedules, chat))
        async with self._read() as conn:
            row = (await conn.execute(query)).first()
        return None if row is None else _schedule(row)

    async def schedules(self) -> list[Schedule]:
        table = t.daily_schedules
        query = select(table).order_by(table.c.platform, table.c.chat_id)
        async with self._read() as conn:
            rows = (await conn.execute(query)).all()
        return [_schedule(row) for row in rows]

    async def delete_schedule(self, chat: ChatRef) -> bool:
        delete = t.daily_schedules.delete().where(*chat_is(t.daily_schedules, chat))
        return await self._rowcount(delete) == 1

    async def record_failed_push(self, chat: ChatRef) -> int:
        table = t.daily_schedules
        bump = (
            update(table)
            .where(*chat_is(table, chat))
            .values(failed_pushes=table.c.failed_pushes + 1)
            .returning(table.c.failed_pushes)
        )
        count = await self._in_thread(lambda conn: conn.execute(bump).scalar_one_or_none())
        return 0 if count is None else int(count)

    async def clear_failed_pushes(self, chat: ChatRef) -> None:
        table = t.daily_schedules
        reset = update(table).where(*chat_is(table, chat), table.c.failed_pushes != 0)
        async with self._write() as conn:
            await conn.execute(reset.values(failed_pushes=0))

    # -- pushes -------------------------------------------------------------------------------
    #
    # A push is a row that moves through `PushState` one conditional UPDATE at a time, so racing
    # processes each find out whether their step won. The process doing a step holds a lease
    # (`lease_until`); when it dies (kill -9, power cut) the lease runs out and `unsent_pushes` /
    # `unsent_results` hand the step to whichever process asks next: `take_push` / `take_results`
    # are the compare-and-set that gives it to exactly one.

    async def claim_push(
        self,
        chat: ChatRef,
        day: date,
        *,
        claimed_at: datetime | None = None,
        lease_until: datetime | None = None,
    ) -> bool:
        push = PushKey(chat, day)
        at = _moment("claimed_at", claimed_at)
        lease = (
            at + DEFAULT_LEASE if lease_until is None else require_utc("lease_until", lease_until)
        )
        row = {"platform": chat.platform, "chat_id": chat.chat_id, "local_date": push.day}
        insert = (
            self._insert(t.daily_pushes)
            .values(**row, claimed_at=at, state=PushState.CLAIMED.value, lease_until=lease)
            .on_conflict_do_nothing()
        )
        return await self._rowcount(insert) == 1

    async def open_push(
        self,
        push: PushKey,
        *,
        question_id: str,
        content: Mapping[str, Any],
        closes_at: datetime,
        sent_at: datetime | None = None,
    ) -> None:
        if not isinstance(question_id, str) or not question_id.strip():
            raise ValueError(f"question_id must be a non-empty string, got {question_id!r}")
        pushes = t.daily_pushes
        opened = PushState.OPENED.value
        values: dict[str, Any] = {
            "question_id": question_id,
            "content": require_json_object("push content", content),
            "closes_at": require_utc("closes_at", closes_at),
            # a push already out (or perhaps out) stays so (its close moved with a new schedule)
            "state": case(
                (
                    pushes.c.state.in_((PushState.SENT.value, PushState.SENDING.value)),
                    pushes.c.state,
                ),
                else_=opened,
            ),
        }
        if sent_at is not None:  # handed out as the reply to a command: delivered with it
            values.update(state=PushState.SENT.value, lease_until=None)
            require_utc("sent_at", sent_at)
        fill = (
            update(pushes)
            .where(*_push_is(pushes, push), pushes.c.state.in_((*_UNSENT, PushState.SENT)))
            .values(**values)
        )
        if await self._rowcount(fill) != 1:
            raise ValueError(
                f"the daily push to chat {push.chat.chat_id} on {push.day.isoformat()} was "
                "never claimed, or it is already out"
            )

    async def take_push(self, push: PushKey, *, now: datetime, lease_until: datetime) -> bool:
        return await self._take(push, _UNSENT, now, lease_until)

    async def push_sending(self, push: PushKey, *, lease_until: datetime) -> bool:
        """The intent, written right before the question goes to the platform: from here a crash
        leaves a push that may have been delivered (`PushState.SENDING`), which the process that
        takes it over sends again under the same idempotency key where the platform has one."""
        pushes = t.daily_pushes
        mark = (
            update(pushes)
            .where(
                *_push_is(pushes, push),
                pushes.c.state.in_((PushState.OPENED.value, PushState.SENDING.value)),
            )
            .values(
                state=PushState.SENDING.value,
                lease_until=require_utc("lease_until", lease_until),
            )
        )
        return await self._rowcount(mark) == 1

    async def push_sent(self, push: PushKey) -> bool:
        return await self._step(
            push, _UNSENT, PushState.SENT, lease_until=None, attempts=0, next_attempt_at=None
        )

    async def push_send_failed(self, push: PushKey, *, retry_at: datetime | None) -> int:
        if retry_at is None:  # given up: nothing is open, the day's push is lost
            await self.withdraw_push(push)
            return 0
        return await self._failed(push, _UNSENT, require_utc("retry_at", retry_at))

    async def unsent_pushes(self, now: datetime) -> list[DailyPush]:
        return await self._stalled(_UNSENT, now)

    async def withdraw_push(self, push: PushKey) -> bool:
        pushes = t.daily_pushes
        clear = (
            update(pushes)
            .where(*_push_is(pushes, push), pushes.c.state.in_((*_UNSENT, PushState.SENT)))
            # null(): a JSON column would store None as the JSON value null, not SQL NULL.
            .values(
                question_id=None,
                content=null(),
                closes_at=None,
                state=PushState.ABANDONED.value,
                lease_until=None,
                next_attempt_at=None,
            )
        )
        return await self._rowcount(clear) == 1

    async def get_push(self, push: PushKey) -> DailyPush | None:
        query = _pushes_with_counts().where(*_push_is(t.daily_pushes, push))
        async with self._read() as conn:
            row = (await conn.execute(query)).first()
        return None if row is None else _push(row)

    async def open_pushes(self, chat: ChatRef | None = None) -> list[DailyPush]:
        pushes = t.daily_pushes
        query = _pushes_with_counts().where(
            pushes.c.content.is_not(None), pushes.c.results_claimed_at.is_(None)
        )
        if chat is not None:
            query = query.where(*chat_is(pushes, chat))
        query = query.order_by(pushes.c.platform, pushes.c.chat_id, pushes.c.local_date)
        async with self._read() as conn:
            rows = (await conn.execute(query)).all()
        return [_push(row) for row in rows]

    async def push_history(self, chat: ChatRef) -> list[DailyPush]:
        pushes = t.daily_pushes
        query = (
            _pushes_with_counts()
            .where(*chat_is(pushes, chat), pushes.c.content.is_not(None))
            .order_by(pushes.c.local_date)
        )
        async with self._read() as conn:
            rows = (await conn.execute(query)).all()
        return [_push(row) for row in rows]

    async def claim_results(
        self,
        push: PushKey,
        *,
        claimed_at: datetime | None = None,
        lease_until: datetime | None = None,
    ) -> bool:
        at = _moment("claimed_at", claimed_at)
        lease = (
            at + DEFAULT_LEASE if lease_until is None else require_utc("lease_until", lease_until)
        )
        pushes = t.daily_pushes
        claim = (
            update(pushes)
            .where(
                *_push_is(pushes, push),
                pushes.c.state == PushState.SENT.value,  # never for a question not delivered
                pushes.c.results_claimed_at.is_(None),
            )
            .values(
                results_claimed_at=at,
                state=PushState.CLOSING.value,
                lease_until=lease,
                attempts=0,
                next_attempt_at=None,
            )
        )
        return await self._rowcount(claim) == 1

    async def take_results(self, push: PushKey, *, now: datetime, lease_until: datetime) -> bool:
        return await self._take(push, (PushState.CLOSING,), now, lease_until)

    async def results_sent(self, push: PushKey, *, sent_at: datetime) -> bool:
        return await self._step(
            push,
            (PushState.CLOSING,),
            PushState.DONE,
            lease_until=None,
            next_attempt_at=None,
            results_sent_at=require_utc("sent_at", sent_at),
        )

    async def results_send_failed(self, push: PushKey, *, retry_at: datetime | None) -> int:
        if retry_at is None:  # given up: the push is done without its results message
            await self._step(
                push, (PushState.CLOSING,), PushState.DONE, lease_until=None, next_attempt_at=None
            )
            return 0
        return await self._failed(push, (PushState.CLOSING,), require_utc("retry_at", retry_at))

    async def unsent_results(self, now: datetime) -> list[DailyPush]:
        return await self._stalled((PushState.CLOSING,), now)

    # -- the steps' shared queries ---------------------------------------------------------------

    async def _take(
        self, push: PushKey, states: tuple[PushState, ...], now: datetime, lease_until: datetime
    ) -> bool:
        """Compare-and-set: the step is ours if it is in `states`, nobody's lease is running and
        its retry (if any) is due."""
        pushes = t.daily_pushes
        take = (
            update(pushes)
            .where(*_push_is(pushes, push), *_stalled_at(states, require_utc("now", now)))
            .values(lease_until=require_utc("lease_until", lease_until))
        )
        return await self._rowcount(take) == 1

    async def _step(
        self, push: PushKey, states: tuple[PushState, ...], to: PushState, **values: Any
    ) -> bool:
        pushes = t.daily_pushes
        step = (
            update(pushes)
            .where(*_push_is(pushes, push), pushes.c.state.in_(states))
            .values(state=to.value, **values)
        )
        return await self._rowcount(step) == 1

    async def _failed(
        self, push: PushKey, states: tuple[PushState, ...], retry_at: datetime
    ) -> int:
        pushes = t.daily_pushes
        bump = (
            update(pushes)
            .where(*_push_is(pushes, push), pushes.c.state.in_(states))
            .values(attempts=pushes.c.attempts + 1, next_attempt_at=retry_at, lease_until=None)
            .returning(pushes.c.attempts)
        )
        count = await self._in_thread(lambda conn: conn.execute(bump).scalar_one_or_none())
        return 0 if count is None else int(count)

    async def _stalled(self, states: tuple[PushState, ...], now: datetime) -> list[DailyPush]:
        pushes = t.daily_pushes
        query = (
            _pushes_with_counts()
            .where(*_stalled_at(states, require_utc("now", now)))
            .order_by(pushes.c.local_date, pushes.c.platform, pushes.c.chat_id)
        )
        async with self._read() as conn:
            rows = (await conn.execute(query)).all()
        return [_push(row) for row in rows]

    # -- answers ------------------------------------------------------------------------------

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
    ) -> bool:
        require_same_platform(push.chat, user)
        seen = (
            None
            if display_name is None
            else upsert_user_statement(self._insert, user, display_name, answered_at)
        )
        answer = DailyAnswer(user, question_id, correct, answered_at)
        claimed = select(func.count()).where(*_push_is(t.daily_pushes, push))
        insert = (
            self._insert(t.daily_answers)
            .values(
                platform=push.chat.platform,
                chat_id=push.chat.chat_id,
                local_date=push.day,
                user_id=user.user_id,
                question_id=answer.question_id,
                correct=answer.correct,
                answered_at=answer.answered_at,
            )
            .on_conflict_do_nothing()
        )
        async with self._write() as conn:
            if (await conn.execute(claimed)).scalar_one() == 0:
                raise ValueError(
                    f"no daily push was sent to chat {push.chat.chat_id} on {push.day.isoformat()}"
                )
            if (await conn.execute(insert)).rowcount != 1:
                return False  # a second answer: nothing else changes
            if result is not None:  # the answer in the user's /progress, in the same transaction
                await conn.execute(t.quiz_results.insert().values(**quiz_result_columns(result)))
            if seen is not None:
                await conn.execute(seen)
            return True

    async def daily_answers(self, push: PushKey) -> list[DailyAnswer]:
        answers = t.daily_answers
        query = (
            select(answers)
            .where(*_push_is(answers, push))
            .order_by(answers.c.answered_at, answers.c.user_id, answers.c.question_id)
        )
        async with self._read() as conn:
            rows = (await conn.execute(query)).all()
        return [
            DailyAnswer(
                UserRef(push.chat.platform, row.user_id),
                row.question_id,
                bool(row.correct),
                row.answered_at,
            )
            for row in rows
        ]

    async def daily_streaks(self, push: PushKey) -> dict[UserRef, int]:
        pushes, answers = t.daily_pushes, t.daily_answers
        # The chain a streak runs along: this push and every earlier one whose results went out.
        chain = (
            select(pushes.c.local_date)
            .where(
                *chat_is(pushes, push.chat),
                pushes.c.local_date <= push.day,
                pushes.c.content.is_not(None),
                (pushes.c.results_claimed_at.is_not(None)) | (pushes.c.local_date == push.day),
            )
            .order_by(pushes.c.local_date.desc())
        )
        answerers = select(answers.c.user_id).where(*_push_is(answers, push)).distinct()
        answered = (
            select(answers.c.user_id, answers.c.local_date)
            .where(
                *chat_is(answers, push.chat),
                answers.c.local_date <= push.day,
                answers.c.user_id.in_(answerers),
            )
            .distinct()
        )
        async with self._read() as conn:
            days = list((await conn.execute(chain)).scalars())
            pairs = (await conn.execute(answered)).all()
        by_user: dict[str, set[date]] = {}
        for user_id, day in pairs:
            by_user.setdefault(user_id, set()).add(day)
        streaks: dict[UserRef, int] = {}
        for user_id, answered_days in sorted(by_user.items()):
            if push.day not in answered_days:
                continue
            run = 0
            for day in days:
                if day not in answered_days:
                    break
                run += 1
            streaks[UserRef(push.chat.platform, user_id)] = run
        return streaks


_UNSENT = (PushState.CLAIMED, PushState.OPENED, PushState.SENDING)


def _stalled_at(states: tuple[PushState, ...], now: datetime) -> tuple[Any, ...]:
    """WHERE conditions: in one of `states`, with no live lease and any retry due at `now`."""
    pushes = t.daily_pushes
    return (
        pushes.c.state.in_([state.value for state in states]),
        (pushes.c.lease_until.is_(None)) | (pushes.c.lease_until <= now),
        (pushes.c.next_attempt_at.is_(None)) | (pushes.c.next_attempt_at <= now),
    )


def _moment(name: str, value: datetime | None) -> datetime:
    return datetime.now(UTC) if value is None else require_utc(name, value)


def _push_is(table: Table, push: PushKey) -> tuple[Any, Any, Any]:
    return (*chat_is(table, push.chat), table.c.local_date == push.day)


def _pushes_with_counts() -> Select[Any]:
    """Pushes, each with how many answers it has and how many were right."""
    pushes, answers = t.daily_pushes, t.daily_answers
    joined = pushes.outerjoin(
        answers,
        and_(
            answers.c.platform == pushes.c.platform,
            answers.c.chat_id == pushes.c.chat_id,
            answers.c.local_date == pushes.c.local_date,
        ),
    )
    return (
        select(
            pushes,
            func.count(answers.c.user_id).label("answer_count"),
            func.coalesce(func.sum(case((answers.c.correct, 1), else_=0)), 0).label("right_count"),
        )
        .select_from(joined)
        .group_by(pushes.c.platform, pushes.c.chat_id, pushes.c.local_date)
    )


def _push(row: Row[Any]) -> DailyPush:
    return DailyPush(
        push=PushKey(ChatRef(row.platform, row.chat_id), row.local_date),
        claimed_at=row.claimed_at,
        question_id=row.question_id,
        content=row.content,
        closes_at=row.closes_at,
        results_claimed_at=row.results_claimed_at,
        answers=int(row.answer_count),
        right=int(row.right_count),
        state=PushState(row.state),
        attempts=row.attempts,
        lease_until=row.lease_until,
    )


def _weekday_mask(days: frozenset[int]) -> int:
    return sum(1 << day for day in days)


def _schedule(row: Row[Any]) -> Schedule:
    return Schedule(
        chat=ChatRef(row.platform, row.chat_id),
        time_of_day=row.time_of_day,
        timezone=row.timezone,
        deck_id=row.deck_id,
        topic_id=row.topic_id,
        days=frozenset(day for day in range(7) if row.weekdays >> day & 1),
        deadline=row.deadline,
        is_group=bool(row.is_group),
        set_at=row.set_at,
        failed_pushes=row.failed_pushes,
    )
