"""Daily pushes: schedules, the claim that exactly one process wins, and the answers."""

from __future__ import annotations

import asyncio
from datetime import UTC, date, datetime, time, timedelta, timezone
from typing import Any

import pytest

from bot.store import (
    ChatRef,
    DailyAnswer,
    DailyPush,
    PushKey,
    PushState,
    Schedule,
    SqlStore,
    UserRef,
)

DAY = date(2025, 9, 1)
T0 = datetime(2025, 9, 1, 7, 0, tzinfo=UTC)


async def test_a_schedule_is_saved_replaced_listed_and_deleted(
    store: SqlStore, group: ChatRef
) -> None:
    other = ChatRef("discord", "42")
    morning = Schedule(group, time(7, 30), "Europe/London", deck_id="khrushchev")
    await store.save_schedule(morning)
    await store.save_schedule(Schedule(other, time(18, 0, 15), "Asia/Tokyo", topic_id="cuba"))
    assert await store.get_schedule(group) == morning

    evening = Schedule(group, time(19, 45), "America/New_York")
    await store.save_schedule(evening)
    assert await store.get_schedule(group) == evening
    assert await store.schedules() == [
        Schedule(other, time(18, 0, 15), "Asia/Tokyo", topic_id="cuba"),
        evening,
    ]
    assert await store.delete_schedule(group) is True
    assert await store.delete_schedule(group) is False
    assert await store.get_schedule(group) is None
    assert [s.chat for s in await store.schedules()] == [other]


def test_a_schedule_needs_a_real_time_zone(group: ChatRef) -> None:
    with pytest.raises(ValueError, match="unknown time zone 'Mars/Olympus'"):
        Schedule(group, time(8, 0), "Mars/Olympus")
    assert Schedule(group, time(8, 0), "Europe/Warsaw").zone.key == "Europe/Warsaw"


async def test_a_push_is_claimed_once_per_chat_and_local_date(
    store: SqlStore, group: ChatRef
) -> None:
    assert await store.claim_push(group, DAY, claimed_at=T0) is True
    assert await store.claim_push(group, DAY, claimed_at=T0) is False
    assert await store.claim_push(group, DAY + timedelta(days=1)) is True
    assert await store.claim_push(ChatRef("discord", group.chat_id), DAY) is True


async def test_twenty_racing_claims_have_exactly_one_winner(
    store: SqlStore, group: ChatRef
) -> None:
    wins = await asyncio.gather(*(store.claim_push(group, DAY) for _ in range(20)))
    assert wins.count(True) == 1


async def test_claims_raced_by_two_stores_on_one_database_have_one_winner(
    database_url: str, group: ChatRef
) -> None:
    """Two stores have separate pools, as two bot processes would."""
    first, second = await SqlStore.open(database_url), await SqlStore.open(database_url)
    try:
        wins = await asyncio.gather(
            *(store.claim_push(group, DAY) for _ in range(10) for store in (first, second))
        )
    finally:
        await first.close()
        await second.close()
    assert len(wins) == 20
    assert wins.count(True) == 1


async def test_only_a_users_first_answer_to_a_push_question_counts(
    store: SqlStore, ann: UserRef, bob: UserRef, group: ChatRef
) -> None:
    push = PushKey(group, DAY)
    await store.claim_push(group, DAY)
    await store.claim_push(group, DAY + timedelta(days=1))
    late = T0 + timedelta(minutes=9)
    assert await store.record_daily_answer(push, bob, "q1", True, late) is True
    assert await store.record_daily_answer(push, ann, "q1", False, T0) is True
    assert await store.record_daily_answer(push, ann, "q1", True, late) is False
    assert await store.record_daily_answer(push, ann, "q2", True, late) is True
    tomorrow = PushKey(group, DAY + timedelta(days=1))
    await store.record_daily_answer(tomorrow, ann, "q9", True, T0 + timedelta(days=1))

    assert await store.daily_answers(push) == [
        DailyAnswer(ann, "q1", False, T0),
        DailyAnswer(ann, "q2", True, late),  # same moment: by user, then question
        DailyAnswer(bob, "q1", True, late),
    ]
    assert await store.daily_answers(PushKey(group, DAY - timedelta(days=1))) == []


