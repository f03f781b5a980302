"""Telegram settings from the environment, checked before anything starts."""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from urllib.parse import urlsplit

from adapters._retry import POLICY, RetryPolicy

DEFAULT_API_BASE_URL = "https://api.telegram.org/bot"
_TOKEN = re.compile(r"\d+:[A-Za-z0-9_-]+")


class SettingsError(ValueError):
    """A setting is missing or malformed; the message says which and how to fix it."""


@dataclass(frozen=True, slots=True)
class RateLimits:
    """The adapter's FloodLimiter budget (0 turns a limit off). Telegram's documented limits are the
    defaults."""

    per_second: float = 30.0  # messages per second overall
    per_group_minute: float = 20.0  # messages per minute into one group
    retry: RetryPolicy = POLICY  # how a refused or failed request is tried again


@dataclass(frozen=True, slots=True)
class Webhook:
    url: str  # the public HTTPS address Telegram posts updates to
    listen: str = "0.0.0.0"
    port: int = 8443
    secret: str | None = None

    @property
    def path(self) -> str:
        return urlsplit(self.url).path or "/"


@dataclass(frozen=True, slots=True)
class TelegramSettings:
    token: str
    api_base_url: str = DEFAULT_API_BASE_URL
    webhook: Webhook | None = None
    rate_limits: RateLimits = RateLimits()
    admin_cache_seconds: float = 60.0
    tick_seconds: float = 1.0  # how often the core's timers (battle rounds, pushes) run

    @property
    def file_base_url(self) -> str:
        """Where files are downloaded: `…/file/bot<token>/<path>` beside `…/bot<token>/<method>`."""
        base = self.api_base_url
        if base.endswith("/bot"):
            return base[: -len("/bot")] + "/file/bot"
        return base.rstrip("/") + "/file/bot"

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> TelegramSettings:
        """TELEGRAM_TOKEN (required), TELEGRAM_API_BASE_URL, TELEGRAM_WEBHOOK_URL and, for webhooks,
        TELEGRAM_WEBHOOK_LISTEN, TELEGRAM_WEBHOOK_PORT, TELEGRAM_WEBHOOK_SECRET."""
        env = os.environ if environ is None else environ
        token = env.get("TELEGRAM_TOKEN", "").strip()
        if not token:
            raise SettingsError(
                "TELEGRAM_TOKEN is not set. Create a bot with @BotFather in Telegram, then run "
                "`TELEGRAM_TOKEN=123456:ABC... studybot run telegram`."
            )
        if not _TOKEN.fullmatch(token):
            raise SettingsError(
                "TELEGRAM_TOKEN does not look like a bot token (digits, a colon, then letters, "
                "digits, _ or -). Copy it again from @BotFather."
            )
        return cls(
            token=token,
            api_base_url=api_base_url(env.get("TELEGRAM_API_BASE_URL", "")),
            webhook=_webhook(env),
        )


def api_base_url(value: str) -> str:
    """PTB's base_url, to which the token is appended: `http://host:8081` becomes `…:8081/bot`."""
    value = value.strip()
    if not value:
        return DEFAULT_API_BASE_URL
    parts = urlsplit(value)
    if parts.scheme not in {"http", "https"} or not parts.netloc:
        raise SettingsError(
            f"TELEGRAM_API_BASE_URL must be an http(s) URL such as http://127.0.0.1:8081/bot, "
            f"not {value!r}."
        )
    return value if value.endswith("/bot") else value.rstrip("/") + "/bot"


def _webhook(env: Mapping[str, str]) -> Webhook | None:
    url = env.get("TELEGRAM_WEBHOOK_URL", "").strip()
    if not url:
        return None
    parts = urlsplit(url)
    if parts.scheme not in {"http", "https"} or not parts.netloc:
        raise SettingsError(f"TELEGRAM_WEBHOOK_URL must be an https URL, not {url!r}.")
    raw_port = env.get("TELEGRAM_WEBHOOK_PORT", "8443").strip()
    if not raw_port.isdigit() or not 0 < int(raw_port) < 65536:
        raise SettingsError(f"TELEGRAM_WEBHOOK_PORT must be a port number, not {raw_port!r}.")
    secret = env.get("TELEGRAM_WEBHOOK_SECRET", "").strip() or None
    if secret is not None and not re.fullmatch(r"[A-Za-z0-9_-]{1,256}", secret):
        raise SettingsError("TELEGRAM_WEBHOOK_SECRET may hold only A-Z, a-z, 0-9, _ and - (1-256).")
    listen = env.get("TELEGRAM_WEBHOOK_LISTEN", "").strip() or "0.0.0.0"
    return Webhook(url=url, listen=listen, port=int(raw_port), secret=secret)
