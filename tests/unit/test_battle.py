"""Group quiz battles through the engine, with a fake clock and a Messenger that records what the chat
sees: lobbies, early starts, cancels, timeouts, speed points, streaks, ties, teams, late and double
answers, a thousand simultaneous answers, failures of the Messenger and the store, and restarts."""

from __future__ import annotations

import asyncio
import random
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from bot.battle import BattleFeature, BattleSettings
from bot.engine import Engine
from bot.events import Answer, Chat, Choice, Command, User
from bot.grading import Grader
from bot.ports import SentMessage
from bot.question_pool import QuestionPool
from bot.questions import QuestionGenerator
from bot.replies import Choices, Quiz, Reply
from bot.store import ChatRef, LeaderboardEntry, SqlStore, UserRef
from knowledge.loader import parse_deck
from knowledge.model import Deck
from knowledge.search import DeckIndex
from tests.conftest import default_deck
from tests.fakes.clock import FakeClock

GROUP = Chat("test", "group-1", is_group=True)
DM = Chat("test", "dm-1", is_group=False)
ANA = User("test", "1", "Ana")
BEN = User("test", "2", "Ben")
CAL = User("test", "3", "Cal")
DAN = User("test", "4", "Dan")
MIA = User("test", "9", "Mia", is_admin=True)

_INDEX: dict[str, DeckIndex] = {}


class Board:
    """A Messenger that keeps every message as the chat now sees it (edits replace)."""

    def __init__(self, clock: FakeClock) -> None:
        self.clock = clock
        self.calls: list[datetime] = []  # when each send or edit was made
        self.messages: dict[str, Reply] = {}
        self.sends: list[Reply] = []
        self.edits: list[tuple[str, Reply]] = []
        self.down = False  # while True every send and edit fails

    async def send(self, chat: Chat, reply: Reply) -> SentMessage:
        self.calls.append(self.clock.now())
        if self.down:
            raise ConnectionError("the platform is down")
        self.sends.append(reply)
        message_id = str(len(self.sends))
        self.messages[message_id] = reply
        return SentMessage(chat, message_id)

    async def edit(self, sent: SentMessage, reply: Reply) -> None:
        self.calls.append(self.clock.now())
        if self.down:
            raise ConnectionError("the platform is down")
        self.edits.append((sent.message_id, reply))
        self.messages[sent.message_id] = reply

    def shown(self) -> str:
        return "\n".join(reply.fallback.plain for reply in self.messages.values())

    def last_quiz(self) -> Quiz:
        quizzes = [reply for reply in self.sends if isinstance(reply, Quiz)]
        assert quizzes, "no question was posted"
        return quizzes[-1]

    def scoreboard(self) -> str:
        boards = [
            reply.fallback.plain
            for reply in self.messages.values()
            if "— the answer:" in reply.fallback.plain
        ]
        assert len(boards) == 1, f"expected one scoreboard message, saw {len(boards)}"
        return boards[0]

    def podium(self) -> str:
        podiums = [r.fallback.plain for r in self.sends if "final results" in r.fallback.plain]
        assert podiums, "no podium was posted"
        return podiums[-1]


@dataclass
class Table:
    engine: Engine
    feature: BattleFeature
    clock: FakeClock
    board: Board
    settings: BattleSettings = field(default_factory=BattleSettings)

    async def say(self, user: User, entered: str, chat: Chat = GROUP) -> str:
        name, _, args = entered.lstrip("/").partition(" ")
        return _plain(await self.engine.handle(Command(user, chat, name, args)))

    async def press(self, user: User, token: str) -> str:
        return _plain(await self.engine.handle(Choice(user, GROUP, token)))

    async def type(self, user: User, typed: str) -> str:
        return _plain(await self.engine.handle(Answer(user, GROUP, typed)))

    async def tick(self) -> None:
        await self.engine.tick()

    async def answer(self, user: User, *, right: bool) -> str:
        quiz = self.board.last_quiz()
        right_index = quiz.correct[0]
        index = right_index if right else (right_index + 1) % len(quiz.options)
        return await self.press(user, quiz.options[index].token)

    async def next_round(self) -> None:
        self.clock.advance(seconds=self.settings.pause_seconds)
        await self.tick()

    def lobby_token(self, label: str) -> str:
        lobbies = [reply for reply in self.board.sends if isinstance(reply, Choices)]
        return next(o.token for o in lobbies[-1].options if o.label == label)

    async def gather(self, *players: User, args: str = "") -> None:
        """Ana opens a lobby; the others join (by button and by /join, alternately)."""
        assert "lobby open" in await self.say(ANA, f"/battle {args}")
        for number, player in enumerate(players):
            if number % 2:
                assert "You're in" in await self.say(player, "/join")
            else:
                assert "You're in" in await self.press(player, self.lobby_token("Join"))

    async def start(self) -> None:
        assert "Starting now" in await self.press(ANA, self.lobby_token("Start"))
        await self.tick()


