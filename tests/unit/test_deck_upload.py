"""/deck and uploads: a teacher's own deck replaces the default in one chat, only when it is valid."""

from __future__ import annotations

import asyncio
import dataclasses
import re
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.engine import Engine
from bot.events import Upload, User
from bot.replies import Notice
from bot.store import SqlStore
from bot.workers import Limits, WorkerPool
from knowledge.model import Deck
from tests.conftest import ANA, BEN, DM, GROUP, say, shown
from tests.fakes.clock import FakeClock

TEACHER = dataclasses.replace(ANA, is_admin=True)
BIOLOGY = """\
deck:
  id: cells
  title: Cell Biology
topics:
  - id: mitochondria
    title: Mitochondria
    aliases: [powerhouse of the cell]
    facts:
      - Site of aerobic respiration, which releases {{c1::ATP}}
      - Have their own DNA
  - id: ribosomes
    title: Ribosomes
    facts:
      - Make proteins from amino acids
terms:
  - term: Osmosis
    definition: the movement of water across a partially permeable membrane
"""
NOTES = """\
Photosynthesis basics
  • Chloroplasts
    - Contain chlorophyll, which absorbs light
    - Found in leaf cells
  • Light reactions
    - Split water and release oxygen
"""


@pytest.fixture
async def store(tmp_path: Path) -> AsyncIterator[SqlStore]:
    opened = await SqlStore.open(f"sqlite:///{tmp_path / 'decks.db'}")
    yield opened
    await opened.close()


@pytest.fixture
def engine(deck: Deck, clock: FakeClock, store: SqlStore, workers: WorkerPool) -> Engine:
    return Engine(deck, clock=clock, store=store, workers=workers)


def upload(name: str, content: str | bytes, user: User = TEACHER) -> Upload:
    data = content.encode() if isinstance(content, str) else content
    return Upload(user, GROUP, "deck upload", name, data)


async def test_a_valid_yaml_deck_becomes_this_chats_deck_only(engine: Engine) -> None:
    body = shown(await engine.handle(upload("cells.yaml", BIOLOGY)))
    assert "This chat now studies Cell Biology." in body
    assert "2 topics, 1 key term." in body
    assert "Mitochondria" in shown(await say(engine, "/topics", chat=GROUP))
    assert shown(await say(engine, "/explain powerhouse", chat=GROUP)).startswith("Mitochondria")
    assert "Hungarian Uprising" in shown(await say(engine, "/topics", chat=DM))


async def test_plain_notes_are_imported_then_used(engine: Engine) -> None:
    body = shown(await engine.handle(upload("photo.txt", NOTES)))
    assert "This chat now studies Photosynthesis basics (imported from outline)." in body
    assert "chlorophyll" in shown(await say(engine, "/explain chloroplasts", chat=GROUP))


async def test_an_upload_with_broken_rows_loads_the_rest_and_reports_them_in_the_chat(
    engine: Engine,
) -> None:
    corpus = Path(__file__).resolve().parents[1] / "data" / "import"
    content = (corpus / "world_capitals_broken_row.csv").read_bytes()

    body = shown(await engine.handle(upload("capitals.csv", content)))

    assert "This chat now studies Capitals (imported from csv)." in body
    assert "Read as CSV flashcards, term separator: semicolon (detected)" in body
    assert "Skipped 2 lines." in body
    assert '- line 4: a quote (") opens a field here and is never closed' in body
    assert "- line 6: 'Canada' has no semicolon between term and definition" in body
    assert "quiz questions can be made from it." in body
    assert shown(await say(engine, "/explain japan", chat=GROUP)).startswith("Japan — Tokyo")


async def test_an_anki_package_upload_becomes_the_chats_deck(
    engine: Engine, tmp_path: Path
) -> None:
    from tests.unit.test_anki_packages import modern_package

    content = modern_package(tmp_path).read_bytes()

    body = shown(await engine.handle(upload("chemistry.apkg", content)))

    assert "This chat now studies Chemistry (imported from anki)." in body
    assert "collection.anki21b" in body and "Skipped 1 note." in body
    reply = shown(await say(engine, "/explain rates of reaction", chat=GROUP))
    assert reply.startswith("Chemistry › Rates of reaction")


