"""An uploaded deck's fast path gives the same deck and the same answers as the slow one.

The upload worker writes an imported deck's stored YAML with `dump_deck_quoted` (not PyYAML's
representer) and builds the deck from the tree of nodes that text stands for (not parsing it
back); a big upload's index comes back from the build worker without its deck
(`index_packed(with_deck=False)`), the bot's own copy taking its place. Here each is held to what
the old way gives — `parse_deck(dump_deck(mapping))`, `parse_deck` of the text, `DeckIndex(deck)`
built in this process — on decks of other subjects: a flashcard TSV, Markdown notes, and text
made up by hypothesis.
"""

from __future__ import annotations

import dataclasses
from collections.abc import AsyncIterator, Callable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.deck_builds import BIG_DECK_BYTES, DeckSource, index_packed, is_big, unpack
from bot.engine import Engine
from bot.events import Upload
from bot.store import SqlStore
from bot.workers import WorkerPool
from knowledge.importers import dump_deck, import_bytes_with_report
from knowledge.importers.dump import dump_deck_quoted, dump_deck_quoted_tree
from knowledge.loader import DeckError, DeckProblem, deck_from_tree, parse_deck
from knowledge.model import Deck
from knowledge.search import DeckIndex
from knowledge.uploads import UploadedDeck, read_packed, read_upload
from tests.conftest import ANA, GROUP, say, shown

TEACHER = dataclasses.replace(ANA, is_admin=True)

CELLS_TSV = """\
Nucleus\tcontrol centre of the cell; holds the DNA
Mitochondrion\tsite of aerobic respiration, releasing energy from glucose
Ribosome\tmakes proteins by joining amino acids in the order the mRNA gives
Cell membrane\tcontrols what enters and leaves the cell; partially permeable
Cell wall\tmade of cellulose in plants; strengthens the cell
Chloroplast\tabsorbs light for photosynthesis; contains chlorophyll
Vacuole\tpermanent sac of cell sap that keeps a plant cell turgid
Diffusion\tnet movement of particles from a higher to a lower concentration
Osmosis\tdiffusion of water across a partially permeable membrane
Active transport\tmovement against a concentration gradient, using energy from respiration
Enzyme\ta biological catalyst: a protein that speeds up a reaction without being used up
Denatured\tan enzyme whose active site has changed shape, e.g. above 45 °C
Mitosis\tcell division giving two genetically identical "daughter" cells
Stem cell\tan undifferentiated cell that can become many types of cell
Prokaryote\ta cell without a nucleus — bacteria, 1–10 µm across
"""

PLATES_MD = """\
# Plate Tectonics

## The Earth's structure

- The crust is the thin, rocky outer layer: 5–10 km under the oceans, up to 70 km under mountains
- The mantle is about 2,900 km thick and flows very slowly
- The outer core is liquid iron and nickel; the inner core is solid
- Convection currents in the mantle move the plates a few centimetres a year

## Plate boundaries

- At a constructive boundary plates move apart and magma rises to form new crust
- At a destructive boundary an oceanic plate sinks under a continental plate (subduction)
- At a conservative boundary plates slide past each other, as on the San Andreas Fault
- Iceland sits on the Mid-Atlantic Ridge, a constructive boundary

## Earthquakes and volcanoes

- The focus is where an earthquake starts; the epicentre is the point above it on the surface
- The Richter scale measures an earthquake's magnitude
- Shield volcanoes have runny lava and gentle slopes, like Mauna Loa in Hawaii
- Composite volcanoes erupt explosively, with layers of ash and lava
- The 2004 Indian Ocean earthquake set off a tsunami that killed about 230,000 people

## Key terms

- Subduction — one plate sinking beneath another into the mantle
- Magma — molten rock below the surface; lava once it erupts
"""


def _mapping(content: str, name: str) -> dict[str, object]:
    return dict(import_bytes_with_report(content.encode(), name).mapping)


@pytest.mark.parametrize(("content", "name"), [(CELLS_TSV, "cells.tsv"), (PLATES_MD, "plates.md")])
def test_the_quick_yaml_loads_to_the_same_deck_as_the_readable_one(content: str, name: str) -> None:
    mapping = _mapping(content, name)
    quick = parse_deck(dump_deck_quoted(mapping), name)
    assert quick == parse_deck(dump_deck(mapping), name)
    text, tree = dump_deck_quoted_tree(mapping)
    assert tree is not None and text == dump_deck_quoted(mapping)
    assert deck_from_tree(tree, name) == quick  # what the upload worker builds
    assert quick.parents == parse_deck(dump_deck(mapping), name).parents
    assert len(quick.terms) + sum(len(topic.facts) for topic in quick.topics) >= 15


def _outcome(text: str) -> Deck | None:
    """The deck, or None when it is refused. (How: the readable YAML writes a C0 control
    character as it is, refused for the whole file; the quick one escapes it, and the loader
    names each value holding it.)"""
    try:
        return parse_deck(text, "upload.tsv")
    except DeckError:
        return None


@settings(max_examples=150, deadline=None)
@given(
    title=st.text(min_size=0, max_size=30),
    facts=st.lists(st.text(min_size=0, max_size=40), min_size=1, max_size=4),
    term=st.text(min_size=0, max_size=20),
    definition=st.text(min_size=0, max_size=40),
    year=st.one_of(st.none(), st.integers(-5, 3000)),
)
def test_any_text_loads_the_same_from_either_yaml(
    title: str, facts: list[str], term: str, definition: str, year: int | None
) -> None:
    """Quotes, backslashes, control characters, line and paragraph separators, a BOM, lone
    surrogates, text that reads as a number, a null or a yes: the quick YAML loads to the same
    deck, or is refused as the readable one is."""
    topic: dict[str, object] = {"id": "t", "title": title, "facts": facts}
    if year is not None:
        topic["years"] = year
    mapping = {
        "deck": {"id": "d", "title": "Odd text", "source": "odd.tsv"},
        "topics": [topic],
        "terms": [{"term": term, "definition": definition}],
    }
    assert _outcome(dump_deck_quoted(mapping)) == _outcome(dump_deck(mapping))
    text, tree = dump_deck_quoted_tree(mapping)
    assert tree is not None
    assert _problems(lambda: deck_from_tree(tree, "u.tsv")) == _problems(
        lambda: parse_deck(text, "u.tsv")
    )


