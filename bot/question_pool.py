"""A deck's question pool: every question built once, off the event loop, then drawn from by each
/quiz, /review, /battle start and daily push.

Building a big deck's questions takes seconds; drawing a batch from built ones takes milliseconds.
The first caller starts the build (in the worker process for a big deck, a thread for a small one)
and everyone who asks meanwhile awaits the same build. A worker's questions come back as pickled
chunks, unpickled one chunk per turn of the loop, so taking them in never stalls other chats.
A failed build is logged with the deck's id, callers get `PoolFailed` (the engine tells the user
plainly), and the next caller tries again. A deck that changes gets a new runtime, so a new pool.
"""

from __future__ import annotations

import asyncio
import gc
import logging
import pickle
from collections.abc import Callable

from bot.deck_builds import build_pool, build_pool_chunks, is_big
from bot.questions import QuestionGenerator
from bot.workers import WorkerPool
from knowledge.model import Deck

log = logging.getLogger(__name__)


PoolBuilder = Callable[[Deck], tuple[object, ...]]


class PoolFailed(Exception):
    """The deck's questions could not be built (the cause is logged; the next caller retries)."""


class QuestionPool:
    """`build` (a module-level function, so a worker can run it) and `in_worker` (None: by the
    deck's size) are for tests."""

    def __init__(
        self,
        generator: QuestionGenerator,
        *,
        workers: WorkerPool | None = None,
        build: PoolBuilder | None = None,
        in_worker: bool | None = None,
    ) -> None:
        """`workers`: where a big deck's pool is built (without one, a pool of its own)."""
        self._generator = generator
        self._workers = workers
        self._in_worker = is_big(generator.deck) if in_worker is None else in_worker
        default = build_pool_chunks if self._in_worker else build_pool
        self._build_pool: PoolBuilder = build if build is not None else default
        self._building: asyncio.Future[None] | None = None
        self.builds = 0  # how many times the pool was built (tests check it is once)

    @property
    def ready(self) -> bool:
        return self._generator.built

    def start(self) -> None:
        """Start building in the background (when a deck is installed), if not built or building."""
        if not self.ready and self._building is None:
            building = self._building = asyncio.ensure_future(self._build())
            building.add_done_callback(self._settled)

    async def generator(self) -> QuestionGenerator:
        """The deck's generator with every question built; awaits the build the first time.
        Raises `PoolFailed` when the build failed."""
        if self.ready:
            return self._generator
        self.start()
        assert self._building is not None
        await asyncio.shield(self._building)
        return self._generator

    def _settled(self, building: asyncio.Future[None]) -> None:
        """A failed build is forgotten, so the next caller starts another."""
        if self._building is building and (building.cancelled() or building.exception()):
            self._building = None

    async def _build(self) -> None:
        deck = self._generator.deck
        try:
            if self._in_worker:
                if self._workers is None:
                    self._workers = WorkerPool()
                built = await self._workers.run(self._build_pool, deck)
            else:
                built = await asyncio.to_thread(self._build_pool, deck)
            pool = await _taken_in(built)
        except asyncio.CancelledError:
            raise
        except Exception as error:
            log.exception("the question pool of deck %s failed to build", deck.id)
            raise PoolFailed(f"the questions of deck {deck.id} could not be built") from error
        self._generator.adopt(pool)  # ready from here: a start may draw while it warms
        self.builds += 1
        log.info("question pool of %s: %d questions", deck.id, len(pool))
        await asyncio.to_thread(self._generator.warm)


async def _taken_in(built: tuple[object, ...]) -> tuple[object, ...]:
    """The built candidates; pickled chunks (from a worker) are unpickled one per turn of the
    loop, so a pool of a hundred thousand questions never holds the loop for long.

    The collector is paused meanwhile and what is alive afterwards frozen, as `unpack` does for a
    deck's parts: the new questions' million objects would otherwise set off full collections
    that walk the whole heap (pauses of up to a second), and the pool lives as long as its deck.
    """
    if not any(isinstance(part, bytes) for part in built):
        return built
    was_enabled = gc.isenabled()
    gc.disable()
    pool: list[object] = []
    try:
        for part in built:
            if isinstance(part, bytes):
                pool.extend(pickle.loads(part))  # our own worker's output
                await asyncio.sleep(0)
            else:
                pool.append(part)
    finally:
        gc.freeze()
        if was_enabled:
            gc.enable()
    return tuple(pool)