async def test_a_broken_deck_is_refused_with_line_numbers_and_nothing_changes(
    engine: Engine,
) -> None:
    broken = BIOLOGY.replace("    title: Ribosomes", "    titel: Ribosomes")
    body = shown(await engine.handle(upload("cells.yaml", broken)))
    assert "That deck was not loaded — nothing changed." in body
    assert "cells.yaml:12:5: topics[1]: unknown key 'titel'; did you mean 'title'?" in body
    assert "Hungarian Uprising" in shown(await say(engine, "/topics", chat=GROUP))


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("virus.exe", b"MZ\x90\x00", "I take .yaml"),
        ("notes.txt", b"\x00\x01\x02\x03" * 50, "binary"),
        ("empty.yaml", b"", "empty"),
        ("huge.txt", b"x" * (3 * 1024 * 1024), "over 2 MiB"),
    ],
)
async def test_unusable_files_get_a_clear_reason(
    engine: Engine, name: str, content: bytes, expected: str
) -> None:
    body = shown(await engine.handle(upload(name, content)))
    assert "That deck was not loaded" in body
    assert expected in body


async def test_only_admins_change_the_deck(engine: Engine) -> None:
    replies = await engine.handle(upload("cells.yaml", BIOLOGY, user=BEN))
    assert replies == [Notice("Only admins can change this chat's deck.")]
    assert isinstance((await say(engine, "/deck reset", user=BEN, chat=GROUP))[0], Notice)
    assert "Hungarian Uprising" in shown(await say(engine, "/topics", chat=GROUP))


async def test_deck_show_and_reset(engine: Engine) -> None:
    await engine.handle(upload("cells.yaml", BIOLOGY))
    assert "This chat studies Cell Biology: 2 topics" in shown(
        await say(engine, "/deck", chat=GROUP)
    )
    reset = shown(await say(engine, "/deck reset", user=TEACHER, chat=GROUP))
    assert "back on Khrushchev's Foreign Policy" in reset
    assert "Hungarian Uprising" in shown(await say(engine, "/topics", chat=GROUP))


async def test_another_process_serves_the_uploaded_deck(
    engine: Engine, deck: Deck, clock: FakeClock, store: SqlStore
) -> None:
    await engine.handle(upload("cells.yaml", BIOLOGY))
    restarted = Engine(deck, clock=clock, store=store)
    assert "Mitochondria" in shown(await say(restarted, "/topics", chat=GROUP))


async def test_a_quiz_runs_on_the_uploaded_deck(engine: Engine) -> None:
    await engine.handle(upload("cells.yaml", BIOLOGY))
    body = shown(await say(engine, "/quiz 2", chat=GROUP))
    assert "Quiz for Ana: 2 questions." in body
    assert "Khrushchev" not in body


