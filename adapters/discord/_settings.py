"""The Discord adapter's configuration, read from the environment and checked before anything starts.

A bad value is a `SettingsError` with a sentence saying what to set, so `studybot run discord` can print it
and exit 2 instead of failing later inside discord.py.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from urllib.parse import urlparse

import discord
import yarl
from discord.gateway import DiscordWebSocket
from discord.http import Route


class SettingsError(ValueError):
    """A missing or malformed setting; the message says what to set."""


@dataclass(frozen=True, slots=True)
class DiscordSettings:
    """`api_base_url` / `gateway_url` None means Discord itself; shards None means one connection."""

    token: str
    api_base_url: str | None = None
    gateway_url: str | None = None
    shard_count: int | None = None
    shard_ids: tuple[int, ...] | None = None
    admin_role: str | None = None
    """A role id or name whose members count as admins besides those with Manage Server."""

    @classmethod
    def from_env(cls, env: Mapping[str, str]) -> DiscordSettings:
        token = env.get("DISCORD_TOKEN", "").strip()
        if not token:
            raise SettingsError(
                "DISCORD_TOKEN is not set: create a bot at https://discord.com/developers/applications "
                "and export its token as DISCORD_TOKEN."
            )
        shard_count = _whole(env, "DISCORD_SHARD_COUNT", minimum=1)
        shard_ids = _id_list(env, "DISCORD_SHARD_IDS")
        if shard_ids is not None:
            if shard_count is None:
                raise SettingsError("DISCORD_SHARD_IDS needs DISCORD_SHARD_COUNT as well.")
            wrong = [i for i in shard_ids if i >= shard_count]
            if wrong:
                raise SettingsError(
                    f"DISCORD_SHARD_IDS {wrong} must be below DISCORD_SHARD_COUNT ({shard_count})."
                )
        return cls(
            token=token,
            api_base_url=_url(env, "DISCORD_API_BASE_URL", ("http", "https")),
            gateway_url=_url(env, "DISCORD_GATEWAY_URL", ("ws", "wss")),
            shard_count=shard_count,
            shard_ids=shard_ids,
            admin_role=env.get("DISCORD_ADMIN_ROLE", "").strip() or None,
        )

    @property
    def sharded(self) -> bool:
        return self.shard_count is not None

    @property
    def syncs_commands(self) -> bool:
        """One process publishes the slash commands: the only one, or the one that runs shard 0."""
        return self.shard_ids is None or 0 in self.shard_ids

    def apply_endpoints(self) -> None:
        """Point discord.py at the configured REST base and gateway (process-wide class attributes)."""
        if self.api_base_url is not None:
            Route.BASE = self.api_base_url.rstrip("/")
        if self.gateway_url is not None:
            DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(self.gateway_url)

    def client_options(self) -> dict[str, object]:
        """Keyword arguments for the discord.py client: no privileged intents, never a ping."""
        options: dict[str, object] = {
            "intents": discord.Intents(guilds=True),
            "allowed_mentions": discord.AllowedMentions.none(),
        }
        if self.shard_count is not None:
            options["shard_count"] = self.shard_count
        if self.shard_ids is not None:
            options["shard_ids"] = list(self.shard_ids)
        return options


def _whole(env: Mapping[str, str], name: str, *, minimum: int) -> int | None:
    raw = env.get(name, "").strip()
    if not raw:
        return None
    if not raw.isdigit() or int(raw) < minimum:
        raise SettingsError(f"{name} must be a whole number ≥ {minimum}, not {raw!r}.")
    return int(raw)


def _id_list(env: Mapping[str, str], name: str) -> tuple[int, ...] | None:
    raw = env.get(name, "").strip()
    if not raw:
        return None
    parts = [part.strip() for part in raw.split(",") if part.strip()]
    if not parts or not all(part.isdigit() for part in parts):
        raise SettingsError(
            f"{name} must be shard numbers separated by commas, e.g. 0,1 — not {raw!r}."
        )
    return tuple(sorted({int(part) for part in parts}))


def _url(env: Mapping[str, str], name: str, schemes: tuple[str, ...]) -> str | None:
    raw = env.get(name, "").strip()
    if not raw:
        return None
    parsed = urlparse(raw)
    if parsed.scheme not in schemes or not parsed.netloc:
        wanted = " or ".join(f"{scheme}://" for scheme in schemes)
        raise SettingsError(f"{name} must be a {wanted} URL, not {raw!r}.")
    return raw
