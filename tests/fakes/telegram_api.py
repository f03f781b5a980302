"""A tiny fake Telegram Bot API on 127.0.0.1, for driving the real PTB Application in tests.

Modelled on opsdroid's ExternalAPIMockServer: an aiohttp server that answers `/bot{token}/{method}`
and records every call (`called`, `call_count`, `requests`). It is strict where Telegram is, so a
test fails the way production would: HTML must use Telegram's tags, balanced, with `<` and `&`
escaped; texts, captions, callback data, toasts and quiz polls are held to Telegram's limits (400
otherwise). Tests push updates into a queue that `getUpdates` long-polls (honouring `timeout` and
`offset`), and can make a chosen fraction of sends fail with 429 + `parameters.retry_after`, during
which window every send into that chat is refused, as Telegram does (`storm()` refuses chosen sends
several times in a row).

`enforce_limits()` turns on Telegram's flood limits (off by default): at most 30 sends in any one
second over all chats, 20 a minute into one group, every send beyond that refused with 429 and an
honest `retry_after`. `throttled` counts those 429s and `sends_per_chat` the deliveries per chat, so
a benchmark can show that a fan-out kept to the limits and posted each message once.

setMessageReaction takes one emoji of Telegram's reaction set (as a non-premium user, a bot sets at
most one) and records it in `reactions`; it is not a send, so the group limit ignores it. Chats in
`reactions_off` refuse it with 400, as a group whose admins turned reactions off does.
"""

from __future__ import annotations

import asyncio
import contextlib
import html
import itertools
import json
import math
import random
import re
import sys
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Any

from aiohttp import web
from telegram.constants import ReactionEmoji  # Telegram's published reaction set

# How long a test waits for what the bot should do: a hang guard, never a deadline. At a load of
# 15-20 on 2 cores a process gets a tenth of a core, so what takes 3 s on a quiet machine (starting
# a bot process) can take 30 s or more; this is two orders of magnitude above a normal wait.
WAIT_SECONDS = 300.0

JSON = dict[str, Any]
# How long a wait for the bot may take before a test gives up: a safety net against a hung bot,
# never a speed requirement (a loaded CI machine can be slow; see WAIT_SECONDS).
SAFETY_NET = WAIT_SECONDS

