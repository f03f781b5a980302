"""The Telegram adapter: python-telegram-bot v22 in front of the platform-neutral core.

Translation only — updates become core events, core replies become Bot API calls (HTML escaped and
split at 4096, buttons, native quiz polls, toasts, photos). No quiz logic lives here.
"""

from adapters.telegram._admins import AdminCache
from adapters.telegram._app import (
    ALLOWED_UPDATES,
    APOLOGY,
    EventHandler,
    TelegramAdapter,
    run_telegram,
    serve,
)
from adapters.telegram._messenger import TelegramMessenger
from adapters.telegram._polls import PollMap, PollRecord
from adapters.telegram._render import html_measure, render, to_html
from adapters.telegram._settings import RateLimits, SettingsError, TelegramSettings, Webhook
from adapters.telegram._translate import BotIdentity, translate

__all__ = [
    "ALLOWED_UPDATES",
    "APOLOGY",
    "AdminCache",
    "BotIdentity",
    "EventHandler",
    "PollMap",
    "PollRecord",
    "RateLimits",
    "SettingsError",
    "TelegramAdapter",
    "TelegramMessenger",
    "TelegramSettings",
    "Webhook",
    "html_measure",
    "render",
    "run_telegram",
    "serve",
    "to_html",
    "translate",
]
