"""Office files and PDFs are taken up to 16 MiB, since their pictures make them big (a lesson's
slides with a few photos refused at 2 MiB), while what they may unpack stays bounded: a file
holding more text than notes is refused from its archive's directory, without reading it.
Slides of our own (perfume making, bridges) with a large photo, uploaded as a teacher does."""

from __future__ import annotations

import dataclasses
import io
import os
import tracemalloc
import zipfile
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.engine import Engine
from bot.events import Command, Upload
from bot.store import SqlStore
from bot.workers import WorkerPool
from knowledge.model import Deck
from knowledge.upload_limits import MAX_UPLOAD_BYTES, size_refusal, upload_limit
from knowledge.uploads import UploadedDeck, UploadRefused, read_upload
from tests.conftest import ANA, GROUP, shown
from tests.fakes.clock import FakeClock

TEACHER = dataclasses.replace(ANA, is_admin=True)
MiB = 1024 * 1024


@pytest.fixture
async def store(tmp_path: Path) -> AsyncIterator[SqlStore]:
    opened = await SqlStore.open(f"sqlite:///{tmp_path / 'decks.db'}")
    yield opened
    await opened.close()


@pytest.fixture
def engine(deck: Deck, clock: FakeClock, store: SqlStore, workers: WorkerPool) -> Engine:
    return Engine(deck, clock=clock, store=store, workers=workers)


def _photo(width: int, height: int) -> bytes:
    """A PNG of noise: it compresses no better than a photograph does."""
    from PIL import Image

    picture = Image.frombytes("RGB", (width, height), os.urandom(width * height * 3))
    out = io.BytesIO()
    picture.save(out, format="PNG", compress_level=1)
    return out.getvalue()


def _slides(title: str, slides: list[tuple[str, list[str]]], photo: bytes) -> bytes:
    """A lesson as PowerPoint writes one: a title slide, bullet slides, a photo on the first."""
    from pptx import Presentation
    from pptx.util import Inches

    deck = Presentation()
    cover = deck.slides.add_slide(deck.slide_layouts[0])
    cover.shapes.title.text = title
    for number, (heading, bullets) in enumerate(slides):
        slide = deck.slides.add_slide(deck.slide_layouts[1])
        slide.shapes.title.text = heading
        frame = slide.placeholders[1].text_frame
        frame.text = bullets[0]
        for bullet in bullets[1:]:
            frame.add_paragraph().text = bullet
        if number == 0:
            slide.shapes.add_picture(io.BytesIO(photo), Inches(6), Inches(4), width=Inches(3))
    out = io.BytesIO()
    deck.save(out)
    return out.getvalue()


PERFUME = [
    (
        "Extraction",
        [
            "Steam distillation carries volatile oils out of lavender and rose petals.",
            "Enfleurage soaks up the scent of jasmine in cold fat.",
            "Expression presses the oil out of citrus peel.",
        ],
    ),
    (
        "The fragrance pyramid",
        [
            "Top notes such as bergamot fade within about 15 minutes.",
            "Heart notes such as rose last for several hours.",
            "Base notes such as sandalwood and musk can last a whole day.",
        ],
    ),
]
BRIDGES = [
    (
        "Suspension bridges",
        [
            "The deck hangs from hangers attached to two main cables.",
            "The main cables pass over the towers to anchorages in the ground.",
            "The Akashi Kaikyo Bridge has a main span of 1991 m.",
        ],
    ),
    (
        "Arch bridges",
        [
            "An arch turns the load into compression carried to the abutments.",
            "The Sydney Harbour Bridge has a steel arch spanning 503 m.",
        ],
    ),
]


