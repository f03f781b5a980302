"""A deck's question pool: every question built once, off the event loop, then drawn from by each
/quiz, /review, /battle start and daily push.

Building a big deck's questions takes seconds; drawing a batch from built ones takes milliseconds.
The first caller starts the build (in the worker processes for a big deck, a thread for a small one)
and everyone who asks meanwhile awaits the same build. A big deck's pool is built in parts
(`QuestionGenerator.parts`), each spanning the whole deck: a /quiz start draws from the parts in so
far (`drawable`), and waits for the whole pool only when they cannot fill it; what needs every
question (reviews by card, battles, daily pushes, counts) awaits the whole pool (`generator`). A
worker's questions come back as pickled chunks, unpickled one chunk per turn of the loop, so taking
them in never stalls other chats. A failed build is logged with the deck's id, callers get
`PoolFailed` (the engine tells the user plainly), and the next caller builds what is missing. A
deck that changes gets a new runtime, so a new pool.
"""

from __future__ import annotations

import asyncio
import gc
import logging
import pickle
import uuid
from collections.abc import Callable

from bot.deck_builds import DeckSource, build_pool_chunks, is_big, part_chunks
from bot.questions import QuestionGenerator
from bot.workers import PoolClosed, WorkerPool
from knowledge.model import Deck

log = logging.getLogger(__name__)


PoolBuilder = Callable[[Deck], tuple[object, ...]]


class PoolFailed(Exception):
    """The deck's questions could not be built (the cause is logged; the next caller retries)."""