async def test_a_file_that_kills_its_worker_is_refused_plainly_and_uploads_go_on(
    deck: Deck, clock: FakeClock, store: SqlStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A reader that spins for ever stands in for a file too costly to parse: the CPU limit ends it.
    from bot import deck_admin
    from tests.fakes import worker_tasks

    pool = WorkerPool(limits=Limits(cpu_seconds=1))
    engine = Engine(deck, clock=clock, store=store, workers=pool)
    try:
        monkeypatch.setattr(deck_admin, "read_upload", worker_tasks.spin_then_read)
        body = shown(await engine.handle(upload("huge.md", "# spin\n- for ever\n")))
        assert "huge.md: this file is too large or too complex to read as a deck." in body
        assert "nothing changed" in body
        assert pool.deaths == 1
        assert "Hungarian Uprising" in shown(await say(engine, "/topics", chat=GROUP))
        assert "This chat now studies Cell Biology." in shown(
            await engine.handle(upload("cells.yaml", BIOLOGY))
        )
    finally:
        await pool.close()


async def test_uploads_are_limited_per_user_and_per_chat(engine: Engine, clock: FakeClock) -> None:
    from bot.upload_quota import QuotaLimits

    assert engine.deck_admin.quota is not None
    engine.deck_admin.quota.limits = QuotaLimits(
        uploads_per_user=2, uploads_per_chat=3, bytes_per_user=10_000, bytes_per_chat=10_000
    )
    other_teacher = dataclasses.replace(BEN, is_admin=True)
    for _ in range(2):
        assert "now studies" in shown(await engine.handle(upload("cells.yaml", BIOLOGY)))
    refused = shown(await engine.handle(upload("cells.yaml", BIOLOGY)))
    assert "most uploads allowed in 60 minutes" in refused
    assert "now studies" in shown(await engine.handle(upload("cells.yaml", BIOLOGY, other_teacher)))
    assert "most uploads allowed" in shown(  # the chat's own count is used up now
        await engine.handle(upload("photo.txt", NOTES, other_teacher))
    )
    big = "# " + "x" * 9_000
    clock.advance(hours=1)
    assert "more data than uploads may send" in shown(
        await engine.handle(upload("big.md", big + big))
    )
    assert "Sorry" not in shown(await engine.handle(upload("cells.yaml", BIOLOGY)))


def _words(text: str) -> list[str]:
    return text.split()


def _species_list(cards: int) -> bytes:
    """A biology teacher's species flashcards, tab-separated: many thousands of invented but
    real-looking binomial names, each with a short description."""
    syllables = _words("al ba cer do fu gla hir lo mar nu pel quer ros sil tau ur ven xan")
    habitats = _words("rainforests wetlands deserts reefs grasslands tundra caves rivers")
    kinds = _words("beetle orchid frog moss fern snail lizard finch")
    regions = _words(
        "Andean Alpine Arctic Coastal Highland Lowland Pacific Saharan Boreal Tropical"
    )
    lines = []
    for n in range(cards):
        genus = (syllables[n % 18] + syllables[n // 18 % 18] + "us").capitalize()
        species = syllables[n // 324 % 18] + syllables[n // 5832 % 18] + "ensis"
        kind, habitat, region = kinds[n % 8], habitats[n // 8 % 8], regions[n // 64 % 10]
        lines.append(f"{genus} {species}\ta {kind} of {region.lower()} {habitat}")
    return ("\n".join(lines) + "\n").encode()


async def test_a_10000_card_tsv_upload_is_read_counted_and_quizzed(engine: Engine) -> None:
    content = _species_list(10_000)

    body = shown(await engine.handle(upload("species.tsv", content)))

    assert "This chat now studies" in body
    # A deck this big answers once the first part of its questions is in; the rest follows.
    ready = re.search(r"([\d,]+) quiz questions ready now; more are being prepared\.", body)
    assert ready is not None and int(ready.group(1).replace(",", "")) >= 100
    quiz = shown(await say(engine, "/quiz 3", user=TEACHER, chat=GROUP))
    assert "Question 1/3" in quiz
    runtime = await engine.library.for_chat(GROUP)
    whole = await asyncio.wait_for(runtime.pool.generator(), timeout=600)
    assert whole.count() >= 10_000 and whole.count() > int(ready.group(1).replace(",", ""))
    assert runtime.pool.ready and runtime.pool.builds == 1  # counted from the pool /quiz uses


PHYSICS = """\
deck:
  id: optics
  title: Geometric Optics
topics:
  - id: refraction
    title: Refraction
    facts:
      - Light bends towards the normal when it enters a denser medium
      - Snell's law relates the angles to the refractive indices
"""
PHYSICS_V2 = PHYSICS.replace("Geometric Optics", "Geometric Optics (revised)")


async def test_upload_quotas_hold_after_a_restart_and_in_another_process(
    deck: Deck, clock: FakeClock, store: SqlStore, workers: WorkerPool
) -> None:
    """The quota is counted in the database: a new engine on the same database (a restarted or a
    second bot process) refuses the upload the first one had no room left for."""
    from bot.upload_quota import QuotaLimits

    limits = QuotaLimits(uploads_per_user=2, uploads_per_chat=10)
    first = Engine(deck, clock=clock, store=store, workers=workers)
    assert first.deck_admin.quota is not None
    first.deck_admin.quota.limits = limits
    for _ in range(2):
        assert "now studies Cell Biology" in shown(
            await first.handle(upload("cells.yaml", BIOLOGY))
        )

    again = await SqlStore.open(f"sqlite:///{store.where}")
    try:
        restarted = Engine(deck, clock=clock, store=again, workers=workers)
        assert restarted.deck_admin.quota is not None
        restarted.deck_admin.quota.limits = limits
        refused = shown(await restarted.handle(upload("optics.yaml", PHYSICS)))
        assert "That is the most uploads allowed in 60 minutes; try again later." in refused
        assert "Cell Biology" in shown(await say(restarted, "/deck", chat=GROUP))  # unchanged
        clock.advance(hours=1)
        assert "now studies Geometric Optics" in shown(
            await restarted.handle(upload("optics.yaml", PHYSICS))
        )
    finally:
        await again.close()


async def test_a_replaced_upload_is_deleted_after_30_days_and_the_chats_deck_stays(
    engine: Engine, clock: FakeClock, store: SqlStore
) -> None:
    from bot.housekeeping import Housekeeping

    other_class = dataclasses.replace(GROUP, id="-100777")
    assert "now studies Cell Biology" in shown(await engine.handle(upload("cells.yaml", BIOLOGY)))
    assert "now studies Geometric Optics" in shown(
        await engine.handle(
            Upload(TEACHER, other_class, "deck upload", "optics.yaml", PHYSICS.encode())
        )
    )
    assert "now studies Geometric Optics (revised)" in shown(
        await engine.handle(upload("optics.yaml", PHYSICS_V2))  # the first class replaces its deck
    )
    assert len(await store.list_decks()) == 3
    housekeeping = Housekeeping(store, clock)
    await housekeeping.tick()  # at once: nothing is old enough yet
    assert len(await store.list_decks()) == 3

    clock.advance(days=31)
    housekeeping_later = Housekeeping(store, clock)
    await housekeeping_later.tick()
    titles = sorted(stored.title for stored in await store.list_decks())
    assert titles == ["Geometric Optics", "Geometric Optics (revised)"]  # Cell Biology went
    assert "Refraction" in shown(await say(engine, "/topics", chat=GROUP))
    assert "Refraction" in shown(await say(engine, "/topics", chat=other_class))
    assert "Geometric Optics (revised)" in shown(await say(engine, "/deck", chat=GROUP))


async def test_the_bots_run_housekeeping(tmp_path: Path) -> None:
    from bot.app import AppConfig, build_app
    from bot.housekeeping import Housekeeping

    app = await build_app(AppConfig(database_url=f"sqlite:///{tmp_path / 'hk.db'}"))
    try:
        assert any(isinstance(feature, Housekeeping) for feature in app.engine.features)
    finally:
        await app.close()


@pytest.mark.parametrize(
    ("platform", "told", "not_told"),
    [
        ("telegram", "as its caption", "Discord"),
        ("discord", "file option", "Telegram"),
        ("console", "/deck upload PATH", "Telegram"),
    ],
)
async def test_deck_says_how_to_send_a_file_where_the_chat_is(
    engine: Engine, platform: str, told: str, not_told: str
) -> None:
    """A teacher is told the way that works where they are, not another platform's."""
    chat = dataclasses.replace(GROUP, platform=platform)
    teacher = dataclasses.replace(TEACHER, platform=platform)
    for command in ("/deck", "/deck upload"):
        said = shown(await say(engine, command, user=teacher, chat=chat))
        assert told in said and not_told not in said
