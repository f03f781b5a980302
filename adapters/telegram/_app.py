"""The Telegram bot: a PTB Application whose one handler translates, asks the core, and delivers.

`TelegramAdapter` builds the Application (rate limiter, per-chat ordering, the handler) around
anything with `async handle(event) -> list[Reply]` — the core's engine in production, fakes in
tests; `TelegramAdapter.for_app` puts it in front of a core from `build_app`, whose battles and
daily pushes then post through it. `serve` runs it (long polling, or a webhook when configured) until told to stop;
`run_telegram` is the CLI's entry.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import logging
import os
import sys
from collections.abc import Sequence
from typing import Any, Protocol, runtime_checkable

from telegram import (
    BotCommandScopeAllChatAdministrators,
    BotCommandScopeAllPrivateChats,
    BotCommandScopeDefault,
    InlineQuery,
    Update,
)
from telegram.error import InvalidToken, NetworkError, TelegramError
from telegram.ext import Application, ApplicationBuilder, ContextTypes, TypeHandler

from adapters._health import Heartbeat
from adapters._runtime import (
    attach_messenger,
    bot_config,
    configure_logging,
    open_bot_app,
    stop_on_signals,
)
from adapters.telegram._admins import AdminCache
from adapters.telegram._http import AiohttpRequest
from adapters.telegram._inline import INLINE_CACHE, inline_results
from adapters.telegram._limiter import FloodLimiter
from adapters.telegram._menu import menu
from adapters.telegram._messenger import TelegramMessenger
from adapters.telegram._ordering import PerChatUpdateProcessor
from adapters.telegram._polls import PollMap, PollStore
from adapters.telegram._settings import SettingsError, TelegramSettings
from adapters.telegram._ticking import TickingApplication
from adapters.telegram._translate import (
    PLATFORM,
    BotIdentity,
    FileRef,
    Inbound,
    ordering_key,
    translate,
)
from adapters.telegram._webhook import WebhookServer
from bot.app import App, AppConfig
from bot.commands import COMMANDS, CommandSpec
from bot.daily import NoPacing
from bot.events import Answer, Chat, Command, Event, Upload, User
from bot.lookups import Lookups
from bot.markup import text
from bot.ports import Clock
from bot.replies import Message, Notice, Private, Reply
from knowledge.upload_limits import upload_limit  # what the core reads; Telegram's cap is 20 MB

log = logging.getLogger(__name__)

ALLOWED_UPDATES = [Update.MESSAGE, Update.CALLBACK_QUERY, Update.POLL_ANSWER, Update.INLINE_QUERY]
ANSWER_COMMAND = "a"  # the core's `/a <answer>` (bot.commands), how groups answer a question
APOLOGY = "Sorry — something went wrong on my side. Please try again in a moment."
EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2

TelegramApplication = Application[Any, Any, Any, Any, Any, Any]


class EventHandler(Protocol):
    """What the adapter needs of the core: `bot.engine.Engine` has this shape."""

    async def handle(self, event: Event) -> list[Reply]: ...


@runtime_checkable
class Ticks(Protocol):
    """A core with clock-driven work (battles, daily pushes): ticked about once a second."""

    async def tick(self) -> None: ...


class _Refused(Exception):
    """An update the adapter answers itself (a platform limit), without the core."""


class TelegramAdapter:
    def __init__(
        self,
        engine: EventHandler,
        settings: TelegramSettings,
        *,
        commands: Sequence[CommandSpec] = COMMANDS,
        store: PollStore | None = None,
        clock: Clock | None = None,
        lookups: Lookups | None = None,
    ) -> None:
        self.engine = engine
        self.lookups = lookups
        self.settings = settings
        self.commands = tuple(commands)
        # With a store, polls sent before a restart still take votes.
        self.polls = PollMap(store=store, clock=clock)
        limits = settings.rate_limits
        self._connections = (AiohttpRequest(), AiohttpRequest(pool_size=2))
        self.application: TelegramApplication = (
            ApplicationBuilder()
            .token(settings.token)
            .base_url(settings.api_base_url)
            .base_file_url(settings.file_base_url)
            .request(self._connections[0])
            .get_updates_request(self._connections[1])
            .rate_limiter(
                FloodLimiter(
                    per_second=limits.per_second,
                    per_group_minute=limits.per_group_minute,
                    retry=limits.retry,
                )
            )
            .concurrent_updates(PerChatUpdateProcessor(lambda u: ordering_key(u, self.polls)))
            .job_queue(None)
            .post_init(self.on_startup)
            .application_class(
                TickingApplication,
                {
                    "tick": engine.tick if isinstance(engine, Ticks) else None,
                    "tick_seconds": settings.tick_seconds,
                },
            )
            .build()
        )
        self.messenger = TelegramMessenger(self.application.bot, self.polls)
        self.admins = AdminCache(self._member_status, ttl=settings.admin_cache_seconds)
        self.application.add_handler(TypeHandler(Update, self._on_update))
        self.application.add_error_handler(self._on_error)
        self._me: BotIdentity | None = None

    @classmethod
    def for_app(cls, app: App, settings: TelegramSettings) -> TelegramAdapter:
        """The bot in front of a core from `build_app`, its battles and daily pushes posting
        through this bot's messenger; its polls are kept in the app's store."""
        adapter = cls(
            app.engine, settings, store=app.store, clock=app.clock, lookups=app.engine.lookups
        )
        # The FloodLimiter paces every request once, with Telegram's limits: pushes included.
        attach_messenger(app, adapter.messenger, platform=PLATFORM, pacer=NoPacing())
        return adapter

    @property
    def me(self) -> BotIdentity:
        """The bot's id and username, known once the Application is initialised (getMe)."""
        if self._me is None:
            bot = self.application.bot
            self._me = BotIdentity(bot.id, bot.username)
        return self._me

    async def on_startup(self, _application: object = None) -> None:
        """Publish the command menu and forget old stored polls: post_init under run_polling;
        `serve` calls it itself."""
        await self.polls.housekeep()
        bot = self.application.bot
        public = menu(self.commands, include_admin=False)
        full = menu(self.commands, include_admin=True)
        await bot.set_my_commands(public, scope=BotCommandScopeDefault())
        await bot.set_my_commands(full, scope=BotCommandScopeAllPrivateChats())
        await bot.set_my_commands(full, scope=BotCommandScopeAllChatAdministrators())
        log.info("@%s ready: %d commands in the menu", bot.username, len(full))

    async def close_connections(self) -> None:
        """Close the HTTP sessions even when start-up failed (PTB skips its shutdown then)."""
        for connection in self._connections:
            await connection.shutdown()

    async def _on_update(self, update: Update, _context: ContextTypes.DEFAULT_TYPE) -> None:
        if update.inline_query is not None:
            await self._on_inline(update.inline_query)
            return
        if update.poll_answer is not None:  # maybe a poll sent before a restart: ask the store
            await self.polls.load(update.poll_answer.poll_id)
        try:
            inbound = translate(update, self.me, self.polls)
        except Exception:  # an update shaped like nothing we know: nobody to answer
            log.exception("could not read update %s", update.update_id)
            return
        if inbound is None:
            if update.callback_query is not None:  # stop the button's spinner even so
                with contextlib.suppress(TelegramError):
                    await update.callback_query.answer()
            return
        reply_to = None if inbound.private else inbound.message_id
        try:
            try:
                replies = await self.engine.handle(await self._complete(inbound))
            except _Refused as refusal:
                replies = [Message(text(str(refusal)))]
            if inbound.poll_vote and not inbound.private:
                # A Notice is for the one user who acted; a vote has no toast to carry it, and
                # posting it would tell the whole group (a daily question's verdict gives the
                # answer away; fifty battle players would flood the chat). The quiz poll already
                # shows the voter their pick and the right answer.
                replies = [reply for reply in replies if not isinstance(reply, Notice)]
            replies = await self._send_private(inbound, replies)
            await self.messenger.deliver(
                inbound.event.chat,
                replies,
                callback_query_id=inbound.callback_query_id,
                reply_to=reply_to,
                react_to=reply_to if _typed_answer(inbound) else None,
            )
        except Exception:
            log.exception("could not handle update %s", update.update_id)
            await self._apologise(inbound)

    async def _send_private(self, inbound: Inbound, replies: list[Reply]) -> list[Reply]:
        """Private replies (a dashboard link) go to the user's own chat with the bot, never to a group;
        the group hears only that it was sent, or why it could not be (a user who never pressed Start,
        an anonymous admin)."""
        private = [reply for reply in replies if isinstance(reply, Private)]
        if not private:
            return replies
        rest = [reply for reply in replies if not isinstance(reply, Private)]
        if inbound.private:
            return [*(Message(reply.body) for reply in private), *rest]
        if inbound.anonymous_admin or inbound.user_id <= 0:
            return [Message(text(private[0].undeliverable)), *rest]
        own_chat = Chat(inbound.event.chat.platform, str(inbound.user_id), is_group=False)
        try:
            await self.messenger.deliver(own_chat, [Message(reply.body) for reply in private])
        except TelegramError:
            return [Message(text(private[0].undeliverable)), *rest]
        return [Message(text("I've sent it to you in a private message.")), *rest]

    async def _on_inline(self, query: InlineQuery) -> None:
        """`@bot hungarian` in any chat: the core's matches as inline results (BotFather /setinline)."""
        if self.lookups is None:
            return
        user = User(PLATFORM, str(query.from_user.id), query.from_user.first_name or "")
        try:
            found = await self.lookups.search(user, query.query)
            await query.answer(inline_results(found), cache_time=INLINE_CACHE, is_personal=True)
        except Exception:
            log.exception("could not answer inline query %s", query.id)

    async def _complete(self, inbound: Inbound) -> Event:
        """Fill in what translation could not know offline: admin rights, an upload's bytes."""
        is_admin = inbound.anonymous_admin or (
            inbound.user_id > 0
            and await self.admins.is_admin(
                inbound.chat_id, inbound.user_id, private=inbound.private
            )
        )
        event = inbound.event
        user = dataclasses.replace(event.user, is_admin=is_admin)
        if isinstance(event, FileRef):
            content = await self._download(event)
            return Upload(user, event.chat, event.command, event.filename, content)
        return dataclasses.replace(event, user=user)

    async def _download(self, ref: FileRef) -> bytes:
        limit = upload_limit(ref.filename)  # more for an office file or PDF (pictures)
        too_big = f"That file is too big: I take files like it up to {limit // (1024 * 1024)} MiB."
        if ref.size is not None and ref.size > limit:
            raise _Refused(too_big)
        remote = await self.application.bot.get_file(ref.file_id)
        if remote.file_size is not None and remote.file_size > limit:
            raise _Refused(too_big)
        content = bytes(await remote.download_as_bytearray())
        if len(content) > limit:
            raise _Refused(too_big)
        return content

    async def _member_status(self, chat_id: int, user_id: int) -> str:
        member = await self.application.bot.get_chat_member(chat_id, user_id)
        return str(member.status)

    async def _apologise(self, inbound: Inbound) -> None:
        bot = self.application.bot
        if inbound.callback_query_id is not None:
            with contextlib.suppress(TelegramError):  # it may have been answered already
                await bot.answer_callback_query(inbound.callback_query_id)
        with contextlib.suppress(TelegramError):
            await bot.send_message(inbound.chat_id, APOLOGY)

    async def _on_error(self, update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Errors outside the update handler (polling, PTB itself): logged, never shown in chat."""
        error = context.error
        log.error("Telegram error (update %r): %s", update, error, exc_info=error)


def _typed_answer(inbound: Inbound) -> bool:
    """A typed answer in a group (a reply to the bot, a mention, `/a …`): its Notice is for the one
    user but a group has no private channel, so it becomes a reaction on the user's message."""
    if inbound.private or inbound.callback_query_id is not None:
        return False
    event = inbound.event
    return isinstance(event, Answer) or (
        isinstance(event, Command) and event.name == ANSWER_COMMAND
    )


async def serve(adapter: TelegramAdapter, stop: asyncio.Event) -> None:
    """Run the bot until `stop` is set: initialise (getMe), publish the menu, poll or listen."""
    try:
        async with adapter.application:
            await _serve_initialised(adapter, stop)
    finally:
        await adapter.polls.flush()  # polls just sent reach the store before the process ends
        await adapter.close_connections()


async def _serve_initialised(adapter: TelegramAdapter, stop: asyncio.Event) -> None:
    application = adapter.application
    await adapter.on_startup()
    await application.start()
    webhook = adapter.settings.webhook
    server = WebhookServer(application, webhook, ALLOWED_UPDATES) if webhook else None
    try:
        if server is not None:
            await server.start()
        elif application.updater is not None:
            await application.updater.start_polling(allowed_updates=ALLOWED_UPDATES)
        await stop.wait()
    finally:
        if server is not None:
            await server.stop()
        if application.updater is not None and application.updater.running:
            await application.updater.stop()
        await application.stop()


def run_telegram(deck: str | None = None, environ: dict[str, str] | None = None) -> int:
    """`studybot run telegram`: settings from the environment, the core from build_app, serve
    until SIGINT/SIGTERM.

    Exit codes: 0 after a stop signal, 2 for a setting or deck to fix, 1 when Telegram or the
    database cannot be reached."""
    env = dict(os.environ) if environ is None else environ
    try:
        settings = TelegramSettings.from_env(env)
    except SettingsError as error:
        print(f"studybot: {error}", file=sys.stderr)
        return EXIT_USAGE
    try:
        config = bot_config(deck, env)
    except ValueError as error:
        print(f"studybot: {error}", file=sys.stderr)
        return EXIT_USAGE
    configure_logging()
    return asyncio.run(run_until_stopped(settings, config))


async def run_until_stopped(
    settings: TelegramSettings, config: AppConfig, stop: asyncio.Event | None = None
) -> int:
    """Build the core, serve until `stop` (by default: SIGINT or SIGTERM); problems become a
    one-line message on stderr and an exit code, never a traceback."""
    app = await open_bot_app(config)  # the core with battles and daily pushes
    if isinstance(app, int):
        return app
    if stop is None:
        stop = stop_on_signals()
    adapter = TelegramAdapter.for_app(app, settings)
    heartbeat = Heartbeat("telegram", lambda: adapter.application.running)
    heartbeat.start()
    try:
        await serve(adapter, stop)
    except InvalidToken:
        print(
            "studybot: Telegram refused TELEGRAM_TOKEN; check it with @BotFather.", file=sys.stderr
        )
        return EXIT_USAGE
    except NetworkError as error:
        print(f"studybot: cannot reach the Telegram Bot API: {error}", file=sys.stderr)
        return EXIT_FAILED
    finally:
        await heartbeat.stop()
        await app.close()
    return EXIT_OK
