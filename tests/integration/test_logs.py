"""Bot logs never contain a secret, come as JSON lines under LOG_FORMAT=json, and keep libraries quiet.

The bots run as real processes against the fake platforms with realistic-looking tokens and every
log level open (LOG_LEVEL=DEBUG), through the failures an operator meets: Telegram refusing sends
(429), a refused token, a dropped Discord gateway, an unreachable database with a password.
Everything they print is captured and searched for the secrets.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import signal
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from adapters._logging import MASK, configure_logging
from tests.fakes.discord_api import FakeDiscord
from tests.fakes.telegram_api import FakeTelegramAPI

ROOT = Path(__file__).resolve().parents[2]
TELEGRAM_TOKEN = "7712345678:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw0"
WRONG_TELEGRAM_TOKEN = "7712345678:AAWrongWrongWrongWrongWrongWrong12345"
DISCORD_TOKEN = "MTIzNDU2Nzg5MDEyMzQ1Njc4.GabcDE.abcdefghijklmnopqrstuvwxyz0123456789AB"
DB_PASSWORD = "pg-Secret-4242"
# A bot process may take this long to start on a loaded machine (a passing run never waits it out).
STARTUP = 120.0
SECRETS = (TELEGRAM_TOKEN, WRONG_TELEGRAM_TOKEN, DISCORD_TOKEN, DB_PASSWORD)


def bot_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "DISCORD_"))}
    env.update(
        PYTHONPATH=str(ROOT),
        LOG_FORMAT="json",
        LOG_LEVEL="DEBUG",
        DATABASE_URL=f"sqlite:///{tmp_path / 'bot.db'}",
        STUDYBOT_HEALTH_DIR=str(tmp_path / "health"),
    )
    env.update(extra)
    return env


async def start(platform: str, env: dict[str, str]) -> asyncio.subprocess.Process:
    return await asyncio.create_subprocess_exec(
        sys.executable, "-m", "adapters.cli", "run", platform,
        env=env, cwd=ROOT, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip


async def finish(process: asyncio.subprocess.Process, *, terminate: bool = True) -> str:
    if terminate and process.returncode is None:
        process.send_signal(signal.SIGTERM)
    out, err = await asyncio.wait_for(process.communicate(), 120)
    return out.decode() + err.decode()


def log_records(output: str) -> list[dict[str, str]]:
    """Every log line as JSON; the one-line `studybot: …` messages for the operator are not logs."""
    records = []
    for line in output.splitlines():
        if line.strip() and not line.startswith("studybot: "):
            records.append(json.loads(line))  # a plain-text log line fails here
    return records


def assert_no_secret(output: str) -> None:
    for secret in SECRETS:
        assert secret not in output
        assert secret.split(":")[-1] not in output  # nor the secret half of a Telegram token


@pytest.mark.slow
async def test_telegram_logs_through_refusals_and_a_wrong_token_hold_no_token(
    tmp_path: Path,
) -> None:
    async with FakeTelegramAPI(token=TELEGRAM_TOKEN) as api:
        base = f"http://127.0.0.1:{api.port}"
        process = await start(
            "telegram", bot_env(tmp_path, TELEGRAM_TOKEN=TELEGRAM_TOKEN, TELEGRAM_API_BASE_URL=base)
        )
        try:
            await api.wait_polling(timeout=STARTUP)
            api.say("/topics")
            await api.wait_for("sendMessage")
            api.flood(1.0, retry_after=0.2)  # Telegram refuses every send for a while
            api.say("/explain hungarian uprising")
            await api.wait_until(lambda: api.throttled > 0)
        finally:
            output = await finish(process)
        refused = await start(
            "telegram",
            bot_env(tmp_path, TELEGRAM_TOKEN=WRONG_TELEGRAM_TOKEN, TELEGRAM_API_BASE_URL=base),
        )
        refused_output = await finish(refused, terminate=False)
    assert refused.returncode == 2 and "Telegram refused TELEGRAM_TOKEN" in refused_output
    records = log_records(output)
    assert any("429" in record["message"] for record in records)  # the refusals were logged
    assert not [r for r in records if r["logger"].startswith(("alembic", "httpx", "aiosqlite"))]
    assert_no_secret(output + refused_output)


@pytest.mark.slow
async def test_discord_logs_through_a_dropped_gateway_and_a_refused_token_hold_no_token(
    tmp_path: Path,
) -> None:
    api = FakeDiscord(token=DISCORD_TOKEN)
    await api.start()
    try:
        env = bot_env(
            tmp_path,
            DISCORD_TOKEN=DISCORD_TOKEN,
            DISCORD_API_BASE_URL=api.base_url,
            DISCORD_GATEWAY_URL=api.gateway_url,
        )
        process = await start("discord", env)
        try:
            await api.wait_for(lambda: api.connected >= 1, timeout=STARTUP)
            await api.drop()  # the gateway connection dies; the bot resumes
            await api.wait_for(lambda: api.connected >= 1, timeout=STARTUP)
        finally:
            output = await finish(process)
        env["DISCORD_TOKEN"] = DISCORD_TOKEN[::-1]  # a token Discord refuses
        refused = await start("discord", env)
        refused_output = await finish(refused, terminate=False)
    finally:
        await api.stop()
    assert refused.returncode == 2 and "Discord refused DISCORD_TOKEN" in refused_output
    records = log_records(output)
    assert "PyNaCl" not in output  # no voice warning: voice is never used
    assert not [r for r in records if r["logger"].startswith("discord") and r["level"] == "INFO"]
    assert_no_secret(output + refused_output)
    assert DISCORD_TOKEN[::-1] not in refused_output


async def test_an_unreachable_database_is_reported_without_its_password(tmp_path: Path) -> None:
    env = bot_env(
        tmp_path,
        TELEGRAM_TOKEN=TELEGRAM_TOKEN,
        TELEGRAM_API_BASE_URL="http://127.0.0.1:9",
        DATABASE_URL=f"postgresql://studybot:{DB_PASSWORD}@127.0.0.1:9/studybot",
    )
    process = await start("telegram", env)
    output = await finish(process, terminate=False)
    assert process.returncode == 1 and "cannot open the database" in output
    assert_no_secret(output)


@pytest.fixture
def root_logger() -> Iterator[logging.Logger]:
    """The root logger, put back as it was (pytest's own handlers included) after the test."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    levels = {name: logging.getLogger(name).level for name in ("adapters", "bot", "knowledge")}
    yield root
    for handler in list(root.handlers):
        root.removeHandler(handler)
    for handler in handlers:
        root.addHandler(handler)
    root.setLevel(level)
    for name, saved in levels.items():
        logging.getLogger(name).setLevel(saved)


def test_a_traceback_quoting_the_secrets_is_masked(
    root_logger: logging.Logger, capsys: pytest.CaptureFixture[str]
) -> None:
    configure_logging(
        {
            "LOG_FORMAT": "plain",
            "TELEGRAM_TOKEN": TELEGRAM_TOKEN,
            "DISCORD_TOKEN": DISCORD_TOKEN,
            "DATABASE_URL": f"postgresql://studybot:{DB_PASSWORD}@db:5432/studybot",
        }
    )
    log = logging.getLogger("adapters.test")
    try:
        raise RuntimeError(f"POST https://api.telegram.org/bot{TELEGRAM_TOKEN}/getMe failed")
    except RuntimeError:
        log.exception("token %s and password %s", DISCORD_TOKEN, DB_PASSWORD)
    logging.getLogger("alembic.runtime.migration").info("Context impl PostgresqlImpl.")
    logging.getLogger("discord.client").warning("a real library warning")
    err = capsys.readouterr().err
    assert_no_secret(err)
    assert err.count(MASK) >= 3 and "Traceback" in err
    assert "Context impl" not in err  # library chatter below WARNING is dropped
    assert "a real library warning" in err
    assert not err.lstrip().startswith("{")  # plain unless LOG_FORMAT=json


def test_an_unknown_token_shaped_like_a_bot_token_is_masked_too(
    root_logger: logging.Logger, capsys: pytest.CaptureFixture[str]
) -> None:
    configure_logging({"LOG_FORMAT": "json"})
    logging.getLogger("bot.test").warning("someone pasted %s", WRONG_TELEGRAM_TOKEN)
    (line,) = capsys.readouterr().err.splitlines()
    record = json.loads(line)
    assert record["level"] == "WARNING" and record["logger"] == "bot.test"
    assert WRONG_TELEGRAM_TOKEN not in line and MASK in record["message"]
