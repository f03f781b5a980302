"""A battle's state: the players, the rounds, the phase it is in, and what a snapshot keeps.

Plain mutable dataclasses owned by the feature; every change to them happens without an await in
between the check and the write, so answers arriving together cannot be counted twice.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any

from bot.battle._pace import Pace
from bot.battle._scoring import Rules
from bot.events import Chat, User
from bot.ports import SentMessage
from bot.questions import Question
from knowledge.model import Deck

TEAM_NAMES = ("Red", "Blue", "Green", "Gold", "Purple", "Orange", "Silver", "Teal")


@dataclass(frozen=True, slots=True)
class BattleSettings:
    """Timers and limits for every battle the feature runs (per-battle options come from /battle).

    Each round sends one new message (the question) and edits the one scoreboard; the message
    budget (Telegram: about 20 requests a minute into a group, edits included) decides when the
    next question may go out and how often the lobby is refreshed.
    """

    lobby_seconds: float = 60
    min_players: int = 2
    round_seconds: float = 20
    pause_seconds: float = 5
    default_rounds: int = 5
    max_rounds: int = 20
    lobby_refresh_seconds: float = 2  # join bursts become one lobby edit per this many seconds
    scoreboard_rows: int = 10  # the scoreboard between rounds shows the top rows; the end shows all
    messages_per_minute: int | None = 20  # sends + edits into one chat (None: no budget)
    # Processes sharing a database: the one running a battle refreshes its heartbeat this often;
    # a battle whose heartbeat is older than `stale_seconds` is announced as interrupted by
    # whichever process next looks (they look every `recovery_scan_seconds`, and on start-up).
    # 30 s is six missed heartbeats: long enough that a busy process keeps its battle, short enough
    # that after a restart the cut-short battle is announced (and the chat freed) within about half a minute.
    heartbeat_seconds: float = 5
    stale_seconds: float = 30
    recovery_scan_seconds: float = 10

    def __post_init__(self) -> None:
        for name in ("lobby_seconds", "round_seconds"):
            if getattr(self, name) <= 0:
                raise ValueError(f"{name} must be more than zero")
        if self.pause_seconds < 0 or self.lobby_refresh_seconds < 0:
            raise ValueError("pauses cannot be negative")
        if self.min_players < 1:
            raise ValueError("a battle needs at least one player")
        if not 1 <= self.default_rounds <= self.max_rounds:
            raise ValueError("default_rounds must be between 1 and max_rounds")
        if self.heartbeat_seconds <= 0 or self.recovery_scan_seconds <= 0:
            raise ValueError("heartbeat_seconds and recovery_scan_seconds must be more than zero")
        if self.stale_seconds <= 2 * self.heartbeat_seconds:
            raise ValueError("stale_seconds must be more than two heartbeats")

    @classmethod
    def fast(cls) -> BattleSettings:
        """Short timers, for trying battles alone in the console and for tests of it."""
        return cls(
            lobby_seconds=30,
            round_seconds=10,
            pause_seconds=0.3,
            default_rounds=3,
            lobby_refresh_seconds=0,
            messages_per_minute=None,
        )

    @property
    def round_time(self) -> timedelta:
        return timedelta(seconds=self.round_seconds)

    @property
    def stale_after(self) -> timedelta:
        return timedelta(seconds=self.stale_seconds)


class Phase(StrEnum):
    LOBBY = "lobby"
    QUESTION = "question"  # a round is open for answers
    BREAK = "break"  # between rounds: the scoreboard is up, the next question is due
    OVER = "over"


@dataclass(slots=True)
class Player:
    """One player's running totals. A player who leaves keeps them (and their place)."""

    user_id: str
    name: str
    seq: int  # join order: breaks ties in listings, deals teams
    points: int = 0
    correct: int = 0
    answered: int = 0
    streak: int = 0
    team: int | None = None
    left: bool = False

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.user_id,
            "name": self.name,
            "seq": self.seq,
            "points": self.points,
            "correct": self.correct,
            "answered": self.answered,
            "streak": self.streak,
            "team": self.team,
            "left": self.left,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Player:
        team = data.get("team")
        return cls(
            user_id=str(data["id"]),
            name=str(data["name"]),
            seq=int(data["seq"]),
            points=int(data["points"]),
            correct=int(data["correct"]),
            answered=int(data["answered"]),
            streak=int(data.get("streak", 0)),
            team=None if team is None else int(team),
            left=bool(data.get("left", False)),
        )