def make_table(
    deck: Deck | None = None,
    *,
    clock: FakeClock | None = None,
    store: Any = None,
    settings: BattleSettings | None = None,
) -> Table:
    used_deck = deck or default_deck()
    index = _INDEX.setdefault(used_deck.id, DeckIndex(used_deck))
    used_clock = clock or FakeClock()
    board = Board(used_clock)
    used_settings = settings or BattleSettings()
    feature = BattleFeature(
        used_deck,
        clock=used_clock,
        messenger=board,
        store=store,
        index=index,
        settings=used_settings,
    )
    engine = Engine(used_deck, index=index, clock=used_clock, features=[feature])
    return Table(engine, feature, used_clock, board, used_settings)


def _plain(replies: list[Reply]) -> str:
    return "\n".join(reply.fallback.plain for reply in replies)


def _points(board_text: str, name: str) -> int:
    found = re.search(rf"^\d+\. {name} — ([\d,]+)", board_text, re.MULTILINE)
    assert found, f"{name} is not on the board:\n{board_text}"
    return int(found.group(1).replace(",", ""))


async def _open_store(tmp_path: Path) -> SqlStore:
    return await SqlStore.open(f"sqlite:///{tmp_path / 'studybot.db'}")


# ---- lobby ----------------------------------------------------------------------------------


async def test_battles_are_refused_politely_in_a_dm() -> None:
    table = make_table()
    for command in ("/battle", "/join", "/battle settings speed off"):
        assert "Battles are for group chats" in await table.say(ANA, command, chat=DM)
    assert "belong to group chats" in await table.say(ANA, "/leaderboard", chat=DM)
    assert table.board.sends == []


async def test_a_lobby_lists_players_as_they_join_and_refuses_double_joins() -> None:
    table = make_table()
    await table.gather(BEN, CAL, args="Berlin Wall 3")
    assert "You're already in — 3 players" in await table.say(BEN, "/join")
    lobby = table.board.sends[0].fallback.plain
    assert "Quiz battle — Berlin Wall" in lobby and "Players (1): Ana" in lobby
    await table.tick()  # a burst of joins becomes one edit, at most every 2 s
    assert table.board.edits == []
    table.clock.advance(seconds=2)
    await table.tick()
    assert "Players (3): Ana, Ben, Cal" in table.board.shown()
    table.clock.advance(seconds=2)
    await table.tick()  # nothing new: no edit
    assert len(table.board.edits) == 1


async def test_a_lobby_with_too_few_players_is_called_off_when_its_time_runs_out() -> None:
    table = make_table()
    await table.say(ANA, "/battle")
    table.clock.advance(seconds=59)
    await table.tick()
    assert "Not enough players" not in table.board.shown()
    table.clock.advance(seconds=1)
    await table.tick()
    called_off = table.board.sends[-1].fallback.plain
    assert "Not enough players: 1 joined, 2 needed" in called_off
    assert not isinstance(table.board.messages["1"], Choices)  # the lobby lost its buttons
    assert "lobby open" in await table.say(ANA, "/battle")  # the chat is free again


async def test_a_lobby_with_enough_players_starts_when_its_time_runs_out() -> None:
    table = make_table()
    await table.gather(BEN)
    table.clock.advance(seconds=60)
    await table.tick()
    assert "Round 1/5" in table.board.last_quiz().header
    assert "Started with 2 players" in table.board.shown()


async def test_only_the_starter_or_an_admin_starts_early_and_not_alone() -> None:
    table = make_table()
    await table.say(ANA, "/battle 3")
    assert "Need at least 2 players to start — 1 so far" in await table.press(
        ANA, table.lobby_token("Start")
    )
    await table.say(BEN, "/join")
    refused = await table.press(BEN, table.lobby_token("Start"))
    assert refused == "Only Ana (who started it) or an admin can start this battle."
    await table.tick()
    assert not any(isinstance(reply, Quiz) for reply in table.board.sends)
    assert "Starting now" in await table.press(MIA, table.lobby_token("Start"))
    await table.tick()
    assert table.board.last_quiz().header.startswith("⚔️ Round 1/3")


