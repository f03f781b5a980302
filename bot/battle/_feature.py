"""`BattleFeature`: group quiz battles plugged into the engine (`bot.feature.Feature`).

Commands and button presses only change state and answer the one user who acted; everything the
whole chat sees after the lobby (rounds, the scoreboard, the podium) is sent from `tick()`, which
adapters call about once a second and tests call after moving a fake clock. So a round that
everyone has answered ends on the next tick, and a thousand simultaneous presses cost no messages.

A failed send or edit is logged and the battle carries on; a failed store write is logged too. A
battle's snapshot is saved in the store as it starts and after every round, under this feature's
owner token, and the feature refreshes the heartbeat of the battles it runs every few seconds.
Several processes may share one database: each leaves alone the battles whose heartbeat is fresh
(another live process runs them), and on its first tick and every half minute after it claims
the battles whose heartbeat went stale — a restart or crash cut them short — announcing and
recording each one exactly once across all processes. A process that finds it lost a battle this
way (it stalled for minutes) stops serving it quietly.
"""

from __future__ import annotations

import asyncio
import dataclasses
import itertools
import logging
from collections.abc import Mapping
from datetime import datetime, timedelta
from typing import Protocol

from bot.battle import _lobby as lobby_rules
from bot.battle import _persist as persist
from bot.battle import _render as render
from bot.battle._model import Battle, BattleOptions, BattleSettings, Phase, Round, Snapshot
from bot.battle._options import BattleRequest, parse_battle, parse_period, parse_setting
from bot.battle._pace import Pace
from bot.battle._rounds import close_round, take_choice, take_typed
from bot.battle._scoring import Rules
from bot.battle._standings import winners
from bot.deck_builds import POOL_SEED
from bot.events import Answer, Chat, Choice, Command, User
from bot.examples import examples_for
from bot.explain import echo
from bot.feature import ChoiceHandler, CommandHandler
from bot.grading import Grader, Verdict
from bot.markup import text
from bot.ports import Clock, Messenger, SentMessage
from bot.question_pool import QuestionPool
from bot.questions import Question, QuestionGenerator, QuestionKind
from bot.replies import Message, Notice, Reply
from bot.retired import retired_ids
from bot.store import BattleRecord, BattleStatus, ChatRef
from knowledge.model import Deck, stable_id
from knowledge.search import DeckIndex

log = logging.getLogger(__name__)


class DeckChoice(Protocol):
    """A chat's deck as the engine's deck library hands it out (`bot.decks.DeckRuntime`)."""

    @property
    def deck(self) -> Deck: ...

    @property
    def index(self) -> DeckIndex: ...

    @property
    def pool(self) -> QuestionPool: ...

    @property
    def grader(self) -> Grader:
        """The deck's grader, built with the rest of the runtime (off the loop): a battle judges
        typed answers with it rather than building its own on the loop."""
        ...


class DeckSource(Protocol):
    async def for_chat(self, chat: Chat) -> DeckChoice:
        """The deck a chat studies."""
        ...


_GROUPS_ONLY = (
    "Battles are for group chats — add me to a group and send /battle there. "
    "On your own, /quiz gives you questions at your pace."
)
# Chronology and matching questions are left out (their options are orderings that need their own
# layout), and so are multi-select ones (a round takes one press per player).
_CHOICE_KINDS = frozenset(QuestionKind) - {
    QuestionKind.CLOZE,
    QuestionKind.CHRONOLOGY,
    QuestionKind.MATCHING,
    QuestionKind.MULTI_SELECT,
}
_TYPED_KINDS = frozenset({QuestionKind.CLOZE, QuestionKind.HANDWRITTEN})
_WEEK = timedelta(days=7)
# Messages a start needs (the lobby edit, the first question, its scoreboard): lobby refreshes
# leave room for them.
_START_COST = 3


