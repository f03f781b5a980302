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
from bot.store import SqlStore
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