async def test_a_cancel_by_someone_else_is_refused_and_the_starters_cancel_closes_the_lobby() -> (
    None
):
    table = make_table()
    await table.gather(BEN)
    refused = await table.press(BEN, table.lobby_token("Cancel"))
    assert refused == "Only Ana (who started it) or an admin can cancel this battle."
    await table.tick()
    assert isinstance(table.board.messages["1"], Choices)  # still open
    assert await table.press(ANA, table.lobby_token("Cancel")) == "Battle cancelled."
    await table.tick()
    assert "Cancelled by Ana." in table.board.messages["1"].fallback.plain
    assert "That battle is over." in await table.press(BEN, table.lobby_token("Join"))
    assert "No battle is open to join" in await table.say(CAL, "/join")


async def test_one_battle_per_chat() -> None:
    table = make_table()
    await table.say(ANA, "/battle")
    assert "already gathering players here" in await table.say(BEN, "/battle Cuba")
    other = Chat("test", "group-2", is_group=True)
    assert "lobby open" in await table.say(BEN, "/battle", chat=other)


async def test_an_unknown_topic_or_a_bad_round_count_gets_a_clear_answer() -> None:
    table = make_table()
    assert "is not a topic in these notes" in await table.say(ANA, "/battle photosynthesis")
    assert "between 1 and 20 rounds" in await table.say(ANA, "/battle Cuba 99")
    assert table.board.sends == []
    assert "lobby open" in await table.say(ANA, "/battle hungarian uprisng 2")
    assert "Quiz battle — Hungarian Uprising" in table.board.sends[0].fallback.plain
    assert "2 rounds" in table.board.sends[0].fallback.plain


# ---- rounds and scoring -----------------------------------------------------------------------


async def test_speed_points_are_exact_end_to_end() -> None:
    table = make_table()
    await table.gather(BEN, CAL, args="1")
    await table.start()
    table.clock.advance(seconds=0.3)
    await table.answer(ANA, right=True)  # under half a second: full points
    table.clock.advance(seconds=4.7)
    await table.answer(BEN, right=True)  # 5 s of 20: 875
    table.clock.advance(seconds=15)
    assert "Locked in" in await table.answer(CAL, right=True)  # at the buzzer: 500
    await table.tick()
    board = table.board.scoreboard()
    assert "1. Ana — 1,000 · ✅ +1,000" in board
    assert "2. Ben — 875 · ✅ +875" in board
    assert "3. Cal — 500 · ✅ +500" in board
    assert "⚡ Fastest: Ana (0.3 s)" in board
    assert "🥇 Ana — 1,000" in table.board.podium()


async def test_without_speed_points_every_right_answer_earns_the_same() -> None:
    table = make_table()
    await table.gather(BEN, args="1 nospeed")
    await table.start()
    await table.answer(ANA, right=True)
    table.clock.advance(seconds=19)
    await table.answer(BEN, right=True)
    await table.tick()
    board = table.board.scoreboard()
    assert _points(board, "Ana") == _points(board, "Ben") == 1000


async def test_streaks_add_100_per_right_answer_in_a_row_capped_at_500() -> None:
    table = make_table()
    await table.gather(BEN, CAL, args="7 nospeed")
    await table.start()
    ben_right = [True, False, True, True, False, True, True]
    ana_totals, ben_totals = [], []
    for round_number, ben in enumerate(ben_right, 1):
        await table.answer(ANA, right=True)
        await table.answer(BEN, right=ben)
        await table.answer(CAL, right=False)
        await table.tick()
        board = table.board.scoreboard()
        assert f"Round {round_number}/7" in board
        ana_totals.append(_points(board, "Ana"))
        ben_totals.append(_points(board, "Ben"))
        await table.next_round()
    assert ana_totals == [1000, 2100, 3300, 4600, 6000, 7500, 9000]
    assert ben_totals == [1000, 1000, 2000, 3100, 3100, 4100, 5200]
    assert "Ana — 9,000 · ✅ +1,000 +500 streak ×7" in table.board.scoreboard()
    assert "1. Ana — 9,000 · 7/7 right" in table.board.podium()


async def test_the_streak_bonus_can_be_turned_off_for_one_battle() -> None:
    table = make_table()
    await table.gather(BEN, args="3 nospeed nostreak")
    await table.start()
    for _ in range(3):
        await table.answer(ANA, right=True)
        await table.answer(BEN, right=False)
        await table.tick()
        await table.next_round()
    assert "1. Ana — 3,000 · 3/3 right" in table.board.podium()


