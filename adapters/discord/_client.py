"""The Discord bot: a discord.py client whose slash commands, buttons and modal all lead to the core.

`DiscordAdapter` builds the client (sharded when configured), its command tree from the core's command
list, the persistent buttons and the Messenger, around anything with `async handle(event)`; the core's
engine in production (`for_engine` also wires deck autocomplete and the timer tick), fakes in tests.
`serve` runs it until told to stop; `run_discord` is the CLI's entry.
"""

from __future__ import annotations

import asyncio
import logging
import math
import os
import sys
from collections.abc import Mapping, Sequence
from typing import Any, Protocol

import aiohttp
import discord
from discord import app_commands

from adapters._health import Heartbeat
from adapters._runtime import (
    TICK_SECONDS,
    Tick,
    Ticker,
    attach_messenger,
    bot_config,
    configure_logging,
    open_bot_app,
    stop_on_signals,
)
from adapters.discord._commands import build_commands
from adapters.discord._context_menu import explain_from_notes
from adapters.discord._messenger import DiscordMessenger, push_pacer
from adapters.discord._render import shorten
from adapters.discord._respond import DIRECT_WINDOW, EventHandler, Replier
from adapters.discord._settings import DiscordSettings, SettingsError
from adapters.discord._suggest import Suggest, deck_suggestions
from adapters.discord._translate import (
    PLATFORM,
    attachment_of,
    command_text,
    read_upload,
    where,
    who,
)
from adapters.discord._views import Components
from bot.commands import COMMANDS, CommandSpec
from bot.engine import Engine
from bot.events import Answer, Choice, Command, Event, Upload
from bot.lookups import Lookups
from knowledge.upload_limits import upload_limit

log = logging.getLogger(__name__)

AnyInteraction = discord.Interaction[Any]
MAX_SUGGESTIONS = 25
MAX_CHOICE_TEXT = 100
MAX_QUERY = 100  # autocomplete looks at the start of what is typed, not at 6000 characters
EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


class _Hooks(Protocol):
    async def setup(self) -> None: ...

    async def shutdown(self) -> None: ...


class StudyClient(discord.Client):
    """A plain client (one gateway connection) that hands start-up and shutdown to the adapter."""

    def __init__(self, hooks: _Hooks, **options: Any) -> None:
        super().__init__(**options)
        self.hooks = hooks

    async def setup_hook(self) -> None:
        await self.hooks.setup()

    async def close(self) -> None:
        await self.hooks.shutdown()
        await super().close()


class ShardedStudyClient(StudyClient, discord.AutoShardedClient):
    """The same for DISCORD_SHARD_COUNT / DISCORD_SHARD_IDS: one process, several shards.

    StudyClient's hooks come first in the method order and hand on (`super()`) to the sharded client.
    """