class BattleFeature:
    """Quiz battles in group chats: `/battle`, `/join`, `/leaderboard`, and their buttons.

    `messenger` may be attached after construction (adapters create theirs once connected);
    without one, `/battle` says battles are not available. `store` is optional too: without it
    battles run but results, chat settings and restart recovery are not kept. `decks` (the
    engine's `library`) gives each chat its own deck; without it every chat battles on `deck`.
    """

    def __init__(
        self,
        deck: Deck,
        *,
        clock: Clock,
        messenger: Messenger | None = None,
        store: persist.BattleStore | None = None,
        index: DeckIndex | None = None,
        decks: DeckSource | None = None,
        settings: BattleSettings | None = None,
    ) -> None:
        self.deck = deck
        self.clock = clock
        self.messenger = messenger
        self.store = store
        self.decks = decks
        self.settings = settings or BattleSettings()
        self._index = index
        self._pool: QuestionPool | None = None  # the default deck's, when no deck library is set
        self._grader: Grader | None = None  # the default deck's, when no deck library is set
        self._grader_lock = asyncio.Lock()
        self._graders: dict[str, Grader] = {}  # by battle id: every typed battle's, while it runs
        self._battles: dict[tuple[str, str], Battle] = {}
        self._by_id: dict[str, Battle] = {}
        self._counter = itertools.count(1)
        self._owner = persist.owner_token()
        self._held: set[str] = set()  # ids of the battles whose store rows we own
        self._last_beat: datetime | None = None
        self._next_scan: datetime | None = None  # None: scan for stale battles on the next tick
        self._recovery_lock = asyncio.Lock()

    # ---- the Feature protocol ---------------------------------------------------------------

    def commands(self) -> Mapping[str, CommandHandler]:
        return {"battle": self._battle, "join": self._join, "leaderboard": self._leaderboard}

    def choices(self) -> Mapping[str, ChoiceHandler]:
        return {
            render.JOIN_ACTION: self._join_pressed,
            render.START_ACTION: self._start_pressed,
            render.CANCEL_ACTION: self._cancel_pressed,
            render.ANSWER_ACTION: self._answer_pressed,
        }

    async def on_text(self, event: Answer) -> list[Reply] | None:
        """A typed answer in a typed battle; None for anything else (chat between rounds)."""
        battle = self._battles.get(_key(event.chat))
        if (
            battle is None
            or not battle.options.typed
            or battle.phase not in {Phase.QUESTION, Phase.BREAK}
            or event.user.id not in battle.players
        ):
            return None
        grader = self._graders.get(battle.id)
        if grader is None:  # not reached: a typed battle's lobby records its deck's grader
            return None
        judge = _Judge(grader, battle)
        taken = take_typed(battle, event.user, event.text, judge, self.clock.now())
        return [Notice(taken.notice, acknowledges=taken.counted)]

    async def tick(self) -> None:
        """Run what is due: lobby timeouts and refreshes, round ends, next questions, podiums.

        Ticks may overlap (the timer loop does not wait for one): a battle whose step is still
        running from an earlier tick (its post retried in a 429 storm, say) is skipped, and the
        others' steps run; the heartbeat and the scan for stale battles mark their round as
        started before they await, so two ticks never do either twice."""
        await self._beat()
        await self._recover()
        battles = list(self._battles.values())
        if battles:
            await asyncio.gather(*(self._run_due(battle) for battle in battles))

    @property
    def busy(self) -> bool:
        """Whether any battle is open (a console fed by a script waits for it to end)."""
        return bool(self._battles)

    def running(self, chat: Chat) -> Battle | None:
        """The battle in a chat, if any (for adapters and tests that want to look)."""
        return self._battles.get(_key(chat))

    # ---- commands -----------------------------------------------------------------------------

    async def _battle(self, event: Command) -> list[Reply]:
        if not event.chat.is_group:
            return [Message(text(_GROUPS_ONLY))]
        await self._recover()
        word, _, rest = event.args.strip().partition(" ")
        sub = word.casefold()
        existing = self._battles.get(_key(event.chat))
        if sub == "settings":
            return await self._settings(event, rest)
        if sub in {"join", "leave", "start", "cancel", "stop"}:
            if existing is None:
                return [Notice("No battle is running here. Start one with /battle.")]
            return [Notice(self._subcommand(existing, sub, event.user))]
        if existing is not None:
            return [Notice(_busy(existing))]
        if self.messenger is None:
            return [Message(text("Battles can't run here: I have no way to post the rounds."))]
        deck, _, _, _ = await self._deck_of(event.chat)
        example = examples_for(deck).topic
        request = parse_battle(event.args, max_rounds=self.settings.max_rounds, example=example)
        if isinstance(request, str):
            return [Message(text(request))]
        return await self._open_lobby(event, request)

    def _subcommand(self, battle: Battle, sub: str, user: User) -> str:
        if sub == "join":
            return lobby_rules.join(battle, user)
        if sub == "leave":
            return lobby_rules.leave(battle, user)
        if sub == "start":
            return lobby_rules.request_start(battle, user, self.settings)
        return lobby_rules.request_stop(battle, user)

    async def _join(self, event: Command) -> list[Reply]:
        if not event.chat.is_group:
            return [Message(text(_GROUPS_ONLY))]
        battle = self._battles.get(_key(event.chat))
        if battle is None:
            return [Notice("No battle is open to join here. Start one with /battle.")]
        return [Notice(lobby_rules.join(battle, event.user))]

    async def _leaderboard(self, event: Command) -> list[Reply]:
        if not event.chat.is_group:
            return [Message(text("Leaderboards belong to group chats: send /leaderboard there."))]
        period = parse_period(event.args)
        if period is None:
            return [Message(text("Use /leaderboard week or /leaderboard all."))]
        if self.store is None:
            return [Message(text("Leaderboards need somewhere to keep results; none is set up."))]
        since = self.clock.now() - _WEEK if period == "week" else None
        try:
            entries = await self.store.leaderboard(persist.chat_ref(event.chat), since=since)
        except Exception:
            log.exception("could not read the leaderboard of %s", event.chat)
            return [Message(text("I can't read the leaderboard right now — try again soon."))]
        return [render.leaderboard(entries, period)]

    async def _settings(self, event: Command, args: str) -> list[Reply]:
        change = parse_setting(args)
        if isinstance(change, str):
            return [Message(text(change))]
        if change is None:
            return [render.settings_text(await persist.chat_rules(self.store, event.chat))]
        if not event.user.is_admin:
            return [Notice("Only admins can change the battle settings of this chat.")]
        if self.store is None:
            return [Message(text("Settings need somewhere to be kept; none is set up."))]
        try:
            rules = await persist.set_chat_rule(self.store, event.chat, change.name, change.value)
        except Exception:
            log.exception("could not save battle settings of %s", event.chat)
            return [Message(text("I couldn't save that setting just now — try again soon."))]
        return [render.settings_text(rules)]

    # ---- opening a lobby ----------------------------------------------------------------------

    async def _open_lobby(self, event: Command, request: BattleRequest) -> list[Reply]:
        deck, index, pool, grader = await self._deck_of(event.chat)
        topic_id, topic_title, problem = _topic(deck, index, request.topic_query)
        if problem is not None:
            return [problem]
        now = self.clock.now()
        battle_id = stable_id(
            event.chat.platform, event.chat.id, now.isoformat(), str(next(self._counter))
        )[:12]
        generator = await pool.generator()  # built once per deck, off the loop
        retired = await retired_ids(self.store, ChatRef(event.chat.platform, event.chat.id))
        questions = _questions(
            generator, battle_id, request, topic_id, self.settings.default_rounds, retired=retired
        )
        if not questions:
            kind = "typed questions" if request.typed else "battle questions"
            return [Message(text(f"I couldn't make {kind} from that part of the notes."))]
        if grader is None and request.typed:
            grader = await self._default_grader()
        defaults = await persist.chat_rules(self.store, event.chat)
        rules = Rules(
            speed=defaults.speed if request.speed is None else request.speed,
            streak=defaults.streak if request.streak is None else request.streak,
        )
        key = _key(event.chat)
        if key in self._battles:  # another /battle won while we were reading the settings
            return [Notice(_busy(self._battles[key]))]
        battle = Battle(
            id=battle_id,
            deck=deck,
            chat=event.chat,
            starter=event.user,
            options=BattleOptions(topic_title, request.teams, rules, request.typed),
            questions=questions,
            created_at=now,
            lobby_deadline=now + timedelta(seconds=self.settings.lobby_seconds),
            pace=Pace(self.settings.messages_per_minute),
        )
        battle.join(event.user)
        self._battles[key] = battle  # before the await below: a second /battle sees it
        self._by_id[battle.id] = battle
        if grader is not None:
            self._graders[battle.id] = grader
        opened = await persist.open_row(self.store, battle, self._owner, now)
        if opened is persist.Opened.BUSY:  # another process runs a battle in this chat
            self._drop(battle)
            battle.phase = Phase.OVER
            return [Notice(_RUNNING_ELSEWHERE)]
        if opened is persist.Opened.OWNED:
            self._held.add(battle.id)
        lobby = render.lobby(battle, self.settings, now)
        battle.lobby_message = await self._send(battle.chat, lobby, battle)
        battle.lobby_edited_at = now
        if battle.lobby_message is None:  # show it as the command's reply instead
            return [lobby]
        return [Notice("Battle lobby open — others join with the Join button or /join.")]

    async def _deck_of(self, chat: Chat) -> tuple[Deck, DeckIndex, QuestionPool, Grader | None]:
        """The chat's deck (a teacher's upload, or the default), its index, question pool and
        grader — None for the feature's own default deck, whose grader `_default_grader` builds
        only when a typed battle needs it."""
        if self.decks is not None:
            try:
                chosen = await self.decks.for_chat(chat)
                return chosen.deck, chosen.index, chosen.pool, chosen.grader
            except Exception:
                log.exception("could not look up the deck of %s; using the default", chat)
        if self._index is None:
            self._index = DeckIndex(self.deck)
        if self._pool is None:
            self._pool = QuestionPool(QuestionGenerator(self.deck, seed=POOL_SEED))
        return self.deck, self._index, self._pool, None

    async def _default_grader(self) -> Grader:
        """The default deck's grader, built once in a thread: building one (a question generator
        and the grader's indexes over the deck) would hold up every chat if run on the loop."""
        async with self._grader_lock:
            if self._grader is None:
                self._grader = await asyncio.to_thread(_grader_for, self.deck)
            return self._grader

    # ---- button presses -----------------------------------------------------------------------

    def _pressed(self, event: Choice, parts: list[str]) -> Battle | Notice:
        battle = self._by_id.get(parts[0]) if parts else None
        if battle is None or battle.chat.id != event.chat.id:
            return Notice("That battle is over.")
        return battle

    async def _join_pressed(self, event: Choice, parts: list[str]) -> list[Reply]:
        battle = self._pressed(event, parts)
        if isinstance(battle, Notice):
            return [battle]
        return [Notice(lobby_rules.join(battle, event.user))]

    async def _start_pressed(self, event: Choice, parts: list[str]) -> list[Reply]:
        battle = self._pressed(event, parts)
        if isinstance(battle, Notice):
            return [battle]
        return [Notice(lobby_rules.request_start(battle, event.user, self.settings))]

    async def _cancel_pressed(self, event: Choice, parts: list[str]) -> list[Reply]:
        battle = self._pressed(event, parts)
        if isinstance(battle, Notice):
            return [battle]
        if battle.phase is not Phase.LOBBY:  # a stale lobby button must not stop a battle
            return [Notice("The battle has started; its starter can end it with /battle stop.")]
        return [Notice(lobby_rules.request_stop(battle, event.user))]

    async def _answer_pressed(self, event: Choice, parts: list[str]) -> list[Reply]:
        battle = self._pressed(event, parts)
        if isinstance(battle, Notice):
            return [battle]
        if len(parts) != 3 or not parts[1].isdigit() or not parts[2].isdigit():
            return [Notice("That button has expired.")]
        taken = take_choice(battle, event.user, int(parts[1]), int(parts[2]), self.clock.now())
        return [Notice(taken.notice)]

    # ---- timers -------------------------------------------------------------------------------

    async def _run_due(self, battle: Battle) -> None:
        """One battle's due work; a battle still busy from an earlier tick is left to it."""
        if battle.lock.locked():
            return
        async with battle.lock:
            try:
                await self._step(battle)
            except Exception:
                log.exception(
                    "battle %s in %s failed a step; it carries on", battle.id, battle.chat
                )

    async def _step(self, battle: Battle) -> None:
        now = self.clock.now()
        if battle.phase is Phase.LOBBY:
            if battle.stopped_by is not None:
                await self._call_off(battle, f"Cancelled by {battle.stopped_by}.", announce=False)
            elif battle.start_requested or now >= battle.lobby_deadline:
                await self._start_or_call_off(battle)
            elif (
                battle.lobby_dirty
                and self._refresh_due(battle, now)
                and battle.pace.allows(now, _START_COST + 1)
            ):
                await self._refresh_lobby(battle, now)
        elif battle.phase is Phase.QUESTION and battle.current is not None:
            if (
                now >= battle.current.deadline
                or battle.everyone_answered()
                or battle.stopped_by is not None
                or not battle.active()
            ):
                await self._close(battle)
        elif battle.phase is Phase.BREAK:
            if battle.stopped_by is not None or not battle.active():
                await self._finish(battle)
            elif (
                battle.next_at is not None
                and now >= battle.next_at
                and battle.pace.allows(now, _round_cost(battle))
            ):
                await self._ask(battle)

    def _refresh_due(self, battle: Battle, now: datetime) -> bool:
        last = battle.lobby_edited_at
        wait = timedelta(seconds=self.settings.lobby_refresh_seconds)
        return last is None or now - last >= wait

    async def _refresh_lobby(self, battle: Battle, now: datetime) -> None:
        battle.lobby_dirty = False
        battle.lobby_edited_at = now
        await self._edit(battle.lobby_message, render.lobby(battle, self.settings, now), battle)

    async def _start_or_call_off(self, battle: Battle) -> None:
        needed = self.settings.min_players
        if len(battle.players) < needed and self.clock.now() < battle.lobby_deadline:
            battle.start_requested = False  # someone left after Start: wait for the deadline
            return
        if len(battle.players) < needed:
            have = len(battle.players)
            await self._call_off(
                battle,
                f"Not enough players: {have} joined, {needed} needed. "
                "Try again with /battle when more people are around.",
                announce=True,
            )
            return
        lobby_rules.deal_teams(battle)
        battle.phase = Phase.BREAK
        if not await self._save(battle):
            return
        await self._edit(battle.lobby_message, render.lobby_started(battle), battle)
        await self._ask(battle)

    async def _call_off(self, battle: Battle, why: str, *, announce: bool) -> None:
        """End a battle that never started; nothing is recorded."""
        if not await self._save(battle, BattleStatus.FINISHED):
            return
        battle.phase = Phase.OVER
        closed = render.lobby_closed(battle, why)
        try:
            if battle.lobby_message is None:
                await self._send(battle.chat, closed, battle)
            elif announce:  # the lobby card just closes; the reason is said once, as news
                await self._edit(
                    battle.lobby_message, render.lobby_closed(battle, "Lobby closed."), battle
                )
                await self._send(battle.chat, closed, battle)
            else:
                await self._edit(battle.lobby_message, closed, battle)
        finally:
            self._drop(battle)

    async def _ask(self, battle: Battle) -> None:
        question = battle.questions[battle.played]
        now = self.clock.now()
        battle.current = Round(
            number=battle.played + 1,
            question=question,
            labels=question.options,
            asked_at=now,
            deadline=now + self.settings.round_time,
        )
        battle.phase = Phase.QUESTION
        battle.next_at = None
        await self._send(battle.chat, render.question(battle, battle.current), battle)

    async def _close(self, battle: Battle) -> None:
        outcome = close_round(battle)
        now = self.clock.now()
        last = (
            battle.played >= battle.rounds or battle.stopped_by is not None or not battle.active()
        )
        battle.phase = Phase.BREAK
        battle.next_at = now + timedelta(seconds=self.settings.pause_seconds)
        # The round is scored and closed (a late press is refused from here on): let other chats'
        # turns run before the scoreboard and the snapshot, so a 1,000-player close holds the
        # event loop for two short turns, not one long one.
        await asyncio.sleep(0)
        board = render.scoreboard(battle, outcome, self.settings, last=last)
        if not last and not await self._save(battle):
            return
        if battle.scoreboard_message is None:
            battle.scoreboard_message = await self._send(battle.chat, board, battle)
        elif not await self._edit(battle.scoreboard_message, board, battle):
            battle.scoreboard_message = await self._send(battle.chat, board, battle) or (
                battle.scoreboard_message
            )
        if last:
            await self._finish(battle)

    async def _finish(self, battle: Battle) -> None:
        """Marked finished with the results recorded, in one transaction (unless another process
        took it over), then the podium."""
        players = list(battle.players.values())
        options = battle.options
        won = winners(players, options.teams) if battle.played else set()
        if battle.played and battle.id in self._held:
            if not await persist.finish(self.store, battle, self._owner, self.clock.now(), won=won):
                self._lose(battle)
                return
        elif not await self._save(battle, BattleStatus.FINISHED):
            return
        battle.phase = Phase.OVER
        note = ""
        if battle.stopped_by is not None and battle.played < battle.rounds:
            note = (
                f"Stopped by {battle.stopped_by} after {battle.played} of {battle.rounds} rounds."
            )
        elif battle.played < battle.rounds:
            note = f"Everyone left after {battle.played} of {battle.rounds} rounds."
        try:
            # Every player's standing: a thousand lines are milliseconds of work, done in a thread
            # so the loop goes on serving other chats meanwhile (the battle is over: nothing
            # changes its players now).
            podium = await asyncio.to_thread(
                render.podium,
                options.topic_title,
                players,
                options.teams,
                played=battle.played,
                rounds=battle.rounds,
                note=note,
            )
            await self._send(battle.chat, podium, battle)
            if battle.played and battle.id not in self._held:  # no row of ours: results alone
                await persist.record(
                    self.store,
                    battle.chat,
                    battle_id=battle.id,
                    players=players,
                    won=won,
                    finished_at=self.clock.now(),
                )
        finally:
            self._drop(battle)

    def _drop(self, battle: Battle) -> None:
        if self._battles.get(_key(battle.chat)) is battle:
            del self._battles[_key(battle.chat)]
        self._by_id.pop(battle.id, None)
        self._graders.pop(battle.id, None)
        self._held.discard(battle.id)

    # ---- the battles' rows in the store, and their heartbeat ---------------------------------

    async def _save(self, battle: Battle, status: BattleStatus = BattleStatus.RUNNING) -> bool:
        """Save the battle's snapshot (ending it, with another `status`); False when another
        process has meanwhile ended it as stale, and then this one stops serving it."""
        if battle.id not in self._held:
            return True  # no row of ours (no store, or it failed when the battle opened)
        if await persist.save(self.store, battle, self._owner, self.clock.now(), status):
            return True
        self._lose(battle)
        return False

    def _lose(self, battle: Battle) -> None:
        log.warning(
            "battle %s in %s was ended by another process (this one stalled); leaving it",
            battle.id,
            battle.chat,
        )
        battle.phase = Phase.OVER
        self._drop(battle)

    async def _beat(self) -> None:
        """Every few seconds while battles run: tell the store this process still runs them."""
        if self.store is None or not self._held:
            return
        now = self.clock.now()
        every = timedelta(seconds=self.settings.heartbeat_seconds)
        if self._last_beat is not None and now - self._last_beat < every:
            return
        self._last_beat = now
        ours = set(self._held)
        held = await persist.heartbeat(self.store, self._owner, ours, now)
        if held is None:
            return
        for battle_id in ours - held:
            battle = self._by_id.get(battle_id)
            if battle is not None:
                self._lose(battle)

    # ---- after a restart ----------------------------------------------------------------------

    async def _recover(self) -> None:
        """On the first tick and every so often after: announce and record the battles nobody
        serves any more (their heartbeat is stale), each claimed so only one process does."""
        if self.store is None or self.messenger is None:
            return  # without a messenger yet, wait: the announcement needs one
        if self._next_scan is not None and self.clock.now() < self._next_scan:
            return
        async with self._recovery_lock:
            now = self.clock.now()
            if self._next_scan is not None and now < self._next_scan:
                return
            self._next_scan = now + timedelta(seconds=self.settings.recovery_scan_seconds)
            stale_before = now - self.settings.stale_after
            try:
                found = await persist.stale(self.store, stale_before)
            except Exception:
                log.exception("could not look for battles cut short by a restart")
                return
            platform = getattr(self.messenger, "platform", None)
            for row in found:
                if row.battle_id in self._by_id:
                    continue  # ours: this process stalled, but it is running it again
                if platform is not None and row.chat.platform != platform:
                    continue  # another platform's process announces it: this one cannot reach it
                try:
                    await self._wrap_up(row, now, stale_before)
                except Exception:
                    log.exception("could not wrap up interrupted battle %s", row.battle_id)

    async def _wrap_up(self, row: BattleRecord, now: datetime, stale_before: datetime) -> None:
        if self.store is None or not await persist.claim_stale(self.store, row, now, stale_before):
            return  # another process claimed it first, or its owner came back
        try:
            snapshot = Snapshot.from_json(dict(row.state))
        except (KeyError, TypeError, ValueError):
            log.exception("battle %s in %s has an unreadable state", row.battle_id, row.chat)
            return
        await self._announce_interrupted(snapshot)

    async def _announce_interrupted(self, snapshot: Snapshot) -> None:
        if snapshot.played:
            cut = snapshot.played + 1
            open_round = (
                f" Round {cut}, under way when it stopped, does not count;"
                if cut <= snapshot.rounds
                else ""
            )
            note = (
                f"This battle was interrupted by a restart after {snapshot.played} of "
                f"{snapshot.rounds} rounds.{open_round} these are the results of the rounds played."
            )
            await self._send(
                snapshot.chat,
                render.podium(
                    snapshot.topic_title,
                    snapshot.players,
                    snapshot.teams,
                    played=snapshot.played,
                    rounds=snapshot.rounds,
                    note=note,
                ),
            )
            won = winners(snapshot.players, snapshot.teams)
            await persist.record(
                self.store,
                snapshot.chat,
                battle_id=snapshot.battle_id,
                players=snapshot.players,
                won=won,
                finished_at=self.clock.now(),
            )
        else:
            await self._send(
                snapshot.chat,
                Message(
                    text(
                        "The battle here was cancelled by a restart before any round finished. "
                        "Start a new one with /battle."
                    )
                ),
            )

    # ---- the Messenger, with failures logged -------------------------------------------------

    async def _send(
        self, chat: Chat, reply: Reply, battle: Battle | None = None
    ) -> SentMessage | None:
        if self.messenger is None:
            return None
        if battle is not None:
            battle.pace.record(self.clock.now())
        try:
            return await self.messenger.send(chat, reply)
        except Exception:
            log.exception("could not send a battle message to %s; carrying on", chat)
            return None

    async def _edit(
        self, sent: SentMessage | None, reply: Reply, battle: Battle | None = None
    ) -> bool:
        if sent is None or self.messenger is None:
            return False
        if battle is not None:
            battle.pace.record(self.clock.now())
        try:
            await self.messenger.edit(sent, reply)
        except Exception:
            log.exception("could not edit battle message %s; carrying on", sent.message_id)
            return False
        return True