async def test_equal_points_share_a_place_on_the_scoreboard_and_the_podium() -> None:
    table = make_table()
    await table.gather(BEN, CAL, args="1")
    await table.start()
    table.clock.advance(seconds=2)
    await table.answer(BEN, right=True)
    await table.answer(ANA, right=True)
    await table.answer(CAL, right=False)
    await table.tick()
    board = table.board.scoreboard()
    assert "1. Ana — 950" in board and "1. Ben — 950" in board and "3. Cal — 0" in board
    assert "⚡ Fastest: Ben (2.0 s)" in board  # the same time: the first to arrive
    podium = table.board.podium()
    assert "🥇 Ana — 950" in podium and "🥇 Ben — 950" in podium
    assert (
        "🥈" not in podium and "🥉" not in podium
    )  # no silver after a shared gold; no medal for 0
    assert "3. Cal — 0 · 0/1 right" in podium


async def test_late_answers_are_refused_politely() -> None:
    table = make_table()
    await table.gather(BEN, args="2")
    await table.start()
    first = table.board.last_quiz()
    table.clock.advance(seconds=20.5)
    assert "Too late — time was up" in await table.answer(ANA, right=True)
    await table.tick()  # the timer closes the round
    assert "That question has closed" in await table.answer(BEN, right=True)
    assert "Nobody got this one." in table.board.scoreboard()
    await table.next_round()
    assert "answer the latest one" in await table.press(ANA, first.options[first.correct[0]].token)


async def test_a_second_answer_is_refused_and_the_first_one_counts() -> None:
    table = make_table()
    await table.gather(BEN, args="1")
    await table.start()
    assert "Locked in" in await table.answer(ANA, right=False)
    assert "already answered" in await table.answer(ANA, right=True)
    await table.answer(BEN, right=True)
    await table.tick()
    board = table.board.scoreboard()
    assert "Ana — 0 · ❌" in board
    assert _points(board, "Ben") == 1000


async def test_a_round_ends_when_everyone_has_answered_and_not_before() -> None:
    table = make_table()
    await table.gather(BEN, CAL, args="2")
    await table.start()
    table.clock.advance(seconds=1)
    await table.answer(ANA, right=True)
    await table.answer(BEN, right=True)
    await table.tick()
    assert "— the answer:" not in table.board.shown()
    await table.answer(CAL, right=True)
    await table.tick()
    assert "Round 1/2 — the answer:" in table.board.scoreboard()
    assert "Next question in 5 s." in table.board.scoreboard()


async def test_non_players_cannot_answer() -> None:
    table = make_table()
    await table.gather(BEN, args="1")
    await table.start()
    assert "You're not in this battle" in await table.answer(DAN, right=True)
    assert "already started" in await table.say(DAN, "/join")
    assert "has started" in await table.press(ANA, table.lobby_token("Cancel"))  # a stale button
    assert table.feature.running(GROUP) is not None


async def test_one_scoreboard_message_is_edited_round_after_round() -> None:
    table = make_table()
    await table.gather(BEN, args="5")
    await table.start()
    for _ in range(5):
        await table.answer(ANA, right=True)
        await table.answer(BEN, right=False)
        await table.tick()
        await table.next_round()
    kinds = [type(reply).__name__ for reply in table.board.sends]
    # lobby, 5 questions, the scoreboard once, the podium: 8 messages for a 5-round battle
    assert kinds == ["Choices", "Quiz", "Message", "Quiz", "Quiz", "Quiz", "Quiz", "Message"]
    scoreboard_id = "3"
    assert [mid for mid, _ in table.board.edits].count(scoreboard_id) == 4
    assert "Round 5/5 — the answer:" in table.board.messages[scoreboard_id].fallback.plain


async def test_a_fast_battle_keeps_within_20_messages_a_minute_in_the_chat() -> None:
    table = make_table()
    await table.gather(BEN, CAL, DAN, args="20")
    for _ in range(30):  # a join every second: lobby edits wait their turn
        await table.say(User("test", f"late{_}", f"Late {_}"), "/join")
        table.clock.advance(seconds=1)
        await table.tick()
    table.clock.advance(seconds=30)
    await table.tick()
    everyone = [ANA, BEN, CAL, DAN, *(User("test", f"late{i}", f"Late {i}") for i in range(30))]
    for _ in range(400):  # everyone answers at once; the clock moves a second per tick
        if "final results" in table.board.shown():
            break
        quiz = table.board.last_quiz()
        for player in everyone:
            await table.press(player, quiz.options[quiz.correct[0]].token)
        table.clock.advance(seconds=1)
        await table.tick()
    assert "Full standings after 20 of 20 rounds" in table.board.podium()
    calls = table.board.calls
    busiest = max(
        sum(1 for other in calls if start <= other < start + timedelta(minutes=1))
        for start in calls
    )
    assert busiest == 20  # the budget is used, never exceeded
    # 20 × 1,000 + streak bonuses 100 + 200 + 300 + 400 + 15 × 500
    assert "1. Ana — 28,500" in table.board.podium()


