"""A tiny fake Discord on 127.0.0.1: REST under a base URL and a gateway websocket, for driving the
real discord.py client in tests.

Modelled on opsdroid's ExternalAPIMockServer: an aiohttp server that records every REST call
(`called`, `call_count`, `requests`). It is strict where Discord is, so a test fails the way production
would: message bodies are held to Discord's limits (content 2000, embeds 256/4096/6000 and 10 a
message, 5 rows of 5 buttons, custom_id 1–100, labels 80), modals (title 45, 1–5 inputs, 4000),
autocomplete (25 choices of 100), command sync (names, descriptions, option order); an interaction
takes one first response, within 3 seconds; a followup after a "thinking" defer replaces it, as on
Discord. Answers are JSON with a Content-Type of exactly `application/json`, which discord.py needs.

The gateway says HELLO, answers IDENTIFY with READY (and a GUILD_CREATE for the test server) and
heartbeats with ACKs, resumes a session replaying what was missed, and can drop the connection.
Tests inject interactions — slash commands, autocompletes, button clicks on messages the bot sent,
modal submits — and read what the bot showed through `Interaction` handles and `messages`.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import math
import random
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from aiohttp import BodyPartReader, WSMsgType, web

JSON = dict[str, Any]
# How long a wait for the bot may take before a test gives up: a safety net against a hung bot,
# never a speed requirement (a loaded CI machine can be slow; see WAIT_SECONDS).
SAFETY_NET = 300.0

APP_ID = 1_300_000_000_000_000_001
BOT_ID = 1_300_000_000_000_000_002
GUILD_ID = 1_300_000_000_000_000_100
CHANNEL_ID = 1_300_000_000_000_000_200
OTHER_CHANNEL_ID = 1_300_000_000_000_000_201
ADMIN_ROLE_ID = 1_300_000_000_000_000_300
EPHEMERAL = 64
MANAGE_GUILD = 1 << 5
MEMBER_PERMISSIONS = (1 << 10) | (1 << 11) | (1 << 31)  # view channel, send messages, use commands
INTERACTION_WINDOW = 3.0
# The fake enforces no answer window unless a test sets one: Discord's 3 s is a wall-clock rule,
# and on a loaded machine a bot that defers in time (its 1.5 s window, tested with `direct_window`)
# can be late by any amount: a finite window here is only a deadline that load can miss. Tests that
# are about the window set `FakeDiscord.interaction_window` (`INTERACTION_WINDOW`, or 0 to refuse
# every answer).
# How long a test waits for what the bot should do: a hang guard, never a deadline. At a load of
# 15-20 on 2 cores a process gets a tenth of a core, so what takes 3 s on a quiet machine (starting
# a bot process) can take 30 s or more; this is two orders of magnitude above a normal wait.
WAIT_SECONDS = 300.0

_MESSAGE_ROUTES = frozenset(
    {
        ("POST", "/webhooks/{application_id}/{token}"),
        ("PATCH", "/webhooks/{application_id}/{token}/messages/{message_id}"),
        ("POST", "/channels/{channel_id}/messages"),
        ("PATCH", "/channels/{channel_id}/messages/{message_id}"),
    }
)
_NAME = re.compile(r"^[-_\w]{1,32}$")
_OPTION_TYPES = {"string": 3, "integer": 4, "attachment": 11}


class FormError(Exception):
    """Answered as 400, with Discord's error code."""

    def __init__(self, message: str, code: int = 50035) -> None:
        super().__init__(message)
        self.code = code


def utf16_length(value: str) -> int:
    return len(value.encode("utf-16-le")) // 2


@dataclass(frozen=True, slots=True)
class Call:
    """One REST request the bot made: `route` is the template (`/channels/{channel_id}/messages`);
    `multipart` says the body came as discord.py's multipart form (`payload_json` and files)."""

    method: str
    route: str
    path: str
    query: Mapping[str, str]
    body: Any
    files: tuple[tuple[str, bytes], ...]
    status: int
    multipart: bool = False


@dataclass
class FakeUser:
    id: int
    name: str
    permissions: int = MEMBER_PERMISSIONS
    roles: tuple[int, ...] = ()

    def payload(self) -> JSON:
        return {
            "id": str(self.id),
            "username": self.name,
            "global_name": self.name,
            "discriminator": "0",
            "avatar": None,
            "bot": False,
        }

    def member(self) -> JSON:
        return {
            "user": self.payload(),
            "roles": [str(role) for role in self.roles],
            "permissions": str(self.permissions),
            "joined_at": "2026-01-05T10:00:00+00:00",
            "nick": None,
            "deaf": False,
            "mute": False,
            "flags": 0,
            "pending": False,
        }


@dataclass
class StoredMessage:
    """A message as Discord would keep it; `payload()` is what the API answers with."""

    id: int
    channel_id: int
    content: str = ""
    embeds: list[JSON] = field(default_factory=list)
    components: list[JSON] = field(default_factory=list)
    attachments: list[JSON] = field(default_factory=list)
    files: list[tuple[str, bytes]] = field(default_factory=list)
    flags: int = 0
    interaction_id: int | None = None
    loading: bool = False
    deleted: bool = False
    edits: int = 0

    @property
    def ephemeral(self) -> bool:
        return bool(self.flags & EPHEMERAL)

    @property
    def custom_ids(self) -> list[str]:
        return [button["custom_id"] for row in self.components for button in row["components"]]

    @property
    def labels(self) -> list[str]:
        return [button.get("label", "") for row in self.components for button in row["components"]]

    @property
    def text(self) -> str:
        """Content and embed text together: what a reader sees, markup and all."""
        parts = [self.content]
        for embed in self.embeds:
            parts.extend(str(embed.get(key, "")) for key in ("title", "description"))
        return "\n".join(part for part in parts if part)

    def payload(self) -> JSON:
        return {
            "id": str(self.id),
            "channel_id": str(self.channel_id),
            "type": 0 if self.interaction_id is None else 20,
            "content": self.content,
            "author": {
                "id": str(BOT_ID),
                "username": "studybot",
                "discriminator": "0",
                "avatar": None,
                "bot": True,
            },
            "embeds": self.embeds,
            "components": self.components,
            "attachments": self.attachments,
            "mentions": [],
            "mention_roles": [],
            "mention_everyone": False,
            "pinned": False,
            "tts": False,
            "timestamp": "2026-03-02T09:00:00+00:00",
            "edited_timestamp": None,
            "flags": self.flags | (128 if self.loading else 0),
            "application_id": str(APP_ID),
        }


