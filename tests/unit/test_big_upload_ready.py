"""A big flashcard upload is ready when its reply says so: the deck built in the build workers
(index in one, grader and first questions in the other, each taken in while the other is still
building) answers /explain, /ask and /quiz at once, exactly as the same deck indexed in-process."""

from __future__ import annotations

import dataclasses
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot import explain
from bot.deck_builds import is_big
from bot.engine import Engine
from bot.events import Chat, Upload
from bot.store import SqlStore, StoredDeck, StoreError
from knowledge.model import Deck
from knowledge.search import DeckIndex
from knowledge.uploads import UploadedDeck, read_upload
from tests.conftest import ANA, say, shown
from tests.fakes.clock import FakeClock

TEACHER = dataclasses.replace(ANA, is_admin=True)
CLASS = Chat("test", "biology-class", is_group=True)
GLOSSARY = [
    ("Osmosis", "the movement of water across a partially permeable membrane"),
    ("Diffusion", "the net movement of particles from a high to a low concentration"),
    ("Active transport", "movement against a concentration gradient using energy"),
    ("Enzyme", "a biological catalyst that speeds up reactions without being used up"),
    ("Mitosis", "cell division that produces two genetically identical daughter cells"),
    ("Meiosis", "cell division that produces four gametes with half the chromosomes"),
    ("Chlorophyll", "the green pigment in chloroplasts that absorbs light"),
    ("Stomata", "pores in a leaf that let carbon dioxide in and water vapour out"),
    ("Homeostasis", "keeping the internal conditions of the body constant"),
    ("Insulin", "a hormone from the pancreas that lowers blood glucose"),
    ("Antibody", "a protein made by lymphocytes that binds to a specific antigen"),
    ("Alveoli", "tiny air sacs in the lungs where gas exchange happens"),
]
REGIONS = ["liver", "kidney", "stomach", "small intestine", "pancreas", "spleen", "skin"]


def flashcards(cards: int) -> bytes:
    """A biology glossary, then one card per made-up enzyme (what and where each one works)."""
    rows = [f"{term}\t{definition}" for term, definition in GLOSSARY]
    for n in range(cards - len(GLOSSARY)):
        region = REGIONS[n % len(REGIONS)]
        rows.append(f"Lysase {n}\tan enzyme of the {region} that splits substrate number {n}")
    return "\n".join(rows).encode()


@pytest.fixture
async def store(tmp_path: Path) -> AsyncIterator[SqlStore]:
    opened = await SqlStore.open(f"sqlite:///{tmp_path / 'ready.db'}")
    yield opened
    await opened.close()


async def test_a_big_flashcard_upload_answers_explain_ask_and_quiz_once_it_says_ready(
    deck: Deck, clock: FakeClock, store: SqlStore
) -> None:
    content = flashcards(260)
    read = read_upload("biology.tsv", content)
    assert isinstance(read, UploadedDeck) and is_big(read.deck)  # built in the build workers
    engine = Engine(deck, clock=clock, store=store)
    try:
        reply = shown(
            await engine.handle(Upload(TEACHER, CLASS, "deck upload", "biology.tsv", content))
        )
        assert "now studies" in reply
        local = DeckIndex(read.deck)  # the same deck indexed here, in-process
        for command, query, expected in (
            ("explain", "Osmosis", "partially permeable membrane"),
            ("explain", "mitossis", "genetically identical"),  # a typo, corrected
            ("ask", "what lowers blood glucose?", "Insulin"),
            ("ask", "which enzyme splits substrate number 77?", "Lysase 77"),
        ):
            said = shown(await say(engine, f"/{command} {query}", chat=CLASS))
            assert expected in said, (command, query, said)
            answer = getattr(explain, command)(read.deck, local, query)
            assert said == answer.fallback.plain  # the very reply an in-process index gives
        quiz = shown(await say(engine, "/quiz 5", chat=CLASS))
        assert "Question 1/5" in quiz
    finally:
        await engine.builds.close()
        await engine.workers.close()


class _DeckStoreDown:
    """The real store, whose deck writes fail while `down` is set, as a database outage would."""

    def __init__(self, store: SqlStore) -> None:
        self.store = store
        self.down = True

    def __getattr__(self, name: str) -> object:
        return getattr(self.store, name)

    async def save_deck(self, deck: StoredDeck) -> None:
        if self.down:
            raise StoreError("database error on postgresql://db: connection refused")
        await self.store.save_deck(deck)


async def test_a_big_upload_the_store_cannot_keep_changes_nothing(
    deck: Deck, clock: FakeClock, store: SqlStore
) -> None:
    """Its builds start before the deck is stored; a store that fails stops them, says so, and
    the chat keeps its deck until the upload is sent again."""
    content = flashcards(260)
    flaky = _DeckStoreDown(store)
    engine = Engine(deck, clock=clock, store=flaky)  # type: ignore[arg-type]
    upload = Upload(TEACHER, CLASS, "deck upload", "biology.tsv", content)
    try:
        reply = shown(await engine.handle(upload))
        assert "can't reach my database" in reply and "now studies" not in reply
        assert engine.library.runtimes == [engine.library.default]
        assert deck.title in shown(await say(engine, "/deck", chat=CLASS))
        flaky.down = False
        assert "now studies" in shown(await engine.handle(upload))
        assert "Osmosis" in shown(await say(engine, "/explain osmosis", chat=CLASS))
    finally:
        await engine.close()