async def test_the_scoreboard_shows_the_right_answer_and_its_explanation() -> None:
    table = make_table()
    await table.gather(BEN, args="1")
    await table.start()
    quiz = table.board.last_quiz()
    await table.answer(ANA, right=True)
    await table.answer(BEN, right=False)
    await table.tick()
    board = table.board.scoreboard()
    assert f"the answer: {quiz.options[quiz.correct[0]].label}" in board
    assert quiz.explanation and quiz.explanation in board


# ---- teams ------------------------------------------------------------------------------------


async def test_teams_are_dealt_in_join_order_and_score_their_members_average(
    tmp_path: Path,
) -> None:
    store = await _open_store(tmp_path)
    try:
        table = make_table(store=store)
        await table.gather(BEN, CAL, DAN, args="1 teams nospeed")
        await table.start()
        started = table.board.messages["1"].fallback.plain
        assert "Red: Ana, Cal" in started and "Blue: Ben, Dan" in started
        await table.answer(ANA, right=True)
        await table.answer(CAL, right=False)
        await table.answer(BEN, right=True)
        await table.answer(DAN, right=True)
        await table.tick()
        podium = table.board.podium()
        assert "🥇 Blue — 1,000" in podium and "🥈 Red — 500" in podium
        assert "1. Blue — 1,000 (Ben, Dan)" in podium
        board = await store.leaderboard(ChatRef("test", "group-1"))
        wins = {entry.display_name: entry.wins for entry in board}
        assert wins == {"Ana": 0, "Ben": 1, "Cal": 0, "Dan": 1}
    finally:
        await store.close()


async def test_uneven_teams_average_exactly_and_round_only_for_display() -> None:
    table = make_table()
    await table.gather(BEN, CAL, args="1 teams=2")
    await table.start()
    table.clock.advance(seconds=5)
    await table.answer(ANA, right=True)  # 875
    await table.answer(CAL, right=True)  # 875 -> Red: (875 + 875) / 2
    table.clock.advance(seconds=5)
    await table.answer(BEN, right=True)  # 750 -> Blue: 750
    await table.tick()
    board = table.board.scoreboard()
    assert "1. Red — 875 (Ana, Cal)" in board and "2. Blue — 750 (Ben)" in board


# ---- many players at once -------------------------------------------------------------------


async def test_a_thousand_simultaneous_answers_are_each_counted_once() -> None:
    table = make_table()
    players = [ANA, *(User("test", f"u{i}", f"P{i:04d}") for i in range(1, 1000))]
    await table.say(ANA, "/battle 1")
    join = table.lobby_token("Join")
    joined = await asyncio.gather(*(table.press(p, join) for p in players[1:]))
    assert all("You're in" in reply for reply in joined)
    await table.start()
    quiz = table.board.last_quiz()
    right = {p.id for p in players[::2]}
    arrival = players[:]
    random.Random(7).shuffle(arrival)

    def token(player: User) -> str:
        index = quiz.correct[0] if player.id in right else (quiz.correct[0] + 1) % len(quiz.options)
        return quiz.options[index].token

    table.clock.advance(seconds=1)
    first = await asyncio.gather(*(table.press(p, token(p)) for p in arrival))
    again = await asyncio.gather(*(table.press(p, token(p)) for p in arrival))
    assert all(reply.startswith("Locked in") for reply in first)
    assert all("already answered" in reply for reply in again)
    await table.tick()  # everyone has answered: the round closes without waiting
    board = table.board.scoreboard()
    fastest = next(p for p in arrival if p.id in right)
    assert board.count("⚡ Fastest") == 1
    assert f"⚡ Fastest: {fastest.name} (1.0 s)" in board
    assert "… and 990 more" in board
    standings = table.board.podium().split("Full standings", 1)[1]
    assert standings.count("— 975 · 1/1 right") == 500  # 1000 × (1 − (1/20)/2)
    assert standings.count("— 0 · 0/1 right") == 500
    assert standings.count("\n1. ") == 500 and standings.count("\n501. ") == 500


# ---- typed rounds ---------------------------------------------------------------------------

_CHEMISTRY = """
deck:
  id: chemistry
  title: Chemistry basics
topics:
  - id: elements
    title: Elements
questions:
  - question: What is the chemical symbol for iron?
    answers: [Fe]
    explanation: From the Latin ferrum.
    topic: elements
"""


