"""A deck's question pool: every question built once, off the event loop, then drawn from by each
/quiz, /review and /battle start.

Building a big deck's questions takes seconds to minutes; drawing a batch from built ones takes
milliseconds. The first caller starts the build (in the worker process for a big deck, a thread
for a small one) and everyone who asks meanwhile awaits the same build; a failed build is retried
by the next caller. A deck that changes gets a new runtime, and so a new pool.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable

from bot.deck_builds import build_pool, is_big
from bot.questions import QuestionGenerator
from bot.workers import WorkerPool
from knowledge.model import Deck

log = logging.getLogger(__name__)


PoolBuilder = Callable[[Deck], tuple[object, ...]]


class QuestionPool:
    """`build` (a module-level function, so a worker can run it) and `in_worker` (None: by the
    deck's size) are for tests."""

    def __init__(
        self,
        generator: QuestionGenerator,
        *,
        workers: WorkerPool | None = None,
        build: PoolBuilder = build_pool,
        in_worker: bool | None = None,
    ) -> None:
        """`workers`: where a big deck's pool is built (without one, a pool of its own)."""
        self._generator = generator
        self._workers = workers
        self._build_pool = build
        self._in_worker = is_big(generator.deck) if in_worker is None else in_worker
        self._building: asyncio.Future[None] | None = None
        self.builds = 0  # how many times the pool was built (tests check it is once)

    @property
    def ready(self) -> bool:
        return self._generator.built

    def start(self) -> None:
        """Start building in the background (when a deck is installed), if not built or building."""
        if not self.ready and self._building is None:
            self._building = asyncio.ensure_future(self._build())

    async def generator(self) -> QuestionGenerator:
        """The deck's generator with every question built; awaits the build the first time."""
        if self.ready:
            return self._generator
        self.start()
        assert self._building is not None
        building = self._building
        try:
            await asyncio.shield(building)
        except Exception:
            if self._building is building:
                self._building = None  # the next caller tries again
            raise
        return self._generator

    async def _build(self) -> None:
        deck = self._generator.deck
        if self._in_worker:
            if self._workers is None:
                self._workers = WorkerPool()
            pool = await self._workers.run(self._build_pool, deck)
        else:
            pool = await asyncio.to_thread(self._build_pool, deck)
        self._generator.adopt(pool)
        self.builds += 1
        log.info("question pool of %s: %d questions", deck.id, len(pool))
