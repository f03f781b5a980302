"""What every bot process runs besides its platform library, shared by the Discord and Telegram adapters.

- `Ticker`: the engine's timer loop (lobby timeouts, round ends, scheduled pushes), a tick started
  about once a second while a bot runs, without waiting for the last one (a retried send in one
  chat must not hold the others' timers).
- `open_app`: the core as a bot process wires it, with the group features (battles) that send on
  their own; `attach_messenger` gives them the platform's Messenger once the adapter exists.
  `open_bot_app` also starts the worker processes a few seconds later, in the background
  (unless STUDYBOT_WORKERS=on-demand: `bot_config`).
- `run_each`: `studybot run all` with both tokens — one child process per platform (their chats
  never overlap, and the store keeps processes from stepping on each other), stopped together.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import signal
import subprocess
import sys
import time
from collections.abc import Awaitable, Callable, Mapping, Sequence
from pathlib import Path

from bot.app import App, AppConfig, build_app, settle_heap
from bot.daily import Pacer
from bot.ports import Clock, Messenger
from bot.store import SqlStore, StoreError
from knowledge.loader import DeckError

log = logging.getLogger(__name__)

Tick = Callable[[], Awaitable[None]]
TICK_SECONDS = 1.0
MAX_TICKS_IN_FLIGHT = 8
"""Ticks running at once before the next is skipped: one is held only by a send being retried
(a 429 storm, up to `adapters._retry`'s cap), so more than a few means something else is slow."""


class Ticker:
    """The engine's timer loop as a background task: `tick` is started about every `interval`
    seconds, each call as its own task, whether or not the last one has finished.

    Why not one after another: a tick runs every chat's due work, and a send the platform refuses
    is retried inside it for up to 90 s (`adapters._retry`). Waiting for that tick would hold every
    other chat's round ends and pushes for as long. The core guards its per-chat work (a battle's
    step, a chat's daily push) so that overlapping ticks never run the same piece twice; a later
    tick skips what an earlier one is still doing and runs everything else. At most `max_in_flight`
    ticks run at once: past that a tick is skipped and logged. `stop()` cancels the loop and the
    ticks still running and waits for them (the core leaves a cancelled send recoverable).
    """

    def __init__(
        self,
        tick: Tick,
        interval: float = TICK_SECONDS,
        *,
        max_in_flight: int = MAX_TICKS_IN_FLIGHT,
    ) -> None:
        if max_in_flight < 1:
            raise ValueError("max_in_flight must be at least 1")
        self._tick = tick
        self._interval = interval
        self._max_in_flight = max_in_flight
        self._task: asyncio.Task[None] | None = None
        self._in_flight: set[asyncio.Task[None]] = set()
        self.skipped = 0  # ticks skipped because too many were running, since the start

    @property
    def running(self) -> bool:
        return self._task is not None and not self._task.done()

    @property
    def in_flight(self) -> int:
        """Ticks started and not yet finished."""
        return len(self._in_flight)

    def start(self) -> None:
        if not self.running:
            self._task = asyncio.create_task(self._loop(), name="engine-ticker")

    async def stop(self) -> None:
        task, self._task = self._task, None
        if task is not None:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
        ticks = list(self._in_flight)
        for tick in ticks:
            tick.cancel()
        if ticks:
            await asyncio.gather(*ticks, return_exceptions=True)

    async def _loop(self) -> None:
        loop = asyncio.get_running_loop()
        skipping = 0  # ticks skipped in a row, logged when ticks run again
        while True:
            started = loop.time()
            if len(self._in_flight) >= self._max_in_flight:
                skipping += 1
                self.skipped += 1
                if skipping == 1:
                    log.warning(
                        "timer tick skipped: %d ticks are still running (a slow send or store)",
                        len(self._in_flight),
                    )
            else:
                if skipping:
                    log.info("timer ticks run again after %d skipped", skipping)
                    skipping = 0
                task = asyncio.create_task(self._run_one(), name="engine-tick")
                self._in_flight.add(task)
                task.add_done_callback(self._in_flight.discard)
            await asyncio.sleep(max(0.0, self._interval - (loop.time() - started)))

    async def _run_one(self) -> None:
        try:
            await self._tick()
        except Exception:
            log.exception("the engine's timer tick failed")


async def open_app(config: AppConfig, *, clock: Clock | None = None) -> App:
    """The core as a bot process wires it: `build_app` (battles and daily pushes included)."""
    return await build_app(config, clock=clock)


EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
START_WORKERS_AFTER = 5.0
"""Seconds after a bot process has built its core before it starts its worker processes
(`Engine.start_workers`): its own start (the login, the gateway or getMe, the command menu)
goes first, and a bot stopped within seconds starts none. A big upload meanwhile starts them
itself, as any engine's does."""


async def open_bot_app(config: AppConfig) -> App | int:
    """`open_app` for a bot process: the App, or the exit code after a one-line reason on stderr
    (2: a deck or DATABASE_URL to fix; 1: the database cannot be reached). Its worker processes
    start in the background `START_WORKERS_AFTER` seconds later (`app.close()` stops them)."""
    try:
        app = await open_app(config)
    except DeckError as error:
        print(f"studybot: cannot load the deck:\n{error}", file=sys.stderr)
        return EXIT_USAGE
    except ValueError as error:  # a DATABASE_URL that is not a database URL
        print(f"studybot: {error}", file=sys.stderr)
        return EXIT_USAGE
    except StoreError as error:
        print(f"studybot: cannot open the database: {error}", file=sys.stderr)
        return EXIT_FAILED
    try:
        await start_dashboard(app, config)
    except (ValueError, OSError) as error:  # a DASHBOARD_LISTEN to fix, or its port is taken
        await app.close()
        print(f"studybot: cannot serve the dashboard: {error}", file=sys.stderr)
        return EXIT_USAGE
    if isinstance(app.store, SqlStore):
        log.info("progress is kept in %s", app.store.where)
    settle_heap()
    if config.workers_at_start:
        app.engine.start_workers(after=START_WORKERS_AFTER)
    return app


WORKERS_ENV = "STUDYBOT_WORKERS"
WORKERS_CHOICES = {"at-start": True, "on-demand": False}
"""STUDYBOT_WORKERS: `at-start` (the default) starts a bot's worker processes soon after it is up,
so a big upload finds them ready; `on-demand` starts them when a big upload or deck first needs
them, which saves their memory (about 500 MB per bot process) on a small server whose decks are
small, at the cost of seconds of start-up on the first big upload."""


def bot_config(deck: str | None, environ: Mapping[str, str]) -> AppConfig:
    """A bot process's AppConfig from its environment: DATABASE_URL, the dashboard's settings
    (DASHBOARD_URL, DASHBOARD_SECRET, DASHBOARD_LISTEN) and STUDYBOT_WORKERS. Raises ValueError,
    saying what to set, for a STUDYBOT_WORKERS that is neither choice."""
    workers = environ.get(WORKERS_ENV, "").strip().lower() or "at-start"
    if workers not in WORKERS_CHOICES:
        raise ValueError(
            f"{WORKERS_ENV}={environ.get(WORKERS_ENV, '')!r} is not one of "
            f"{', '.join(WORKERS_CHOICES)} (at-start is the default)"
        )
    return AppConfig(
        deck_path=Path(deck) if deck else None,
        database_url=environ.get("DATABASE_URL") or None,
        dashboard_url=environ.get("DASHBOARD_URL") or None,
        dashboard_secret=environ.get("DASHBOARD_SECRET") or None,
        dashboard_listen=environ.get("DASHBOARD_LISTEN") or None,
        workers_at_start=WORKERS_CHOICES[workers],
    )


async def start_dashboard(app: App, config: AppConfig) -> None:
    """Serve the class dashboard beside the bot when it is configured; `app.close()` stops it."""
    from adapters.dashboard import DashboardServer, dashboard_settings

    settings = dashboard_settings(
        {
            "DASHBOARD_URL": config.dashboard_url or "",
            "DASHBOARD_SECRET": config.dashboard_secret or "",
            "DASHBOARD_LISTEN": config.dashboard_listen or "",
        }
    )
    dashboard = app.reports.dashboard if app.reports is not None else None
    if settings is None or dashboard is None:
        return
    server = DashboardServer(app, dashboard.signer, settings.host, settings.port)
    await server.start()
    app.on_close.append(server.stop)


def stop_on_signals() -> asyncio.Event:
    """An event set by SIGINT or SIGTERM, so a bot shuts down cleanly (call inside the event loop)."""
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError, RuntimeError):
            loop.add_signal_handler(signum, stop.set)
    return stop