async def test_typed_rounds_grade_what_players_type() -> None:
    table = make_table(parse_deck(_CHEMISTRY))
    await table.gather(BEN, CAL, args="typed 1")
    await table.start()
    assert "What is the chemical symbol for iron?" in table.board.sends[-1].fallback.plain
    table.clock.advance(seconds=2)
    assert "Locked in: fe (2.0 s)" in await table.type(ANA, "fe")
    assert "Type an answer" in await table.type(CAL, " !! ")
    assert "already answered" in await table.type(ANA, "Fe")
    assert await table.type(DAN, "Fe") == ""  # a bystander's chatter is not for the battle
    await table.say(BEN, "/a Pb")
    assert "Locked in" in await table.type(CAL, "FE")
    await table.tick()
    board = table.board.scoreboard()
    assert "the answer: Fe" in board and "From the Latin ferrum." in board
    assert "Ana — 950 · ✅" in board and "Cal — 950 · ✅" in board and "Ben — 0 · ❌" in board


async def test_a_typed_battle_round_gets_the_answer_even_with_a_solo_quiz_open() -> None:
    table = make_table(parse_deck(_CHEMISTRY))
    assert "Quiz for Ana" in await table.say(ANA, "/quiz 1")
    await table.gather(BEN, args="typed 1")
    await table.start()
    table.clock.advance(seconds=2)
    assert "Locked in: Fe (2.0 s)" in await table.type(ANA, "Fe")


@dataclass(frozen=True)
class _Chosen:
    deck: Deck
    index: DeckIndex
    pool: QuestionPool
    grader: Grader


def _chosen(deck: Deck, index: DeckIndex) -> _Chosen:
    """A deck's runtime as the library builds it: its grader made with its question generator."""
    generator = QuestionGenerator(deck)
    return _Chosen(deck, index, QuestionPool(generator), Grader(generator.entities()))


class _ChemistryInOneChat:
    """A deck library where group-1 studies chemistry and every other chat the default deck."""

    def __init__(self) -> None:
        chemistry = parse_deck(_CHEMISTRY)
        self.chemistry = _chosen(chemistry, DeckIndex(chemistry))
        self.default = _chosen(
            default_deck(), _INDEX.setdefault("default", DeckIndex(default_deck()))
        )

    async def for_chat(self, chat: Chat) -> _Chosen:
        return self.chemistry if chat.id == GROUP.id else self.default


async def test_each_chat_battles_on_its_own_deck() -> None:
    table = make_table()
    table.feature.decks = _ChemistryInOneChat()
    await table.gather(BEN, args="typed")
    assert "1 round ·" in table.board.sends[0].fallback.plain  # all the chemistry deck has
    await table.start()
    assert "chemical symbol for iron" in table.board.sends[-1].fallback.plain
    other = Chat("test", "group-2", is_group=True)
    await table.say(ANA, "/battle Berlin Wall", chat=other)
    assert "Quiz battle — Berlin Wall" in table.board.sends[-1].fallback.plain