def test_the_cap_depends_on_the_kind_of_file_by_its_name_and_its_bytes() -> None:
    assert upload_limit("perfume.pptx") == upload_limit("Bridges.PDF") == 16 * MiB
    assert upload_limit("notes.md") == upload_limit("deck") == MAX_UPLOAD_BYTES
    assert size_refusal("perfume.pptx", b"PK\x03\x04" + bytes(10 * MiB)) is None
    assert size_refusal("bridges.pdf", b"%PDF-1.7\n" + bytes(10 * MiB)) is None
    # the larger cap is for packages only: text named .pdf, or a zip named .md, gets 2 MiB
    assert "is over 2 MiB" in str(size_refusal("notes.pdf", b"x" * (3 * MiB)))
    assert "is over 2 MiB" in str(size_refusal("notes.md", b"PK\x03\x04" + bytes(3 * MiB)))


LESSONS = [
    ("Perfume Making", PERFUME, "Extraction", "Enfleurage"),
    ("Bridges", BRIDGES, "Suspension bridges", "anchorages"),
]


@pytest.mark.parametrize("lesson", LESSONS, ids=[lesson[0] for lesson in LESSONS])
async def test_slides_with_a_large_photo_become_the_chat_deck(
    engine: Engine, workers: WorkerPool, lesson: tuple[str, list[tuple[str, list[str]]], str, str]
) -> None:
    title, slides, asked, answer = lesson
    content = _slides(title, slides, _photo(1400, 1000))
    assert len(content) > 3 * MiB  # refused as "over 2 MiB" before
    event = Upload(TEACHER, GROUP, "deck upload", f"{title.lower()}.pptx", content)
    body = shown(await engine.handle(event))
    assert f"This chat now studies {title}" in body, body
    assert workers.deaths == 0
    explained = shown(await engine.handle(Command(ANA, GROUP, "explain", asked)))
    assert answer in explained


def test_a_text_bomb_is_refused_from_the_directory_without_unpacking_it() -> None:
    buffer = io.BytesIO()
    with (
        zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive,
        archive.open("ppt/slides/slide1.xml", "w", force_zip64=True) as inner,
    ):
        block = bytes(MiB)
        for _ in range(60):
            inner.write(block)
    bomb = buffer.getvalue()
    tracemalloc.start()
    try:
        result = read_upload("lesson.pptx", bomb)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert isinstance(result, UploadRefused)
    assert "over 32 MiB of text once unpacked (60 MiB)" in result.problems[0]
    assert peak < 4 * MiB  # the 60 MiB of "text" was never unpacked


def test_a_picture_counts_towards_the_size_but_not_the_text() -> None:
    content = _slides("Perfume Making", PERFUME, _photo(600, 400))
    uploaded = read_upload("perfume.pptx", content)
    assert isinstance(uploaded, UploadedDeck), uploaded
    assert [topic.title for topic in uploaded.deck.topics] == [
        "Extraction",
        "The fragrance pyramid",
    ]


def test_an_anki_package_with_pictures_is_taken_too(tmp_path: Path) -> None:
    """An Anki deck's media (photos of fossils) make it big; only its collection is read."""
    import genanki

    model = genanki.Model(
        1_607_392_320,
        "Basic",
        fields=[{"name": "Front"}, {"name": "Back"}],
        templates=[{"name": "Card 1", "qfmt": "{{Front}}", "afmt": "{{Back}}"}],
    )
    deck = genanki.Deck(2_059_400_120, "Fossils")
    for front, back in [
        ("Coprolite", "fossilised dung"),
        ("Gastrolith", "a stomach stone swallowed to grind food"),
        ("Trace fossil", 'a record of behaviour, such as a footprint <img src="track.png">'),
    ]:
        deck.add_note(genanki.Note(model=model, fields=[front, back]))
    photo = tmp_path / "track.png"
    photo.write_bytes(_photo(1100, 1000))
    package = genanki.Package(deck)
    package.media_files = [str(photo)]
    path = tmp_path / "fossils.apkg"
    package.write_to_file(str(path))
    content = path.read_bytes()
    assert len(content) > 3 * MiB
    uploaded = read_upload("fossils.apkg", content)
    assert isinstance(uploaded, UploadedDeck), uploaded
    terms = {term.term: term.definition for term in uploaded.deck.terms}
    assert terms["Coprolite"] == "fossilised dung"