class DiscordAdapter:
    def __init__(
        self,
        handler: EventHandler,
        settings: DiscordSettings,
        *,
        suggest: Suggest | None = None,
        tick: Tick | None = None,
        commands: Sequence[CommandSpec] = COMMANDS,
        direct_window: float = DIRECT_WINDOW,
        tick_interval: float = TICK_SECONDS,
        max_upload_bytes: int | None = None,  # None: the core's limit for the file's kind
        client_options: Mapping[str, Any] | None = None,
        lookups: Lookups | None = None,
    ) -> None:
        self.settings = settings
        self.suggest = suggest
        self.max_upload_bytes = max_upload_bytes
        self.components = Components(self)
        self.replier = Replier(handler, self.components, direct_window=direct_window)
        options: dict[str, Any] = {**settings.client_options(), **(client_options or {})}
        client_class = ShardedStudyClient if settings.sharded else StudyClient
        self.client: discord.Client = client_class(self, **options)
        self.tree: app_commands.CommandTree[discord.Client] = app_commands.CommandTree(self.client)
        hide_admin = settings.admin_role is None
        for command in build_commands(
            commands, self._on_command, self._complete, hide_admin=hide_admin
        ):
            self.tree.add_command(command)
        if lookups is not None:
            self.tree.add_command(explain_from_notes(self.replier, lookups))
        self.tree.error(self._on_tree_error)
        self.messenger = DiscordMessenger(self.client, self.components)
        self.ticker = Ticker(tick, tick_interval) if tick is not None else None

    @classmethod
    def for_engine(
        cls, engine: Engine, settings: DiscordSettings, **options: Any
    ) -> DiscordAdapter:
        """The adapter over the core's engine: deck autocomplete and the timer tick."""
        return cls(
            engine,
            settings,
            suggest=deck_suggestions(engine),
            tick=engine.tick,
            lookups=engine.lookups,
            **options,
        )

    # ---- life cycle (called by the client) ----------------------------------------------------------

    async def setup(self) -> None:
        """After login, before the gateway: buttons, the command list on Discord, the timer loop."""
        self.components.register(self.client)
        if self.settings.syncs_commands:
            synced = await self.tree.sync()
            log.info("published %d slash commands", len(synced))
        if self.ticker is not None:
            self.ticker.start()

    async def shutdown(self) -> None:
        if self.ticker is not None:
            await self.ticker.stop()

    # ---- interactions -------------------------------------------------------------------------------

    async def _on_command(
        self, interaction: AnyInteraction, spec: CommandSpec, values: dict[str, object]
    ) -> None:
        async def event() -> Event:
            user, chat = who(interaction, self.settings.admin_role), where(interaction)
            args = command_text(spec, values)
            attachment = attachment_of(spec, values)
            if attachment is None:
                return Command(user, chat, spec.name, args)
            limit = self.max_upload_bytes or upload_limit(attachment.filename)
            content = await read_upload(attachment, limit)
            name = f"{spec.name} {args}".strip()
            return Upload(user, chat, name, attachment.filename, content)

        await self.replier.reply(interaction, event)

    async def on_choice(self, interaction: AnyInteraction, token: str) -> None:
        async def event() -> Event:
            return Choice(who(interaction, self.settings.admin_role), where(interaction), token)

        await self.replier.reply(interaction, event, private=where(interaction).is_group)

    async def on_answer(self, interaction: AnyInteraction, answer: str) -> None:
        async def event() -> Event:
            return Answer(who(interaction, self.settings.admin_role), where(interaction), answer)

        await self.replier.reply(interaction, event, private=where(interaction).is_group)

    async def _on_tree_error(
        self, interaction: AnyInteraction, error: app_commands.AppCommandError
    ) -> None:
        """A command discord.py could not run (one Discord still lists but this version lacks, an
        option it could not read): logged, and the user told instead of "did not respond"."""
        log.error("slash command failed: %s", error, exc_info=error)
        if interaction.type is discord.InteractionType.autocomplete:
            if not interaction.response.is_done():
                await interaction.response.autocomplete([])
            return
        await self.replier.apologise(interaction)

    async def _complete(
        self, interaction: AnyInteraction, current: str
    ) -> list[app_commands.Choice[str]]:
        """Deck topics and terms for what is typed so far, misspellings included."""
        if self.suggest is None:
            return []
        try:
            hits = await self.suggest(where(interaction), current[:MAX_QUERY], MAX_SUGGESTIONS)
        except Exception:
            log.exception("autocomplete failed for %r", current[:MAX_QUERY])
            return []
        choices: list[app_commands.Choice[str]] = []
        seen: set[str] = set()
        for hit in hits:
            value = shorten(" ".join(hit.title.split()), MAX_CHOICE_TEXT)
            if not value or value in seen:
                continue
            seen.add(value)
            matched = " ".join(hit.matched.split())
            name = (
                hit.title
                if matched.casefold() in hit.title.casefold()
                else f"{hit.title} · {matched}"
            )
            choices.append(app_commands.Choice(name=shorten(name, MAX_CHOICE_TEXT), value=value))
        return choices[:MAX_SUGGESTIONS]


async def serve(adapter: DiscordAdapter, stop: asyncio.Event) -> None:
    """Log in, connect and answer until `stop` is set (or the client fails: its error is raised)."""
    client = adapter.client
    async with client:
        running = asyncio.create_task(client.start(adapter.settings.token))
        stopping = asyncio.create_task(stop.wait())
        done, _ = await asyncio.wait({running, stopping}, return_when=asyncio.FIRST_COMPLETED)
        stopping.cancel()
        if running not in done:
            await client.close()
        await running


def gateway_connected(client: discord.Client) -> bool:
    """Logged in, every shard's gateway up (a finite heartbeat latency) and not shut down."""
    return client.is_ready() and not client.is_closed() and math.isfinite(client.latency)


def run_discord(deck: str | None = None, environ: Mapping[str, str] | None = None) -> int:
    """`studybot run discord`: settings from the environment, the core from build_app, serve."""
    env = dict(os.environ) if environ is None else environ
    try:
        settings = DiscordSettings.from_env(env)
    except SettingsError as error:
        print(f"studybot: {error}", file=sys.stderr)
        return EXIT_USAGE
    settings.apply_endpoints()
    discord.VoiceClient.warn_nacl = False  # studybot never joins voice: no PyNaCl warning at start
    try:
        config = bot_config(deck, env)
    except ValueError as error:
        print(f"studybot: {error}", file=sys.stderr)
        return EXIT_USAGE

    async def main() -> int:
        app = await open_bot_app(config)
        if isinstance(app, int):
            return app
        stop = stop_on_signals()
        adapter = DiscordAdapter.for_engine(app.engine, settings)
        attach_messenger(app, adapter.messenger, platform=PLATFORM, pacer=push_pacer())
        heartbeat = Heartbeat("discord", lambda: gateway_connected(adapter.client))
        heartbeat.start()
        try:
            await serve(adapter, stop)
        except discord.LoginFailure:
            print(
                "studybot: Discord refused DISCORD_TOKEN; copy the bot token again from the "
                "Developer Portal.",
                file=sys.stderr,
            )
            return EXIT_USAGE
        except (discord.DiscordException, aiohttp.ClientError, OSError) as error:
            print(f"studybot: cannot reach Discord: {error}", file=sys.stderr)
            return EXIT_FAILED
        finally:
            await heartbeat.stop()
            await app.close()
        return EXIT_OK

    configure_logging()
    return asyncio.run(main())
