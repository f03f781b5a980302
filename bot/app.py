"""The composition root: one place that wires knowledge, store, clock and engine.

Production entry points (the CLI, the bots) and tests call `build_app` the same way; tests pass fakes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from fsrs import Scheduler

from bot.engine import Engine
from bot.feature import Feature
from bot.ports import Clock, SystemClock
from bot.store import SqlStore, Store
from knowledge.bundled import resolve_deck_path
from knowledge.loader import load_deck
from knowledge.model import Deck
from knowledge.search import DeckIndex


@dataclass(frozen=True, slots=True)
class AppConfig:
    """What to wire. `deck_path` None: $STUDYBOT_DECK, else the bundled deck. `database_url` None:
    $DATABASE_URL, else a SQLite file in the user's data directory. `with_store` False: no persistence
    (one-shot lookups need none)."""

    deck_path: Path | None = None
    database_url: str | None = None
    with_store: bool = True


@dataclass(slots=True)
class App:
    deck: Deck
    engine: Engine
    clock: Clock
    store: Store | None

    async def close(self) -> None:
        """Release what build_app opened (the store's connections)."""
        if self.store is not None:
            await self.store.close()


async def build_app(
    config: AppConfig,
    *,
    clock: Clock | None = None,
    deck: Deck | None = None,
    store: Store | None = None,
    scheduler: Scheduler | None = None,
    features: Sequence[Feature] = (),
) -> App:
    """Load the deck (raises knowledge.loader.DeckError), open the store (ValueError for a bad URL,
    bot.store.StoreError when unreachable), and wire the engine."""
    loaded = deck if deck is not None else load_deck(resolve_deck_path(config.deck_path))
    used_clock = clock or SystemClock()
    used_store = store
    if used_store is None and config.with_store:
        used_store = await SqlStore.open(config.database_url)
    engine = Engine(
        loaded,
        index=DeckIndex(loaded),
        clock=used_clock,
        store=used_store,
        scheduler=scheduler,
        features=features,
    )
    return App(loaded, engine, used_clock, used_store)
