"""Which deck each chat studies: the bundled (or configured) deck, or one a teacher uploaded.

A chat's choice lives in its settings (`deck` = the stored deck's key), the deck's YAML in the store, so
every process serves the same deck. Each deck gets its own runtime — index, question pool, grader and
quiz sessions — built once (off the event loop) and shared by every chat that uses it.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from functools import partial

from fsrs import Scheduler

from bot.deck_builds import (
    BIG_DECK_BYTES,
    POOL_SEED,
    DeckSource,
    RuntimeParts,
    build_parts,
    first_part_packed,
    index_packed,
    is_big,
    parse_parts,
    unpack,
)
from bot.events import Chat, User
from bot.grading import Grader
from bot.question_pool import QuestionPool, taken_in
from bot.questions import QuestionGenerator
from bot.quiz import QuizService
from bot.store import ChatRef, Store, StoredDeck, UserRef
from bot.workers import WorkerPool
from knowledge.loader import DeckError
from knowledge.model import Deck
from knowledge.search import DeckIndex

log = logging.getLogger(__name__)

SETTING = "deck"
_CHOICE_TTL_SECONDS = 30.0
_MAX_REMEMBERED_CHATS = 50_000  # how long a process trusts its memory of a chat's deck choice


@dataclass(slots=True)
class DeckRuntime:
    """A deck with everything built from it: search index, question pool and quiz service."""

    deck: Deck
    index: DeckIndex
    quiz: QuizService
    weight: int = 0  # an estimate of the memory it holds, in bytes (see `estimate_bytes`)

    @property
    def pool(self) -> QuestionPool:
        return self.quiz.pool

    @property
    def grader(self) -> Grader:
        """The deck's grader, built with the runtime (in a build worker for a big deck)."""
        return self.quiz.grader

    @property
    def live(self) -> bool:
        """True while someone has a quiz open on it: timers must visit it, eviction must not."""
        return bool(self.quiz.sessions)


RuntimeFactory = Callable[[RuntimeParts], DeckRuntime]

# Memory for uploaded decks' runtimes; the least recently used are dropped past it (and rebuilt
# from the store if a chat comes back). About 50 decks of 200 topics, or 4 of 10,000.
DEFAULT_BUDGET_BYTES = 512 * 1024 * 1024
# Measured: a runtime holds about this many bytes per character of the deck's text (index postings,
# words, questions and the deck itself).
_BYTES_PER_CHAR = 90
_BASE_BYTES = 256 * 1024


def estimate_bytes(deck: Deck) -> int:
    """Roughly what a deck's runtime holds in memory, from the size of its text."""
    chars = len(deck.title)
    for topic in deck.topics:
        chars += len(topic.title) + sum(len(fact.text) for fact in topic.facts)
    chars += sum(len(term.term) + len(term.definition) for term in deck.terms)
    return _BASE_BYTES + _BYTES_PER_CHAR * chars


def deck_key(deck: Deck, yaml_text: str) -> str:
    """Stored decks are keyed by id and content, so two teachers' different "biology" decks never mix."""
    digest = hashlib.sha256(yaml_text.encode("utf-8")).hexdigest()
    return f"{deck.id}@{digest[:12]}"