async def test_an_answer_to_a_push_never_sent_is_refused(
    store: SqlStore, ann: UserRef, group: ChatRef
) -> None:
    with pytest.raises(ValueError, match="no daily push was sent to chat -100500 on 2025-09-01"):
        await store.record_daily_answer(PushKey(group, DAY), ann, "q1", True, T0)
    assert await store.daily_answers(PushKey(group, DAY)) == []


def test_a_push_key_needs_a_date_not_a_datetime(group: ChatRef) -> None:
    with pytest.raises(ValueError, match="day must be a date"):
        PushKey(group, T0)


# -- the whole timetable on the schedule ------------------------------------------------------


async def test_a_schedule_keeps_its_days_deadline_chat_kind_and_when_it_was_set(
    store: SqlStore, group: ChatRef
) -> None:
    weekdays = Schedule(
        group,
        time(8, 0),
        "Europe/London",
        days=frozenset({0, 1, 2, 3, 4}),
        deadline=time(17, 30),
        is_group=False,
        set_at=datetime(2025, 9, 1, 9, 0, tzinfo=timezone(timedelta(hours=2))),
    )
    await store.save_schedule(weekdays)
    saved = await store.get_schedule(group)
    assert saved == weekdays
    assert saved is not None and saved.set_at == datetime(2025, 9, 1, 7, 0, tzinfo=UTC)
    weekends = Schedule(group, time(10, 0), "UTC", days=frozenset({5, 6}))
    await store.save_schedule(weekends)
    assert await store.schedules() == [weekends]


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"days": frozenset()}, "days must be a non-empty frozenset"),
        ({"days": frozenset({7})}, "days must be a non-empty frozenset"),
        ({"deadline": "17:00"}, "deadline must be a wall-clock time"),
        ({"set_at": datetime(2025, 9, 1)}, "set_at must be timezone-aware"),
        ({"failed_pushes": -1}, "failed_pushes must be a whole number"),
    ],
)
def test_a_bad_schedule_is_refused_clearly(
    group: ChatRef, changes: dict[str, Any], message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        Schedule(group, time(8, 0), "UTC", **changes)


async def test_failed_sends_are_counted_until_one_goes_through_or_the_schedule_is_set_again(
    store: SqlStore, group: ChatRef
) -> None:
    assert await store.record_failed_push(group) == 0  # no schedule: nothing to count
    await store.save_schedule(Schedule(group, time(8, 0), "UTC"))
    assert [await store.record_failed_push(group) for _ in range(3)] == [1, 2, 3]
    await store.clear_failed_pushes(group)
    assert await store.record_failed_push(group) == 1
    await store.save_schedule(Schedule(group, time(9, 0), "UTC"))
    schedule = await store.get_schedule(group)
    assert schedule is not None and schedule.failed_pushes == 0


async def test_twenty_racing_failures_are_all_counted(store: SqlStore, group: ChatRef) -> None:
    await store.save_schedule(Schedule(group, time(8, 0), "UTC"))
    counts = await asyncio.gather(*(store.record_failed_push(group) for _ in range(20)))
    assert sorted(counts) == list(range(1, 21))


# -- what a push sent, and its results claim ---------------------------------------------------

QUESTION = {"prompt": "Who replaced Gerő?", "options": ["Nagy", "Kádár"], "correct": [0]}
CLOSES = T0 + timedelta(hours=10)


async def _opened(store: SqlStore, push: PushKey) -> None:
    """A push claimed, opened and delivered."""
    assert await store.claim_push(push.chat, push.day, claimed_at=T0)
    await store.open_push(push, question_id="q1", content=QUESTION, closes_at=CLOSES)
    assert await store.push_sent(push)


async def test_an_opened_push_keeps_what_it_sent_and_counts_its_answers(
    store: SqlStore, group: ChatRef, ann: UserRef, bob: UserRef
) -> None:
    push = PushKey(group, DAY)
    assert await store.claim_push(group, DAY, claimed_at=T0)
    claimed = await store.get_push(push)
    lease = T0 + timedelta(minutes=5)
    assert claimed == DailyPush(push, T0, state=PushState.CLAIMED, lease_until=lease)
    assert claimed is not None and not claimed.opened and not claimed.is_open
    await store.open_push(push, question_id="q1", content=QUESTION, closes_at=CLOSES)
    await store.record_daily_answer(push, ann, "q1", True, T0)  # answers count before the send
    await store.record_daily_answer(push, bob, "q1", False, T0)  # returns: a tap can come first
    assert await store.get_push(push) == DailyPush(
        push, T0, "q1", QUESTION, CLOSES, answers=2, right=1, state=PushState.OPENED,
        lease_until=lease,
    )  # fmt: skip
    assert await store.get_push(PushKey(group, DAY + timedelta(days=1))) is None


async def test_a_push_must_be_claimed_before_it_is_opened(store: SqlStore, group: ChatRef) -> None:
    with pytest.raises(ValueError, match="never claimed, or it is already out"):
        await store.open_push(
            PushKey(group, DAY), question_id="q1", content=QUESTION, closes_at=CLOSES
        )
    await store.claim_push(group, DAY)
    with pytest.raises(ValueError, match="push content must hold only JSON values"):
        await store.open_push(
            PushKey(group, DAY), question_id="q1", content={"at": T0}, closes_at=CLOSES
        )
    with pytest.raises(ValueError, match="closes_at must be timezone-aware"):
        await store.open_push(
            PushKey(group, DAY), question_id="q1", content=QUESTION, closes_at=datetime(2025, 9, 2)
        )


async def test_open_pushes_of_every_chat_come_in_one_list_until_their_results_are_claimed(
    store: SqlStore, group: ChatRef
) -> None:
    other = ChatRef("discord", "42")
    monday, tuesday = PushKey(group, DAY), PushKey(group, DAY + timedelta(days=1))
    elsewhere = PushKey(other, DAY)
    for push in (tuesday, elsewhere, monday):
        await _opened(store, push)
    await store.claim_push(group, DAY + timedelta(days=2))  # claimed, never opened
    assert [p.push for p in await store.open_pushes()] == [elsewhere, monday, tuesday]
    assert [p.push for p in await store.open_pushes(group)] == [monday, tuesday]

    assert await store.claim_results(monday, claimed_at=CLOSES) is True
    assert [p.push for p in await store.open_pushes(group)] == [tuesday]
    closed = await store.get_push(monday)
    assert closed is not None and closed.results_claimed_at == CLOSES and not closed.is_open
    with pytest.raises(ValueError, match="it is already out"):
        await store.open_push(monday, question_id="q2", content=QUESTION, closes_at=CLOSES)
    assert [p.push for p in await store.push_history(group)] == [monday, tuesday]


async def test_a_withdrawn_push_is_neither_open_nor_resent_nor_closed(
    store: SqlStore, group: ChatRef
) -> None:
    push = PushKey(group, DAY)
    await _opened(store, push)
    assert await store.withdraw_push(push) is True
    assert await store.withdraw_push(push) is False
    assert await store.open_pushes() == []
    assert await store.push_history(group) == []
    assert await store.claim_push(group, DAY) is False
    assert await store.claim_results(push) is False


async def test_results_are_claimed_once_and_only_for_a_push_that_went_out(
    store: SqlStore, group: ChatRef
) -> None:
    push = PushKey(group, DAY)
    assert await store.claim_results(push) is False  # never claimed
    await store.claim_push(group, DAY)
    assert await store.claim_results(push) is False  # claimed, but nothing was sent
    await store.open_push(push, question_id="q1", content=QUESTION, closes_at=CLOSES)
    assert await store.claim_results(push) is False  # opened, but the platform never took it
    assert await store.push_sent(push)
    assert await store.claim_results(push) is True
    assert await store.claim_results(push) is False
    # The results claim is not a push claim: no stand-in rows appear beside the real one.
    assert [p.push for p in await store.push_history(group)] == [push]


async def test_twenty_racing_results_claims_have_exactly_one_winner(
    store: SqlStore, group: ChatRef
) -> None:
    push = PushKey(group, DAY)
    await _opened(store, push)
    wins = await asyncio.gather(*(store.claim_results(push) for _ in range(20)))
    assert wins.count(True) == 1


async def test_results_claims_raced_by_two_stores_on_one_database_have_one_winner(
    database_url: str, group: ChatRef
) -> None:
    push = PushKey(group, DAY)
    first, second = await SqlStore.open(database_url), await SqlStore.open(database_url)
    try:
        await _opened(first, push)
        wins = await asyncio.gather(
            *(store.claim_results(push) for _ in range(10) for store in (first, second))
        )
    finally:
        await first.close()
        await second.close()
    assert len(wins) == 20
    assert wins.count(True) == 1


# -- streaks ----------------------------------------------------------------------------------


async def test_a_streak_counts_pushes_answered_in_a_row_whose_results_went_out(
    store: SqlStore, group: ChatRef, ann: UserRef, bob: UserRef
) -> None:
    carl = UserRef("telegram", "1003")
    answering = {0: [ann], 1: [ann, bob], 2: [ann, bob], 4: [ann, bob, carl]}
    for offset in range(5):
        push = PushKey(group, DAY + timedelta(days=offset))
        await _opened(store, push)
        for user in answering.get(offset, []):
            await store.record_daily_answer(push, user, "q1", True, T0)
        if offset == 3:
            await store.withdraw_push(push)  # day 3's send failed: it breaks no streak
        else:
            assert await store.claim_results(push)
    assert await store.daily_streaks(PushKey(group, DAY + timedelta(days=2))) == {ann: 3, bob: 2}
    last = PushKey(group, DAY + timedelta(days=4))
    assert await store.daily_streaks(last) == {ann: 4, bob: 3, carl: 1}
    skipped = PushKey(group, DAY + timedelta(days=5))
    await _opened(store, skipped)  # open, not yet closed: it already counts for its own answerers
    await store.record_daily_answer(skipped, bob, "q1", True, T0)
    assert await store.daily_streaks(skipped) == {bob: 4}
    assert await store.daily_streaks(PushKey(ChatRef("discord", "1"), DAY)) == {}


# -- the push's steps after a crash: leases, take-overs, retries ------------------------------


async def test_a_push_whose_sender_died_is_handed_to_one_other_process_when_its_lease_ends(
    store: SqlStore, group: ChatRef
) -> None:
    push = PushKey(group, DAY)
    lease = T0 + timedelta(minutes=5)
    assert await store.claim_push(group, DAY, claimed_at=T0, lease_until=lease)
    assert await store.unsent_pushes(T0 + timedelta(minutes=4)) == []  # its sender may be alive
    [stalled] = await store.unsent_pushes(lease)
    assert stalled.push == push and stalled.state is PushState.CLAIMED
    later = lease + timedelta(minutes=5)
    wins = await asyncio.gather(
        *(store.take_push(push, now=lease, lease_until=later) for _ in range(10))
    )
    assert wins.count(True) == 1  # compare-and-set: one taker
    assert await store.unsent_pushes(lease + timedelta(minutes=1)) == []  # the taker's lease runs
    await store.open_push(push, question_id="q1", content=QUESTION, closes_at=CLOSES)
    assert [p.state for p in await store.unsent_pushes(later)] == [PushState.OPENED]
    assert await store.push_sent(push)
    assert await store.unsent_pushes(later) == []
    assert await store.take_push(push, now=later, lease_until=later) is False  # it went out


async def test_the_intent_to_send_is_recorded_and_a_dead_senders_push_is_handed_over_as_sending(
    store: SqlStore, group: ChatRef
) -> None:
    """`sending`: the request may have reached the platform. A take-over keeps the state, so the
    taker knows to send under the same idempotency key; a new schedule does not reset it."""
    push = PushKey(group, DAY)
    assert await store.claim_push(group, DAY, claimed_at=T0, lease_until=T0)
    assert await store.push_sending(push, lease_until=T0) is False  # not opened yet
    await store.open_push(push, question_id="q1", content=QUESTION, closes_at=CLOSES)
    lease = T0 + timedelta(minutes=2)
    assert await store.push_sending(push, lease_until=lease) is True
    assert await store.unsent_pushes(T0 + timedelta(minutes=1)) == []  # its sender may be alive
    [stalled] = await store.unsent_pushes(lease)
    assert stalled.state is PushState.SENDING and not stalled.delivered
    assert await store.take_push(push, now=lease, lease_until=lease + timedelta(minutes=2))
    await store.open_push(push, question_id="q1", content=QUESTION, closes_at=CLOSES)
    stored = await store.get_push(push)
    assert stored is not None and stored.state is PushState.SENDING
    assert await store.claim_results(push, claimed_at=lease) is False  # not known to be out
    assert await store.push_sending(push, lease_until=lease) is True  # the taker's own try
    assert await store.push_sent(push)
    assert await store.push_sending(push, lease_until=lease) is False  # out: never again
    assert await store.claim_results(push, claimed_at=lease) is True


async def test_a_failed_send_waits_for_its_retry_then_can_be_given_up(
    store: SqlStore, group: ChatRef
) -> None:
    push = PushKey(group, DAY)
    await store.claim_push(group, DAY, claimed_at=T0)
    await store.open_push(push, question_id="q1", content=QUESTION, closes_at=CLOSES)
    retry = T0 + timedelta(minutes=1)
    assert await store.push_send_failed(push, retry_at=retry) == 1
    assert await store.unsent_pushes(T0) == []  # not before its retry
    assert await store.take_push(push, now=T0, lease_until=retry) is False
    assert [p.attempts for p in await store.unsent_pushes(retry)] == [1]
    assert await store.push_send_failed(push, retry_at=retry) == 2
    assert await store.push_send_failed(push, retry_at=None) == 0  # given up
    given_up = await store.get_push(push)
    assert given_up is not None and given_up.state is PushState.ABANDONED and not given_up.opened
    assert await store.unsent_pushes(CLOSES) == []
    assert await store.claim_results(push) is False  # never results for what never went out


async def test_results_whose_poster_died_are_posted_by_one_other_process_and_retried(
    store: SqlStore, group: ChatRef
) -> None:
    push = PushKey(group, DAY)
    await _opened(store, push)
    lease = CLOSES + timedelta(minutes=5)
    assert await store.claim_results(push, claimed_at=CLOSES, lease_until=lease)
    assert await store.unsent_results(CLOSES) == []
    [stalled] = await store.unsent_results(lease)
    assert stalled.state is PushState.CLOSING and not stalled.is_open  # answers closed
    wins = await asyncio.gather(
        *(store.take_results(push, now=lease, lease_until=lease + LEASE) for _ in range(10))
    )
    assert wins.count(True) == 1
    retry = lease + timedelta(minutes=1)
    assert await store.results_send_failed(push, retry_at=retry) == 1
    assert await store.unsent_results(lease) == []
    assert await store.take_results(push, now=retry, lease_until=retry + LEASE)
    assert await store.results_sent(push, sent_at=retry)
    done = await store.get_push(push)
    assert done is not None and done.state is PushState.DONE
    assert await store.unsent_results(CLOSES + timedelta(days=1)) == []
    assert await store.results_sent(push, sent_at=retry) is False  # once


async def test_a_push_handed_out_as_a_commands_reply_is_delivered_at_once(
    store: SqlStore, group: ChatRef
) -> None:
    push = PushKey(group, DAY)
    await store.claim_push(group, DAY, claimed_at=T0)
    await store.open_push(push, question_id="q1", content=QUESTION, closes_at=CLOSES, sent_at=T0)
    assert await store.unsent_pushes(CLOSES) == []
    assert await store.claim_results(push)


LEASE = timedelta(minutes=5)
