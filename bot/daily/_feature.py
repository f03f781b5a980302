"""`/daily …` and the pushes it schedules: the question of the day in a class chat.

`/daily set HH:MM [zone] [days] [deadline=HH:MM]`, `/daily off`, `/daily status` and `/daily now`
(the command is admin-only). At the scheduled time the question goes out; answers (one tap each,
once per person) count until the deadline, then the results go out: how many answered, how many got
it right, the answer with its explanation, and streaks. Each chat's question comes from the deck it
studies (`decks`, the engine's deck library), and answers count towards that deck.

`tick()` never blocks the engine's other timers: it queues each chat's due work as one job for a few
background senders, paced by the injected `Pacer`, and returns; `idle()` waits for them (tests). A
chat's send being retried holds up that chat alone: a chat with a job running gets no other job
(so overlapping ticks never send its push twice), and the other chats' jobs go to the other
senders.
"""

from __future__ import annotations

import asyncio
import functools
import logging
from collections import deque
from collections.abc import Awaitable, Callable, Coroutine, Mapping
from dataclasses import replace
from datetime import date, datetime, timedelta
from typing import Any

from bot.daily._decks import DeckPool, DeckPools, DeckSource
from bot.daily._pacer import NoPacing, Pacer
from bot.daily._render import (
    DAILY_ACTION,
    question_reply,
    read_token,
    setup_text,
    status_text,
    verdict,
    when,
)
from bot.daily._schedule import DEFAULT_ZONE, EXAMPLE, USAGE, ScheduleError, parse_timetable
from bot.daily._scheduler import DEFAULT_FAILURE_LIMIT, DEFAULT_GRACE, Due, Timekeeper
from bot.daily._sender import PushSteps
from bot.daily._state import DailyState, DailyStore, OpenPush, Plan
from bot.daily._zones import UnknownZone, resolve_zone
from bot.events import Answer, Chat, Choice, Command
from bot.explain import echo
from bot.feature import ChoiceHandler, CommandHandler
from bot.markup import italic, line, text
from bot.ports import Clock, Messenger, SystemClock
from bot.questions import QuestionGenerator
from bot.replies import Message, Notice, Reply
from bot.store import ChatRef, PushKey, QuizResult, UserRef
from knowledge.model import Deck

log = logging.getLogger(__name__)

Step = Callable[[], Awaitable[None]]

DEFAULT_REFRESH = timedelta(minutes=1)
ONE_OFF_OPEN = timedelta(hours=1)  # how long a one-off question (no schedule) takes answers
# Chats' jobs in flight at once, so latency does not cap the pace: the pace is senders ÷ a job's
# time, and a job (four store writes, two reads, the send and its round trip) takes 0.3 s on a
# busy machine, more with a distant platform. 8 capped a 1,000-chat push at 26/s against
# Telegram's 30 (bench_daily_telegram); the platform's own pacing still holds the rate.
DEFAULT_SENDERS = 32
_ADMIN_ONLY = frozenset({"set", "off", "now"})
_NO_SCHEDULE = (
    "No daily question is set for this chat. An admin can start one, e.g. "
    "/daily set 08:00 Europe/London mon-fri"
)
_NO_QUESTIONS = "These notes give me no multiple-choice questions to post daily."
_HELP = text(
    line("/daily set HH:MM [timezone] [days] [deadline=HH:MM] — post a question every day"),
    line("/daily off — stop the daily question"),
    line("/daily status — when the next one comes, and how today's is going"),
    line("/daily now [timezone] — post a question now (a one-off if no schedule is set)"),
    line(italic(f"e.g. {EXAMPLE}")),
)