async def test_a_typed_battle_on_a_chats_deck_is_judged_by_that_decks_grader(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The deck library built the deck's grader off the loop: the battle builds none of its own
    (for a big upload that would freeze every chat), and typed answers are judged as ever."""
    table = make_table()
    table.feature.decks = _ChemistryInOneChat()

    def no_building(*args: object, **kwargs: object) -> None:
        raise AssertionError("the battle built a grader or question generator on the loop")

    monkeypatch.setattr(Grader, "__init__", no_building)
    monkeypatch.setattr(QuestionGenerator, "__init__", no_building)
    await table.gather(BEN, CAL, args="typed 1")
    await table.start()
    assert "What is the chemical symbol for iron?" in table.board.sends[-1].fallback.plain
    assert "Locked in: fe" in await table.type(ANA, "fe")
    assert "Type an answer" in await table.type(BEN, " !! ")  # junk: not an answer
    assert "Locked in: pb" in await table.type(BEN, "pb")
    assert "Locked in: FE" in await table.type(CAL, "FE")
    await table.tick()
    board = table.board.scoreboard()
    assert "the answer: Fe" in board
    assert _points(board, "Ana") > 0 and _points(board, "Cal") > 0
    assert _points(board, "Ben") == 0


async def test_a_choice_round_ignores_typed_chatter() -> None:
    table = make_table()
    await table.gather(BEN, args="1")
    await table.start()
    assert await table.type(ANA, "good luck everyone") == ""


# ---- leaving, stopping, failures --------------------------------------------------------------


async def test_a_player_who_leaves_keeps_their_points_and_is_not_waited_for() -> None:
    table = make_table()
    await table.gather(BEN, CAL, args="2 nospeed")
    await table.start()
    for player in (ANA, BEN, CAL):
        await table.answer(player, right=True)
    await table.tick()
    await table.next_round()
    assert "Your 1,000 points stay on the board" in await table.say(CAL, "/battle leave")
    assert "You left this battle" in await table.answer(CAL, right=True)
    await table.answer(ANA, right=True)
    await table.answer(BEN, right=False)
    await table.tick()  # Ana and Ben answered: that is everyone still playing
    podium = table.board.podium()
    assert "Cal — 1,000 (left) · 1/2 right" in podium
    assert "1. Ana — 2,100" in podium


async def test_the_starter_can_stop_a_running_battle_and_the_rounds_played_count() -> None:
    table = make_table()
    await table.gather(BEN, args="5 nospeed")
    await table.start()
    await table.answer(ANA, right=True)
    await table.answer(BEN, right=False)
    await table.tick()
    await table.next_round()
    await table.answer(BEN, right=True)
    assert "Only Ana" in await table.say(BEN, "/battle stop")
    assert "Stopping the battle now" in await table.say(ANA, "/battle stop")
    await table.tick()
    podium = table.board.podium()
    assert "Stopped by Ana after 2 of 5 rounds." in podium
    assert "1. Ana — 1,000" in podium and "1. Ben — 1,000" in podium
    assert "lobby open" in await table.say(BEN, "/battle")


async def test_a_failing_messenger_does_not_end_the_battle(
    caplog: pytest.LogCaptureFixture,
) -> None:
    table = make_table()
    await table.gather(BEN, args="3 nospeed")
    await table.start()
    await table.answer(ANA, right=True)
    await table.answer(BEN, right=False)
    table.board.down = True
    await table.tick()  # the scoreboard cannot be sent
    await table.next_round()  # nor the second question: it times out unanswered
    table.clock.advance(seconds=20)
    await table.tick()
    table.board.down = False
    await table.next_round()
    assert table.board.last_quiz().header.startswith("⚔️ Round 3/3")
    await table.answer(ANA, right=True)
    await table.answer(BEN, right=True)
    await table.tick()
    podium = table.board.podium()
    assert "1. Ana — 2,000 · 2/3 right" in podium and "2. Ben — 1,000 · 1/3 right" in podium
    assert "could not send a battle message" in caplog.text


class _BrokenStore:
    """A store whose every call fails, as a database outage would."""

    async def get_chat_settings(self, chat: ChatRef) -> dict[str, Any]:
        raise ConnectionError("database down")

    async def update_chat_settings(
        self, chat: ChatRef, changes: Mapping[str, Any]
    ) -> dict[str, Any]:
        raise ConnectionError("database down")

    async def record_battle_results(self, *args: Any, **kwargs: Any) -> int:
        raise ConnectionError("database down")

    async def leaderboard(
        self, chat: ChatRef, since: datetime | None = None, limit: int = 10
    ) -> list[LeaderboardEntry]:
        raise ConnectionError("database down")

    async def upsert_user(self, user: UserRef, display_name: str, seen_at: datetime) -> None:
        raise ConnectionError("database down")

    async def open_battle(self, *args: Any, **kwargs: Any) -> bool:
        raise ConnectionError("database down")

    async def save_battle(self, *args: Any, **kwargs: Any) -> bool:
        raise ConnectionError("database down")

    async def finish_battle(self, *args: Any, **kwargs: Any) -> bool:
        raise ConnectionError("database down")

    async def heartbeat_battles(self, *args: Any, **kwargs: Any) -> set[str]:
        raise ConnectionError("database down")

    async def running_battles(self, *args: Any, **kwargs: Any) -> list[Any]:
        raise ConnectionError("database down")

    async def mark_battle(self, *args: Any, **kwargs: Any) -> bool:
        raise ConnectionError("database down")


async def test_a_failing_store_does_not_stop_a_battle() -> None:
    table = make_table(store=_BrokenStore())
    await table.gather(BEN, args="1")
    await table.start()
    await table.answer(ANA, right=True)
    await table.answer(BEN, right=True)
    await table.tick()
    assert "final results" in table.board.podium()
    assert "can't read the leaderboard right now" in await table.say(ANA, "/leaderboard")


# ---- persistence: results, leaderboard, settings, restarts -------------------------------------


async def test_results_feed_the_chats_leaderboard_by_week_and_all_time(tmp_path: Path) -> None:
    store = await _open_store(tmp_path)
    try:
        table = make_table(store=store)
        await table.gather(BEN, args="2 nospeed nostreak")
        await table.start()
        for ben_right in (True, False):
            await table.answer(ANA, right=True)
            await table.answer(BEN, right=ben_right)
            await table.tick()
            await table.next_round()
        board = await table.say(CAL, "/leaderboard")
        assert "Leaderboard — all time" in board
        assert "1. Ana — 2,000 points · 1 win · 1 battle" in board
        assert "2. Ben — 1,000 points · 0 wins · 1 battle" in board
        table.clock.advance(days=8)
        assert "No battles finished here this week" in await table.say(CAL, "/leaderboard week")
        assert "1. Ana — 2,000 points" in await table.say(CAL, "/leaderboard all")
        assert "Use /leaderboard week or /leaderboard all." in await table.say(
            CAL, "/leaderboard yesterday"
        )
    finally:
        await store.close()


async def test_admins_turn_speed_points_off_for_the_chat(tmp_path: Path) -> None:
    store = await _open_store(tmp_path)
    try:
        table = make_table(store=store)
        assert "Only admins" in await table.say(BEN, "/battle settings speed off")
        changed = await table.say(MIA, "/battle settings speed off")
        assert "speed points off · streak bonus on" in changed
        assert "speed points off" in await table.say(BEN, "/battle settings")
        await table.gather(BEN, args="1")
        assert "speed points off" in table.board.sends[0].fallback.plain
        await table.start()
        table.clock.advance(seconds=15)
        await table.answer(ANA, right=True)
        await table.answer(BEN, right=False)
        await table.tick()
        assert _points(table.board.scoreboard(), "Ana") == 1000
        # one battle may still turn it back on
        await table.next_round()
        await table.gather(BEN, args="1 speed")
        assert "speed points on" in table.board.sends[-1].fallback.plain
    finally:
        await store.close()


async def _play_rounds(table: Table, rounds: int) -> None:
    for _ in range(rounds):
        await table.answer(ANA, right=True)
        await table.answer(BEN, right=False)
        await table.answer(CAL, right=True)
        await table.tick()
        await table.next_round()


async def test_a_battle_cut_short_by_a_restart_is_announced_and_recorded(tmp_path: Path) -> None:
    store = await _open_store(tmp_path)
    try:
        clock = FakeClock()
        before = make_table(clock=clock, store=store)
        await before.gather(BEN, CAL, args="4 nospeed")
        await before.start()
        await _play_rounds(before, 2)
        await before.answer(ANA, right=True)  # round 3 is open when the process dies
        after = make_table(clock=clock, store=store)  # the restarted process
        await after.tick()
        assert after.board.sends == []  # its heartbeat is fresh: the old process may be alive
        clock.advance(seconds=after.settings.stale_seconds + 1)
        await after.tick()
        assert len(after.board.sends) == 1
        podium = after.board.podium()
        assert "interrupted by a restart after 2 of 4 rounds" in podium
        assert "1. Ana — 2,100 · 2/2 right" in podium and "1. Cal — 2,100" in podium
        assert "3. Ben — 0" in podium
        await after.tick()
        assert len(after.board.sends) == 1  # announced once
        board = await after.say(BEN, "/leaderboard")
        assert "1. Ana — 2,100 points · 1 win · 1 battle" in board
        assert "1. Cal — 2,100 points · 1 win" in board
        assert "lobby open" in await after.say(BEN, "/battle")
        again = make_table(clock=clock, store=store)
        clock.advance(seconds=again.settings.stale_seconds + 1)
        await again.tick()
        # the new lobby is the only battle left to find, and it had not started
        assert "cancelled by a restart before any round finished" in again.board.shown()
    finally:
        await store.close()


async def test_a_finished_battle_leaves_nothing_to_recover(tmp_path: Path) -> None:
    store = await _open_store(tmp_path)
    try:
        clock = FakeClock()
        table = make_table(clock=clock, store=store)
        await table.gather(BEN, CAL, args="1")
        await table.start()
        await _play_rounds(table, 1)
        assert "final results" in table.board.podium()
        after = make_table(clock=clock, store=store)
        clock.advance(seconds=after.settings.stale_seconds + 1)
        await after.tick()
        assert after.board.sends == []
    finally:
        await store.close()


async def test_a_button_of_a_battle_that_is_over_says_so() -> None:
    table = make_table()
    assert await table.press(ANA, "ba:0123456789ab:1:0") == "That battle is over."
    assert await table.press(ANA, "bj") == "That battle is over."
