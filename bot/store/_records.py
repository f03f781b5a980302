"""What the store keeps, as frozen dataclasses that check themselves when built.

Validation lives here, not in SQL, so a bad value fails the same clear way on SQLite (which
would accept almost anything) and on PostgreSQL (which would fail deep inside a driver).
Ids are strings on every platform: Telegram's integers and Discord's snowflakes alike.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, time
from enum import StrEnum
from typing import Any, NamedTuple
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot.store import _json_pieces as json_pieces
from bot.store._time import require_utc


def _require_id(name: str, value: object) -> None:
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"{name} must be a non-empty string, got {value!r}")


def _require_optional_id(name: str, value: object) -> None:
    if value is not None:
        _require_id(name, value)


def _require_count(name: str, value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValueError(f"{name} must be a whole number of at least 0, got {value!r}")


def _require_bool(name: str, value: object) -> None:
    if not isinstance(value, bool):
        raise ValueError(f"{name} must be True or False, got {value!r}")


def _set_utc(record: object, name: str) -> None:
    """Normalise a timestamp field of a frozen dataclass to UTC (or reject it)."""
    object.__setattr__(record, name, require_utc(name, getattr(record, name)))


def require_json_object(name: str, value: object) -> dict[str, Any]:
    """A plain dict copy of `value`; a ValueError when it is not a JSON object."""
    if not isinstance(value, Mapping):
        raise ValueError(f"{name} must be a mapping, got {type(value).__name__}")
    try:
        copied: dict[str, Any] = json_pieces.copy(dict(value), allow_nan=False)
    except (TypeError, ValueError) as exc:
        raise ValueError(f"{name} must hold only JSON values: {exc}") from exc
    return copied


@dataclass(frozen=True, slots=True)
class UserRef:
    """A person on one platform."""

    platform: str
    user_id: str

    def __post_init__(self) -> None:
        _require_id("platform", self.platform)
        _require_id("user_id", self.user_id)


@dataclass(frozen=True, slots=True)
class ChatRef:
    """A chat (group, channel or private conversation) on one platform."""

    platform: str
    chat_id: str

    def __post_init__(self) -> None:
        _require_id("platform", self.platform)
        _require_id("chat_id", self.chat_id)


def require_same_platform(chat: ChatRef, user: UserRef) -> None:
    """A user answers in a chat of their own platform; anything else is a caller's mix-up."""
    if chat.platform != user.platform:
        raise ValueError(
            f"user {user.user_id} is on {user.platform} but chat {chat.chat_id} is on "
            f"{chat.platform}"
        )


@dataclass(frozen=True, slots=True)
class UserRecord:
    """What the store remembers about a user."""

    user: UserRef
    display_name: str
    first_seen: datetime
    last_seen: datetime


@dataclass(frozen=True, slots=True)
class CardRecord:
    """One spaced-repetition card of one user.

    `state` is the scheduler's own dict (fsrs `Card.to_dict()`), kept verbatim; `due` is copied
    out of it into a column so "what is due now" is an indexed query.
    """

    user: UserRef
    card_id: str
    deck_id: str
    state: Mapping[str, Any]
    due: datetime
    lapses: int = 0
    topic_id: str | None = None
    fact_id: str | None = None

    def __post_init__(self) -> None:
        _require_id("card_id", self.card_id)
        _require_id("deck_id", self.deck_id)
        _require_optional_id("topic_id", self.topic_id)
        _require_optional_id("fact_id", self.fact_id)
        _require_count("lapses", self.lapses)
        object.__setattr__(self, "state", require_json_object("card state", self.state))
        _set_utc(self, "due")


@dataclass(frozen=True, slots=True)
class Review:
    """One answer to a card, for the append-only review log (rating 1=Again … 4=Easy)."""

    user: UserRef
    card_id: str
    deck_id: str
    rating: int
    correct: bool
    reviewed_at: datetime
    topic_id: str | None = None
    fact_id: str | None = None
    duration_ms: int | None = None

    def __post_init__(self) -> None:
        _require_id("card_id", self.card_id)
        _require_id("deck_id", self.deck_id)
        _require_optional_id("topic_id", self.topic_id)
        _require_optional_id("fact_id", self.fact_id)
        if isinstance(self.rating, bool) or self.rating not in (1, 2, 3, 4):
            raise ValueError(f"rating must be 1, 2, 3 or 4 (Again…Easy), got {self.rating!r}")
        _require_bool("correct", self.correct)
        if self.duration_ms is not None:
            _require_count("duration_ms", self.duration_ms)
        _set_utc(self, "reviewed_at")


