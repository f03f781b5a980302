"""Logging for bot processes: JSON lines or plain text, never a secret, libraries kept quiet.

- `LOG_FORMAT=json`: one JSON object a line (`time`, `level`, `logger`, `message`, and `exception`
  with the traceback), what log collectors parse; anything else: plain lines for a terminal.
- `LOG_LEVEL` (default INFO) sets studybot's own loggers. Libraries log at WARNING and above only:
  Alembic's "Context impl" lines, httpx's line per Bot API request (whose URL carries the token) and
  discord.py's gateway chatter say nothing an operator acts on.
- Secrets are masked in every record after formatting, tracebacks included: the values of the
  token variables and the webhook secret, the password in DATABASE_URL, and anything shaped like a
  Telegram or Discord bot token (a library may echo a token this process was never given).
"""

from __future__ import annotations

import json
import logging
import os
import re
import sys
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

MASK = "***"
SECRET_VARIABLES = ("TELEGRAM_TOKEN", "DISCORD_TOKEN", "TELEGRAM_WEBHOOK_SECRET")
OWN_LOGGERS = ("adapters", "bot", "knowledge")
_TOKEN_SHAPES = (
    re.compile(r"\b\d{5,}:[A-Za-z0-9_-]{30,}"),  # Telegram: <bot id>:<35 characters>
    re.compile(r"\b[A-Za-z0-9_-]{23,28}\.[A-Za-z0-9_-]{6,7}\.[A-Za-z0-9_-]{27,}"),  # Discord
)


def secrets_of(env: Mapping[str, str]) -> list[str]:
    """The secret values this process holds, longest first (so no part of one is left showing)."""
    found = [env.get(name, "").strip() for name in SECRET_VARIABLES]
    url = env.get("DATABASE_URL", "").strip()
    if url:
        try:
            password = make_url(url).password
        except ArgumentError:
            password = None
        if password:
            found.append(str(password))
    return sorted({value for value in found if len(value) >= 4}, key=len, reverse=True)


def redact(text: str, secrets: Iterable[str]) -> str:
    for secret in secrets:
        text = text.replace(secret, MASK)
    for shape in _TOKEN_SHAPES:
        text = shape.sub(MASK, text)
    return text


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        payload: dict[str, object] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        if record.exc_info:
            payload["exception"] = self.formatException(record.exc_info)
        return json.dumps(payload, ensure_ascii=False)


class RedactingFormatter(logging.Formatter):
    """Formats with `inner`, then masks the secrets in the finished text."""

    def __init__(self, inner: logging.Formatter, secrets: list[str]) -> None:
        super().__init__()
        self._inner = inner
        self._secrets = secrets

    def format(self, record: logging.LogRecord) -> str:
        return redact(self._inner.format(record), self._secrets)


def configure_logging(env: Mapping[str, str] | None = None) -> None:
    """Set up the root logger for a bot process from LOG_FORMAT and LOG_LEVEL (see the module doc)."""
    environ = os.environ if env is None else env
    inner: logging.Formatter
    if environ.get("LOG_FORMAT", "").strip().lower() == "json":
        inner = JsonFormatter()
    else:
        inner = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(RedactingFormatter(inner, secrets_of(environ)))
    root = logging.getLogger()
    for old in list(root.handlers):
        root.removeHandler(old)
    root.addHandler(handler)
    level = logging.getLevelName(environ.get("LOG_LEVEL", "").strip().upper() or "INFO")
    ours = level if isinstance(level, int) else logging.INFO
    root.setLevel(max(logging.WARNING, ours))  # every library: warnings and errors only
    for name in OWN_LOGGERS:
        logging.getLogger(name).setLevel(ours)
    logging.captureWarnings(True)  # warnings.warn from libraries goes through the same masking
