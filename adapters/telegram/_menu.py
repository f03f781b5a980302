"""The command menu (setMyCommands), generated from the core's command list.

Admin-only commands are listed only where they can be used: in private chats (where the user is the
admin) and for group administrators. Everyone else's menu shows the rest.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable

from telegram import BotCommand

from bot.commands import CommandSpec

log = logging.getLogger(__name__)

_NAME = re.compile(r"[a-z0-9_]{1,32}")
_MAX_DESCRIPTION = 256
_MAX_COMMANDS = 100


def menu(commands: Iterable[CommandSpec], *, include_admin: bool) -> list[BotCommand]:
    """BotCommands within Telegram's limits: names 1-32 of [a-z0-9_], descriptions 1-256, ≤ 100."""
    entries: list[BotCommand] = []
    for spec in commands:
        if spec.admin_only and not include_admin:
            continue
        if not _NAME.fullmatch(spec.name):
            log.warning("/%s cannot be a Telegram command name; left out of the menu", spec.name)
            continue
        description = " ".join(spec.description.split()) or spec.name
        if len(description) > _MAX_DESCRIPTION:
            description = description[: _MAX_DESCRIPTION - 1] + "…"
        entries.append(BotCommand(spec.name, description))
    return entries[:_MAX_COMMANDS]