@dataclass
class Interaction:
    """One interaction the test injected, and everything the bot did in answer to it."""

    id: int
    token: str
    type: int
    user: FakeUser
    channel_id: int
    created: float
    responses: list[JSON] = field(default_factory=list)
    messages: list[StoredMessage] = field(default_factory=list)
    modal: JSON | None = None
    choices: list[JSON] | None = None
    source: StoredMessage | None = None  # the message whose button was clicked

    @property
    def callback_type(self) -> int | None:
        return self.responses[0]["type"] if self.responses else None

    @property
    def visible(self) -> list[StoredMessage]:
        """The messages this interaction produced that are still there (not deleted, not loading)."""
        return [m for m in self.messages if not m.deleted and not m.loading]


@dataclass(eq=False)
class _Connection:
    ws: web.WebSocketResponse
    request: web.Request
    shard: tuple[int, int] = (0, 1)
    session_id: str = ""


@dataclass
class _Session:
    id: str
    shard: tuple[int, int]
    sequence: int = 0
    history: list[JSON] = field(default_factory=list)
    connection: _Connection | None = None


@dataclass
class Faults:
    """Fault injection on writes (POST/PATCH): `fraction` of distinct requests are refused once,
    with 429 + `retry_after` (Discord's body and its `Via` header, which discord.py checks before
    it trusts a 429) or with `status` (a 5xx). A retry of the same request goes through, so every
    message still arrives once if the client retries as it should.

    A 429 closes the request's rate-limit bucket (method, route and major parameters, as Discord
    keys its limits) for `retry_after` seconds: a write into that bucket before then is refused
    again and counted in `early` (a client that does not honour retry_after). A refusal never
    moves the window on. A client that waits out retry_after (discord.py, which also sends one
    request at a time per bucket) is refused at most once per request however slowly it runs: on
    a loaded machine, windows that every early request extended had kept the writes of several
    buckets refusing each other until discord.py gave up after five tries.

    A storm (`repeat` > 1) refuses each chosen request `repeat` times in a row (each a fresh 429
    once the window it opened has closed, so only a client that keeps honouring retry_after
    gets through); `only` limits the faults to writes whose JSON body contains that text, and
    `channel` to writes into that channel. A held storm (`FakeDiscord.hold`) refuses until the
    test calls `release()`."""

    fraction: float
    status: int
    retry_after: float
    rng: random.Random
    repeat: int = 1
    only: str | None = None
    channel: int | None = None
    refused: Counter[str] = field(default_factory=Counter)  # request -> times refused
    injected: int = 0
    early: int = 0
    closed_until: dict[str, float] = field(default_factory=dict)  # bucket -> end of its window