@dataclass(frozen=True, slots=True)
class QuizResult:
    """One answered quiz question, for /progress and the streak."""

    user: UserRef
    chat: ChatRef
    deck_id: str
    question_id: str
    correct: bool
    answered_at: datetime
    topic_id: str | None = None

    def __post_init__(self) -> None:
        require_same_platform(self.chat, self.user)
        _require_id("deck_id", self.deck_id)
        _require_id("question_id", self.question_id)
        _require_optional_id("topic_id", self.topic_id)
        _require_bool("correct", self.correct)
        _set_utc(self, "answered_at")


class TopicAccuracy(NamedTuple):
    """Right answers out of all answers for one topic (None: questions without a topic)."""

    topic_id: str | None
    right: int
    total: int


@dataclass(frozen=True, slots=True)
class BattleResult:
    """How one player did in one finished battle in one chat."""

    chat: ChatRef
    user: UserRef
    battle_id: str
    points: int
    correct: int
    answered: int
    won: bool
    finished_at: datetime

    def __post_init__(self) -> None:
        require_same_platform(self.chat, self.user)
        _require_id("battle_id", self.battle_id)
        _require_count("points", self.points)
        _require_count("correct", self.correct)
        _require_count("answered", self.answered)
        if self.correct > self.answered:
            raise ValueError(f"correct ({self.correct}) cannot exceed answered ({self.answered})")
        _require_bool("won", self.won)
        _set_utc(self, "finished_at")


@dataclass(frozen=True, slots=True)
class LeaderboardEntry:
    """One line of a chat's leaderboard."""

    user: UserRef
    display_name: str | None
    points: int
    wins: int
    battles: int


class BattleStatus(StrEnum):
    """Where a battle is: running (its owner serves it) or ended, normally or cut short."""

    RUNNING = "running"
    FINISHED = "finished"
    INTERRUPTED = "interrupted"


def require_battle_status(value: object) -> BattleStatus:
    """`value` as a BattleStatus; a ValueError naming the allowed ones otherwise."""
    if isinstance(value, str) and value in BattleStatus.__members__.values():
        return BattleStatus(value)
    allowed = ", ".join(status.value for status in BattleStatus)
    raise ValueError(f"battle status must be one of {allowed}, got {value!r}")


def require_id(name: str, value: object) -> str:
    """`value` when it is a non-empty string; a ValueError naming the field otherwise."""
    _require_id(name, value)
    return str(value)


def require_owner(value: object) -> str:
    """A process token: any non-empty string (the battle feature makes host:pid:random)."""
    return require_id("owner", value)


@dataclass(frozen=True, slots=True)
class BattleRecord:
    """A battle as the store keeps it: the feature's `state` JSON, verbatim, and who runs it.

    `owner` is the token of the process serving the battle and `heartbeat_at` the last time that
    process said it still does; a running battle whose heartbeat is old is one nobody serves.
    """

    battle_id: str
    chat: ChatRef
    state: Mapping[str, Any]
    status: BattleStatus
    owner: str
    heartbeat_at: datetime
    started_at: datetime
    updated_at: datetime

    def __post_init__(self) -> None:
        _require_id("battle_id", self.battle_id)
        object.__setattr__(self, "state", require_json_object("battle state", self.state))
        object.__setattr__(self, "status", require_battle_status(self.status))
        require_owner(self.owner)
        for name in ("heartbeat_at", "started_at", "updated_at"):
            _set_utc(self, name)


EVERY_WEEKDAY = frozenset(range(7))