class QuestionPool:
    """`build` (a module-level function building the whole pool, so a worker can run it) and
    `in_worker` (None: by the deck's size) are for tests."""

    def __init__(
        self,
        generator: QuestionGenerator,
        *,
        workers: WorkerPool | None = None,
        build: PoolBuilder | None = None,
        in_worker: bool | None = None,
        source: DeckSource | None = None,
    ) -> None:
        """`workers`: where a big deck's pool is built (without one, a pool of its own).
        `source`: how those workers get the deck (its stored text or pickled upload; without
        one, the deck itself is sent)."""
        self._generator = generator
        self._workers = workers
        self._in_worker = is_big(generator.deck) if in_worker is None else in_worker
        self._build_pool = build
        self._source = source or DeckSource(
            f"{generator.deck.id}#{uuid.uuid4().hex}", generator.deck
        )
        self._building: asyncio.Future[None] | None = None
        self._first: asyncio.Future[None] | None = None  # done once a first part is in
        self.builds = 0  # how many times the pool was built whole (tests check it is once)

    @property
    def ready(self) -> bool:
        """True once every question of the deck is in."""
        return self._generator.built

    @property
    def usable(self) -> bool:
        """True once there is something to draw from: the whole pool or its first parts."""
        return self._generator.usable

    def start(self) -> None:
        """Start building in the background (when a deck is installed), if not built or building."""
        if not self.ready and self._building is None:
            if self._first is None or (self._first.done() and not self.usable):
                self._first = asyncio.get_running_loop().create_future()
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

    async def drawable(self) -> QuestionGenerator:
        """The deck's generator as soon as it has questions to draw from: the whole pool, or (for
        a pool built in parts) its first part, the rest still being built. Raises `PoolFailed`
        when the build failed before any question was in."""
        if self.usable:
            return self._generator
        self.start()
        building, first = self._building, self._first
        assert building is not None and first is not None
        await asyncio.wait((building, first), return_when=asyncio.FIRST_COMPLETED)
        if not self.usable:
            await asyncio.shield(building)  # raises the build's PoolFailed
        return self._generator

    async def take_part(
        self, part: int, chunks: tuple[object, ...], *, parts: int | None = None
    ) -> None:
        """Take in a part built elsewhere (the first, built with the deck's grader: see
        `bot.decks`), one of `parts` (the count the worker built it as); draws may start from
        it at once."""
        if parts is not None and not self._generator.usable:
            self._generator.parts = parts
        candidates = await taken_in(chunks)
        if self._generator.take_part(part, candidates):
            await self._complete()
        else:
            await asyncio.to_thread(self._generator.warm)
        self._signal_first()

    def _signal_first(self) -> None:
        if self._first is not None and not self._first.done() and self.usable:
            self._first.set_result(None)

    def _settled(self, building: asyncio.Future[None]) -> None:
        """A failed build is forgotten, so the next caller starts another; those waiting for a
        first part hear of it."""
        if self._building is building and (building.cancelled() or building.exception()):
            self._building = None
        if self._first is not None and not self._first.done():
            self._first.set_result(None)

    async def _build(self) -> None:
        deck = self._generator.deck
        try:
            if self._build_pool is None and self._in_worker and self._generator.parts > 1:
                await self._build_parts()
                return
            if self._in_worker:
                built = await self._worker_pool().run(self._build_pool or build_pool_chunks, deck)
            elif self._build_pool is not None:
                built = await asyncio.to_thread(self._build_pool, deck)
            else:  # the runtime's own generator, whose deck context the grader's names made
                built = await asyncio.to_thread(self._generator.pool)
            pool = await taken_in(built)
        except asyncio.CancelledError:
            raise
        except Exception as error:
            _log_failed(deck.id, error)
            raise PoolFailed(f"the questions of deck {deck.id} could not be built") from error
        self._generator.adopt(pool)  # ready from here: a start may draw while it warms
        self._whole()
        self._signal_first()
        await asyncio.to_thread(self._generator.warm)

    async def _build_parts(self) -> None:
        """The parts not in yet, built in the workers (as many at once as they have processes),
        each drawn from as soon as it is in; then the whole pool, in part order."""
        deck = self._generator.deck
        workers = self._worker_pool()
        if isinstance(self._source.data, Deck):  # pickled once, not once per part sent
            data = await asyncio.to_thread(pickle.dumps, deck, pickle.HIGHEST_PROTOCOL)
            self._source = DeckSource(self._source.key, data)
        missing = iter(self._generator.missing_parts())
        taken = 0

        async def builder() -> None:
            nonlocal taken
            for part in missing:
                parts = self._generator.parts
                chunks = await workers.run(part_chunks, self._source, part, parts)
                candidates = await taken_in(chunks)
                if self._generator.take_part(part, candidates):
                    return
                taken += 1
                if taken & (taken - 1) == 0:  # regroup after 1, 2, 4, 8… parts: linear in all
                    await asyncio.to_thread(self._generator.warm)
                self._signal_first()

        try:
            await asyncio.gather(*(builder() for _ in range(workers.processes)))
            await self._complete()
        except asyncio.CancelledError:
            raise
        except Exception as error:
            _log_failed(deck.id, error)
            raise PoolFailed(f"the questions of deck {deck.id} could not be built") from error
        finally:
            self._signal_first()

    async def _complete(self) -> None:
        """Every part is in: the whole pool made and grouped in a thread (draws go on meanwhile)."""
        await asyncio.to_thread(self._generator.complete)
        self._whole()
        await asyncio.to_thread(self._generator.warm)

    def _whole(self) -> None:
        self.builds += 1
        deck = self._generator.deck
        log.info("question pool of %s: %d questions", deck.id, self._generator.count())

    def _worker_pool(self) -> WorkerPool:
        if self._workers is None:
            self._workers = WorkerPool()
        return self._workers


def _log_failed(deck_id: str, error: Exception) -> None:
    """A failed build is an error with its traceback, said once (a part's failure is already
    said when the whole build reports it). Workers stopped because the bot is closing are no
    error: shutting down during a big deck's build had logged two tracebacks."""
    if isinstance(error, PoolFailed):
        return
    if isinstance(error, PoolClosed):
        log.info("the question pool of deck %s stopped building: its workers were stopped", deck_id)
        return
    log.exception("the question pool of deck %s failed to build", deck_id)


async def taken_in(built: tuple[object, ...]) -> tuple[object, ...]:
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
