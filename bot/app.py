"""The composition root: one place that wires knowledge, store, clock, engine and the group features.

Production entry points (the console, the bots) and tests call `build_app` the same way; tests pass fakes.
Features that send on their own (battle rounds, daily pushes) get the platform's Messenger through
`App.connect` once the adapter exists.
"""

from __future__ import annotations

import gc
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path

from fsrs import Scheduler

from bot.allocator import tune_allocator
from bot.battle import BattleFeature, BattleSettings
from bot.daily import DailyFeature, Pacer
from bot.deck_admin import UPLOAD_LIMITS, UPLOAD_MODULES
from bot.decks import DeckLibrary
from bot.engine import Engine
from bot.events import Chat
from bot.feature import Feature
from bot.housekeeping import Housekeeping
from bot.ports import Clock, Messenger, SystemClock
from bot.report import Dashboard, LinkSigner, QuestionCatalogue, ReportFeature
from bot.store import SqlStore, Store
from bot.workers import WorkerPool
from knowledge.bundled import resolve_deck_path
from knowledge.deck_files import open_deck_file
from knowledge.model import Deck
from knowledge.search import DeckIndex


@dataclass(frozen=True, slots=True)
class AppConfig:
    """What to wire. `deck_path` None: $STUDYBOT_DECK, else the bundled deck. `database_url` None:
    $DATABASE_URL, else a SQLite file in the user's data directory. `with_store` False: no persistence
    (and so no daily pushes or reports); `fast_timers`: short lobbies and rounds, for trying battles
    alone. `dashboard_url` and `dashboard_secret` (both, or the dashboard is off): where teachers
    reach the class dashboard and the secret its links are signed with; `dashboard_listen` is the
    HOST:PORT a bot process serves it on. `workers_at_start` False: a bot process leaves its
    worker processes (about 500 MB) unstarted until a big upload or deck first needs them."""

    deck_path: Path | None = None
    database_url: str | None = None
    with_store: bool = True
    fast_timers: bool = False
    dashboard_url: str | None = None
    dashboard_secret: str | None = None
    dashboard_listen: str | None = None
    workers_at_start: bool = True


@dataclass(slots=True)
class App:
    deck: Deck
    engine: Engine
    clock: Clock
    store: Store | None
    battles: BattleFeature
    daily: DailyFeature | None
    workers: WorkerPool
    """Worker processes (with CPU and memory limits) for untrusted input such as uploaded decks."""
    reports: ReportFeature | None = None
    on_close: list[Callable[[], Awaitable[None]]] = field(default_factory=list)
    """What entry points started beside the core (the dashboard's web server), stopped first."""

    def connect(
        self, messenger: Messenger, *, platform: str | None = None, pacer: Pacer | None = None
    ) -> None:
        """Let battles and daily pushes post through the adapter's Messenger.

        `platform`: the one platform this process serves (its daily pushes go only to chats of
        it; another platform's bot process sends theirs); None serves every chat. `pacer`: the
        platform's pacing policy for pushes (None: the adapter paces below the core).
        """
        self.battles.messenger = messenger
        if self.daily is not None:
            self.daily.messenger = messenger
            self.daily.platform = platform
            if pacer is not None:
                self.daily.pacer = pacer

    async def close(self) -> None:
        """Stop what was started beside the core, finish pushes in flight, stop the worker processes
        and release the store's connections."""
        while self.on_close:
            await self.on_close.pop()()
        if self.daily is not None:
            await self.daily.close()
        await self.engine.close()  # its upload workers are `workers`
        if self.store is not None:
            await self.store.close()


async def build_app(
    config: AppConfig,
    *,
    clock: Clock | None = None,
    deck: Deck | None = None,
    store: Store | None = None,
    scheduler: Scheduler | None = None,
    messenger: Messenger | None = None,
    workers: WorkerPool | None = None,
) -> App:
    """Load the deck (raises knowledge.loader.DeckError), open the store (ValueError for a bad URL,
    bot.store.StoreError when unreachable), and wire the engine with battles and daily pushes.
    `workers` (default: one process with `UPLOAD_LIMITS`, started on first use) reads uploads.
    Sets the C allocator up for a long-running process (`bot.allocator`)."""
    tune_allocator()
    loaded = deck if deck is not None else open_deck_file(resolve_deck_path(config.deck_path))
    dashboard = dashboard_of(
        config
    )  # a secret too short to sign with stops us before the store opens
    used_clock = clock or SystemClock()
    used_store = store
    if used_store is None and config.with_store:
        used_store = await SqlStore.open(config.database_url)
    used_workers = workers or WorkerPool(limits=UPLOAD_LIMITS, preload=UPLOAD_MODULES)
    index = DeckIndex(loaded)
    settings = BattleSettings.fast() if config.fast_timers else BattleSettings()
    battles = BattleFeature(
        loaded, clock=used_clock, store=used_store, index=index, settings=settings
    )
    features: list[Feature] = [battles]
    daily = None
    reports = None
    library: list[DeckLibrary] = []  # filled once the engine exists; reports only ask after that

    async def deck_of(chat: Chat) -> Deck:
        return (await library[0].for_chat(chat)).deck

    if used_store is not None:
        daily = DailyFeature(loaded, store=used_store, clock=used_clock)
        reports = ReportFeature(
            store=used_store,
            clock=used_clock,
            deck_of=deck_of,
            catalogue=QuestionCatalogue(),
            dashboard=dashboard,
        )
        features.extend((daily, reports, Housekeeping(used_store, used_clock)))
    engine = Engine(
        loaded,
        index=index,
        clock=used_clock,
        store=used_store,
        scheduler=scheduler,
        features=features,
        workers=used_workers,
    )
    battles.decks = engine.library
    library.append(engine.library)
    if daily is not None:
        daily.decks = engine.library
    app = App(loaded, engine, used_clock, used_store, battles, daily, used_workers, reports)
    if messenger is not None:
        app.connect(messenger)
    return app


def dashboard_of(config: AppConfig) -> Dashboard | None:
    """The dashboard's address and link signer when both settings are given; otherwise it stays off.
    A ValueError for a secret too short to sign with."""
    url, secret = config.dashboard_url, config.dashboard_secret
    if not url or not secret:
        return None
    return Dashboard(url, LinkSigner(secret))


def settle_heap() -> None:
    """Move everything alive now (modules, the deck, its index, the store's engine) out of the
    cyclic garbage collector's reach; a bot process calls it once, when it has started.

    These objects live as long as the process, yet every full collection would walk them all
    again: with a few hundred thousand of them that is a pause of 20–200 ms on the event loop,
    which a burst of answers (a 1,000-player battle round) sets off. Frozen, they are skipped;
    what is made afterwards is collected as usual. Garbage collected first, so none is kept.
    """
    gc.collect()
    gc.freeze()