@dataclass(frozen=True, slots=True)
class Response:
    """One player's answer to the open round, timed on arrival."""

    user_id: str
    arrival: int  # 0 for the first answer to arrive: breaks exact ties in time
    elapsed: timedelta
    correct: bool
    given: str  # the option picked or the text typed, as shown back


@dataclass(slots=True)
class Round:
    number: int  # 1-based
    question: Question
    labels: tuple[str, ...]  # the options as shown (empty for a typed round)
    asked_at: datetime
    deadline: datetime
    responses: dict[str, Response] = field(default_factory=dict)

    @property
    def typed(self) -> bool:
        return not self.labels


@dataclass(frozen=True, slots=True)
class BattleOptions:
    """What was chosen for one battle at `/battle`."""

    topic_title: str | None
    teams: int
    rules: Rules
    typed: bool


@dataclass(slots=True)
class Battle:
    id: str
    deck: Deck
    chat: Chat
    starter: User
    options: BattleOptions
    questions: list[Question]
    created_at: datetime
    lobby_deadline: datetime
    phase: Phase = Phase.LOBBY
    players: dict[str, Player] = field(default_factory=dict)
    played: int = 0  # rounds closed and scored
    current: Round | None = None
    next_at: datetime | None = None
    lobby_message: SentMessage | None = None
    lobby_dirty: bool = False
    lobby_edited_at: datetime | None = None
    scoreboard_message: SentMessage | None = None
    start_requested: bool = False
    stopped_by: str | None = None  # who cancelled or stopped it; the next tick acts on it
    pace: Pace = field(default_factory=lambda: Pace(None))
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)

    @property
    def rounds(self) -> int:
        return len(self.questions)

    def join(self, user: User) -> Player | None:
        """Add a player; None when they are already in."""
        if user.id in self.players:
            return None
        player = Player(user.id, user.name, seq=len(self.players))
        self.players[user.id] = player
        return player

    def active(self) -> list[Player]:
        return [player for player in self.players.values() if not player.left]

    def everyone_answered(self) -> bool:
        if self.current is None:
            return False
        active = self.active()
        return bool(active) and all(p.user_id in self.current.responses for p in active)

    def may_run(self, user: User) -> bool:
        """Whether `user` may start, cancel or stop this battle: its starter, or an admin."""
        return user.is_admin or (
            user.id == self.starter.id and user.platform == self.starter.platform
        )

    def snapshot(self, saved_at: datetime) -> dict[str, Any]:
        """What another process needs to announce and record the rounds played if this one
        stops serving the battle (a restart, a crash)."""
        return {
            "battle_id": self.id,
            "chat": {
                "platform": self.chat.platform,
                "id": self.chat.id,
                "is_group": self.chat.is_group,
            },
            "topic": self.options.topic_title,
            "rounds": self.rounds,
            "played": self.played,
            "teams": self.options.teams,
            "started": self.phase is not Phase.LOBBY,
            "saved_at": saved_at.isoformat(),
            "players": [player.to_json() for player in self.players.values()],
        }


@dataclass(frozen=True, slots=True)
class Snapshot:
    """A battle read back by a process that did not run it (after a restart or a crash)."""

    battle_id: str
    chat: Chat
    topic_title: str | None
    rounds: int
    played: int
    teams: int
    started: bool
    players: list[Player]

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Snapshot:
        """Raises KeyError/ValueError/TypeError for a snapshot this version cannot read."""
        chat = data["chat"]
        return cls(
            battle_id=str(data["battle_id"]),
            chat=Chat(str(chat["platform"]), str(chat["id"]), bool(chat.get("is_group", True))),
            topic_title=data.get("topic"),
            rounds=int(data["rounds"]),
            played=int(data["played"]),
            teams=int(data.get("teams", 0)),
            started=bool(data.get("started", True)),
            players=[Player.from_json(entry) for entry in data["players"]],
        )
