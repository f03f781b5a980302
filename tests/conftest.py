"""Fixtures shared by every test: the default deck, an engine wired with fakes, users and chats."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import AsyncIterator, Iterator
from functools import cache

import pytest
from hypothesis import HealthCheck, settings

from bot.deck_admin import UPLOAD_LIMITS, UPLOAD_MODULES
from bot.engine import Engine
from bot.events import Chat, Command, User
from bot.replies import Reply
from bot.workers import WorkerPool
from knowledge.bundled import DEFAULT_DECK
from knowledge.loader import load_deck
from knowledge.model import Deck
from tests.fakes.clock import FakeClock

pytest_plugins = ["tests.pg", "tests.counts"]

# Property tests: a modest number of examples by default and in CI (they run on every push); set
# HYPOTHESIS_PROFILE=thorough for a long hunt. No deadline: a loaded machine must not fail a test.
settings.register_profile(
    "ci", max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile(
    "thorough", max_examples=1_000, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


def pytest_configure(config: pytest.Config) -> None:
    """Keep every test process (each pytest-xdist worker, and the bots it starts) off the developer's
    own settings: bot heartbeats and caches go to a temp dir of this process (the data dir:
    `private_data_dir`), and a DATABASE_URL or STUDYBOT_DECK set in the shell does not leak in."""
    scratch = tempfile.mkdtemp(prefix="studybot-tests-")
    config.add_cleanup(lambda: shutil.rmtree(scratch, ignore_errors=True))
    os.environ["STUDYBOT_HEALTH_DIR"] = os.path.join(scratch, "health")
    os.environ["XDG_CACHE_HOME"] = os.path.join(scratch, "cache")  # the English word list's cache
    for name in ("DATABASE_URL", "STUDYBOT_DECK", "LOG_FORMAT", "LOG_LEVEL"):
        os.environ.pop(name, None)


ANA = User("test", "1", "Ana")
BEN = User("test", "2", "Ben")
DM = Chat("test", "dm-1", is_group=False)
GROUP = Chat("test", "group-1", is_group=True)


@pytest.fixture(scope="session", autouse=True)
def private_data_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Keep the tests' `studybot` processes off the user's real database: the default SQLite file
    lives under the user data dir (XDG_DATA_HOME), so point that at a temp dir for the session."""
    previous = os.environ.get("XDG_DATA_HOME")
    os.environ["XDG_DATA_HOME"] = str(tmp_path_factory.mktemp("xdg-data"))
    yield
    if previous is None:
        os.environ.pop("XDG_DATA_HOME", None)
    else:
        os.environ["XDG_DATA_HOME"] = previous


@cache
def default_deck() -> Deck:
    return load_deck(DEFAULT_DECK)


@pytest.fixture
def deck() -> Deck:
    return default_deck()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
async def workers() -> AsyncIterator[WorkerPool]:
    """The upload worker pool as the app wires it, stopped after the test."""
    pool = WorkerPool(limits=UPLOAD_LIMITS, preload=UPLOAD_MODULES)
    yield pool
    await pool.close()


@pytest.fixture
def engine(deck: Deck, clock: FakeClock) -> Engine:
    return Engine(deck, clock=clock)


def shown(replies: list[Reply]) -> str:
    """Everything a user would read, as plain text."""
    return "\n".join(reply.fallback.plain for reply in replies)


async def say(engine: Engine, command: str, *, user: User = ANA, chat: Chat = DM) -> list[Reply]:
    name, _, args = command.lstrip("/").partition(" ")
    return await engine.handle(Command(user, chat, name, args))
