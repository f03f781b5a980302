"""The `Store` port: everything the engine may ask of persistence, and nothing database-shaped.

Every timestamp in and out is timezone-aware UTC; days are computed in the zone the caller
passes (UTC unless told). Methods that record something return whether it was new when
recording twice is expected (a race, or a retried message).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence
from datetime import date, datetime, tzinfo
from typing import Any, Protocol

from bot.store._answers import CardStep
from bot.store._records import (
    BattleRecord,
    BattleResult,
    BattleStatus,
    CardRecord,
    ChatRef,
    DailyAnswer,
    DailyPush,
    LeaderboardEntry,
    PushKey,
    QuizResult,
    Review,
    Schedule,
    StoredDeck,
    StoredPoll,
    TopicAccuracy,
    UploadAllowance,
    UploadEntry,
    UserRecord,
    UserRef,
)


class Store(Protocol):
    """Persistence as the core sees it."""

    async def close(self) -> None:
        """Release connections; the store cannot be used afterwards."""

    # Users and chats
    async def upsert_user(self, user: UserRef, display_name: str, seen_at: datetime) -> None:
        """Remember a user's latest name and when they were first and last seen."""

    async def get_user(self, user: UserRef) -> UserRecord | None: ...

    async def get_chat_settings(self, chat: ChatRef) -> dict[str, Any]:
        """The chat's settings (empty for a chat never configured)."""

    async def update_chat_settings(
        self, chat: ChatRef, changes: Mapping[str, Any]
    ) -> dict[str, Any]:
        """Merge `changes` into the settings atomically (a None value removes the key)."""

    # Spaced repetition
    async def save_card(self, card: CardRecord, review: Review | None = None) -> None:
        """Insert or replace a card's state; with `review`, log it in the same transaction."""

    async def get_card(self, user: UserRef, card_id: str) -> CardRecord | None: ...

    async def record_answer(
        self,
        user: UserRef,
        card_id: str,
        step: CardStep,
        *,
        result: QuizResult | None = None,
        display_name: str | None = None,
    ) -> CardRecord:
        """One quiz answer in one transaction: `step` turns the card as stored (None for a new
        one) into its next state and review, under a lock so a concurrent answer is never lost;
        the result and the user's name are written with them. Returns the card as saved."""

    async def card_ids(self, user: UserRef, deck_id: str | None = None) -> set[str]:
        """Ids of every card the user has (in one deck, if given): the cards already seen."""

    async def due_cards(
        self, user: UserRef, now: datetime, limit: int = 20, deck_id: str | None = None
    ) -> list[CardRecord]:
        """Cards due at `now`, most overdue first."""

    async def count_due(self, user: UserRef, now: datetime, deck_id: str | None = None) -> int: ...

    async def record_review(self, review: Review) -> None:
        """Append to the review log."""

    async def review_history(self, user: UserRef, card_id: str | None = None) -> list[Review]:
        """The user's reviews (of one card, if given), oldest first."""

    async def reviewed_fact_ids_on(self, user: UserRef, day: date, tz: tzinfo = ...) -> set[str]:
        """Facts the user reviewed on `day` in `tz`: so two cards of a fact don't meet a day."""

    # Quizzes and progress
    async def record_quiz_result(self, result: QuizResult) -> None: ...

    async def accuracy_by_topic(self, user: UserRef, deck_id: str) -> list[TopicAccuracy]:
        """Right and total answers per topic of a deck, topics in id order (None last)."""

    async def answer_days(self, user: UserRef, tz: tzinfo = ...) -> list[date]:
        """Distinct days (in `tz`) with a quiz answer or a review, oldest first: for streaks."""

    # Battles
    async def record_battle_result(self, result: BattleResult) -> bool:
        """Record a player's result once per battle; False when it was already recorded."""

    async def record_battle_results(
        self, results: Sequence[BattleResult], names: Mapping[UserRef, str] | None = None
    ) -> int:
        """Every player's result of a battle (and their names) in one multi-row write; results
        already recorded are skipped. How many were new."""

    async def leaderboard(
        self, chat: ChatRef, since: datetime | None = None, limit: int = 10
    ) -> list[LeaderboardEntry]:
        """Players of a chat by points (then wins), over battles finished since `since`."""

    async def finish_battle(
        self,
        battle_id: str,
        state: Mapping[str, Any],
        *,
        owner: str,
        at: datetime,
        results: Callable[[], tuple[Sequence[BattleResult], Mapping[UserRef, str]]],
    ) -> bool:
        """End `owner`'s running battle as finished and record the results `results()` makes (and
        the players' names), in one transaction; False (nothing written) when it is no longer
        `owner`'s running battle."""

    # Running battles (one row per battle; several processes may share the database)
    async def open_battle(
        self,
        chat: ChatRef,
        battle_id: str,
        state: Mapping[str, Any],
        *,
        owner: str,
        at: datetime,
    ) -> bool:
        """Record a new running battle owned by `owner`; False when the chat already has one."""

    async def save_battle(
        self,
        battle_id: str,
        state: Mapping[str, Any],
        *,
        owner: str,
        at: datetime,
        status: BattleStatus = BattleStatus.RUNNING,
    ) -> bool:
        """Replace the state and refresh the heartbeat of `owner`'s running battle (or end it with
        another `status`); False when it is no longer `owner`'s running battle."""

    async def heartbeat_battles(
        self, owner: str, battle_ids: Collection[str], at: datetime
    ) -> set[str]:
        """Refresh the heartbeats of `owner`'s running battles; the ids it still holds."""

    async def running_battles(self, *, stale_before: datetime | None = None) -> list[BattleRecord]:
        """Running battles of every chat (only those with a heartbeat before `stale_before`)."""

    async def mark_battle(
        self,
        battle_id: str,
        status: BattleStatus,
        *,
        at: datetime,
        owner: str | None = None,
        stale_before: datetime | None = None,
    ) -> bool:
        """End a running battle (conditions: `owner`, heartbeat before `stale_before`); exactly
        one of several racing callers gets True."""

    async def get_battle(self, battle_id: str) -> BattleRecord | None: ...

    # Daily pushes
    async def save_schedule(self, schedule: Schedule) -> None:
        """Create or replace the chat's daily schedule."""

    async def get_schedule(self, chat: ChatRef) -> Schedule | None: ...

    async def schedules(self) -> list[Schedule]:
        """Every chat's schedule."""

    async def delete_schedule(self, chat: ChatRef) -> bool:
        """Remove the chat's schedule; False when it had none."""

    async def record_failed_push(self, chat: ChatRef) -> int:
        """Count one more failed send in a row; the new count (0 for a chat without a schedule)."""

    async def clear_failed_pushes(self, chat: ChatRef) -> None:
        """A send went through: the chat's failed sends in a row are back to 0."""

    async def claim_push(
        self,
        chat: ChatRef,
        day: date,
        *,
        claimed_at: datetime | None = None,
        lease_until: datetime | None = None,
    ) -> bool:
        """Claim the chat's push for a local date; exactly one caller (of any process) wins and
        holds the lease on sending it until `lease_until` (default: a few minutes)."""

    async def open_push(
        self,
        push: PushKey,
        *,
        question_id: str,
        content: Mapping[str, Any],
        closes_at: datetime,
        sent_at: datetime | None = None,
    ) -> None:
        """Record what a claimed push sends (a JSON object) and when its answers close; with
        `sent_at`, it is delivered already (the reply to a command).

        A ValueError when the push was never claimed or is already out.
        """

    async def take_push(self, push: PushKey, *, now: datetime, lease_until: datetime) -> bool:
        """Take over sending a push nobody is sending (its sender died, or a retry is due);
        exactly one caller wins and holds the lease until `lease_until`."""

    async def push_sending(self, push: PushKey, *, lease_until: datetime) -> bool:
        """Record the intent to send an opened push, right before the request (state `sending`)."""

    async def push_sent(self, push: PushKey) -> bool:
        """The platform took the question: results may be posted once answers close."""

    async def push_send_failed(self, push: PushKey, *, retry_at: datetime | None) -> int:
        """The send failed: try again from `retry_at` (the attempts so far), or with None give
        up (the push is abandoned; 0)."""

    async def unsent_pushes(self, now: datetime) -> list[DailyPush]:
        """Claimed or opened pushes that nobody is sending at `now`: their sender died, or a
        retry is due."""

    async def withdraw_push(self, push: PushKey) -> bool:
        """Give the push up: it stays claimed (never re-sent) but is no longer open."""

    async def get_push(self, push: PushKey) -> DailyPush | None:
        """A claimed push, with its answer counts."""

    async def open_pushes(self, chat: ChatRef | None = None) -> list[DailyPush]:
        """Pushes opened and awaiting results, of one chat or of every chat, oldest first."""

    async def push_history(self, chat: ChatRef) -> list[DailyPush]:
        """Every push the chat was sent (open or closed), oldest first, with answer counts."""

    async def claim_results(
        self,
        push: PushKey,
        *,
        claimed_at: datetime | None = None,
        lease_until: datetime | None = None,
    ) -> bool:
        """Close a delivered push's answers and claim posting its results; exactly one caller
        (of any process) wins. False for a question that was never delivered."""

    async def take_results(self, push: PushKey, *, now: datetime, lease_until: datetime) -> bool:
        """Take over posting results nobody is posting (the poster died, or a retry is due)."""

    async def results_sent(self, push: PushKey, *, sent_at: datetime) -> bool:
        """The results are out: the push is done."""

    async def results_send_failed(self, push: PushKey, *, retry_at: datetime | None) -> int:
        """Posting the results failed: try again from `retry_at` (the attempts so far), or with
        None give up (0)."""

    async def unsent_results(self, now: datetime) -> list[DailyPush]:
        """Pushes whose results were claimed but are not out, and nobody is posting them."""

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
        """Record a user's first answer to a push's question (with `result` for their progress
        and their `display_name`, in the same transaction); False for a second answer."""

    async def daily_answers(self, push: PushKey) -> list[DailyAnswer]:
        """Answers to a push, in the order they came."""

    async def daily_streaks(self, push: PushKey) -> dict[UserRef, int]:
        """For each user who answered this push: how many of the chat's pushes in a row, ending
        with this one, they answered (pushes whose results never went out do not count)."""

    # Uploaded decks
    async def save_deck(self, deck: StoredDeck) -> None:
        """Keep an uploaded deck, replacing any deck with the same id."""

    async def get_deck(self, deck_id: str) -> StoredDeck | None: ...

    async def list_decks(self) -> list[StoredDeck]:
        """Every uploaded deck, newest upload first (content included)."""

    async def delete_unused_decks(self, uploaded_before: datetime) -> list[str]:
        """Housekeeping: delete the decks no chat has chosen, last uploaded before
        `uploaded_before`; their ids."""

    # Upload quotas, shared by every process
    async def count_upload(
        self, upload: UploadEntry, *, since: datetime, limits: UploadAllowance
    ) -> str | None:
        """Count `upload` unless the user's or the chat's uploads since `since` (with it) would
        pass `limits`: None when counted, else which limit ("uploads" or "bytes")."""

    async def forget_uploads_before(self, when: datetime) -> int:
        """Housekeeping: forget uploads counted before `when`; how many went."""

    # Native polls sent (a Telegram vote names only the poll)
    async def remember_poll(self, poll: StoredPoll) -> None:
        """Keep where a poll was sent and what its options stand for (replacing the same id)."""

    async def find_poll(self, platform: str, poll_id: str) -> StoredPoll | None:
        """The poll the platform knows by `poll_id`, if it was remembered and not forgotten."""

    async def forget_polls_before(self, when: datetime) -> int:
        """Housekeeping: forget polls sent before `when`; how many were forgotten."""

    # Teachers' reports (reads of one chat's activity)
    async def chat_quiz_results(
        self, chat: ChatRef, since: datetime | None = None
    ) -> list[QuizResult]:
        """Quiz and review answers given in the chat (since `since`), oldest first."""

    async def chat_battle_results(
        self, chat: ChatRef, since: datetime | None = None
    ) -> list[BattleResult]:
        """Every player's result of the chat's battles finished since `since`, oldest first."""

    async def chat_daily_answers(
        self, chat: ChatRef, since: datetime | None = None
    ) -> list[DailyAnswer]:
        """Answers to the chat's daily questions since `since`, oldest first."""

    async def users_named(self, users: list[UserRef]) -> dict[UserRef, UserRecord]:
        """The store's record of each of these users (those it knows)."""