class DeckLibrary:
    """Every chat's deck runtime: the default, and uploaded ones kept in an LRU within a memory budget.

    Building an uploaded deck's runtime (parse, index, grader) runs in the worker process when the
    deck is big, in a thread otherwise; the loop only awaits.
    """

    def __init__(
        self,
        default: DeckRuntime,
        build: RuntimeFactory,
        store: Store | None,
        *,
        workers: WorkerPool,
        budget_bytes: int = DEFAULT_BUDGET_BYTES,
    ) -> None:
        """`workers` build big decks' runtimes (no upload limits: the deck is validated by then)."""
        self.default = default
        self._workers = workers
        self._build = build
        self._store = store
        self.budget_bytes = budget_bytes
        self._runtimes: OrderedDict[str, DeckRuntime] = OrderedDict()
        self._loading: dict[str, asyncio.Future[DeckRuntime | None]] = {}
        self._choices: dict[tuple[str, str], tuple[float, str | None]] = {}
        self._warming: asyncio.Task[None] | None = None

    @property
    def runtimes(self) -> list[DeckRuntime]:
        """Every deck runtime held now, the default first."""
        return [self.default, *self._runtimes.values()]

    def live(self) -> list[DeckRuntime]:
        """The runtimes with quizzes open: the only ones timers need to visit."""
        return [runtime for runtime in self.runtimes if runtime.live]

    @property
    def held_bytes(self) -> int:
        """The estimated memory of the uploaded decks' runtimes held now."""
        return sum(runtime.weight for runtime in self._runtimes.values())

    async def for_chat(self, chat: Chat) -> DeckRuntime:
        """The runtime of the chat's deck; the default when it chose none (or its deck is gone)."""
        if self._store is None:
            return self.default
        key = await self._choice(chat)
        if key is None:
            return self.default
        runtime = self._runtimes.get(key)
        if runtime is not None:
            self._runtimes.move_to_end(key)
            return runtime
        return await self._load(key) or self.default

    async def install(
        self,
        chat: Chat,
        user: User,
        deck: Deck,
        yaml_text: str,
        now: datetime,
        *,
        packed: bytes | None = None,
    ) -> DeckRuntime:
        """Keep an uploaded deck and make it the chat's deck (its runtime is returned, ready for
        /explain, /ask and /quiz); the rest of its question pool goes on building.

        A big deck's runtime is built in the build workers from `packed` (the upload worker's
        pickled result, so the upload is never parsed again) or else its text; a small one's in
        a thread.
        """
        if self._store is None:
            raise RuntimeError("uploading a deck needs a store")
        key = deck_key(deck, yaml_text)
        digest = hashlib.sha256(yaml_text.encode("utf-8")).hexdigest()
        building: asyncio.Future[DeckRuntime] | None = None
        if key not in self._runtimes and is_big(deck):
            # Started before the deck is stored: the builds are the long part, the store's
            # writes (a few tenths of a second for a 2 MB deck) need not come first.
            if packed is not None:  # the workers read the same deck as this one
                build = self._built_in_workers(DeckSource(key, packed), deck)
            else:
                build = self._built_in_workers(DeckSource(key, yaml_text))
            building = asyncio.ensure_future(build)
        try:
            who = UserRef(user.platform, user.id)
            await self._store.save_deck(StoredDeck(key, deck.title, yaml_text, who, now, digest))
            await self._store.update_chat_settings(ChatRef(chat.platform, chat.id), {SETTING: key})
        except BaseException:  # not stored: not built either
            if building is not None and not building.cancel() and not building.cancelled():
                building.exception()  # a build that failed meanwhile: the store's error is told
            raise
        if building is not None:
            self._keep(key, await building)
        elif key not in self._runtimes:
            self._keep(key, self._build(await asyncio.to_thread(build_parts, deck)))
        runtime = self._runtimes[key]
        runtime.pool.start()
        self._remember(chat, key)
        return runtime

    def warm(self) -> None:
        """Start the build workers in the background (`WorkerPool.warm`): called when a file
        big enough to make a big deck arrives, so they are ready by the time it has been read
        (that takes a second or more, on the other core)."""
        if self._warming is None or self._warming.done():
            self._warming = asyncio.ensure_future(self._warm())

    async def _warm(self) -> None:
        try:
            await self._workers.warm()
        except Exception:  # the builds themselves will start the workers, or report why not
            log.warning("starting the build workers ahead of an upload failed", exc_info=True)

    async def reset(self, chat: Chat) -> None:
        """Back to the default deck."""
        if self._store is not None:
            await self._store.update_chat_settings(ChatRef(chat.platform, chat.id), {SETTING: None})
        self._remember(chat, None)

    def _keep(self, key: str, runtime: DeckRuntime) -> DeckRuntime:
        """Hold a runtime, dropping the least recently used idle ones past the memory budget."""
        kept = self._runtimes.setdefault(key, runtime)  # two first events build once, keep one
        self._runtimes.move_to_end(key)
        for old in list(self._runtimes):
            if self.held_bytes <= self.budget_bytes:
                break
            if old != key and not self._runtimes[old].live:
                del self._runtimes[old]
                log.info("deck %s dropped from memory (budget)", old)
        return kept

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
        """Build a stored deck's runtime; concurrent first events for one deck share one build."""
        loading = self._loading.get(key)
        if loading is None:
            loading = self._loading[key] = asyncio.ensure_future(self._load_stored(key))
            loading.add_done_callback(lambda _: self._loading.pop(key, None))
        return await asyncio.shield(loading)

    async def _load_stored(self, key: str) -> DeckRuntime | None:
        assert self._store is not None
        stored = await self._store.get_deck(key)
        if stored is None:
            log.warning("chat deck %s is missing from the store; using the default", key)
            return None
        try:
            if len(stored.content) >= BIG_DECK_BYTES:
                runtime = await self._built_in_workers(DeckSource(key, stored.content))
            else:
                parts = await asyncio.to_thread(parse_parts, stored.content, stored.deck_id)
                runtime = self._build(parts)
        except DeckError:
            log.exception("stored deck %s no longer loads; using the default", key)
            return None
        return self._keep(key, runtime)

    async def _built_in_workers(self, source: DeckSource, deck: Deck | None = None) -> DeckRuntime:
        """A big deck's runtime, built in the build workers at once: the search index in one;
        the grader and the first part of the question pool in another, from one prepared deck
        context, which that worker keeps for the pool's later parts. Each result is unpickled in
        pieces in a thread (`unpack`), or chunk by chunk on the loop (the pool's part). The
        runtime is ready for /explain, /ask and /quiz when this returns. `deck`: the source's
        deck, when this process has it already (the index then comes back without it)."""
        indexing = asyncio.ensure_future(self._indexed(source, deck))
        try:
            grader_packed, parts, first_chunks = await self._workers.run(first_part_packed, source)
            # Taken in while the index is still being built (it takes longer): off its path.
            grader = await asyncio.to_thread(unpack, grader_packed)
            first = await taken_in(first_chunks)
            index = await indexing
        finally:
            indexing.cancel()  # nothing to cancel once done; a failed first part leaves it
        if not isinstance(index, DeckIndex) or not isinstance(grader, Grader):
            raise TypeError(f"the build workers returned {type(index).__name__}")
        runtime = self._build(RuntimeParts(index.deck, index, grader, source=source))
        await runtime.pool.take_part(0, first, parts=parts)
        return runtime

    async def _indexed(self, source: DeckSource, deck: Deck | None) -> object:
        """The source's index, built in a build worker and unpickled here in a thread."""
        packed = await self._workers.run(partial(index_packed, with_deck=deck is None), source)
        return await asyncio.to_thread(unpack, packed, deck)


def build_runtime(
    parts: RuntimeParts,
    *,
    now: Callable[[], datetime],
    store: Store | None,
    scheduler: Scheduler | None,
    workers: WorkerPool,
) -> DeckRuntime:
    """A deck's runtime from its built parts; its question pool is built later, off the loop (in
    `workers` for a big deck)."""
    deck = parts.deck
    generator = parts.generator or QuestionGenerator(deck, seed=POOL_SEED)
    service = QuizService(
        deck,
        index=parts.index,
        pool=QuestionPool(generator, workers=workers, source=parts.source),
        grader=parts.grader,
        clock_now=now,
        store=store,
        scheduler=scheduler,
    )
    return DeckRuntime(deck, parts.index, service, estimate_bytes(deck))
