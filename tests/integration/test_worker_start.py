"""A bot process starts its worker processes soon after it is up, in the background, so a big
upload finds them ready; a core nobody runs as a bot (the console, tests, one-shot commands, which
never import the engine: `test_cli_start`) starts none until an upload needs them, and a bot
stopped while they start leaves none behind."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from pathlib import Path

import pytest

import adapters._runtime as runtime
import bot.engine
from adapters._runtime import bot_config, open_bot_app
from bot.app import App, AppConfig, build_app
from tests.conftest import say, shown
from tests.fakes import worker_tasks
from tests.integration.dashboard_site import DECK_PATH
from tests.integration.test_cli import studybot


@pytest.fixture(autouse=True)
def light_build_workers(monkeypatch: pytest.MonkeyPatch) -> None:
    """The build workers' start-up loads a lemmatizer and word lists (seconds of CPU); here they
    import one small module instead, which a call can check was imported at start."""
    monkeypatch.setattr(bot.engine, "prepare_build_worker", worker_tasks.import_colorsys)


async def _until(condition: Callable[[], bool]) -> None:
    while not condition():
        await asyncio.sleep(0.01)


def config(tmp_path: Path) -> AppConfig:
    return AppConfig(deck_path=DECK_PATH, database_url=f"sqlite:///{tmp_path / 'run.db'}")


async def test_a_bot_process_starts_its_workers_soon_after_it_is_up(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(runtime, "START_WORKERS_AFTER", 0.0)
    app = await open_bot_app(config(tmp_path))
    assert isinstance(app, App)
    engine = app.engine
    try:
        # Nobody asks for them here: the bot process's start starts them.
        await asyncio.wait_for(_until(lambda: engine.builds.running == 2), 120)
        assert engine.workers.running == 1  # reads uploads (started first)
        seen = await asyncio.gather(
            *(engine.builds.run(worker_tasks.imported, "colorsys") for _ in range(4))
        )
        assert all(was_imported for _, was_imported in seen)  # their start-up ran already
        assert "Electrolysis" in shown(await say(engine, "/explain electrolysis"))
    finally:
        await app.close()
    assert engine.workers.running == 0
    assert engine.builds.running == 0


@pytest.mark.parametrize("after", [0.0, 5.0])
async def test_a_bot_stopped_while_its_workers_start_leaves_none_running(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    after: float,
) -> None:
    monkeypatch.setattr(runtime, "START_WORKERS_AFTER", after)
    app = await open_bot_app(config(tmp_path))
    assert isinstance(app, App)
    await asyncio.sleep(0)  # the start begins (or waits its delay)
    with caplog.at_level(logging.WARNING):
        await asyncio.wait_for(app.close(), 120)
    assert app.engine.workers.running == 0
    assert app.engine.builds.running == 0
    assert not [record for record in caplog.records if record.levelno >= logging.WARNING]


async def test_a_core_not_run_as_a_bot_starts_no_worker_until_an_upload(tmp_path: Path) -> None:
    app = await build_app(config(tmp_path))
    try:
        for command in ("/explain electrolysis", "/ask what is crude oil?", "/quiz 3"):
            await say(app.engine, command)
        await asyncio.sleep(0.2)
        assert app.engine.workers.running == 0
        assert app.engine.builds.running == 0
    finally:
        await app.close()


async def test_a_bot_set_to_start_workers_on_demand_starts_none_until_an_upload(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """STUDYBOT_WORKERS=on-demand: a small school server keeps the workers' memory (about 500 MB
    per bot process) until a big upload needs them."""
    monkeypatch.setattr(runtime, "START_WORKERS_AFTER", 0.0)
    started: list[float] = []
    monkeypatch.setattr(
        bot.engine.Engine, "start_workers", lambda self, *, after=0.0: started.append(after)
    )
    env = {"DATABASE_URL": f"sqlite:///{tmp_path / 'run.db'}", "STUDYBOT_WORKERS": "on-demand"}
    app = await open_bot_app(bot_config(str(DECK_PATH), env))
    assert isinstance(app, App)
    try:
        assert "Electrolysis" in shown(await say(app.engine, "/explain electrolysis"))
        await asyncio.sleep(0.2)
        assert started == []
        assert app.engine.workers.running == 0
        assert app.engine.builds.running == 0
    finally:
        await app.close()
    default = bot_config(str(DECK_PATH), {"STUDYBOT_WORKERS": " At-Start "})
    assert default.workers_at_start and bot_config(None, {}).workers_at_start


@pytest.mark.parametrize("platform", ["telegram", "discord"])
def test_a_bot_with_a_mistyped_workers_setting_says_what_to_set(platform: str) -> None:
    env = {"TELEGRAM_TOKEN": "1:abc", "DISCORD_TOKEN": "abc", "STUDYBOT_WORKERS": "lazy"}
    result = studybot("run", platform, env=env)
    assert result.returncode == 2
    assert "STUDYBOT_WORKERS='lazy' is not one of at-start, on-demand" in result.stderr
    assert "Traceback" not in result.stderr