SEND_METHODS = frozenset(
    {"sendMessage", "editMessageText", "sendPoll", "sendPhoto", "sendDocument"}
)
# Fields PTB sends as plain strings; every other form field is JSON-encoded by PTB.
_STRING_FIELDS = frozenset(
    {
        "text", "caption", "question", "explanation", "parse_mode", "callback_query_id",
        "file_id", "type", "url", "secret_token", "language_code", "description",
        "short_description", "name", "emoji", "inline_message_id", "explanation_parse_mode",
        "question_parse_mode",
    }
)  # fmt: skip
_ALLOWED_TAGS = frozenset(
    {
        "b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "span", "tg-spoiler", "a",
        "code", "pre", "blockquote", "tg-emoji",
    }
)  # fmt: skip
_TOKEN = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9-]*)([^<>]*)>|&(#\d+|#x[0-9a-fA-F]+|lt|gt|amp|quot);")
_REACTIONS = frozenset(ReactionEmoji)
_COMMAND_NAME = re.compile(r"[a-z0-9_]{1,32}")
BOT_ID = 777000111


class BadRequest(Exception):
    """Answered as 400 with Telegram's wording."""


class Forbidden(Exception):
    """Answered as 403 with Telegram's wording (a user who never started the bot)."""


def parse_html(value: str) -> str:
    """The visible text of Telegram HTML; raises BadRequest where Telegram would refuse it."""
    visible: list[str] = []
    stack: list[str] = []
    position = 0
    for found in _TOKEN.finditer(value):
        _plain(value[position : found.start()], visible)
        position = found.end()
        if found.group(4) is not None:
            visible.append(html.unescape(found.group(0)))
            continue
        closing, tag = found.group(1) == "/", found.group(2).lower()
        if tag not in _ALLOWED_TAGS:
            raise BadRequest(f'can\'t parse entities: Unsupported start tag "{tag}"')
        if not closing:
            stack.append(tag)
        elif not stack or stack.pop() != tag:
            raise BadRequest(f'can\'t parse entities: Unmatched end tag "{tag}"')
    _plain(value[position:], visible)
    if stack:
        raise BadRequest(
            f"can't parse entities: Can't find end tag corresponding to \"{stack[-1]}\""
        )
    return "".join(visible)


class _TagChecker(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.open: list[str] = []
        self.unbalanced: list[str] = []
        self.tags: set[str] = set()
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.open.append(tag)
        self.tags.add(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.open or self.open.pop() != tag:
            self.unbalanced.append(tag)

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def checked_html(value: str, allowed: frozenset[str] = frozenset({"b", "i", "code"})) -> str:
    """Parse HTML the bot sent with the standard library's html.parser: every tag one of `allowed`,
    every tag closed in order. Returns the visible text; AssertionError otherwise."""
    checker = _TagChecker()
    checker.feed(value)
    checker.close()
    assert not checker.unbalanced and not checker.open, f"unbalanced tags in {value[:200]!r}"
    assert checker.tags <= allowed, f"unexpected tags {checker.tags - allowed} in {value[:200]!r}"
    return "".join(checker.text)


def _plain(chunk: str, visible: list[str]) -> None:
    for char in "<&":
        if char in chunk:
            raise BadRequest(f"can't parse entities: unescaped {char!r} in {chunk[:40]!r}")
    visible.append(chunk)


def utf16_length(value: str) -> int:
    return len(value.encode("utf-16-le")) // 2


@dataclass(frozen=True, slots=True)
class Call:
    """One request the bot made: method, decoded parameters, uploaded files, what was answered."""

    method: str
    params: JSON
    files: dict[str, bytes]
    status: int
    result: Any
    at: float


@dataclass
class Flood:
    """429 injection: `fraction` of first attempts at a send are refused, opening a window of
    `retry_after` seconds in which every send into that chat is refused too (Telegram's per-chat
    limits: a chat's 429 holds that chat; the overall 30 a second is `enforce_limits`). A send
    into a chat inside its window is refused; a send refused before and sent again inside the
    window is counted in `early` (a client that did not honour retry_after). A refusal never
    moves the window on.

    A storm (`repeat` > 1) refuses each chosen send `repeat` times (a fresh 429 each time the
    window has closed); `only` limits the faults to sends whose method or parameters contain it,
    and `chat` to sends into that chat. A held storm (`FakeTelegramAPI.hold`) refuses until the
    test calls `release()`."""

    fraction: float
    retry_after: float
    rng: random.Random
    repeat: int = 1
    only: str | None = None
    chat: int | None = None
    until: dict[int, float] = field(default_factory=dict)  # chat id -> end of its window
    seen: Counter[str] = field(default_factory=Counter)  # send -> times refused
    early: int = 0


@dataclass
class FloodLimits:
    """Telegram's flood limits as sliding windows over accepted sends: `per_second` in any second
    over all chats, `per_group_minute` in any minute into one group (a negative chat id). A refused
    send does not count: nothing was posted."""

    per_second: int
    per_group_minute: int
    overall: deque[float] = field(default_factory=deque)
    groups: dict[int, deque[float]] = field(default_factory=dict)

    def admit(self, chat_id: int, now: float) -> float:
        """Record a send at `now` and return 0, or return how many seconds until it would fit."""
        wait = _window_wait(self.overall, self.per_second, 1.0, now)
        group = self.groups.setdefault(chat_id, deque()) if chat_id < 0 else None
        if group is not None:
            wait = max(wait, _window_wait(group, self.per_group_minute, 60.0, now))
        if wait > 0:
            return wait
        self.overall.append(now)
        if group is not None:
            group.append(now)
        return 0.0


def _window_wait(sent: deque[float], limit: int, window: float, now: float) -> float:
    """Drop sends older than the window; the wait until one more fits (0 when it fits now)."""
    while sent and now - sent[0] >= window:
        sent.popleft()
    return sent[0] + window - now if len(sent) >= limit else 0.0


class FakeTelegramAPI:
    """The fake Bot API. Use `async with FakeTelegramAPI() as api:`, then `api.base_url`."""

    def __init__(self, token: str = "123456:TEST-token", *, username: str = "StudyTestBot") -> None:
        self.token = token
        self.username = username
        self.calls: list[Call] = []
        self.admins: dict[int, set[int]] = {}  # chat id -> user ids (status administrator)
        self.creators: dict[int, set[int]] = {}  # chat id -> its owner (status creator)
        self.files: dict[str, tuple[str, bytes]] = {}  # file_id -> (file_path, content)
        self.reactions: dict[tuple[int, int], list[str]] = {}  # (chat, message) -> emoji set
        self.reactions_off: set[int] = set()  # chats whose admins turned reactions off
        self.photos_off: set[int] = set()  # chats where the bot may not send pictures
        self.never_started: set[int] = set()  # users who never pressed Start: no DMs to them
        self._updates: list[JSON] = []
        self._next_update_id = 1
        self._message_ids: dict[int, itertools.count[int]] = {}
        self._poll_ids = itertools.count(5_000_000_000)
        self._user_message_ids = itertools.count(100_000)
        self._waiters: list[asyncio.Future[None]] = []
        self._closing = asyncio.Event()
        self.long_polls = 0  # getUpdates requests received so far (counted on arrival)
        self._flood: Flood | None = None
        self._failing: Flood | None = None  # 5xx injection: `retry_after` is unused
        self.server_errors = 0  # 5xx answered so far
        self._limits: FloodLimits | None = None
        self.throttled = 0  # 429s answered so far (injected floods and enforced limits alike)
        self.sends_per_chat: Counter[int] = Counter()  # successful sends, by chat id
        self._runner: web.AppRunner | None = None
        self.port = 0

    # --- lifecycle -----------------------------------------------------------------------------

    async def __aenter__(self) -> FakeTelegramAPI:
        await self.start()
        return self

    async def __aexit__(self, *_exc: object) -> None:
        await self.stop()

    async def start(self) -> None:
        server = web.Application(client_max_size=64 << 20)
        server.router.add_route("*", "/bot{token}/{method}", self._api)
        server.router.add_get("/file/bot{token}/{path:.+}", self._download)
        self._runner = web.AppRunner(server, access_log=None, shutdown_timeout=0.5)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        address = self._runner.addresses[0]
        self.port = int(address[1])

    async def stop(self) -> None:
        self._closing.set()
        self._changed()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    @property
    def base_url(self) -> str:
        """PTB's base_url (it appends the token)."""
        return f"http://127.0.0.1:{self.port}/bot"

    # --- what tests do -------------------------------------------------------------------------

    def flood(self, fraction: float, *, retry_after: float = 0.05, seed: int = 7) -> None:
        """Refuse `fraction` of sends with 429 + retry_after (each distinct request at most once by
        chance; any send inside an open window is refused as well)."""
        self._flood = Flood(fraction, retry_after, random.Random(seed))

    def storm(self, containing: str, *, refusals: int, retry_after: float = 0.02) -> None:
        """A 429 storm on the sends whose method or parameters contain `containing`: each is refused
        `refusals` times, every time after the window the last refusal opened has closed."""
        self._flood = Flood(1.0, retry_after, random.Random(0), refusals, containing)

    def hold(self, containing: str, *, chat_id: int, retry_after: float = 2.0) -> None:
        """A 429 storm the test ends: every send into `chat_id` whose method or parameters
        contain `containing` is refused (each after the window the last refusal opened has
        closed, so `early` still counts a client that does not wait) until `release()`."""
        self._flood = Flood(
            1.0, retry_after, random.Random(0), sys.maxsize, containing, chat=chat_id
        )

    def release(self) -> None:
        """End a held storm: from now on the sends it refused go through."""
        if self._flood is not None:
            self._flood.repeat = 0
        self._changed()

    @property
    def early(self) -> int:
        """Sends that came back inside their chat's 429 window (0: retry_after honoured)."""
        return self._flood.early if self._flood is not None else 0

    def fail(self, fraction: float, *, seed: int = 11) -> None:
        """Answer `fraction` of sends with 502 Bad Gateway (each distinct request at most once, so
        a client that retries gets through)."""
        self._failing = Flood(fraction, 0.0, random.Random(seed))

    def enforce_limits(self, *, per_second: int = 30, per_group_minute: int = 20) -> None:
        """Refuse, with 429 and `retry_after`, any send beyond `per_second` in any one second (over
        all chats) or beyond `per_group_minute` in any minute into one group, as Telegram does."""
        if per_second < 1 or per_group_minute < 1:
            raise ValueError("limits must allow at least one send per window")
        self._limits = FloodLimits(per_second, per_group_minute)

    def duplicates(self) -> int:
        """Sends beyond the first into each chat (for fan-outs that post once per chat)."""
        return sum(count - 1 for count in self.sends_per_chat.values() if count > 1)

    def push(self, update: JSON) -> int:
        """Queue an update for getUpdates; returns its update_id."""
        update = dict(update)
        update["update_id"] = self._next_update_id
        self._next_update_id += 1
        self._updates.append(update)
        self._changed()
        return int(update["update_id"])

    def add_file(self, content: bytes, filename: str = "deck.yaml") -> str:
        """Store a file the bot can fetch with getFile; returns its file_id."""
        file_id = f"file{len(self.files) + 1}"
        self.files[file_id] = (f"documents/{file_id}_{filename}", content)
        return file_id

    def called(self, method: str) -> bool:
        return self.call_count(method) > 0

    def call_count(self, method: str) -> int:
        return sum(1 for call in self.calls if call.method == method)

    def requests(self, method: str) -> list[JSON]:
        """Parameters of every call to `method`, in order, refused ones included."""
        return [call.params for call in self.calls if call.method == method]

    def delivered(self, method: str | None = None, *, chat_id: int | None = None) -> list[Call]:
        """Sends that succeeded (what users actually got), optionally for one chat."""
        return [
            call
            for call in self.calls
            if call.status == 200
            and (call.method == method if method else call.method in SEND_METHODS)
            and (chat_id is None or call.params.get("chat_id") == chat_id)
        ]

    def refused(self, method: str | None = None) -> list[Call]:
        """Calls answered with an error status (429s, 400s)."""
        return [c for c in self.calls if c.status != 200 and (method is None or c.method == method)]

    async def wait_until(
        self, condition: Callable[[], bool], *, timeout: float = WAIT_SECONDS
    ) -> None:
        """Wait until `condition()` holds (checked after every call); TimeoutError otherwise."""

        async def check() -> None:
            while not condition():
                waiter = asyncio.get_running_loop().create_future()
                self._waiters.append(waiter)
                await waiter

        await asyncio.wait_for(check(), timeout)

    async def wait_for(
        self, method: str, count: int = 1, *, timeout: float = WAIT_SECONDS
    ) -> list[Call]:
        """Wait for `count` successful calls to `method`; returns them."""
        await self.wait_until(lambda: len(self.delivered(method)) >= count, timeout=timeout)
        return self.delivered(method)

    async def wait_polling(self, *, timeout: float = WAIT_SECONDS) -> None:
        """Wait until the bot has started long polling."""
        await self.wait_until(lambda: self.long_polls > 0, timeout=timeout)

    def pending_updates(self) -> int:
        return len(self._updates)

    # --- update builders -----------------------------------------------------------------------

    @staticmethod
    def user(user_id: int = 42, first_name: str = "Ada", **extra: Any) -> JSON:
        return {"id": user_id, "is_bot": False, "first_name": first_name, **extra}

    @staticmethod
    def chat(chat_id: int = 42, **extra: Any) -> JSON:
        kind = "supergroup" if chat_id < 0 else "private"
        chat: JSON = {"id": chat_id, "type": kind, **extra}
        if chat_id < 0:
            chat.setdefault("title", "Study group")
        else:
            chat.setdefault("first_name", "Ada")
        return chat

    def message(self, text: str, *, chat_id: int = 42, user_id: int = 42, **extra: Any) -> JSON:
        """A message update; a leading /command gets its bot_command entity, as Telegram adds."""
        body: JSON = {
            "message_id": next(self._user_message_ids),
            "date": int(time.time()),
            "chat": self.chat(chat_id),
            "from": self.user(user_id, "Ada" if user_id == 42 else f"Student{user_id}"),
            "text": text,
        }
        command = re.match(r"/[A-Za-z0-9_]+(@[A-Za-z0-9_]+)?", text)
        if command:
            body["entities"] = [
                {"type": "bot_command", "offset": 0, "length": utf16_length(command.group(0))}
            ]
        body.update(extra)
        return {"message": body}

    def say(self, text: str, *, chat_id: int = 42, user_id: int = 42, **extra: Any) -> int:
        """Push a message from a user; returns the update_id."""
        return self.push(self.message(text, chat_id=chat_id, user_id=user_id, **extra))

    def press(self, message: JSON, data: str, *, user_id: int = 42) -> int:
        """Push a button press on `message` (a message the bot sent, as recorded here)."""
        return self.push(
            {
                "callback_query": {
                    "id": f"cq{self._next_update_id}",
                    "from": self.user(user_id, "Ada" if user_id == 42 else f"Student{user_id}"),
                    "chat_instance": "ci1",
                    "message": message,
                    "data": data,
                }
            }
        )

    def vote(self, poll: JSON, option: int, *, user_id: int = 42) -> int:
        """Push a poll_answer for a poll the bot sent (its `poll` object, as returned)."""
        persistent = poll["options"][option]["persistent_id"]
        return self.push(
            {
                "poll_answer": {
                    "poll_id": poll["id"],
                    "user": self.user(user_id, "Ada" if user_id == 42 else f"Student{user_id}"),
                    "option_ids": [option],
                    "option_persistent_ids": [persistent],
                }
            }
        )

    def inline(self, query: str, *, user_id: int = 42, chat_type: str = "supergroup") -> int:
        """Push an inline query: a user typed `@bot <query>` in some chat (only with /setinline)."""
        return self.push(
            {
                "inline_query": {
                    "id": f"iq{self._next_update_id}",
                    "from": self.user(user_id, "Ada" if user_id == 42 else f"Student{user_id}"),
                    "query": query,
                    "offset": "",
                    "chat_type": chat_type,
                }
            }
        )

    def upload(
        self, content: bytes, *, filename: str, caption: str, chat_id: int = 42, user_id: int = 42
    ) -> int:
        """Push a document message with a caption (how a teacher sends a deck)."""
        file_id = self.add_file(content, filename)
        document = {
            "file_id": file_id,
            "file_unique_id": f"u{file_id}",
            "file_name": filename,
            "file_size": len(content),
        }
        update = self.message("", chat_id=chat_id, user_id=user_id)
        message = update["message"]
        del message["text"]
        message.update(document=document, caption=caption)
        return self.push(update)

    # --- the API -------------------------------------------------------------------------------

    def _changed(self) -> None:
        """Wake everyone waiting in `wait_until` to re-check their condition."""
        waiters, self._waiters = self._waiters, []
        for waiter in waiters:
            if not waiter.done():
                waiter.set_result(None)

    async def _api(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        params, files = await _decode(request)

        def answer(status: int, result: Any, parameters: JSON | None = None) -> web.Response:
            self.calls.append(Call(method, params, files, status, result, time.monotonic()))
            if status == 200 and method in SEND_METHODS:
                self.sends_per_chat[_chat_id(params)] += 1
            elif status == 429:
                self.throttled += 1
            self._changed()
            if status == 200:
                return web.json_response({"ok": True, "result": result})
            body: JSON = {"ok": False, "error_code": status, "description": result}
            if parameters:
                body["parameters"] = parameters
            return web.json_response(body, status=status)

        if request.match_info["token"] != self.token:
            return answer(401, "Unauthorized")
        if method in SEND_METHODS and self._fails(method, params):
            self.server_errors += 1
            return answer(502, "Bad Gateway")
        if method in SEND_METHODS and (refusal := self._flooded(method, params)) is not None:
            return answer(429, *refusal)
        if method in SEND_METHODS and (refusal := self._over_limit(params)) is not None:
            return answer(429, *refusal)
        handler = getattr(self, f"_m_{method}", None)
        if handler is None:
            return answer(404, "Not Found: method not found")
        try:
            result = await handler(params, files)
        except BadRequest as error:
            return answer(400, f"Bad Request: {error}")
        except Forbidden as error:
            return answer(403, f"Forbidden: {error}")
        return answer(200, result)

    def _fails(self, method: str, params: JSON) -> bool:
        failing = self._failing
        if failing is None:
            return False
        fingerprint = method + json.dumps(params, sort_keys=True, default=str)
        chosen = fingerprint not in failing.seen and failing.rng.random() < failing.fraction
        failing.seen[fingerprint] += 1
        return chosen

    def _flooded(self, method: str, params: JSON) -> tuple[str, JSON] | None:
        flood = self._flood
        if flood is None:
            return None
        text = json.dumps(params, sort_keys=True, default=str, ensure_ascii=False)
        fingerprint = method + text
        if flood.only is not None and flood.only not in fingerprint:
            return None
        now, chat = time.monotonic(), _chat_id(params)
        if flood.chat is not None and chat != flood.chat:
            return None
        until = flood.until.get(chat, 0.0)
        if now < until:  # refused again; a retry of a refused send was early
            flood.early += flood.seen[fingerprint] > 0
            flood.seen[fingerprint] = max(flood.seen[fingerprint], 1)
        else:
            times = flood.seen[fingerprint]
            if times >= flood.repeat or (times == 0 and flood.rng.random() >= flood.fraction):
                flood.seen[fingerprint] = max(times, 1)  # a send is chosen at its first try only
                return None
            flood.seen[fingerprint] += 1
            until = flood.until[chat] = now + flood.retry_after
        wait = max(until - now, 0.001)
        return f"Too Many Requests: retry after {wait:.3f}", {"retry_after": wait}

    def _over_limit(self, params: JSON) -> tuple[str, JSON] | None:
        if self._limits is None:
            return None
        wait = self._limits.admit(_chat_id(params), time.monotonic())
        if wait <= 0:
            return None
        seconds = max(1, math.ceil(wait))  # Telegram's retry_after is whole seconds
        return f"Too Many Requests: retry after {seconds}", {"retry_after": seconds}

    async def _download(self, request: web.Request) -> web.Response:
        path = request.match_info["path"]
        for file_path, content in self.files.values():
            if file_path == path and request.match_info["token"] == self.token:
                self.calls.append(Call("download", {"path": path}, {}, 200, None, time.monotonic()))
                return web.Response(body=content)
        return web.Response(status=404)

    def _bot_user(self) -> JSON:
        return {"id": BOT_ID, "is_bot": True, "first_name": "Study", "username": self.username}

    def _new_message(self, chat_id: int, **fields: Any) -> JSON:
        counter = self._message_ids.setdefault(chat_id, itertools.count(1))
        return {
            "message_id": next(counter),
            "date": int(time.time()),
            "chat": self.chat(chat_id),
            "from": self._bot_user(),
            **fields,
        }

    async def _m_getMe(self, _params: JSON, _files: dict[str, bytes]) -> JSON:
        return {
            **self._bot_user(),
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": False,
        }

    async def _m_getUpdates(self, params: JSON, _files: dict[str, bytes]) -> list[JSON]:
        self.long_polls += 1
        self._changed()
        offset = int(params.get("offset") or 0)
        if offset:
            self._updates = [u for u in self._updates if u["update_id"] >= offset]
        limit = int(params.get("limit") or 100)
        timeout = float(params.get("timeout") or 0)
        if not self._updates and timeout > 0 and not self._closing.is_set():
            with contextlib.suppress(TimeoutError):
                await self.wait_until(
                    lambda: bool(self._updates) or self._closing.is_set(), timeout=timeout
                )
        return self._updates[:limit]

    async def _m_deleteWebhook(self, _params: JSON, _files: dict[str, bytes]) -> bool:
        return True

    async def _m_setWebhook(self, params: JSON, _files: dict[str, bytes]) -> bool:
        if not str(params.get("url", "")).startswith(("https://", "http://")):
            raise BadRequest("bad webhook: An HTTPS URL must be provided for webhook")
        return True

    async def _m_setMyCommands(self, params: JSON, _files: dict[str, bytes]) -> bool:
        commands = params.get("commands")
        if not isinstance(commands, list) or len(commands) > 100:
            raise BadRequest("commands must be a list of at most 100")
        for command in commands:
            if not _COMMAND_NAME.fullmatch(str(command.get("command", ""))):
                raise BadRequest("BOT_COMMAND_INVALID")
            if not 1 <= len(str(command.get("description", ""))) <= 256:
                raise BadRequest("BOT_COMMAND_DESCRIPTION_INVALID")
        return True

    async def _m_getChatMember(self, params: JSON, _files: dict[str, bytes]) -> JSON:
        chat_id, user_id = int(params["chat_id"]), int(params["user_id"])
        user = self.user(user_id)
        if user_id in self.creators.get(chat_id, set()):
            return {"status": "creator", "user": user, "is_anonymous": False}
        if user_id in self.admins.get(chat_id, set()):
            return {
                "status": "administrator", "user": user, "can_be_edited": False,
                "is_anonymous": False, "can_manage_chat": True, "can_delete_messages": True,
                "can_manage_video_chats": False, "can_restrict_members": True,
                "can_promote_members": False, "can_change_info": True, "can_invite_users": True,
                "can_post_stories": False, "can_edit_stories": False, "can_delete_stories": False,
            }  # fmt: skip
        return {"status": "member", "user": user}

    async def _m_sendMessage(self, params: JSON, _files: dict[str, bytes]) -> JSON:
        chat_id = int(params["chat_id"])
        if chat_id in self.never_started:
            raise Forbidden("bot can't initiate conversation with a user")
        shown = _visible(str(params.get("text", "")), params.get("parse_mode"))
        if not shown.strip() or utf16_length(shown) > 4096:
            raise BadRequest("message is too long" if shown.strip() else "message text is empty")
        markup = _keyboard(params.get("reply_markup"))
        fields: JSON = {"text": shown}
        if markup:
            fields["reply_markup"] = markup
        return self._new_message(chat_id, **fields)

    async def _m_editMessageText(self, params: JSON, _files: dict[str, bytes]) -> JSON:
        chat_id = int(params["chat_id"])
        shown = _visible(str(params.get("text", "")), params.get("parse_mode"))
        if utf16_length(shown) > 4096 or not shown.strip():
            raise BadRequest("MESSAGE_TOO_LONG" if shown.strip() else "message text is empty")
        fields: JSON = {"text": shown}
        markup = params.get("reply_markup")
        if isinstance(markup, Mapping) and "force_reply" in markup:
            raise BadRequest("inline keyboard expected")  # an edit takes buttons only
        markup = _keyboard(markup)
        if markup:
            fields["reply_markup"] = markup
        message = self._new_message(chat_id, **fields)
        message["message_id"] = int(params["message_id"])
        return message

    async def _m_answerCallbackQuery(self, params: JSON, _files: dict[str, bytes]) -> bool:
        if utf16_length(str(params.get("text") or "")) > 200:
            raise BadRequest("MESSAGE_TOO_LONG")
        return True

    async def _m_answerInlineQuery(self, params: JSON, _files: dict[str, bytes]) -> bool:
        """Checked as Telegram does: at most 50 results, unique ids of 1-64 bytes, a title and a
        message of at most 4096 characters in valid HTML for each."""
        results = params.get("results")
        if not isinstance(results, list) or len(results) > 50:
            raise BadRequest("RESULTS_TOO_MUCH")
        ids = [str(result.get("id", "")) for result in results]
        if len(set(ids)) != len(ids) or not all(0 < len(i.encode()) <= 64 for i in ids):
            raise BadRequest("RESULT_ID_INVALID")
        for result in results:
            content = result.get("input_message_content") or {}
            body = str(content.get("message_text", ""))
            if result.get("type") != "article" or not result.get("title") or not body.strip():
                raise BadRequest("RESULT_INVALID")
            if utf16_length(_visible(body, content.get("parse_mode"))) > 4096:
                raise BadRequest("MESSAGE_TOO_LONG")
        return True

    async def _m_setMessageReaction(self, params: JSON, _files: dict[str, bytes]) -> bool:
        chat_id, message_id = int(params["chat_id"]), int(params["message_id"])
        if message_id <= 0:
            raise BadRequest("message to react not found")
        if chat_id in self.reactions_off:
            raise BadRequest("REACTION_INVALID")
        reaction = params.get("reaction") or []
        if not isinstance(reaction, list) or len(reaction) > 1:
            raise BadRequest("REACTIONS_TOO_MANY")
        for each in reaction:
            if not isinstance(each, Mapping) or each.get("type") != "emoji":
                raise BadRequest("REACTION_INVALID")
            if each.get("emoji") not in _REACTIONS:
                raise BadRequest("REACTION_INVALID")
        self.reactions[(chat_id, message_id)] = [str(each["emoji"]) for each in reaction]
        return True

    async def _m_sendPoll(self, params: JSON, _files: dict[str, bytes]) -> JSON:
        chat_id = int(params["chat_id"])
        question = str(params.get("question", ""))
        options = [_option_text(option) for option in params.get("options") or []]
        if not 1 <= utf16_length(question) <= 300:
            raise BadRequest("POLL_QUESTION_INVALID")
        if not 2 <= len(options) <= 12 or any(not 1 <= utf16_length(o) <= 100 for o in options):
            raise BadRequest("POLL_OPTION_INVALID")
        correct = params.get("correct_option_ids") or []
        quiz = params.get("type") == "quiz"
        if quiz and (not correct or any(not 0 <= i < len(options) for i in correct)):
            raise BadRequest("QUIZ_CORRECT_ANSWERS_EMPTY")
        explanation = params.get("explanation")
        if explanation is not None and (
            utf16_length(str(explanation)) > 200 or str(explanation).count("\n") > 2
        ):
            raise BadRequest("QUIZ_EXPLANATION_INVALID")
        poll_id = str(next(self._poll_ids))
        poll: JSON = {
            "id": poll_id,
            "question": question,
            "options": [
                {"text": text, "voter_count": 0, "persistent_id": f"{poll_id}-{index}"}
                for index, text in enumerate(options)
            ],
            "total_voter_count": 0,
            "is_closed": False,
            "is_anonymous": params.get("is_anonymous", True),
            "type": params.get("type") or "regular",
            "allows_multiple_answers": bool(params.get("allows_multiple_answers")),
            "allows_revoting": False,
            "members_only": False,
        }
        if quiz:
            poll["correct_option_ids"] = correct
        if explanation:
            poll["explanation"] = explanation
        return self._new_message(chat_id, poll=poll)

    async def _m_sendPhoto(self, params: JSON, files: dict[str, bytes]) -> JSON:
        chat_id = int(params["chat_id"])
        if chat_id in self.photos_off:
            raise BadRequest("not enough rights to send photos to the chat")
        if not files and not isinstance(params.get("photo"), str):
            raise BadRequest("there is no photo in the request")
        fields: JSON = {
            "photo": [{"file_id": "photo1", "file_unique_id": "p1", "width": 1, "height": 1}]
        }
        if params.get("caption"):
            caption = _visible(str(params["caption"]), params.get("parse_mode"))
            if utf16_length(caption) > 1024:
                raise BadRequest("message caption is too long")
            fields["caption"] = caption
        return self._new_message(chat_id, **fields)

    async def _m_sendDocument(self, params: JSON, files: dict[str, bytes]) -> JSON:
        chat_id = int(params["chat_id"])
        if not files and not isinstance(params.get("document"), str):
            raise BadRequest("there is no document in the request")
        document = {"file_id": "doc1", "file_unique_id": "d1", "file_name": "file"}
        return self._new_message(chat_id, document=document)

    async def _m_getFile(self, params: JSON, _files: dict[str, bytes]) -> JSON:
        file_id = str(params.get("file_id", ""))
        if file_id not in self.files:
            raise BadRequest("wrong file_id or the file is temporarily unavailable")
        file_path, content = self.files[file_id]
        return {
            "file_id": file_id,
            "file_unique_id": f"u{file_id}",
            "file_size": len(content),
            "file_path": file_path,
        }


async def _decode(request: web.Request) -> tuple[JSON, dict[str, bytes]]:
    """Form, multipart or JSON bodies (and the query string) as one dict, like the Bot API."""
    params: JSON = dict(request.query)
    files: dict[str, bytes] = {}
    if request.content_type == "application/json":
        body = await request.json() if request.can_read_body else {}
        params.update(body if isinstance(body, dict) else {})
        return params, files
    if request.can_read_body:
        form = await request.post()
        for key, value in form.items():
            if isinstance(value, web.FileField):
                files[key] = value.file.read()
            else:
                params[key] = _form_value(key, str(value))
    return params, files


def _chat_id(params: JSON) -> int:
    """The chat a send goes to (0 when it names none or not as a number: no group limit then)."""
    try:
        return int(params.get("chat_id") or 0)
    except (TypeError, ValueError):
        return 0


def _form_value(key: str, raw: str) -> Any:
    if key in _STRING_FIELDS:
        return raw
    try:
        return json.loads(raw)
    except ValueError:
        return raw


def _visible(text: str, parse_mode: object) -> str:
    if parse_mode is None:
        return text
    if str(parse_mode).upper() != "HTML":
        raise BadRequest(f"unsupported parse_mode in this fake: {parse_mode}")
    return parse_html(text)


def _option_text(option: object) -> str:
    if isinstance(option, Mapping):
        return str(option.get("text", ""))
    return str(option)


def _keyboard(markup: object) -> JSON | None:
    """The reply_markup as the sent message carries it: an inline keyboard, checked to Telegram's
    limits. A ForceReply is accepted (it opens the reply box) but, as on Telegram, not returned."""
    if markup is None:
        return None
    if isinstance(markup, Mapping) and markup.get("force_reply") is True:
        if utf16_length(str(markup.get("input_field_placeholder", ""))) > 64:
            raise BadRequest("input field placeholder is too long")
        return None
    if not isinstance(markup, Mapping) or "inline_keyboard" not in markup:
        raise BadRequest("unsupported reply_markup in this fake")
    rows = markup["inline_keyboard"]
    if not isinstance(rows, Iterable) or sum(len(row) for row in rows) > 100:
        raise BadRequest("too many buttons")
    for row in rows:
        for button in row:
            data = str(button.get("callback_data", ""))
            if not 1 <= len(data.encode("utf-8")) <= 64:
                raise BadRequest("BUTTON_DATA_INVALID")
            if not str(button.get("text", "")).strip():
                raise BadRequest("BUTTON_TEXT_INVALID")
    return dict(markup)