class DailyFeature(PushSteps):
    """Daily question pushes for every chat with a schedule.

    `messenger` may be attached after construction (adapters make theirs once connected); until
    then nothing is pushed and nothing is marked as tried. `refresh` is how often schedules set by
    other processes are picked up. `decks` (the engine's `library`, also attachable later) gives
    each chat its own deck; without it every chat gets questions from `deck`.
    """

    def __init__(
        self,
        deck: Deck,
        *,
        store: DailyStore,
        clock: Clock,
        messenger: Messenger | None = None,
        pacer: Pacer | None = None,
        platform: str | None = None,
        lease_clock: Clock | None = None,
        grace: timedelta = DEFAULT_GRACE,
        failure_limit: int = DEFAULT_FAILURE_LIMIT,
        refresh: timedelta = DEFAULT_REFRESH,
        senders: int = DEFAULT_SENDERS,
        generator: QuestionGenerator | None = None,
        decks: DeckSource | None = None,
    ) -> None:
        if senders < 1:
            raise ValueError("senders must be at least 1")
        self.deck = deck
        self.store = store
        self.state = DailyState(store)
        self.clock = clock
        self.lease_clock: Clock = lease_clock if lease_clock is not None else SystemClock()
        self.messenger = messenger
        self.pacer: Pacer = pacer if pacer is not None else NoPacing()
        self.platform = platform
        self.keeper = Timekeeper(grace=grace, failure_limit=failure_limit)
        self.refresh = refresh
        self.decks = decks
        self._senders = senders
        self._pools = DeckPools(deck, generator=generator)
        self._loaded_at: datetime | None = None
        self._reload: asyncio.Task[None] | None = None
        # Jobs (one chat's due work each) waiting for a sender, the senders running them, and the
        # chats with a job queued or running: those get nothing more until it ends.
        self._jobs: deque[tuple[ChatRef, Coroutine[Any, Any, None]]] = deque()
        self._senders_running: set[asyncio.Task[None]] = set()
        self._busy: set[ChatRef] = set()
        # one-off questions (/daily now with no schedule) by chat and day, until their results are out
        self._one_offs: dict[ChatRef, dict[date, OpenPush]] = {}

    # -- the Feature protocol -----------------------------------------------------------------

    def commands(self) -> Mapping[str, CommandHandler]:
        return {"daily": self._daily}

    def choices(self) -> Mapping[str, ChoiceHandler]:
        return {DAILY_ACTION: self._on_choice}

    async def on_text(self, event: Answer) -> list[Reply] | None:
        """Nothing: the question of the day is answered with one tap, so group chatter is never
        mistaken for an answer."""
        return None

    async def tick(self) -> None:
        """Start whatever is due, each chat's work as a job for the senders, and return.

        A chat whose job is still running (a send being retried, say) is left out until it ends:
        its push is never handed out twice in this process, however ticks overlap, and it holds
        up no other chat. Reloading every chat's plan (for schedules set in other processes) is a
        query per chat, so it runs in the background too, never in the engine's tick.
        """
        if self.messenger is None:
            return
        now = self.clock.now()
        if self._reload is not None and not self._reload.done():
            return  # the plans are being replaced; the reload starts what is due when done
        stale = (
            self._loaded_at is None or not self._loaded_at <= now < self._loaded_at + self.refresh
        )
        if stale:
            self._loaded_at = now
            self._reload = asyncio.create_task(self._reload_and_send(), name="daily-reload")
            return
        self._start_due(now)

    def _start_due(
        self, now: datetime, taken_over: Mapping[ChatRef, list[Step]] | None = None
    ) -> None:
        """Queue the due work of every chat with none running, one job a chat, for the senders:
        work `taken_over` from a dead process (or an earlier failed send) first, then the
        closing of one-off questions, then the closings and push the timetable says are due."""
        jobs: dict[ChatRef, list[Step]] = {
            chat: list(steps)
            for chat, steps in (taken_over or {}).items()
            if chat not in self._busy
        }
        for chat, pushes in list(self._one_offs.items()):
            closing = [day for day, push in pushes.items() if push.closes_at <= now]
            if not closing or chat in self._busy:
                continue
            for day in closing:
                del pushes[day]
            if not pushes:
                del self._one_offs[chat]
            jobs.setdefault(chat, []).append(functools.partial(self._close_one_offs, chat, closing))
        for due in self.keeper.due(now, busy=self._busy):
            jobs.setdefault(due.chat, []).append(functools.partial(self._run, due))
        for chat, steps in jobs.items():
            self._queue_job(chat, _in_order(chat, steps))

    def _queue_job(self, chat: ChatRef, job: Coroutine[Any, Any, None]) -> None:
        """Hand one chat's job to the senders; the chat counts as busy until the job ends."""
        self._busy.add(chat)
        self._jobs.append((chat, job))
        while self._jobs and len(self._senders_running) < self._senders:
            sender = asyncio.create_task(self._sender(), name="daily-sender")
            self._senders_running.add(sender)

    async def _sender(self) -> None:
        """Run queued jobs until none is left; `_senders` of these run at once at most."""
        try:
            while self._jobs:
                chat, job = self._jobs.popleft()
                try:
                    await job
                finally:
                    self._busy.discard(chat)
        finally:  # no await between the empty queue and leaving the set: no job is stranded
            task = asyncio.current_task()
            if task is not None:
                self._senders_running.discard(task)

    async def idle(self) -> None:
        """Wait until the reload and every job in flight (and any they started) have finished."""
        while True:
            tasks = [*self._senders_running]
            if self._reload is not None and not self._reload.done():
                tasks.append(self._reload)
            if not tasks:
                return
            await asyncio.gather(*tasks)

    async def close(self) -> None:
        """Stop the work in flight (shutdown); what was not sent yet is tried by the next start
        (its claim or lease runs out, and any process takes it over)."""
        tasks = [*self._senders_running]
        if self._reload is not None:
            tasks.append(self._reload)
        self._reload = None
        for task in tasks:
            task.cancel()
        if tasks:
            await asyncio.gather(*tasks, return_exceptions=True)
        for _chat, job in self._jobs:
            job.close()  # queued, never started: nothing of it happened
        self._jobs.clear()
        self._busy.clear()
        self._senders_running.clear()

    # -- sending ------------------------------------------------------------------------------

    async def _reload_and_send(self) -> None:
        try:
            plans = await self.state.load_plans()
            self.keeper.load([plan for plan in plans if self.serves(plan.chat)])
            one_offs = await self.state.one_offs({plan.chat for plan in plans})
            self._one_offs = {chat: due for chat, due in one_offs.items() if self.serves(chat)}
            taken_over = await self._recovery(self._busy)
        except Exception:
            self._loaded_at = None  # try again on the next tick
            log.exception("daily pushes: could not load the schedules; trying again")
            return
        self._start_due(self.clock.now(), taken_over)

    async def _run(self, due: Due) -> None:
        """One chat's work, in order (yesterday's results before today's question). A failure is
        logged and never stops the other chats."""
        for day in due.closes:
            await _logged(
                f"closing the {day} question in {due.chat.chat_id}",
                self._post_results(due.chat, day),
            )
        if due.push is not None:
            await _logged(
                f"pushing the {due.push} question to {due.chat.chat_id}",
                self._push(due.chat, due.push),
            )

    async def _pool(self, chat: Chat) -> DeckPool:
        """The one-tap questions of the chat's deck (a teacher's upload, or the default)."""
        deck = self.deck
        if self.decks is not None:
            try:
                chosen = await self.decks.for_chat(chat)
            except Exception:
                log.exception("could not look up the deck of %s; using the default", chat)
            else:
                # The runtime's pool, built once for every feature; a failed build raises
                # PoolFailed (logged with the deck's id) and this push is tried again later.
                generator = await chosen.pool.generator()
                return await self._pools.pool(chosen.deck, generator)
        return await self._pools.pool(deck)

    # -- answers ------------------------------------------------------------------------------

    async def _on_choice(self, event: Choice, parts: list[str]) -> list[Reply]:
        """A tap on an option of a question of the day: `dq:<yyyymmdd>:<option>`."""
        parsed = read_token(parts)
        if parsed is None:
            return [Notice("That button has expired.")]
        day, index = parsed
        chat = ChatRef(event.chat.platform, event.chat.id)
        push = await self.state.get_push(chat, day)
        now = self.clock.now()
        if push is None or now >= push.closes_at:
            return [Notice("That question of the day has closed — the answer is in the results.")]
        question = push.question
        if index >= len(question.options):
            return [Notice("That button has expired.")]
        correct = index in question.correct
        user = UserRef(event.user.platform, event.user.id)
        key = PushKey(chat, day)
        deck_id = push.deck_id or self.deck.id  # pushes recorded without one used the default
        result = QuizResult(user, chat, deck_id, question.id, correct, now, question.topic_id)
        first = await self.store.record_daily_answer(
            key, user, question.id, correct, now, result=result, display_name=event.user.name
        )  # the answer, the user's /progress and their name for the streaks: one transaction
        if not first:
            return [Notice("You've already answered this question — one answer each.")]
        return [Notice(verdict(push, correct))]

    # -- commands -----------------------------------------------------------------------------

    async def _daily(self, event: Command) -> list[Reply]:
        word, _, rest = event.args.strip().partition(" ")
        sub = word.casefold()
        if sub and sub[0].isdigit():  # `/daily 08:00 …` means set
            sub, rest = "set", event.args.strip()
        handlers: dict[str, Callable[[Command, str], Awaitable[list[Reply]]]] = {
            "set": self._set,
            "off": self._off,
            "stop": self._off,
            "status": self._status,
            "": self._status,
            "now": self._now,
        }
        handler = handlers.get(sub)
        if handler is None:
            return [Message(text(f"I don't know /daily {echo(word)}.") + _HELP)]
        if sub in _ADMIN_ONLY and not event.user.is_admin:
            return [Notice("Only admins can change the daily question.")]
        return await handler(event, rest.strip())

    async def _set(self, event: Command, args: str) -> list[Reply]:
        pool = await self._pool(event.chat)
        if not pool.questions:
            return [Message(text(_NO_QUESTIONS))]
        try:
            timetable = parse_timetable(args)
        except ScheduleError as error:
            return [Message(text(str(error), f"Usage: {USAGE}"))]
        chat = ChatRef(event.chat.platform, event.chat.id)
        now = self.clock.now()
        await self.state.save_setup(
            chat, timetable, is_group=event.chat.is_group, deck_id=pool.deck.id, now=now
        )
        for push in [*await self.state.open_for(chat), *self._one_offs.pop(chat, {}).values()]:
            # an open question now closes when the new schedule's next question comes
            moved = replace(push, closes_at=timetable.closes_at(push.day, push.sent_at))
            await self.state.open_push(chat, replace(moved, zone=timetable.zone))
        plan = await self.state.load_plan(chat)
        if plan is not None:
            self.keeper.put(plan)
        return [Message(setup_text(timetable, self._next_push(plan, now) or now))]

    async def _off(self, event: Command, args: str) -> list[Reply]:
        chat = ChatRef(event.chat.platform, event.chat.id)
        plan = await self.state.load_plan(chat)
        self.keeper.remove(chat)
        if not await self.state.remove_setup(chat) or plan is None:
            return [Message(text("No daily question was set for this chat."))]
        replies: list[Reply] = [Message(text("Daily questions are off for this chat."))]
        now = self.clock.now()
        for push in plan.open:  # close what is open now, so the class still sees its results
            key = PushKey(chat, push.day)
            if await self.store.claim_results(key, claimed_at=now):
                results = await self._results(chat, push.day)
                await self.store.results_sent(key, sent_at=now)  # they go out as this reply
                if results is not None:
                    replies.append(results)
        return replies

    async def _status(self, event: Command, args: str) -> list[Reply]:
        chat = ChatRef(event.chat.platform, event.chat.id)
        plan = await self.state.load_plan(chat)
        if plan is None:
            return [Message(text(_NO_SCHEDULE) + _HELP)]
        now = self.clock.now()
        still_open = [push for push in plan.open if now < push.closes_at]
        counts = [len(await self.store.daily_answers(PushKey(chat, p.day))) for p in still_open]
        paused = self.keeper.paused(plan)
        body = status_text(
            plan.timetable,
            None if paused else self._next_push(plan, now),
            list(zip(still_open, counts, strict=True)),
            plan.failures,
            paused,
        )
        return [Message(body)]

    async def _now(self, event: Command, args: str) -> list[Reply]:
        chat = ChatRef(event.chat.platform, event.chat.id)
        plan = await self.state.load_plan(chat)
        pool = await self._pool(event.chat)
        if not pool.questions:
            return [Message(text(_NO_QUESTIONS))]
        if plan is None:
            try:  # a one-off's close is shown on the teacher's clock when they name a zone
                zone = resolve_zone(args) if args.strip() else DEFAULT_ZONE
            except UnknownZone as error:
                return [Message(text(f"{error} e.g. /daily now Europe/London"))]
            return await self._one_off(event.chat, pool, zone)
        now = self.clock.now()
        day = plan.timetable.local_day(now)
        self.keeper.put(plan)
        self.keeper.tried(chat, day)  # today's scheduled push is this one
        if await self.store.claim_push(chat, day, claimed_at=now):
            push = await self._open(plan, day, now, pool, sent_at=now)  # sent as this reply
            self.keeper.opened(chat, day, push.closes_at)
            return [question_reply(push)]
        existing = await self.state.get_push(chat, day)
        if existing is not None and now < existing.closes_at:
            return [
                Message(text("Today's question is already out — here it is again:")),
                question_reply(existing),
            ]
        upcoming = self._next_push(plan, now)
        after = f" The next one: {when(upcoming, plan.timetable.zone)}." if upcoming else ""
        return [Message(text(f"Today's question has already been asked and closed.{after}"))]

    async def _one_off(self, where: Chat, pool: DeckPool, zone: str) -> list[Reply]:
        """`/daily now [timezone]` with no schedule: one question now, open for `ONE_OFF_OPEN`, then
        results; its close is shown in `zone` (UTC unless the teacher names one)."""
        chat = ChatRef(where.platform, where.id)
        now = self.clock.now()
        day = now.date()
        existing = await self.state.get_push(chat, day)
        if existing is not None and now < existing.closes_at:
            again = Message(text("Today's question is already out — here it is again:"))
            return [again, question_reply(existing)]
        if not await self.store.claim_push(chat, day, claimed_at=now):
            return [
                Message(text("Today's question has already been asked here. Try again tomorrow."))
            ]
        closing = (now + ONE_OFF_OPEN, zone)
        push = await self._record(chat, day, now, pool, closing, sent_at=now)  # sent as the reply
        self._one_offs.setdefault(chat, {})[day] = push
        how = "For one every day: /daily set HH:MM [timezone] [days]."
        return [question_reply(push), Message(text(line(italic(how))))]

    async def _close_one_offs(self, chat: ChatRef, days: list[date]) -> None:
        """Post the results of a chat's one-off questions whose time is up."""
        for day in days:
            await _logged(
                f"closing a one-off question in {chat.chat_id}", self._post_results(chat, day)
            )

    def _next_push(self, plan: Plan | None, now: datetime) -> datetime | None:
        """The next push that will really happen (a day already pushed, by /daily now, is skipped)."""
        if plan is None:
            return None
        taken = {push.day for push in plan.open}
        moment = now
        for _ in range(8):
            day, moment = plan.timetable.next_push(moment)
            if day not in taken:
                return moment
        return None


async def _in_order(chat: ChatRef, steps: list[Step]) -> None:
    """One chat's steps, one after another; a failure is logged and the next step still runs."""
    for step in steps:
        await _logged(f"work in {chat.chat_id}", step())


async def _logged(what: str, work: Awaitable[None]) -> None:
    try:
        await work
    except Exception:
        log.exception("daily pushes: failed %s; carrying on", what)