def configure_logging() -> None:
    """JSON or plain logs from LOG_FORMAT/LOG_LEVEL, secrets masked (adapters._logging)."""
    from adapters._logging import configure_logging as configure

    configure()


def attach_messenger(app: App, messenger: Messenger, *, platform: str, pacer: Pacer) -> None:
    """Give the features that send on their own (battles, daily pushes) the platform's Messenger,
    and daily pushes the platform's pacing policy; this process pushes to `platform`'s chats only."""
    app.connect(messenger, platform=platform, pacer=pacer)


def migrate_once(database_url: str | None) -> str | None:
    """Bring the database to the newest schema before several processes open it at once (two
    first-time migrations racing on one SQLite file would fail). Returns the problem, if any."""

    async def migrate() -> None:
        store = await SqlStore.open(database_url)
        await store.close()

    try:
        asyncio.run(migrate())
    except (ValueError, StoreError) as error:
        return str(error)
    return None


def run_each(platforms: Sequence[str], *, deck: str | None = None) -> int:
    """Run `studybot run PLATFORM` for each platform as a child process. A signal to this process is
    passed on to them; if one fails, the others are stopped too. Returns the first failure's code."""
    problem = migrate_once(os.environ.get("DATABASE_URL") or None)
    if problem is not None:
        print(f"studybot: cannot open the database: {problem}", file=sys.stderr)
        return 2
    base = [sys.executable, "-m", "adapters.cli", "run"]
    extra = ["--deck", deck] if deck else []
    children = [subprocess.Popen([*base, platform, *extra]) for platform in platforms]

    def stop_all(signum: int = signal.SIGTERM, _frame: object = None) -> None:
        for child in children:
            if child.poll() is None:
                child.send_signal(signum)

    previous = {
        signum: signal.signal(signum, stop_all) for signum in (signal.SIGINT, signal.SIGTERM)
    }
    try:
        while any(child.poll() is None for child in children):
            if any(child.poll() not in (None, 0) for child in children):
                stop_all()
            time.sleep(0.05)
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
    codes = [child.returncode for child in children]
    return next((code if code > 0 else 1 for code in codes if code), 0)
