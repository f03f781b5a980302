"""A PostgreSQL server for tests, and a fresh database per test on it.

`postgres_url` (a session fixture) gives the URL of a server's maintenance database:
- DATABASE_URL_TEST when set (its role must be allowed to CREATE DATABASE);
- else a throwaway server started here from the machine's `initdb`/`pg_ctl`, in a temp dir,
  on a free loopback port, stopped when the session ends (also after a failure);
- else the PostgreSQL tests skip and say why, except under CI=true, where they fail: CI must
  never pass by silently testing SQLite alone.

`fresh_database(server_url)` creates a database with a unique name and drops it afterwards, so
tests never see each other's rows.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import NoReturn

import pytest
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import create_async_engine
from sqlalchemy.pool import NullPool

from bot.store import to_async_url

ENV_URL = "DATABASE_URL_TEST"
SERVER_TOOLS = ("initdb", "pg_ctl")
_START_ATTEMPTS = 3


class PostgresUnavailable(Exception):
    """No PostgreSQL server can be had here; the message says why."""


def skip_or_fail(reason: str) -> NoReturn:
    """Skip on a developer's machine; fail under CI=true, where PostgreSQL must be tested."""
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"{reason} (CI=true: the PostgreSQL tests must run here)", pytrace=False)
    pytest.skip(f"{reason}; set {ENV_URL} or install the PostgreSQL server binaries")


def missing_tools_reason() -> str | None:
    """Why a throwaway server cannot be started here, or None when it can."""
    missing = [tool for tool in SERVER_TOOLS if shutil.which(tool) is None]
    if missing:
        return f"no PostgreSQL server: {', '.join(missing)} not on PATH"
    if os.geteuid() == 0:
        if shutil.which("runuser") is None:
            return "running as root and runuser is missing, so initdb cannot run"
        try:
            _postgres_ids()
        except KeyError:
            return "running as root and there is no 'postgres' user to run initdb as"
    return None


class ThrowawayPostgres:
    """A PostgreSQL server in a temp dir that lives as long as this object is not stopped."""

    def __init__(self) -> None:
        self.root = Path(tempfile.mkdtemp(prefix="studybot-pg-"))
        self.data = self.root / "data"
        self.log = self.root / "server.log"
        self.port = 0
        self._options = ""
        self._running = False
        if os.geteuid() == 0:  # initdb refuses root: the files belong to postgres
            uid, gid = _postgres_ids()
            os.chown(self.root, uid, gid)
        self.root.chmod(0o700)

    @property
    def url(self) -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/postgres"

    def start(self) -> None:
        """initdb, then pg_ctl start on a free port (a few tries: a port can be taken meanwhile)."""
        self._run(
            "initdb", "-D", str(self.data), "-A", "trust", "-U", "postgres", "-E", "UTF8",
            "--locale=C", "--no-sync", "--no-instructions",
        )  # fmt: skip
        failure = ""
        for _ in range(_START_ATTEMPTS):
            self.port = _free_port()
            options = (
                f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 "
                "-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
            )
            self._options = options
            try:
                self._pg_ctl_start()
            except PostgresUnavailable as exc:
                failure = f"{exc}\n{self._log_tail()}"
                continue
            self._running = True
            atexit.register(self.stop)
            return
        raise PostgresUnavailable(f"the throwaway PostgreSQL did not start: {failure}")

    def _pg_ctl_start(self) -> None:
        self._run(
            "pg_ctl", "-D", str(self.data), "-l", str(self.log), "-o", self._options,
            "-w", "-t", "60", "start",
        )  # fmt: skip

    def pause(self) -> None:
        """Stop the server as an outage would (connections cut at once); `resume` restarts it."""
        self._run("pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "stop")

    def resume(self) -> None:
        """Start the paused server again, on the same port with the same data."""
        self._pg_ctl_start()

    def stop(self) -> None:
        """Stop the server and remove its files; safe to call twice."""
        if self._running:
            self._running = False
            with contextlib.suppress(PostgresUnavailable):
                self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
        shutil.rmtree(self.root, ignore_errors=True)

    def _run(self, *command: str) -> None:
        if os.geteuid() == 0:
            command = ("runuser", "-u", "postgres", "--", *command)
        completed = subprocess.run(
            command,
            cwd=self.root,
            capture_output=True,
            text=True,
            timeout=120,
            env={**os.environ, "LC_ALL": "C"},
            check=False,
        )
        if completed.returncode != 0:
            output = (completed.stdout + completed.stderr).strip()
            raise PostgresUnavailable(f"{' '.join(command)} failed: {output}")

    def _log_tail(self) -> str:
        try:
            return "\n".join(self.log.read_text(errors="replace").splitlines()[-10:])
        except OSError:
            return "(no server log)"


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    """The URL of a PostgreSQL server's maintenance database (see the module docstring)."""
    configured = os.environ.get(ENV_URL, "").strip()
    if configured:
        yield configured
        return
    reason = missing_tools_reason()
    if reason is not None:
        skip_or_fail(reason)
    server = ThrowawayPostgres()
    try:
        server.start()
    except PostgresUnavailable as exc:  # the tools are here but broken: always a failure
        server.stop()
        pytest.fail(str(exc), pytrace=False)
    try:
        yield server.url
    finally:
        server.stop()


async def create_database(server_url: str) -> str:
    """A new, empty database with a unique name; returns its URL."""
    name = f"studybot_test_{uuid.uuid4().hex[:16]}"
    await execute(server_url, f'CREATE DATABASE "{name}"')
    return make_url(server_url).set(database=name).render_as_string(hide_password=False)


async def drop_database(server_url: str, url: str) -> None:
    """Drop the database of `url`, even while something is still connected to it."""
    await execute(server_url, f'DROP DATABASE IF EXISTS "{make_url(url).database}" WITH (FORCE)')


@contextlib.asynccontextmanager
async def fresh_database(server_url: str) -> AsyncIterator[str]:
    """A database for one test (see `create_database`), dropped afterwards; yields its URL."""
    url = await create_database(server_url)
    try:
        yield url
    finally:
        await drop_database(server_url, url)


async def execute(url: str, statement: str) -> None:
    """Run one statement on its own connection, outside a transaction (CREATE DATABASE can't)."""
    engine = create_async_engine(
        to_async_url(url), isolation_level="AUTOCOMMIT", poolclass=NullPool
    )
    try:
        async with engine.connect() as connection:
            await connection.exec_driver_sql(statement)
    finally:
        await engine.dispose()


def _postgres_ids() -> tuple[int, int]:
    entry = pwd.getpwnam("postgres")
    return entry.pw_uid, entry.pw_gid


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port
