"""The bot process serves the dashboard only when configured, on DASHBOARD_LISTEN, and stops it on close."""

from __future__ import annotations

import socket
from pathlib import Path

import aiohttp
import pytest

from adapters._runtime import bot_config, open_bot_app
from bot.app import App, AppConfig
from tests.integration.dashboard_site import DECK_PATH, SECRET


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def config(tmp_path: Path, **env: str) -> AppConfig:
    return bot_config(str(DECK_PATH), {"DATABASE_URL": f"sqlite:///{tmp_path / 'run.db'}", **env})


async def test_the_bot_process_serves_the_dashboard_when_configured(tmp_path: Path) -> None:
    port = free_port()
    app = await open_bot_app(
        config(
            tmp_path,
            DASHBOARD_URL="https://dash.school.test/",
            DASHBOARD_SECRET=SECRET,
            DASHBOARD_LISTEN=f"127.0.0.1:{port}",
        )
    )
    assert isinstance(app, App)
    try:
        async with aiohttp.ClientSession() as http, http.get(f"http://127.0.0.1:{port}/") as page:
            assert page.status == 200
            assert "type /dashboard in your class chat" in await page.text()
    finally:
        await app.close()
    with pytest.raises(aiohttp.ClientConnectionError):  # stopped with the app
        async with aiohttp.ClientSession() as http, http.get(f"http://127.0.0.1:{port}/"):
            pass


async def test_without_both_settings_nothing_listens(tmp_path: Path) -> None:
    port = free_port()
    app = await open_bot_app(
        config(tmp_path, DASHBOARD_SECRET=SECRET, DASHBOARD_LISTEN=f"127.0.0.1:{port}")
    )
    assert isinstance(app, App)
    try:
        assert app.reports is not None and app.reports.dashboard is None
        with pytest.raises(aiohttp.ClientConnectionError):
            async with aiohttp.ClientSession() as http, http.get(f"http://127.0.0.1:{port}/"):
                pass
    finally:
        await app.close()


@pytest.mark.parametrize(
    ("env", "said"),
    [
        ({"DASHBOARD_SECRET": "short"}, "DASHBOARD_SECRET must be at least 16 bytes"),
        ({"DASHBOARD_LISTEN": "nowhere"}, "DASHBOARD_LISTEN must be HOST:PORT"),
        ({"DASHBOARD_URL": "dash.school.test"}, "DASHBOARD_URL must start with https://"),
    ],
)
async def test_bad_dashboard_settings_stop_the_bot_with_a_reason(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], env: dict[str, str], said: str
) -> None:
    settings = {
        "DASHBOARD_URL": "https://dash.school.test/",
        "DASHBOARD_SECRET": SECRET,
        "DASHBOARD_LISTEN": f"127.0.0.1:{free_port()}",
        **env,
    }
    assert await open_bot_app(config(tmp_path, **settings)) == 2
    assert said in capsys.readouterr().err
