"""Sending pushes and results as steps that survive a crash at any point.

A push is claimed (with a lease), opened (the question picked and recorded: answers count from
here), sent (the platform took it), closed (results claimed: answers stop) and done (results
posted); see `bot.store.PushState`. Each step is written before the next starts, so a process that
dies (kill -9, a power cut) leaves the push at one step with a lease that runs out. Every process
looks for such pushes when it reloads the schedules and takes the step over (`take_push` /
`take_results` let exactly one do it):

- claimed or opened but not sent: re-sent by any process while the push is still within the grace
  window of its scheduled time and its answers are not closed (an opened push keeps its question,
  so answers already given still count); later than that it is abandoned;
- results claimed but not posted: posted by any process (they are computed again from the store);
- results are never posted for a question that was not delivered (`claim_results` refuses).

A send that fails is retried with exponential backoff (`RETRY_BASE`, doubling) up to
`MAX_ATTEMPTS` times, within the same windows; a push given up counts towards pausing the chat.

Leases are taken and checked on `lease_clock`, the machine's real clock, even when the schedule runs
on a simulated one (tests): processes on several machines must agree on the time to well within
`LEASE`, or a slow sender's push could be taken over while it is still sending.

The platform taking a message and the store recording that are two systems. Right before the
question goes to the platform the intent is written (`push_sending`): a process that dies from
there leaves a push in `sending`, which may or may not have been delivered. Whoever takes it over
sends it again under the same idempotency key (`send_key`): on a platform that takes a message at
most once per key (`OnceMessenger`: Discord's enforced message nonce) the platform returns the
first message instead of posting a second, so the question lands exactly once. There the send
step's lease is short (`ONCE_LEASE`), so the take-over comes while the platform still remembers
the key. A platform without such a key (Telegram's Bot API) cannot be asked whether the message
arrived: the question is sent again (at least once, never lost: a lost question of the day costs
the class more than seeing it twice) and the take-over is logged. Results messages are sent under
their own key the same way. Every other crash point loses nothing and doubles nothing.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Awaitable, Callable, Container
from datetime import date, datetime, timedelta

from bot.daily._decks import DeckPool
from bot.daily._pacer import Pacer
from bot.daily._picker import coverage_key, pick_question
from bot.daily._render import question_reply, results_reply
from bot.daily._scheduler import Timekeeper
from bot.daily._state import DailyState, DailyStore, OpenPush, Plan, open_push_of
from bot.events import Chat
from bot.ports import Clock, Messenger, OnceMessenger
from bot.replies import Reply
from bot.retired import retired_ids
from bot.store import ChatRef, DailyPush, PushKey, PushState
from knowledge.model import stable_id

log = logging.getLogger(__name__)

LEASE = timedelta(minutes=10)  # longer than any one send takes, pacing and 429 waits included
# A send the platform takes at most once per key may be taken over sooner: a second try is harmless,
# and it must come while the platform still remembers the key (Discord: a few minutes).
ONCE_LEASE = timedelta(minutes=2)
RETRY_BASE = timedelta(minutes=1)
MAX_ATTEMPTS = 6  # 1 + 2 + 4 + 8 + 16 minutes of waits between them


def send_key(push: PushKey, what: str) -> str:
    """The idempotency key of one message of a push (`what`: "question" or "results"): the same
    in every process, so a re-send after a crash is the same message to the platform."""
    return f"daily:{what}:{push.chat.platform}:{push.chat.chat_id}:{push.day.isoformat()}"


def backoff(attempts: int) -> timedelta:
    """How long to wait after the `attempts`-th failed send before the next."""
    return RETRY_BASE * (1 << min(max(attempts - 1, 0), 10))


class PushSteps:
    """The steps of sending a push and its results (mixed into `DailyFeature`)."""

    store: DailyStore
    state: DailyState
    clock: Clock
    lease_clock: Clock  # the real time of every process, even when `clock` is simulated
    keeper: Timekeeper
    messenger: Messenger | None
    pacer: Pacer
    platform: str | None

    async def _pool(self, chat: Chat) -> DeckPool:
        raise NotImplementedError

    @property
    def _send_lease(self) -> timedelta:
        return ONCE_LEASE if isinstance(self.messenger, OnceMessenger) else LEASE

    async def _post(self, chat: Chat, reply: Reply, key: str) -> None:
        """Send under the idempotency key `key` where the platform has one."""
        messenger = self.messenger
        assert messenger is not None
        if isinstance(messenger, OnceMessenger):
            await messenger.send_once(chat, reply, key)
        else:
            await messenger.send(chat, reply)

    def serves(self, chat: ChatRef) -> bool:
        """Whether this process sends to `chat` (a bot process serves its own platform only)."""
        platform = self.platform or getattr(self.messenger, "platform", None)
        return platform is None or chat.platform == platform

    # -- the question -------------------------------------------------------------------------

    async def _push(self, chat: ChatRef, day: date) -> None:
        """The scheduled push of `day`: claim it, open it, send it."""
        plan = await self.state.load_plan(chat)  # fresh: it may have changed in another process
        if plan is None:
            self.keeper.remove(chat)
            return
        self.keeper.put(plan)
        due_day, due_at = plan.timetable.latest_push(self.clock.now())
        if due_day != day or due_at < plan.since or self.keeper.paused(plan):
            return
        if self.messenger is None or not self.serves(chat):
            return
        pool = await self._pool(_chat(plan))
        if not pool.questions:
            log.warning("no one-tap questions in deck %s: no daily push", pool.deck.id)
            return
        now = self.clock.now()
        lease = self.lease_clock.now() + LEASE
        if not await self.store.claim_push(chat, day, claimed_at=now, lease_until=lease):
            return  # another process has it
        push = await self._open(plan, day, now, pool)
        await self._deliver(plan, push)

    async def _open(
        self, plan: Plan, day: date, now: datetime, pool: DeckPool, sent_at: datetime | None = None
    ) -> OpenPush:
        """Pick the day's question from the chat's deck and record it as open (before sending:
        answers count at once; with `sent_at`, as delivered already)."""
        closing = (plan.timetable.closes_at(day, now), plan.timetable.zone)
        return await self._record(plan.chat, day, now, pool, closing, sent_at=sent_at)

    async def _record(
        self,
        chat: ChatRef,
        day: date,
        now: datetime,
        pool: DeckPool,
        closing: tuple[datetime, str],
        *,
        sent_at: datetime | None = None,
    ) -> OpenPush:
        """Pick a claimed day's question and record it as open until `closing` (time, zone)."""
        record = await self.state.load_record(chat, pool.keys)
        seed = int(stable_id(chat.platform, chat.chat_id, day.isoformat())[:12], 16)
        # Questions a teacher retired for the chat are not pushed (unless every one was retired).
        retired = await retired_ids(self.store, chat)
        usable = tuple(q for q in pool.questions if q.id not in retired) or pool.questions
        picked = pick_question(usable, record, seed)
        if picked is None:
            raise RuntimeError("no question to push")  # callers check pool.questions first
        question = picked[0]  # the push history is the record: opening it marks it asked
        closes_at, zone = closing
        push = OpenPush(day, question, coverage_key(question), zone, now, closes_at, pool.deck.id)
        await self.state.open_push(chat, push, sent_at=sent_at)
        return push

    async def _deliver(self, plan: Plan, push: OpenPush) -> None:
        """Send an opened push (we hold its lease) and record the outcome."""
        assert self.messenger is not None
        chat, key = plan.chat, PushKey(plan.chat, push.day)
        lease = self.lease_clock.now() + self._send_lease
        if not await self.store.push_sending(key, lease_until=lease):  # the intent, before the send
            log.info(
                "the %s daily question to %s was sent or withdrawn meanwhile",
                push.day,
                chat.chat_id,
            )
            return
        await self.pacer.acquire(_pace_key(chat))  # paced right before the send, no I/O between
        try:
            await self._post(_chat(plan), question_reply(push), send_key(key, "question"))
        except Exception:
            log.warning("could not post the daily question to %s", chat.chat_id, exc_info=True)
            await self._send_failed(plan, push)
            return
        await self.store.push_sent(key)
        if plan.failures:
            await self.state.push_sent(chat)
            self.keeper.failed(chat, 0)
        self.keeper.opened(chat, push.day, push.closes_at)

    async def _send_failed(self, plan: Plan, push: OpenPush) -> None:
        key = PushKey(plan.chat, push.day)
        stored = await self.store.get_push(key)
        attempts = (stored.attempts if stored is not None else 0) + 1
        wait = backoff(attempts)
        retry_at = self.lease_clock.now() + wait
        if attempts < MAX_ATTEMPTS and self._sendable(
            plan, push.day, push.closes_at, self.clock.now() + wait
        ):
            await self.store.push_send_failed(key, retry_at=retry_at)
            log.info("retrying the daily question to %s at %s", plan.chat.chat_id, retry_at)
            return
        await self._give_up(plan.chat, push.day)

    async def _give_up(self, chat: ChatRef, day: date) -> None:
        """The day's push cannot go out in time: abandon it; it counts towards pausing the chat."""
        await self.store.push_send_failed(PushKey(chat, day), retry_at=None)
        failures = await self.store.record_failed_push(chat)
        log.warning(
            "gave up the %s daily question to %s (failure %d of %d allowed)",
            day, chat.chat_id, failures, self.keeper.failure_limit,
        )  # fmt: skip
        self.keeper.failed(chat, failures)

    def _sendable(self, plan: Plan, day: date, closes_at: datetime | None, at: datetime) -> bool:
        """Whether the push of `day` may still go out at `at`: it is the latest one due, at most
        `grace` late, and its answers are not closed."""
        latest, due_at = plan.timetable.latest_push(at)
        in_grace = latest == day and at - due_at <= self.keeper.grace
        return in_grace and (closes_at is None or at < closes_at)

    # -- the results --------------------------------------------------------------------------

    async def _post_results(self, chat: ChatRef, day: date) -> None:
        if self.messenger is None or not self.serves(chat):
            return
        now, lease = self.clock.now(), self.lease_clock.now() + self._send_lease
        key = PushKey(chat, day)
        if not await self.store.claim_results(key, claimed_at=now, lease_until=lease):
            return  # not delivered, or another process has it
        await self._send_results(chat, day)

    async def _results(self, chat: ChatRef, day: date) -> Reply | None:
        """The results of a push whose results we hold the claim on."""
        stored = await self.store.get_push(PushKey(chat, day))
        push = open_push_of(stored) if stored is not None else None
        if push is None:
            return None
        answers = await self.store.daily_answers(PushKey(chat, day))
        # A streak is the run of questions answered in a row: whoever skipped this one has none.
        streaks = await self.state.streaks(chat, day)
        shown = [user for user, count in streaks.items() if count >= 2]
        names = await self.state.names(chat.platform, shown)
        return results_reply(push, answers, streaks, names)

    async def _send_results(self, chat: ChatRef, day: date) -> None:
        assert self.messenger is not None
        key = PushKey(chat, day)
        results = await self._results(chat, day)
        if results is None:  # a malformed record (logged): nothing to post
            await self.store.results_send_failed(key, retry_at=None)
            return
        plan = self.keeper.plan(chat)
        target = _chat(plan) if plan is not None else Chat(chat.platform, chat.chat_id, True)
        await self.pacer.acquire(_pace_key(chat))
        try:
            await self._post(target, results, send_key(key, "results"))
        except Exception:
            stored = await self.store.get_push(key)
            attempts = (stored.attempts if stored is not None else 0) + 1
            retry_at = (
                self.lease_clock.now() + backoff(attempts) if attempts < MAX_ATTEMPTS else None
            )
            await self.store.results_send_failed(key, retry_at=retry_at)
            log.warning(
                "could not post the %s daily results to %s (%s)",
                day, chat.chat_id, f"retrying at {retry_at}" if retry_at else "gave up",
                exc_info=True,
            )  # fmt: skip
            return
        await self.store.results_sent(key, sent_at=self.clock.now())

    # -- taking over what a dead process left -------------------------------------------------

    async def _recovery(
        self, busy: Container[ChatRef]
    ) -> dict[ChatRef, list[Callable[[], Awaitable[None]]]]:
        """The steps nobody is doing, by chat, results first (they are older), then pushes: each
        step takes its work over when it runs. A chat in `busy` (this process is sending to it:
        a lease can run out during a long retry) is left out: it is never taken over twice."""
        work: dict[ChatRef, list[Callable[[], Awaitable[None]]]] = {}
        if self.messenger is None:
            return work
        now = self.lease_clock.now()
        for stored in await self.store.unsent_results(now):
            chat = stored.push.chat
            if self.serves(chat) and chat not in busy:
                work.setdefault(chat, []).append(functools.partial(self._resume_results, stored))
        for stored in await self.store.unsent_pushes(now):
            chat = stored.push.chat
            if self.serves(chat) and chat not in busy:
                work.setdefault(chat, []).append(functools.partial(self._resume_push, stored))
        return work

    async def _resume_results(self, stored: DailyPush) -> None:
        key = stored.push
        now = self.lease_clock.now()
        if await self.store.take_results(key, now=now, lease_until=now + self._send_lease):
            log.info("posting the %s daily results to %s again", key.day, key.chat.chat_id)
            await self._send_results(key.chat, key.day)

    async def _resume_push(self, stored: DailyPush) -> None:
        chat, day = stored.push.chat, stored.push.day
        now = self.lease_clock.now()
        if not await self.store.take_push(stored.push, now=now, lease_until=now + LEASE):
            return  # another process took it
        now = self.clock.now()  # the schedule's time from here on
        plan = await self.state.load_plan(chat)
        opened = open_push_of(stored)
        closes_at = opened.closes_at if opened is not None else None
        if (
            plan is None
            or self.keeper.paused(plan)
            or not self._sendable(plan, day, closes_at, now)
        ):
            await self._give_up(chat, day)
            return
        self.keeper.put(plan)
        self.keeper.tried(chat, day)
        if opened is None:  # claimed only: the question was never picked
            pool = await self._pool(_chat(plan))
            if not pool.questions:
                await self._give_up(chat, day)
                return
            opened = await self._open(plan, day, now, pool)
        if stored.state is PushState.SENDING and not isinstance(self.messenger, OnceMessenger):
            log.warning(
                "the %s daily question to %s may have been delivered before its process died; "
                "this platform cannot tell, so it is sent again",
                day, chat.chat_id,
            )  # fmt: skip
        else:
            log.info("sending the %s daily question to %s again", day, chat.chat_id)
        await self._deliver(plan, opened)


def _chat(plan: Plan) -> Chat:
    return Chat(plan.chat.platform, plan.chat.chat_id, plan.is_group)


def _pace_key(chat: ChatRef) -> str:
    return f"{chat.platform}:{chat.chat_id}"