@dataclasses.dataclass(frozen=True, slots=True)
class _Judge:
    """Grades a typed answer against the open round's question."""

    grader: Grader
    battle: Battle

    def __call__(self, given: str) -> bool | None:
        current = self.battle.current
        if current is None:
            return None
        grade = self.grader.grade(list(current.question.answers), given)
        return None if grade.verdict is Verdict.EMPTY else grade.correct


def _grader_for(deck: Deck) -> Grader:
    """A grader telling apart the names the deck's questions use (run in a thread)."""
    return Grader(QuestionGenerator(deck).entities())


def _round_cost(battle: Battle) -> int:
    """Messages the next round will need: its question and the scoreboard edit (and the podium
    after the last one)."""
    return 3 if battle.played + 1 >= battle.rounds else 2


def _topic(
    deck: Deck, index: DeckIndex, query: str
) -> tuple[str | None, str | None, Message | None]:
    """(topic id, its title, None) for a query, or a message saying it is not in the notes."""
    if not query:
        return None, None, None
    found = index.lookup(query)
    if found.status == "match" and found.best is not None:
        topic_id = found.best.id
        if found.best.kind == "term":
            term = next((t for t in deck.terms if t.id == found.best.id), None)
            topic_id = term.topics[0] if term is not None and term.topics else ""
        topic = deck.topic(topic_id) if topic_id else None
        if topic is not None:
            return topic.id, topic.title, None
    titles = [hit.title for hit in found.candidates[:3]]
    lead = f"“{echo(query)}” is not a topic in these notes."
    if titles:
        return None, None, Message(text(lead, "Did you mean: " + "; ".join(titles) + "?"))
    return None, None, Message(text(lead, "See /topics, or send /battle for all topics."))