class FakeDiscord:
    """The fake Discord. Use `async with FakeDiscord() as discord_api:`, then `base_url`/`gateway_url`."""

    def __init__(self, token: str = "fake-bot-token", *, recommended_shards: int = 1) -> None:
        self.token = token
        self.recommended_shards = recommended_shards
        self.calls: list[Call] = []
        self.commands: list[JSON] = []
        self.messages: dict[int, StoredMessage] = {}
        self.interactions: dict[int, Interaction] = {}
        self.cdn: dict[str, bytes] = {}
        self.identifies: list[JSON] = []
        self.resumes: list[JSON] = []
        self.channels = {CHANNEL_ID, OTHER_CHANNEL_ID}
        self.attachments_refused = False  # a server whose members may not attach files
        # After it (seconds from the interaction), a response is refused; None: never.
        self.interaction_window: float | None = None
        self.roles: list[JSON] = [
            {"id": str(GUILD_ID), "name": "@everyone", "permissions": str(MEMBER_PERMISSIONS)},
            {"id": str(ADMIN_ROLE_ID), "name": "Teachers", "permissions": "0", "position": 1},
        ]
        self._ids = itertools.count(1_400_000_000_000_000_000)
        self.faults: Faults | None = None
        # Messages created with `enforce_nonce`, by (channel, nonce): Discord returns the first one
        # for a repeat instead of posting again (for a few minutes; this fake never forgets).
        self.nonces: dict[tuple[int, str], StoredMessage] = {}
        self._sessions: dict[str, _Session] = {}
        self._connections: set[_Connection] = set()
        self._changed_event = asyncio.Event()
        self._runner: web.AppRunner | None = None
        self.port = 0

    # --- lifecycle -----------------------------------------------------------------------------

    async def __aenter__(self) -> FakeDiscord:
        await self.start()
        return self

    async def __aexit__(self, *_exc: object) -> None:
        await self.stop()

    async def start(self) -> None:
        app = web.Application(client_max_size=32 << 20)
        app.router.add_get("/gateway", self._gateway)
        app.router.add_get("/cdn/{key}/{filename}", self._cdn)
        app.router.add_route("*", "/api/v10/{tail:.*}", self._rest)
        self._runner = web.AppRunner(app, access_log=None, shutdown_timeout=0.2)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = int(self._runner.addresses[0][1])

    async def stop(self) -> None:
        for connection in list(self._connections):
            with contextlib.suppress(Exception):
                await connection.ws.close()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/api/v10"

    @property
    def gateway_url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/gateway"

    # --- what the bot did ----------------------------------------------------------------------

    def requests(self, method: str | None = None, route: str | None = None) -> list[Call]:
        return [
            call
            for call in self.calls
            if (method is None or call.method == method) and (route is None or call.route == route)
        ]

    def called(self, method: str, route: str) -> bool:
        return bool(self.requests(method, route))

    def call_count(self, method: str, route: str) -> int:
        return len(self.requests(method, route))

    def message_bodies(self) -> list[JSON]:
        """Every request body that created or edited a message (interaction responses included)."""
        bodies: list[JSON] = []
        for call in self.calls:
            if not isinstance(call.body, dict):
                continue
            if call.route.endswith("/callback"):
                if call.body.get("type") in (4, 7):
                    bodies.append(call.body.get("data") or {})
            elif (call.method, call.route) in _MESSAGE_ROUTES:
                bodies.append(call.body)
        return bodies

    def channel_messages(self, channel_id: int = CHANNEL_ID) -> list[StoredMessage]:
        return [
            m
            for m in self.messages.values()
            if m.channel_id == channel_id and not m.deleted and not m.ephemeral
        ]

    def posts(self, channel_id: int = CHANNEL_ID) -> list[StoredMessage]:
        """Messages the bot posted into a channel on its own (`POST /channels/…/messages`, what a
        Messenger sends), not in answer to an interaction; in the order sent."""
        return [
            m
            for m in self.messages.values()
            if m.channel_id == channel_id and m.interaction_id is None and not m.deleted
        ]

    def forget(self, interaction: Interaction) -> None:
        """Drop what this fake keeps of a finished interaction, and the record of every REST call
        and gateway frame so far (a resume then replays nothing older): for a long benchmark run,
        whose bot process should not pay for collecting the fake's ever-growing history."""
        self.interactions.pop(interaction.id, None)
        for message in interaction.messages:
            self.messages.pop(message.id, None)
        self.calls.clear()
        for session in self._sessions.values():
            session.history.clear()

    async def wait_for(
        self, condition: Callable[[], Any], timeout: float | None = WAIT_SECONDS
    ) -> Any:
        """Wait until `condition()` is truthy (re-checked on every change); its value is returned.
        `timeout` None waits for as long as it takes (the caller watches for failure some other way)."""
        async with asyncio.timeout(timeout):
            while True:
                value = condition()
                if value:
                    return value
                self._changed_event.clear()
                await self._changed_event.wait()

    def _changed(self) -> None:
        self._changed_event.set()

    # --- gateway -------------------------------------------------------------------------------

    @property
    def connected(self) -> int:
        return sum(1 for session in self._sessions.values() if session.connection is not None)

    async def wait_ready(self, shards: int = 1, timeout: float | None = SAFETY_NET) -> None:
        """Wait until `shards` gateway sessions are connected (a bot process starting up needs a
        generous `timeout`: it migrates its database and loads its deck first; None: no deadline)."""
        await self.wait_for(lambda: self.connected >= shards, timeout=timeout)

    async def drop(self, shard: int = 0) -> None:
        """Cut the gateway connection of a shard without a goodbye, as a network failure would."""
        for session in self._sessions.values():
            connection = session.connection
            if connection is not None and session.shard[0] == shard:
                session.connection = None
                transport = connection.request.transport
                if transport is not None:
                    transport.abort()
        self._changed()

    async def dispatch(self, event: str, data: JSON, *, shard: int = 0) -> None:
        """Send a DISPATCH to the shard's session; kept for replay if it is disconnected."""
        session = next(s for s in self._sessions.values() if s.shard[0] == shard)
        session.sequence += 1
        frame = {"op": 0, "t": event, "s": session.sequence, "d": data}
        session.history.append(frame)
        if session.connection is not None:
            with contextlib.suppress(ConnectionError, RuntimeError):
                await session.connection.ws.send_str(json.dumps(frame))

    async def _gateway(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse(autoping=True)
        await ws.prepare(request)
        connection = _Connection(ws, request)
        self._connections.add(connection)
        await ws.send_str(json.dumps({"op": 10, "d": {"heartbeat_interval": 41250}}))
        try:
            async for frame in ws:
                if frame.type is not WSMsgType.TEXT:
                    continue
                message = json.loads(frame.data)
                op = message.get("op")
                if op == 1:
                    await ws.send_str(json.dumps({"op": 11}))
                elif op == 2:
                    await self._identify(connection, message["d"])
                elif op == 6:
                    await self._resume(connection, message["d"])
        finally:
            self._connections.discard(connection)
            for session in self._sessions.values():
                if session.connection is connection:
                    session.connection = None
            self._changed()
        return ws

    async def _identify(self, connection: _Connection, data: JSON) -> None:
        self.identifies.append(data)
        if data.get("token") != self.token:
            await connection.ws.close(code=4004, message=b"Authentication failed.")
            return
        shard_id, count = data.get("shard") or [0, 1]
        session = _Session(f"session-{next(self._ids)}", (shard_id, count))
        self._sessions = {k: s for k, s in self._sessions.items() if s.shard[0] != shard_id}
        self._sessions[session.id] = session
        session.connection = connection
        guilds = (
            [{"id": str(GUILD_ID), "unavailable": True}]
            if self._owns_guild(shard_id, count)
            else []
        )
        ready = {
            "v": 10,
            "user": {
                "id": str(BOT_ID),
                "username": "studybot",
                "discriminator": "0",
                "avatar": None,
                "bot": True,
            },
            "guilds": guilds,
            "session_id": session.id,
            "resume_gateway_url": self.gateway_url,
            "application": {"id": str(APP_ID), "flags": 0},
            "shard": [shard_id, count],
        }
        await self.dispatch("READY", ready, shard=shard_id)
        if guilds:
            await self.dispatch("GUILD_CREATE", self._guild_payload(), shard=shard_id)
        self._changed()

    async def _resume(self, connection: _Connection, data: JSON) -> None:
        self.resumes.append(data)
        session = self._sessions.get(data.get("session_id", ""))
        if session is None or data.get("token") != self.token:
            await connection.ws.send_str(json.dumps({"op": 9, "d": False}))
            return
        session.connection = connection
        for frame in session.history:
            if frame["s"] > (data.get("seq") or 0):
                await connection.ws.send_str(json.dumps(frame))
        await self.dispatch("RESUMED", {}, shard=session.shard[0])
        self._changed()

    def _owns_guild(self, shard_id: int, count: int) -> bool:
        return (GUILD_ID >> 22) % count == shard_id

    def _guild_payload(self) -> JSON:
        channels = [
            {"id": str(channel), "type": 0, "name": f"channel-{index}", "position": index}
            for index, channel in enumerate(sorted(self.channels))
        ]
        return {
            "id": str(GUILD_ID),
            "name": "Revision Club",
            "roles": self.roles,
            "channels": channels,
            "threads": [],
            "members": [],
            "member_count": 40,
            "unavailable": False,
            "owner_id": "1",
            "features": [],
            "emojis": [],
            "stickers": [],
        }

    # --- interactions --------------------------------------------------------------------------

    def _shard_for(self, guild: bool) -> int:
        if not guild:
            return 0
        session = next(iter(self._sessions.values()), None)
        count = session.shard[1] if session is not None else 1
        return (GUILD_ID >> 22) % count

    async def _inject(
        self,
        kind: int,
        data: JSON,
        user: FakeUser,
        *,
        channel_id: int = CHANNEL_ID,
        dm: bool = False,
        message: StoredMessage | None = None,
        thread: bool = False,
    ) -> Interaction:
        loop = asyncio.get_running_loop()
        interaction = Interaction(
            next(self._ids), f"token-{next(self._ids)}", kind, user, channel_id, loop.time()
        )
        interaction.source = message
        self.interactions[interaction.id] = interaction
        payload: JSON = {
            "id": str(interaction.id),
            "application_id": str(APP_ID),
            "type": kind,
            "token": interaction.token,
            "version": 1,
            "data": data,
            "channel_id": str(channel_id),
            "app_permissions": str(MEMBER_PERMISSIONS),
            "attachment_size_limit": 10 * 1024 * 1024,
            "locale": "en-GB",
            "entitlements": [],
            "authorizing_integration_owners": {"0": str(GUILD_ID)},
        }
        if dm:
            payload["channel"] = {
                "id": str(channel_id),
                "type": 1,
                "recipients": [user.payload()],
                "last_message_id": None,
            }
            payload["user"] = user.payload()
            payload["context"] = 1
        else:
            payload["channel"] = {
                "id": str(channel_id),
                "type": 0,
                "guild_id": str(GUILD_ID),
                "name": "revision",
                "position": 0,
                "permission_overwrites": [],
                "nsfw": False,
            }
            payload["guild_id"] = str(GUILD_ID)
            payload["guild"] = {"id": str(GUILD_ID), "locale": "en-GB", "features": []}
            payload["member"] = user.member()
            payload["context"] = 0
        if thread:
            thread_id = next(self._ids)
            payload["channel_id"] = str(thread_id)
            payload["channel"] = {
                "id": str(thread_id),
                "type": 11,  # a public thread
                "guild_id": str(GUILD_ID),
                "parent_id": str(channel_id),
                "name": "revision questions",
                "owner_id": str(user.id),
                "message_count": 0,
                "member_count": 1,
                "rate_limit_per_user": 0,
                "thread_metadata": {
                    "archived": False,
                    "auto_archive_duration": 1440,
                    "archive_timestamp": "2026-03-02T09:00:00+00:00",
                    "locked": False,
                },
            }
        if message is not None:
            payload["message"] = message.payload()
        await self.dispatch("INTERACTION_CREATE", payload, shard=self._shard_for(not dm))
        return interaction

    def _synced(self, name: str) -> JSON:
        for command in self.commands:
            if command["name"] == name:
                return command
        raise AssertionError(
            f"/{name} was never synced; synced: {[c['name'] for c in self.commands]}"
        )

    def _options(self, command: JSON, values: Mapping[str, Any]) -> tuple[list[JSON], JSON]:
        by_name = {option["name"]: option for option in command.get("options", [])}
        options: list[JSON] = []
        resolved: JSON = {}
        for name, value in values.items():
            declared = by_name[name]
            if declared["type"] == _OPTION_TYPES["attachment"]:
                filename, content = value
                key = str(next(self._ids))
                self.cdn[key] = content
                attachment = {
                    "id": key,
                    "filename": filename,
                    "size": len(content),
                    "url": f"http://127.0.0.1:{self.port}/cdn/{key}/{filename}",
                    "proxy_url": f"http://127.0.0.1:{self.port}/cdn/{key}/{filename}",
                    "content_type": "application/x-yaml",
                }
                resolved.setdefault("attachments", {})[key] = attachment
                options.append({"name": name, "type": declared["type"], "value": key})
            else:
                options.append({"name": name, "type": declared["type"], "value": value})
        return options, resolved

    async def slash(
        self,
        name: str,
        user: FakeUser,
        *,
        dm: bool = False,
        channel_id: int = CHANNEL_ID,
        thread: bool = False,
        **values: Any,
    ) -> Interaction:
        """Use a synced slash command, as the Discord client sends it (`thread`: in a public thread
        of `channel_id`). A file is (filename, bytes); an option given as None is left out, as
        Discord leaves out an optional one left empty."""
        command = self._synced(name)
        given = {key: value for key, value in values.items() if value is not None}
        options, resolved = self._options(command, given)
        data: JSON = {"id": command["id"], "name": name, "type": 1, "options": options}
        if resolved:
            data["resolved"] = resolved
        return await self._inject(2, data, user, channel_id=channel_id, dm=dm, thread=thread)

    async def message_command(
        self,
        name: str,
        user: FakeUser,
        content: str,
        *,
        author: FakeUser | None = None,
        channel_id: int = CHANNEL_ID,
    ) -> Interaction:
        """Use a synced message context-menu command (type 3) on a message `author` wrote."""
        command = self._synced(name)
        assert command.get("type") == 3, f"{name!r} is not a message command"
        writer = author or user
        target = {
            "id": str(next(self._ids)),
            "channel_id": str(channel_id),
            "type": 0,
            "content": content,
            "author": writer.payload(),
            "embeds": [],
            "components": [],
            "attachments": [],
            "mentions": [],
            "mention_roles": [],
            "mention_everyone": False,
            "pinned": False,
            "tts": False,
            "timestamp": "2026-03-02T09:00:00+00:00",
            "edited_timestamp": None,
            "flags": 0,
        }
        data: JSON = {
            "id": command["id"],
            "name": name,
            "type": 3,
            "target_id": target["id"],
            "resolved": {"messages": {target["id"]: target}},
        }
        return await self._inject(2, data, user, channel_id=channel_id)

    async def stale_command(self, name: str, user: FakeUser) -> Interaction:
        """A slash command Discord still lists but the bot never synced (an older version's)."""
        data = {"id": str(next(self._ids)), "name": name, "type": 1, "options": []}
        return await self._inject(2, data, user)

    async def autocomplete(
        self, name: str, option: str, typed: str, user: FakeUser, **others: Any
    ) -> list[JSON]:
        """Type into an autocomplete option; returns the choices the bot offered."""
        command = self._synced(name)
        options, _ = self._options(command, others)
        focused_type = next(o["type"] for o in command["options"] if o["name"] == option)
        options.append({"name": option, "type": focused_type, "value": typed, "focused": True})
        data = {"id": command["id"], "name": name, "type": 1, "options": options}
        interaction = await self._inject(4, data, user)
        await self.wait_for(lambda: interaction.choices is not None)
        assert interaction.choices is not None
        return interaction.choices

    async def click(
        self, message: StoredMessage, custom_id: str, user: FakeUser, *, dm: bool = False
    ) -> Interaction:
        """Press a button on a message the bot sent."""
        assert custom_id in message.custom_ids, f"no button {custom_id!r} on the message"
        data = {"custom_id": custom_id, "component_type": 2}
        return await self._inject(
            3, data, user, channel_id=message.channel_id, dm=dm, message=message
        )

    async def submit(self, opened: Interaction, value: str, *, dm: bool = False) -> Interaction:
        """Fill in and submit the modal the bot opened in answer to `opened`."""
        modal = opened.modal
        assert modal is not None, "the bot opened no modal"
        components = [_submitted(component, value) for component in modal["components"]]
        data = {"custom_id": modal["custom_id"], "components": components}
        return await self._inject(
            5, data, opened.user, channel_id=opened.channel_id, dm=dm, message=opened.source
        )

    # --- REST ----------------------------------------------------------------------------------

    _ROUTES: tuple[tuple[str, str], ...] = (
        ("GET", "/users/@me"),
        ("GET", "/oauth2/applications/@me"),
        ("GET", "/gateway"),
        ("GET", "/gateway/bot"),
        ("GET", "/applications/{application_id}/commands"),
        ("PUT", "/applications/{application_id}/commands"),
        ("POST", "/interactions/{interaction_id}/{token}/callback"),
        ("POST", "/webhooks/{application_id}/{token}"),
        ("GET", "/webhooks/{application_id}/{token}/messages/{message_id}"),
        ("PATCH", "/webhooks/{application_id}/{token}/messages/{message_id}"),
        ("DELETE", "/webhooks/{application_id}/{token}/messages/{message_id}"),
        ("POST", "/channels/{channel_id}/messages"),
        ("PATCH", "/channels/{channel_id}/messages/{message_id}"),
    )

    def flood(self, fraction: float, *, retry_after: float = 0.05, seed: int = 7) -> None:
        """Refuse `fraction` of writes once each with 429 and `retry_after` seconds."""
        self.faults = Faults(fraction, 429, retry_after, random.Random(seed))

    def storm(self, containing: str, *, refusals: int, retry_after: float = 0.02) -> None:
        """A 429 storm on the writes whose body contains `containing`: each is refused
        `refusals` times, every time after the window the last refusal opened has closed."""
        self.faults = Faults(
            1.0, 429, retry_after, random.Random(0), repeat=refusals, only=containing
        )

    def hold(self, containing: str, *, channel_id: int, retry_after: float = 0.5) -> Faults:
        """A 429 storm the test ends: every write into `channel_id` whose body contains
        `containing` is refused (each after the window the last refusal opened has closed, so
        `early` still counts a client that does not wait) until `release()`."""
        self.faults = Faults(
            1.0,
            429,
            retry_after,
            random.Random(0),
            repeat=sys.maxsize,
            only=containing,
            channel=channel_id,
        )
        return self.faults

    def release(self) -> None:
        """End a held storm: from now on the writes it refused go through."""
        if self.faults is not None:
            self.faults.repeat = 0
        self._changed()

    def fail(self, fraction: float, *, status: int = 502, seed: int = 7) -> None:
        """Refuse `fraction` of writes once each with a server error (`status`)."""
        self.faults = Faults(fraction, status, 0.0, random.Random(seed))

    def _fault(self, method: str, path: str, body: Any) -> web.Response | None:
        faults = self.faults
        if faults is None or method not in ("POST", "PATCH") or path.startswith("/applications"):
            return None
        text = json.dumps(body, sort_keys=True, default=str, ensure_ascii=False)
        if faults.only is not None and faults.only not in text:
            return None
        if faults.channel is not None and not path.startswith(f"/channels/{faults.channel}/"):
            return None
        key = f"{method} {path} {text}"
        bucket = _bucket(method, path)
        now = asyncio.get_running_loop().time()
        until = faults.closed_until.get(bucket, 0.0)
        early = faults.status == 429 and now < until
        times = faults.refused[key]
        if early:
            faults.early += 1
        elif times >= faults.repeat or (times == 0 and faults.rng.random() >= faults.fraction):
            return None
        else:
            faults.refused[key] += 1
            faults.injected += 1
        if faults.status == 429:
            if not early:
                until = faults.closed_until[bucket] = now + faults.retry_after
            answer = {
                "message": "You are being rate limited.",
                # rounded before the ceiling: `now + 3600 - now` can be 3600.0000000001 in floats,
                # and a bare ceiling then says 3600.001, later than the window really closes
                "retry_after": math.ceil(round((until - now) * 1000, 6)) / 1000,
                "global": False,
            }
            headers = {
                "Content-Type": "application/json",
                "Via": "1.1 google",
                "X-RateLimit-Scope": "user",
            }
            return web.Response(status=429, body=json.dumps(answer).encode(), headers=headers)
        return web.Response(status=faults.status, text="upstream connect error")

    async def _rest(self, request: web.Request) -> web.Response:
        path = "/" + request.match_info["tail"]
        route, params = _match(self._ROUTES, request.method, path)
        body, files = await _read_body(request)
        refused = self._fault(request.method, path, body)
        if refused is not None:
            self._changed()
            return refused
        status, answer = 404, {"message": "404: Not Found", "code": 0}
        if route is not None and files and self.attachments_refused:
            status, answer = 403, {"message": "Missing Permissions", "code": 50013}
        elif route is not None:
            try:
                status, answer = await self._answer(request, route, params, body, files)
            except FormError as error:
                status, answer = 400, {"message": str(error), "code": error.code}
        multipart = request.content_type.startswith("multipart/")
        self.calls.append(
            Call(
                request.method,
                route or path,
                path,
                dict(request.query),
                body,
                tuple(files),
                status,
                multipart,
            )
        )
        self._changed()
        if status == 204:
            return web.Response(status=204)
        return web.Response(
            status=status,
            body=json.dumps(answer).encode(),
            headers={"Content-Type": "application/json"},
        )

    async def _answer(
        self,
        request: web.Request,
        route: str,
        params: dict[str, str],
        body: Any,
        files: list[tuple[str, bytes]],
    ) -> tuple[int, Any]:
        needs_auth = not route.startswith(("/interactions", "/webhooks"))
        if needs_auth and request.headers.get("Authorization") != f"Bot {self.token}":
            return 401, {"message": "401: Unauthorized", "code": 0}
        if route == "/users/@me":
            return 200, {
                "id": str(BOT_ID),
                "username": "studybot",
                "discriminator": "0",
                "avatar": None,
                "bot": True,
            }
        if route == "/oauth2/applications/@me":
            return 200, _application()
        if route in ("/gateway", "/gateway/bot"):
            return 200, {
                "url": self.gateway_url,
                "shards": self.recommended_shards,
                "session_start_limit": {
                    "total": 1000,
                    "remaining": 999,
                    "reset_after": 0,
                    "max_concurrency": 1,
                },
            }
        if route == "/applications/{application_id}/commands":
            if request.method == "GET":
                return 200, self.commands
            return 200, self._sync(params, body)
        if route.startswith("/interactions/"):
            return self._callback(params, body, files)
        if route.startswith("/webhooks/"):
            return self._webhook(request.method, params, body, files)
        if route.startswith("/channels/"):
            return self._channel(request.method, params, body, files)
        return 404, {"message": "404: Not Found", "code": 0}

    def _sync(self, params: dict[str, str], body: Any) -> list[JSON]:
        if params["application_id"] != str(APP_ID):
            raise FormError("Unknown application", 10002)
        if not isinstance(body, list) or len(body) > 100:
            raise FormError("commands must be a list of at most 100")
        names: set[str] = set()
        synced = []
        for command in body:
            _check_command(command)
            if command["name"] in names:
                raise FormError(f"duplicate command name {command['name']!r}")
            names.add(command["name"])
            synced.append(
                {
                    **command,
                    "description": command.get("description", ""),  # "" for context menus
                    "id": str(next(self._ids)),
                    "application_id": str(APP_ID),
                    "version": "1",
                    "default_member_permissions": command.get("default_member_permissions"),
                }
            )
        self.commands = synced
        return synced

    def _callback(
        self, params: dict[str, str], body: Any, files: list[tuple[str, bytes]]
    ) -> tuple[int, Any]:
        interaction = self.interactions.get(int(params["interaction_id"]))
        if interaction is None or interaction.token != params["token"]:
            return 404, {"message": "Unknown interaction", "code": 10062}
        window = self.interaction_window
        if window is not None and asyncio.get_running_loop().time() - interaction.created > window:
            return 404, {"message": "Unknown interaction", "code": 10062}
        if interaction.responses:
            raise FormError("Interaction has already been acknowledged.", 40060)
        kind = body.get("type")
        data = body.get("data") or {}
        resource: JSON = {"type": kind}
        message: StoredMessage | None = None
        if kind == 4:
            message = self._store(interaction.channel_id, data, files, interaction)
        elif kind == 5:
            message = StoredMessage(
                next(self._ids),
                interaction.channel_id,
                flags=data.get("flags", 0) & EPHEMERAL,
                interaction_id=interaction.id,
                loading=True,
            )
            self.messages[message.id] = message
            interaction.messages.append(message)
        elif kind == 6:
            if interaction.type not in (3, 5):
                raise FormError("deferred update is only for components and modals", 40043)
        elif kind == 7:
            if interaction.source is None:
                raise FormError("nothing to update", 40043)
            message = interaction.source
            _apply(message, data, files)
        elif kind == 8:
            choices = data.get("choices", [])
            _check_choices(choices)
            interaction.choices = choices
        elif kind == 9:
            _check_modal(data)
            interaction.modal = data
        else:
            raise FormError(f"unknown callback type {kind!r}")
        interaction.responses.append(body)
        if message is not None:
            resource["message"] = message.payload()
        return 200, {
            "interaction": {
                "id": str(interaction.id),
                "type": interaction.type,
                "response_message_id": str(message.id) if message is not None else None,
                "response_message_loading": kind == 5,
                "response_message_ephemeral": bool(message is not None and message.ephemeral),
            },
            "resource": resource,
        }

    def _interaction_by_token(self, token: str) -> Interaction:
        for interaction in self.interactions.values():
            if interaction.token == token:
                return interaction
        raise FormError("Unknown Webhook", 10015)

    def _webhook(
        self, method: str, params: dict[str, str], body: Any, files: list[tuple[str, bytes]]
    ) -> tuple[int, Any]:
        interaction = self._interaction_by_token(params["token"])
        if not interaction.responses:
            raise FormError("Unknown Webhook: respond to the interaction first", 10015)
        target_id = params.get("message_id")
        if target_id is None:  # a followup
            original = next((m for m in interaction.messages if m.loading and not m.deleted), None)
            if original is not None:  # the first followup after "thinking…" replaces it
                original.loading = False
                _apply(original, body, files)
                return 200, original.payload()
            message = self._store(interaction.channel_id, body, files, interaction)
            return 200, message.payload()
        if target_id == "@original":
            target = interaction.messages[0] if interaction.messages else None
        else:
            target = self.messages.get(int(target_id))
        if target is None or target.deleted:
            return 404, {"message": "Unknown Message", "code": 10008}
        if method == "DELETE":
            target.deleted = True
            return 204, None
        if method == "PATCH":
            target.loading = False
            _apply(target, body, files)
        return 200, target.payload()

    def _channel(
        self, method: str, params: dict[str, str], body: Any, files: list[tuple[str, bytes]]
    ) -> tuple[int, Any]:
        channel_id = int(params["channel_id"])
        if channel_id not in self.channels:
            return 404, {"message": "Unknown Channel", "code": 10003}
        if method == "POST":
            nonce = body.get("nonce") if body.get("enforce_nonce") else None
            if nonce is not None and (channel_id, str(nonce)) in self.nonces:
                return 200, self.nonces[(channel_id, str(nonce))].payload()
            created = self._store(channel_id, body, files, None)
            if nonce is not None:
                self.nonces[(channel_id, str(nonce))] = created
            return 200, created.payload()
        target = self.messages.get(int(params["message_id"]))
        if target is None or target.channel_id != channel_id or target.deleted:
            return 404, {"message": "Unknown Message", "code": 10008}
        _apply(target, body, files)
        return 200, target.payload()

    def _store(
        self,
        channel_id: int,
        body: JSON,
        files: list[tuple[str, bytes]],
        interaction: Interaction | None,
    ) -> StoredMessage:
        message = StoredMessage(
            next(self._ids),
            channel_id,
            interaction_id=interaction.id if interaction is not None else None,
        )
        _apply(message, body, files, creating=True)
        message.flags = body.get("flags", 0) & EPHEMERAL
        self.messages[message.id] = message
        if interaction is not None:
            interaction.messages.append(message)
        return message

    async def _cdn(self, request: web.Request) -> web.Response:
        content = self.cdn.get(request.match_info["key"])
        if content is None:
            return web.Response(status=404)
        return web.Response(body=content, content_type="application/octet-stream")


# --- validation --------------------------------------------------------------------------------


def _apply(
    message: StoredMessage, body: JSON, files: list[tuple[str, bytes]], *, creating: bool = False
) -> None:
    """Check a message body against Discord's limits and apply it to the message."""
    content = body.get("content")
    embeds = body.get("embeds")
    components = body.get("components")
    attachments = body.get("attachments")
    if content is not None and utf16_length(content) > 2000:
        raise FormError("content: Must be 2000 or fewer in length.")
    if embeds is not None:
        _check_embeds(embeds)
    if components is not None:
        _check_components(components)
    if creating and not (content or embeds or components or files):
        raise FormError("Cannot send an empty message", 50006)
    if content is not None or creating:
        message.content = content or ""
    if embeds is not None:
        message.embeds = embeds
    if components is not None:
        message.components = components
    if files or attachments is not None:
        described = {str(a.get("id")): a for a in attachments or []}
        message.files = list(files)
        message.attachments = [
            {
                "id": str(index),
                "filename": name,
                "size": len(content_bytes),
                "url": f"https://cdn.invalid/{index}/{name}",
                "proxy_url": f"https://cdn.invalid/{index}/{name}",
                "description": described.get(str(index), {}).get("description"),
            }
            for index, (name, content_bytes) in enumerate(files)
        ]
    if not creating:
        message.edits += 1


def _check_embeds(embeds: list[JSON]) -> None:
    if len(embeds) > 10:
        raise FormError("embeds: Must be 10 or fewer in length.")
    total = 0
    for embed in embeds:
        for key, limit in (("title", 256), ("description", 4096)):
            value = embed.get(key) or ""
            if utf16_length(value) > limit:
                raise FormError(f"embeds.{key}: Must be {limit} or fewer in length.")
            total += utf16_length(value)
        fields = embed.get("fields", [])
        if len(fields) > 25:
            raise FormError("embeds.fields: Must be 25 or fewer in length.")
        for item in fields:
            if utf16_length(item["name"]) > 256 or utf16_length(item["value"]) > 1024:
                raise FormError("embeds.fields: a field is too long.")
            total += utf16_length(item["name"]) + utf16_length(item["value"])
        footer = (embed.get("footer") or {}).get("text") or ""
        if utf16_length(footer) > 2048:
            raise FormError("embeds.footer.text: Must be 2048 or fewer in length.")
        total += utf16_length(footer)
        if not any(embed.get(key) for key in ("title", "description", "fields", "image")):
            raise FormError("embeds: an embed needs some content.")
    if total > 6000:
        raise FormError("embeds: Embed size exceeds maximum size of 6000")


def _check_components(rows: list[JSON]) -> None:
    if len(rows) > 5:
        raise FormError("components: Must be 5 or fewer in length.")
    seen: set[str] = set()
    for row in rows:
        buttons = row.get("components", [])
        if row.get("type") != 1 or not 1 <= len(buttons) <= 5:
            raise FormError("components: an action row holds 1–5 buttons.")
        for button in buttons:
            custom_id = button.get("custom_id", "")
            if not 1 <= len(custom_id) <= 100:
                raise FormError("components.custom_id: Must be between 1 and 100 in length.")
            if custom_id in seen:
                raise FormError("components.custom_id: Component custom id cannot be duplicated")
            seen.add(custom_id)
            if utf16_length(button.get("label") or "") > 80:
                raise FormError("components.label: Must be 80 or fewer in length.")
            if not (button.get("label") or button.get("emoji")):
                raise FormError("components: a button needs a label or an emoji.")


def _check_modal(modal: JSON) -> None:
    if not 1 <= len(modal.get("title", "")) <= 45:
        raise FormError("data.title: Must be between 1 and 45 in length.")
    if not 1 <= len(modal.get("custom_id", "")) <= 100:
        raise FormError("data.custom_id: Must be between 1 and 100 in length.")
    components = modal.get("components", [])
    if not 1 <= len(components) <= 5:
        raise FormError("data.components: Must be between 1 and 5 in length.")
    for component in components:
        inner = component.get("component") or (component.get("components") or [{}])[0]
        if component.get("type") == 18 and not 1 <= len(component.get("label", "")) <= 45:
            raise FormError("data.components.label: Must be between 1 and 45 in length.")
        if inner.get("type") == 4 and not 1 <= inner.get("max_length", 4000) <= 4000:
            raise FormError("data.components.max_length: Must be 4000 or less.")


def _check_choices(choices: list[JSON]) -> None:
    if len(choices) > 25:
        raise FormError("data.choices: Must be 25 or fewer in length.")
    for choice in choices:
        if not 1 <= len(choice.get("name", "")) <= 100:
            raise FormError("data.choices.name: Must be between 1 and 100 in length.")
        value = choice.get("value")
        if isinstance(value, str) and not 1 <= len(value) <= 100:
            raise FormError("data.choices.value: Must be between 1 and 100 in length.")


def _check_command(command: JSON) -> None:
    name = command.get("name", "")
    if command.get("type") in (2, 3):  # user and message context menus: a name, nothing else
        if not 1 <= len(name) <= 32 or command.get("description") or command.get("options"):
            raise FormError(f"context menu {name!r}: a name of 1-32 characters, no description")
        return
    if not _NAME.match(name) or name != name.lower():
        raise FormError(f"name: {name!r} is not a valid command name.")
    if not 1 <= len(command.get("description", "")) <= 100:
        raise FormError(f"/{name} description: Must be between 1 and 100 in length.")
    options = command.get("options", [])
    if len(options) > 25:
        raise FormError(f"/{name} options: Must be 25 or fewer in length.")
    optional_seen = False
    for option in options:
        option_name = option.get("name", "")
        if not _NAME.match(option_name) or option_name != option_name.lower():
            raise FormError(f"/{name} option {option_name!r} is not a valid name.")
        if not 1 <= len(option.get("description", "")) <= 100:
            raise FormError(f"/{name} {option_name} description: 1–100 characters.")
        if option.get("required"):
            if optional_seen:
                raise FormError(f"/{name}: required options must come before optional ones.")
        else:
            optional_seen = True


def _submitted(component: JSON, value: str) -> JSON:
    """A modal component as the Discord client submits it, with `value` typed into its text box."""
    if component.get("type") == 18:
        inner = component["component"]
        return {
            "type": 18,
            "component": {"type": inner["type"], "custom_id": inner["custom_id"], "value": value},
        }
    inner = component["components"][0]
    return {"type": 1, "components": [{"type": 4, "custom_id": inner["custom_id"], "value": value}]}


def _application() -> JSON:
    return {
        "id": str(APP_ID),
        "name": "studybot",
        "icon": None,
        "description": "",
        "bot_public": True,
        "bot_require_code_grant": False,
        "owner": {"id": "1", "username": "teacher", "discriminator": "0", "avatar": None},
        "verify_key": "0" * 64,
        "flags": 0,
        "interactions_endpoint_url": None,
    }


def _bucket(method: str, path: str) -> str:
    """The rate-limit bucket of a write: its method and route with the major parameters (channel,
    application or interaction, token) kept and the minor ones (message ids) left out."""
    route, params = _match(FakeDiscord._ROUTES, method, path)
    if route is None:
        return f"{method} {path}"
    major = sorted((k, v) for k, v in params.items() if k != "message_id")
    return f"{method} {route} {major}"


def _match(
    routes: Iterable[tuple[str, str]], method: str, path: str
) -> tuple[str | None, dict[str, str]]:
    for route_method, template in routes:
        if route_method != method:
            continue
        pattern = "^" + re.sub(r"\{(\w+)\}", r"(?P<\1>[^/]+)", template) + "$"
        found = re.match(pattern, path)
        if found:
            return template, found.groupdict()
    return None, {}


async def _read_body(request: web.Request) -> tuple[Any, list[tuple[str, bytes]]]:
    """A JSON body, or discord.py's multipart: `payload_json` plus `files[n]`."""
    if request.content_type.startswith("multipart/"):
        body: Any = None
        files: list[tuple[str, bytes]] = []
        reader = await request.multipart()
        while True:
            part = await reader.next()
            if part is None:
                break
            if not isinstance(part, BodyPartReader):
                continue
            if part.name == "payload_json":
                body = json.loads(await part.text())
            else:
                files.append((part.filename or "file", bytes(await part.read())))
        return body, files
    raw = await request.read()
    return (json.loads(raw) if raw else None), []