@dataclass(frozen=True, slots=True)
class Schedule:
    """A chat's daily push: at `time_of_day` (wall-clock time) in the IANA zone `timezone`.

    `days` are the weekdays it runs on (0 = Monday); answers close at the first `deadline` after a
    push, or at the next push without one. `set_at` is when it was (last) set, so a push due before
    then is not a missed one; `failed_pushes` counts consecutive sends that failed (saving a
    schedule again starts that count afresh).
    """

    chat: ChatRef
    time_of_day: time
    timezone: str
    deck_id: str | None = None
    topic_id: str | None = None
    days: frozenset[int] = EVERY_WEEKDAY
    deadline: time | None = None
    is_group: bool = True
    set_at: datetime | None = None
    failed_pushes: int = 0

    def __post_init__(self) -> None:
        _require_wall_clock("time_of_day", self.time_of_day)
        if not isinstance(self.timezone, str) or not self.timezone:
            raise ValueError(
                f"timezone must be an IANA name like Europe/London, got {self.timezone!r}"
            )
        try:
            ZoneInfo(self.timezone)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ValueError(
                f"unknown time zone {self.timezone!r}: use an IANA name like Europe/London"
            ) from exc
        _require_optional_id("deck_id", self.deck_id)
        _require_optional_id("topic_id", self.topic_id)
        if not isinstance(self.days, frozenset) or not self.days or not self.days <= EVERY_WEEKDAY:
            raise ValueError(
                f"days must be a non-empty frozenset of weekdays 0 (Monday) to 6, got {self.days!r}"
            )
        if self.deadline is not None:
            _require_wall_clock("deadline", self.deadline)
        _require_bool("is_group", self.is_group)
        if self.set_at is not None:
            _set_utc(self, "set_at")
        _require_count("failed_pushes", self.failed_pushes)

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)


def _require_wall_clock(name: str, value: object) -> None:
    if not isinstance(value, time) or value.tzinfo is not None:
        raise ValueError(f"{name} must be a wall-clock time without a zone, got {value!r}")


@dataclass(frozen=True, slots=True)
class PushKey:
    """One daily push: a chat and the local date it was sent for."""

    chat: ChatRef
    day: date

    def __post_init__(self) -> None:
        if isinstance(self.day, datetime) or not isinstance(self.day, date):
            raise ValueError(f"day must be a date, got {self.day!r}")


@dataclass(frozen=True, slots=True)
class DailyAnswer:
    """A user's answer to a question of a daily push (only the first one counts)."""

    user: UserRef
    question_id: str
    correct: bool
    answered_at: datetime

    def __post_init__(self) -> None:
        _require_id("question_id", self.question_id)
        _require_bool("correct", self.correct)
        _set_utc(self, "answered_at")


class PushState(StrEnum):
    """The steps of a daily push; each is written before the next begins.

    claimed → opened (the question picked and recorded; answers count) → sending (the request to
    the platform is about to go: a process that dies from here may or may not have delivered it)
    → sent (the platform took it) → closing (results claimed: answers closed) → done (results
    posted). A push that could not be sent in time is abandoned. Any step left by a process that
    died is taken over by another once its lease runs out.
    """

    CLAIMED = "claimed"
    OPENED = "opened"
    SENDING = "sending"
    SENT = "sent"
    CLOSING = "closing"
    DONE = "done"
    ABANDONED = "abandoned"


@dataclass(frozen=True, slots=True)
class DailyPush:
    """A claimed daily push, and how far it got.

    Claimed first (so one process sends it); then opened with what it asks (`content`, the
    feature's own JSON, kept verbatim so the push can be closed after a restart even if the deck
    changed) and when answers close; finally its results are claimed, once. `answers` and `right`
    count the answers recorded so far.
    """

    push: PushKey
    claimed_at: datetime
    question_id: str | None = None
    content: Mapping[str, Any] | None = None
    closes_at: datetime | None = None
    results_claimed_at: datetime | None = None
    answers: int = 0
    right: int = 0
    state: PushState = PushState.SENT
    attempts: int = 0
    lease_until: datetime | None = None

    def __post_init__(self) -> None:
        _set_utc(self, "claimed_at")
        object.__setattr__(self, "state", PushState(self.state))
        _require_count("attempts", self.attempts)
        opened = (self.question_id, self.content, self.closes_at)
        if any(part is None for part in opened) and any(part is not None for part in opened):
            raise ValueError("an opened push needs its question_id, content and closes_at")
        _require_optional_id("question_id", self.question_id)
        if self.content is not None:
            object.__setattr__(self, "content", require_json_object("push content", self.content))
        for name in ("closes_at", "results_claimed_at", "lease_until"):
            if getattr(self, name) is not None:
                _set_utc(self, name)
        _require_count("answers", self.answers)
        _require_count("right", self.right)
        if self.right > self.answers:
            raise ValueError(f"right ({self.right}) cannot exceed answers ({self.answers})")

    @property
    def opened(self) -> bool:
        """Whether the question went out (False: claimed only, or its send failed)."""
        return self.content is not None

    @property
    def is_open(self) -> bool:
        """Opened and its results not yet claimed: answers may still count."""
        return self.opened and self.results_claimed_at is None

    @property
    def delivered(self) -> bool:
        """The platform took the question: its results may be posted."""
        return self.state in (PushState.SENT, PushState.CLOSING, PushState.DONE)


