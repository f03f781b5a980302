"""What every bot process runs besides its platform library, shared by the Discord and Telegram adapters.

- `Ticker` / `tick_forever`: the engine's timer loop (lobby timeouts, round ends, scheduled pushes),
  called about once a second while a bot runs.
- `open_app`: the core as a bot process wires it, with the group features (battles) that send on
  their own; `attach_messenger` gives them the platform's Messenger once the adapter exists.
- `run_each`: `studybot run all` with both tokens — one child process per platform (their chats
  never overlap, and the store keeps processes from stepping on each other), stopped together.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import logging
import os
import signal
import subprocess
import sys
import time
from collections.abc import Awaitable, Callable, Mapping, Sequence

from bot.app import App, AppConfig, build_app, settle_heap
from bot.daily import Pacer
from bot.ports import Clock, Messenger
from bot.store import SqlStore, StoreError
from knowledge.loader import DeckError

log = logging.getLogger(__name__)

Tick = Callable[[], Awaitable[None]]
TICK_SECONDS = 1.0


async def tick_forever(tick: Tick, interval: float = TICK_SECONDS) -> None:
    """Call `tick` every `interval` seconds until cancelled. A slow tick delays the next one rather
    than piling up; a failing tick is logged and the loop carries on."""
    loop = asyncio.get_running_loop()
    while True:
        started = loop.time()
        try:
            await tick()
        except Exception:
            log.exception("the engine's timer tick failed")
        await asyncio.sleep(max(0.0, interval - (loop.time() - started)))


class Ticker:
    """`tick_forever` as a background task with start/stop, for a bot's start-up and shutdown hooks."""

    def __init__(self, tick: Tick, interval: float = TICK_SECONDS) -> None:
        self._tick = tick
        self._interval = interval
        self._task: asyncio.Task[None] | None = None

    @property
    def running(self) -> bool:
        return self._task is not None and not self._task.done()

    def start(self) -> None:
        if not self.running:
            self._task = asyncio.create_task(tick_forever(self._tick, self._interval))

    async def stop(self) -> None:
        task, self._task = self._task, None
        if task is not None:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task


async def open_app(config: AppConfig, *, clock: Clock | None = None) -> App:
    """The core as a bot process wires it: `build_app` (battles and daily pushes included)."""
    return await build_app(config, clock=clock)


EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


async def open_bot_app(config: AppConfig) -> App | int:
    """`open_app` for a bot process: the App, or the exit code after a one-line reason on stderr
    (2: a deck or DATABASE_URL to fix; 1: the database cannot be reached)."""
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
    return app


def with_dashboard(config: AppConfig, environ: Mapping[str, str]) -> AppConfig:
    """`config` with the dashboard's settings from DASHBOARD_URL, DASHBOARD_SECRET, DASHBOARD_LISTEN."""
    return dataclasses.replace(
        config,
        dashboard_url=environ.get("DASHBOARD_URL") or None,
        dashboard_secret=environ.get("DASHBOARD_SECRET") or None,
        dashboard_listen=environ.get("DASHBOARD_LISTEN") or None,
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
