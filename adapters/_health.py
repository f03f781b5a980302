"""`studybot health [telegram|discord] [--json]`: is this bot fit to serve? For container healthchecks.

Three checks, each a line (or a JSON field) saying what is wrong:
- database: reachable within a few seconds and migrated to the newest revision this version ships
  (health never migrates: that is the bot's job at start, under an advisory lock);
- deck: the deck the bot serves (`--deck`, $STUDYBOT_DECK, else the bundled one) loads and validates;
- platform (when one is named): the running bot process says it is connected. A bot process writes a
  heartbeat file (`Heartbeat`) every few seconds while its platform connection is up; health reads it,
  so the check runs in the bot's container without a second login with the bot's token.

Exit 0 when every check passes, 1 otherwise.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import tempfile
import time
from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass
from pathlib import Path

from sqlalchemy.ext.asyncio import create_async_engine
from sqlalchemy.pool import NullPool

from bot.store._migrate import current_revision, head_revision
from bot.store._urls import default_database_url, describe, to_async_url
from knowledge.bundled import resolve_deck_path
from knowledge.deck_files import open_deck_file
from knowledge.loader import DeckError

HEALTH_DIR_ENV = "STUDYBOT_HEALTH_DIR"
BEAT_SECONDS = 10.0
STALE_SECONDS = 60.0  # six missed beats: the process is gone or its loop is stuck
CONNECT_SECONDS = 5.0


@dataclass(frozen=True, slots=True)
class Check:
    name: str
    ok: bool
    detail: str


def heartbeat_path(platform: str, env: Mapping[str, str] | None = None) -> Path:
    """Where a `platform` bot process reports itself: $STUDYBOT_HEALTH_DIR, else the temp dir."""
    environ = os.environ if env is None else env
    directory = environ.get(HEALTH_DIR_ENV, "").strip()
    base = Path(directory) if directory else Path(tempfile.gettempdir()) / "studybot-health"
    return base / f"{platform}.json"


class Heartbeat:
    """Writes `{"connected": …, "at": …, "pid": …}` for a bot process every `interval` seconds, as a
    background task; `stop` records the process as disconnected."""

    def __init__(
        self, platform: str, connected: Callable[[], bool], interval: float = BEAT_SECONDS
    ) -> None:
        self.path = heartbeat_path(platform)
        self._connected = connected
        self._interval = interval
        self._task: asyncio.Task[None] | None = None

    def start(self) -> None:
        if self._task is None:
            self._task = asyncio.create_task(self._beat())

    async def stop(self) -> None:
        task, self._task = self._task, None
        if task is not None:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
        self._write(False)

    async def _beat(self) -> None:
        while True:
            connected = self._connected()
            self._write(connected)
            # Until connected, look every second: health turns green soon after the bot does.
            await asyncio.sleep(self._interval if connected else min(1.0, self._interval))

    def _write(self, connected: bool) -> None:
        record = {"connected": connected, "at": time.time(), "pid": os.getpid()}
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            partial = self.path.with_suffix(f".{os.getpid()}.tmp")
            partial.write_text(json.dumps(record), encoding="utf-8")
            partial.replace(self.path)  # atomic: health never reads half a file
        except OSError:
            pass  # a read-only disk costs the healthcheck, never the bot


async def check_database(url: str | None) -> Check:
    """Reachable and at the newest migration; never migrates."""
    raw = url or default_database_url()
    try:
        async_url = to_async_url(raw)
    except ValueError as error:
        return Check("database", False, str(error))
    connect_args = {"timeout": CONNECT_SECONDS} if async_url.get_backend_name() != "sqlite" else {}
    engine = create_async_engine(async_url, poolclass=NullPool, connect_args=connect_args)
    where = describe(async_url)
    try:
        async with asyncio.timeout(CONNECT_SECONDS * 2), engine.connect() as connection:
            current = await connection.run_sync(current_revision)
    except Exception as error:  # every driver error means the same here: not reachable
        reason = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
        return Check("database", False, f"cannot reach {where}: {reason}")
    finally:
        await engine.dispose()
    head = head_revision()
    if current != head:
        found = f"is at {current}" if current else "is empty (never migrated)"
        return Check("database", False, f"{where} {found}; this version needs {head}")
    return Check("database", True, f"{where} reachable, migrated ({head})")


def check_deck(deck: str | None) -> Check:
    path = resolve_deck_path(deck)
    try:
        loaded = open_deck_file(path)
    except DeckError as error:
        return Check("deck", False, f"{path}: {'; '.join(map(str, error.problems[:3]))}")
    except OSError as error:
        return Check("deck", False, f"{path}: {error.strerror or error}")
    return Check("deck", True, f"{loaded.title!r} loaded ({len(loaded.topics)} topics)")


def check_platform(platform: str, now: float | None = None) -> Check:
    path = heartbeat_path(platform)
    try:
        record = json.loads(path.read_text(encoding="utf-8"))
        connected, at = bool(record["connected"]), float(record["at"])
    except (OSError, ValueError, KeyError, TypeError):
        return Check(platform, False, f"no running {platform} bot has reported ({path})")
    age = (time.time() if now is None else now) - at
    if age > STALE_SECONDS:
        return Check(platform, False, f"the {platform} bot last reported {age:.0f} s ago")
    if not connected:
        return Check(platform, False, f"the {platform} bot is not connected to {platform}")
    return Check(platform, True, f"connected (reported {max(age, 0):.0f} s ago)")


async def run_checks(
    *, platform: str | None, deck: str | None, database_url: str | None
) -> list[Check]:
    checks = [await check_database(database_url), check_deck(deck)]
    if platform is not None:
        checks.append(check_platform(platform))
    return checks


def health(
    platform: str | None, *, deck: str | None, database_url: str | None, as_json: bool
) -> int:
    """Print the checks; 0 when all pass, else 1."""
    checks = asyncio.run(run_checks(platform=platform, deck=deck, database_url=database_url))
    healthy = all(check.ok for check in checks)
    if as_json:
        payload = {
            "status": "healthy" if healthy else "unhealthy",
            "checks": [asdict(check) for check in checks],
        }
        print(json.dumps(payload, ensure_ascii=False))
    else:
        for check in checks:
            print(f"{check.name}: {'ok' if check.ok else 'FAIL'} — {check.detail}")
    return 0 if healthy else 1