def _problems(load: Callable[[], Deck]) -> Deck | list[DeckProblem]:
    """The deck, or every problem as the teacher would read it, lines and columns included."""
    try:
        return load()
    except DeckError as error:
        return list(error.problems)


def _queries(deck: Deck) -> list[str]:
    """Names, questions and misspellings a student would send about this deck."""
    queries = [topic.title for topic in deck.topics]
    for term in deck.terms:
        queries += [term.term, f"what is {term.term.casefold()}?", term.term[:-1] + "e"]
    for topic in deck.topics:
        queries += [" ".join(fact.text.split()[:4]) + "?" for fact in topic.facts[:3]]
    return [*queries, "what is the mantle made of?", "how thick is the crust", "photosynthesis"]


@pytest.mark.parametrize(("content", "name"), [(CELLS_TSV, "cells.tsv"), (PLATES_MD, "plates.md")])
def test_an_index_sent_without_its_deck_answers_as_one_built_here(content: str, name: str) -> None:
    packed = read_packed(read_upload, name, content.encode())  # as the upload worker sends it
    read = unpack(packed)
    assert isinstance(read, UploadedDeck)
    deck = read.deck  # the bot's copy
    index = unpack(index_packed(DeckSource(f"{name}@fast", packed), with_deck=False), deck)
    here = DeckIndex(deck)
    assert isinstance(index, DeckIndex) and index.deck is deck
    for query in _queries(deck):
        assert index.lookup(query) == here.lookup(query), query
        assert index.ask(query) == here.ask(query), query
        assert index.suggest(query[:4]) == here.suggest(query[:4]), query
    # The bot's own objects, not copies: one deck in memory.
    answer = index.ask(f"what is {deck.terms[0].term}?")
    assert answer.passages
    facts = {id(fact) for topic in deck.topics for fact in topic.facts}
    assert any(id(passage.fact) in facts for passage in answer.passages) or not deck.topics


def test_an_index_sent_without_its_deck_refuses_another_deck() -> None:
    packed = read_packed(read_upload, "cells.tsv", CELLS_TSV.encode())
    other = unpack(read_packed(read_upload, "plates.md", PLATES_MD.encode()))
    assert isinstance(other, UploadedDeck)
    sent = index_packed(DeckSource("cells@refused", packed), with_deck=False)
    with pytest.raises(ValueError, match="unpacked with"):
        unpack(sent, other.deck)


def _big_markdown() -> str:
    """Notes on many rivers: past the size a deck is built in the build workers."""
    parts = ["# Rivers of the Atlas\n"]
    for n in range(240):
        parts += [
            f"\n## River {n} of region {n % 23}\n",
            f"- River {n} rises in the hills of region {n % 23} and flows {80 + n} km to the sea",
            f"- Its delta is home to reed beds, herons and {n % 9 + 2} kinds of fish",
            f"- A dam built in {1900 + n % 110} on river {n} powers the towns nearby",
        ]
    return "\n".join(parts) + "\n"


def _big_tsv() -> str:
    lines = [line for line in CELLS_TSV.splitlines() if line]
    for n in range(1300):
        lines.append(f"Organelle {n}\tpart of cell type {n % 41} that stores protein batch {n}")
    return "\n".join(lines) + "\n"


@pytest.fixture
async def store(tmp_path: Path) -> AsyncIterator[SqlStore]:
    opened = await SqlStore.open(f"sqlite:///{tmp_path / 'fast.db'}")
    yield opened
    await opened.close()


@pytest.mark.parametrize(
    ("content", "name", "asked"),
    [
        (_big_tsv(), "cells.tsv", ["Osmosis", "what is a ribosome?", "Organelle 42", "Ribosme"]),
        (
            _big_markdown(),
            "rivers.md",
            ["River 42 of region 19", "how long is river 7?", "when was the dam on river 12 built"],
        ),
    ],
)
async def test_a_big_upload_answers_as_the_deck_built_the_old_way(
    content: str, name: str, asked: list[str], store: SqlStore
) -> None:
    """Through the engine, uploaded (read with the quick YAML in the upload worker, its index
    built in a build worker and sent without the deck) against the same file imported, written
    with `dump_deck`, parsed and indexed here: every /explain and /ask reply the same."""
    data = content.encode()
    old_way = parse_deck(dump_deck(import_bytes_with_report(data, name).mapping), name)
    assert len(data) > BIG_DECK_BYTES and is_big(old_way)
    uploaded = Engine(old_way, store=store, builds=WorkerPool(processes=2))
    here = Engine(old_way)
    try:
        reply = shown(await uploaded.handle(Upload(TEACHER, GROUP, "deck upload", name, data)))
        assert "now studies" in reply
        assert (await uploaded.library.for_chat(GROUP)).deck == old_way
        for query in asked + _queries(old_way)[:40]:
            for command in ("explain", "ask"):
                said = shown(await say(uploaded, f"/{command} {query}", chat=GROUP))
                assert said == shown(await say(here, f"/{command} {query}", chat=GROUP)), query
    finally:
        await uploaded.workers.close()
        await uploaded.builds.close()
        await here.workers.close()
        await here.builds.close()