def _require_text(name: str, value: object) -> str:
    """Text both databases keep alike: PostgreSQL refuses NUL and text that is not UTF-8."""
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"{name} must be non-empty text, got {value!r:.60}")
    if "\x00" in value:
        raise ValueError(f"{name} must not contain NUL characters")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise ValueError(f"{name} is not valid Unicode text: {exc.reason}") from exc
    return value


@dataclass(frozen=True, slots=True)
class StoredDeck:
    """A deck a teacher uploaded: its YAML exactly as validated, and who sent it when.

    `sha256` is the hex SHA-256 of the content's UTF-8 bytes, so a caller can tell an
    identical re-upload without comparing megabytes. Leave it empty and it is computed;
    given, it must match the content (a mismatch means the caller hashed something else).
    """

    deck_id: str
    title: str
    content: str
    uploaded_by: UserRef
    uploaded_at: datetime
    sha256: str = ""

    def __post_init__(self) -> None:
        _require_id("deck_id", self.deck_id)
        _require_text("title", self.title)
        _require_text("deck content", self.content)
        if not isinstance(self.uploaded_by, UserRef):
            raise ValueError(f"uploaded_by must be a UserRef, got {self.uploaded_by!r}")
        _set_utc(self, "uploaded_at")
        digest = hashlib.sha256(self.content.encode("utf-8")).hexdigest()
        if not self.sha256:
            object.__setattr__(self, "sha256", digest)
        elif self.sha256 != digest:
            raise ValueError(
                f"sha256 {self.sha256!r:.70} does not match the deck content (expected {digest})"
            )


@dataclass(frozen=True, slots=True)
class StoredPoll:
    """A native poll the bot sent, kept so a vote on it can be traced to its chat after a restart.

    Some platforms (Telegram) report a vote with the poll's id and the option's index only; the
    record holds what the adapter needs to turn that into an answer: the chat, the question and
    the choice token behind each option, in option order.
    """

    chat: ChatRef
    poll_id: str
    is_group: bool
    question_id: str
    tokens: tuple[str, ...]
    created_at: datetime

    def __post_init__(self) -> None:
        if not isinstance(self.chat, ChatRef):
            raise ValueError(f"chat must be a ChatRef, got {self.chat!r}")
        _require_id("poll_id", self.poll_id)
        _require_bool("is_group", self.is_group)
        _require_id("question_id", self.question_id)
        if isinstance(self.tokens, str) or not isinstance(self.tokens, tuple | list):
            raise ValueError(f"tokens must be a sequence of strings, got {self.tokens!r:.60}")
        if not self.tokens:
            raise ValueError("tokens must name at least one option")
        for token in self.tokens:
            _require_text("token", token)
        object.__setattr__(self, "tokens", tuple(self.tokens))
        _set_utc(self, "created_at")


@dataclass(frozen=True, slots=True)
class UploadEntry:
    """One file uploaded by `user` in `chat`, `size` bytes, at `at` (what upload quotas count)."""

    user: UserRef
    chat: ChatRef
    size: int
    at: datetime

    def __post_init__(self) -> None:
        if not isinstance(self.user, UserRef) or not isinstance(self.chat, ChatRef):
            raise ValueError("an upload needs a UserRef and a ChatRef")
        _require_count("size", self.size)
        _set_utc(self, "at")


@dataclass(frozen=True, slots=True)
class UploadAllowance:
    """How many uploads and bytes one user, and one chat, may send in a quota's window."""

    uploads_per_user: int
    uploads_per_chat: int
    bytes_per_user: int
    bytes_per_chat: int

    def __post_init__(self) -> None:
        for name in ("uploads_per_user", "uploads_per_chat", "bytes_per_user", "bytes_per_chat"):
            _require_count(name, getattr(self, name))
