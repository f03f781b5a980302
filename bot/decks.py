"""Which deck each chat studies: the bundled (or configured) deck, or one a teacher uploaded.

A chat's choice lives in its settings (`deck` = the stored deck's key), the deck's YAML in the store, so
every process serves the same deck. Each deck gets its own runtime — index, question generator, grader and
quiz sessions — built once and shared by every chat that uses it.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from fsrs import Scheduler

from bot.events import Chat, User
from bot.grading import Grader
from bot.questions import QuestionGenerator
from bot.quiz import QuizService
from bot.store import ChatRef, Store, StoredDeck, UserRef
from knowledge.loader import DeckError, parse_deck
from knowledge.model import Deck
from knowledge.search import DeckIndex

log = logging.getLogger(__name__)

SETTING = "deck"
_CHOICE_TTL_SECONDS = 30.0
_MAX_REMEMBERED_CHATS = 50_000  # how long a process trusts its memory of a chat's deck choice
IDLE_DECK_SECONDS = 6 * 3600.0
"""An uploaded deck's runtime (index, quizzes) unused this long, with no quiz open on it, leaves
memory; the deck stays in the store and is rebuilt on its next use."""
MAX_LOADED_DECKS = 64
"""Most uploaded decks kept built in memory at once; past it the least recently used idle one goes."""


@dataclass(slots=True)
class DeckRuntime:
    """A deck with everything built from it."""

    deck: Deck
    index: DeckIndex
    quiz: QuizService


RuntimeFactory = Callable[[Deck], DeckRuntime]


def deck_key(deck: Deck, yaml_text: str) -> str:
    """Stored decks are keyed by id and content, so two teachers' different "biology" decks never mix."""
    digest = hashlib.sha256(yaml_text.encode("utf-8")).hexdigest()
    return f"{deck.id}@{digest[:12]}"


class DeckLibrary:
    def __init__(self, default: DeckRuntime, build: RuntimeFactory, store: Store | None) -> None:
        self.default = default
        self._build = build
        self._store = store
        self._runtimes: dict[str, DeckRuntime] = {}
        self._used: dict[str, float] = {}  # key -> when a chat last used that runtime (monotonic)
        self._choices: dict[tuple[str, str], tuple[float, str | None]] = {}

    @property
    def runtimes(self) -> list[DeckRuntime]:
        """Every deck runtime built so far, the default first."""
        return [self.default, *self._runtimes.values()]

    async def for_chat(self, chat: Chat) -> DeckRuntime:
        """The runtime of the chat's deck; the default when it chose none (or its deck is gone)."""
        if self._store is None:
            return self.default
        key = await self._choice(chat)
        if key is None:
            return self.default
        runtime = self._runtimes.get(key)
        if runtime is None:
            runtime = await self._load(key)
        if runtime is not None:
            self._used[key] = time.monotonic()
        return runtime or self.default

    def prune(self, now: float | None = None) -> list[str]:
        """Drop idle uploaded decks from memory (see IDLE_DECK_SECONDS, MAX_LOADED_DECKS); the keys
        dropped. A runtime with a quiz still open is kept whatever its age."""
        moment = time.monotonic() if now is None else now
        idle = sorted(
            (self._used.get(key, 0.0), key)
            for key, runtime in self._runtimes.items()
            if not runtime.quiz.sessions
        )
        excess = len(self._runtimes) - MAX_LOADED_DECKS
        dropped = [
            key
            for rank, (used, key) in enumerate(idle)
            if moment - used >= IDLE_DECK_SECONDS or rank < excess
        ]
        for key in dropped:
            self._runtimes.pop(key, None)
            self._used.pop(key, None)
        return dropped

    async def install(
        self, chat: Chat, user: User, deck: Deck, yaml_text: str, now: datetime
    ) -> None:
        """Keep an uploaded deck and make it the chat's deck."""
        if self._store is None:
            raise RuntimeError("uploading a deck needs a store")
        key = deck_key(deck, yaml_text)
        digest = hashlib.sha256(yaml_text.encode("utf-8")).hexdigest()
        who = UserRef(user.platform, user.id)
        await self._store.save_deck(StoredDeck(key, deck.title, yaml_text, who, now, digest))
        await self._store.update_chat_settings(ChatRef(chat.platform, chat.id), {SETTING: key})
        if key not in self._runtimes:
            built = await asyncio.to_thread(self._build, deck)
            self._runtimes.setdefault(key, built)
        self._used[key] = time.monotonic()
        self._remember(chat, key)

    async def reset(self, chat: Chat) -> None:
        """Back to the default deck."""
        if self._store is not None:
            await self._store.update_chat_settings(ChatRef(chat.platform, chat.id), {SETTING: None})
        self._remember(chat, None)

    def _remember(self, chat: Chat, key: str | None) -> None:
        if (
            len(self._choices) >= _MAX_REMEMBERED_CHATS
        ):  # a bound, not a cache policy: entries expire anyway
            self._choices.clear()
        self._choices[(chat.platform, chat.id)] = (time.monotonic(), key)

    async def _choice(self, chat: Chat) -> str | None:
        assert self._store is not None
        cached = self._choices.get((chat.platform, chat.id))
        if cached is not None and time.monotonic() - cached[0] < _CHOICE_TTL_SECONDS:
            return cached[1]
        settings = await self._store.get_chat_settings(ChatRef(chat.platform, chat.id))
        value = settings.get(SETTING)
        key = value if isinstance(value, str) else None
        self._remember(chat, key)
        return key

    async def _load(self, key: str) -> DeckRuntime | None:
        assert self._store is not None
        stored = await self._store.get_deck(key)
        if stored is None:
            log.warning("chat deck %s is missing from the store; using the default", key)
            return None
        try:
            deck = parse_deck(stored.content, stored.deck_id)
        except DeckError:
            log.exception("stored deck %s no longer loads; using the default", key)
            return None
        runtime = await asyncio.to_thread(self._build, deck)  # indexing is CPU work: off the loop
        return self._runtimes.setdefault(key, runtime)  # two first events build once, keep one


def build_runtime(
    deck: Deck,
    *,
    now: Callable[[], datetime],
    store: Store | None,
    scheduler: Scheduler | None,
    index: DeckIndex | None = None,
) -> DeckRuntime:
    """Index a deck and give it its own quiz service."""
    used_index = index or DeckIndex(deck)
    generator = QuestionGenerator(deck)
    service = QuizService(
        deck,
        index=used_index,
        generator=generator,
        grader=Grader(generator.entities()),
        clock_now=now,
        store=store,
        scheduler=scheduler,
    )
    return DeckRuntime(deck, used_index, service)