def _questions(
    generator: QuestionGenerator,
    battle_id: str,
    request: BattleRequest,
    topic_id: str | None,
    default: int,
    *,
    retired: frozenset[str] = frozenset(),
) -> list[Question]:
    wanted = request.rounds or default
    kinds = _TYPED_KINDS if request.typed else _CHOICE_KINDS
    # Hand-written questions of either kind share a QuestionKind: ask for spares, keep the right
    # kind, and (belt and braces) never the same question twice. Questions a teacher retired for
    # the chat (on the dashboard) are left out, with spares drawn for them too.
    spares = len(generator.deck.questions) + min(len(retired), _RETIRED_SPARE)
    batch = generator.generate(
        wanted + spares,
        topic_id=topic_id,
        kinds=kinds,
        seed=int(battle_id, 16),
        typed=request.typed,
    )
    unique = {q.id: q for q in batch if q.typed == request.typed and q.id not in retired}
    return list(unique.values())[:wanted]


_RETIRED_SPARE = 50


def _key(chat: Chat) -> tuple[str, str]:
    return chat.platform, chat.id


_RUNNING_ELSEWHERE = (
    "A battle is already running here — one at a time. Wait for the podium, then /battle."
)


def _busy(battle: Battle) -> str:
    if battle.phase is Phase.LOBBY:
        return "A battle is already gathering players here — join it with /join."
    return "A battle is already running here — one at a time. Wait for the podium, then /battle."
