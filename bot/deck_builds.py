"""What a deck runtime is built from, as plain functions a worker process can run.

Each takes and returns picklable values: a deck, or the text of one, in; the deck with its search
index, the grader's list of names, or the deck's built question pool out. `bot.decks` decides where
they run: in-process for a small deck, in the worker for a big one (`is_big`).
"""

from __future__ import annotations

import gc
import importlib
import io
import pickle
import time
from collections import OrderedDict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from bot.grading import Grader
from bot.questions import QuestionGenerator
from knowledge.loader import parse_deck
from knowledge.model import Deck
from knowledge.search import DeckIndex
from knowledge.search._dictionary import hold_english_words
from knowledge.search._embed import embed
from knowledge.search._lemma import is_common_word, load_dictionary

# From this many facts (or bytes of deck text), building costs more than shipping the result back
# from a process: the bundled deck (70 facts) builds in-process, a 200-topic deck in the worker.
BIG_DECK_FACTS = 400
BIG_DECK_BYTES = 48 * 1024
# The seed of a deck's one question pool: ids stay the same for a deck, so spaced repetition
# finds a card again whichever quiz asked it.
POOL_SEED = 0
# Questions per pickled chunk a worker sends back: unpickling one holds the loop a few ms at most.
POOL_CHUNK = 200


@dataclass(frozen=True, slots=True)
class DeckSource:
    """How a build worker gets a deck: by `key` (a worker keeps its last decks, each with its
    question generator and so the deck's prepared question context, by key) and from `data`:
    YAML text (a stored deck, parsed there), the pickled upload (`knowledge.uploads.read_packed`,
    unpickled there: an upload is never parsed twice) or the deck itself."""

    key: str
    data: str | bytes | Deck


@dataclass(frozen=True, slots=True)
class RuntimeParts:
    """The costly parts of a deck runtime, built together. `generator`: the question generator
    the grader's names came from (its prepared deck context is reused by the pool), when built
    in-process; `source`: where a worker gets the deck again for its pool's parts."""

    deck: Deck
    index: DeckIndex
    grader: Grader
    generator: QuestionGenerator | None = None
    source: DeckSource | None = None


def prepare_build_worker() -> None:
    """Run by each build worker as it starts (`WorkerPool(startup=…)`, started ahead of a big
    upload by `DeckLibrary.warm`): what every big build needs, loaded before the build asks —
    the /ask index's modules (imported lazily in-process), the lemmatizer's dictionary (which
    the index and the question pool both read), the word vectors, the word frequencies (together
    about 1.5 CPU-s) and the English headwords as a set (`hold_english_words`: a big deck asks
    tens of thousands of words whether they are English)."""
    importlib.import_module("knowledge.search._ask")
    load_dictionary()
    hold_english_words()
    embed(["word"])
    is_common_word("word")


def fact_count(deck: Deck) -> int:
    return sum(len(topic.facts) for topic in deck.topics) + len(deck.terms)


def is_big(deck: Deck) -> bool:
    """True when the deck's builds belong in the worker process."""
    return fact_count(deck) >= BIG_DECK_FACTS


def build_parts(deck: Deck, index: DeckIndex | None = None) -> RuntimeParts:
    """Index the deck and list the names its grader tells apart (from the generator the pool
    will use, so the deck is prepared for questions once)."""
    used = index or DeckIndex(deck)
    generator = QuestionGenerator(deck, seed=POOL_SEED)
    return RuntimeParts(deck, used, Grader(generator.entities()), generator)


def parse_parts(yaml_text: str, source: str) -> RuntimeParts:
    """A stored deck's text parsed and built (raises knowledge.loader.DeckError)."""
    return build_parts(parse_deck(yaml_text, source))


def build_pool(deck: Deck) -> tuple[object, ...]:
    """Every question of the deck (what `QuestionGenerator.adopt` takes)."""
    return QuestionGenerator(deck, seed=POOL_SEED).pool()


def build_pool_chunks(deck: Deck) -> tuple[object, ...]:
    """`build_pool` for a worker: its questions pickled in chunks of `POOL_CHUNK`, which the bot
    unpickles one per turn of its event loop (`bot.question_pool`)."""
    return _chunks(build_pool(deck))


# A build worker's decks by key, each with the generator its pool's parts are built from: the
# part calls after the first reuse the deck and its prepared question context.
_KEPT_IN_WORKER = 2
_generators: OrderedDict[str, QuestionGenerator] = OrderedDict()


def _generator(source: DeckSource) -> QuestionGenerator:
    """The source's deck's generator in this worker, made (and the deck read) on first use."""
    generator = _generators.get(source.key)
    if generator is None:
        with _collector_paused():
            generator = QuestionGenerator(_deck_of(source), seed=POOL_SEED)
        _generators[source.key] = generator
        while len(_generators) > _KEPT_IN_WORKER:
            _generators.popitem(last=False)
    _generators.move_to_end(source.key)
    return generator


def _deck_of(source: DeckSource) -> Deck:
    data = source.data
    if isinstance(data, Deck):
        return data
    if isinstance(data, str):
        return parse_deck(data, source.key)
    read = pickle.loads(data)  # our own upload worker's output
    deck = getattr(read, "deck", read)
    if not isinstance(deck, Deck):
        raise TypeError(f"a deck source unpickled to {type(read).__name__}")
    return deck


def index_packed(source: DeckSource, *, with_deck: bool = True) -> bytes:
    """The deck's search index, pickled here in the worker. `with_deck` False when the bot
    holds the same deck already (read from the same upload): the index's topics, facts, terms
    and questions are then written as their places in the deck (`_DeckParts`), and `unpack`
    given that deck puts the bot's own objects there."""
    deck = _generator(source).deck
    index = DeckIndex(deck)
    if with_deck:
        return pickle.dumps(index, protocol=pickle.HIGHEST_PROTOCOL)
    packed = io.BytesIO()
    pickler = _DeckPartsPickler(packed, deck)
    pickler.dump(_fingerprint(deck))  # read first: the wrong deck is refused before anything else
    pickler.dump(index)
    return packed.getvalue()


def first_part_packed(source: DeckSource) -> tuple[bytes, int, tuple[bytes, ...]]:
    """The deck's grader, how many parts its pool is built in, and the first of them
    (`QuestionGenerator.pool`), built from one prepared deck context, which this worker keeps
    for the later parts."""
    generator = _generator(source)
    with _collector_paused():
        grader = Grader(generator.entities())
        first = generator.pool(0, parts=generator.parts)
    packed = pickle.dumps(grader, protocol=pickle.HIGHEST_PROTOCOL)
    return packed, generator.parts, _chunks(first)


def part_chunks(source: DeckSource, part: int, parts: int) -> tuple[bytes, ...]:
    """Part `part` of the `parts` of the deck's pool, pickled in chunks as `build_pool_chunks`."""
    generator = _generator(source)
    with _collector_paused():
        return _chunks(generator.pool(part, parts=parts))


def _chunks(pool: tuple[object, ...]) -> tuple[bytes, ...]:
    return tuple(
        pickle.dumps(pool[start : start + POOL_CHUNK], protocol=pickle.HIGHEST_PROTOCOL)
        for start in range(0, len(pool), POOL_CHUNK)
    )


@contextmanager
def _collector_paused() -> Iterator[None]:
    """A worker's build makes hundreds of thousands of objects that live on (the deck's prepared
    context) or go out pickled: full collections walking them all would only cost time."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if was_enabled:
            gc.enable()


class _Pieces(io.RawIOBase):
    """The pickle's bytes, handed to the unpickler a frame (about 64 KiB) at a time, letting other
    threads run between frames: the event loop waits at most one frame's work for the GIL."""

    def __init__(self, data: bytes) -> None:
        self._data = memoryview(data)
        self._at = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        time.sleep(0)  # give up the GIL: a thread waiting for it (the event loop) takes it now
        size = min(len(buffer), len(self._data) - self._at)
        buffer[:size] = self._data[self._at : self._at + size]
        self._at += size
        return size


def unpack(data: bytes, deck: Deck | None = None) -> Any:
    """What `index_packed`, `first_part_packed` or `knowledge.uploads.read_packed` returned, unpickled a frame
    at a time (run it in a thread). `deck`: the deck an index was packed without (`with_deck`
    False); its objects take the places the index refers to.

    The collector is paused meanwhile (hundreds of thousands of new objects would set off full
    collections that walk them all) and what is alive afterwards is frozen, as a big deck's
    index build does in-process (`knowledge.search`): the index lives as long as the deck.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        if deck is None:
            return pickle.Unpickler(_Pieces(data)).load()
        unpickler = _DeckPartsUnpickler(_Pieces(data), deck)
        fingerprint = unpickler.load()
        if fingerprint != _fingerprint(deck):
            raise ValueError(f"an index of {fingerprint} was unpacked with {_fingerprint(deck)}")
        return unpickler.load()
    finally:
        gc.freeze()
        if was_enabled:
            gc.enable()


# Why an index can travel without its deck: a 44,000-card deck is a quarter of a million objects
# that the bot, having read the upload, holds already; unpickling them again cost it 0.7 s.
_PART = "_deck_part"


def _fingerprint(deck: Deck) -> tuple[str, int, int, int, int]:
    facts = sum(len(topic.facts) for topic in deck.topics)
    return deck.id, len(deck.topics), facts, len(deck.terms), len(deck.questions)


def _deck_part(*place: int | str) -> object:  # pragma: no cover - `_DeckPartsUnpickler` binds it
    raise pickle.UnpicklingError("a deck's part unpickled without its deck")


class _DeckPartsPickler(pickle.Pickler):
    """Pickles the deck's own objects as their places in it: ("deck",), ("topic", i),
    ("fact", i, j), ("term", i), ("question", i)."""

    def __init__(self, file: io.BytesIO, deck: Deck) -> None:
        super().__init__(file, protocol=pickle.HIGHEST_PROTOCOL)
        places: dict[int, tuple[int | str, ...]] = {id(deck): ("deck",)}
        for i, topic in enumerate(deck.topics):
            places[id(topic)] = ("topic", i)
            for j, fact in enumerate(topic.facts):
                places[id(fact)] = ("fact", i, j)
        places.update((id(term), ("term", i)) for i, term in enumerate(deck.terms))
        places.update((id(q), ("question", i)) for i, q in enumerate(deck.questions))
        self._places = places
        self._deck = deck  # the objects stay alive, so their ids stay theirs

    def reducer_override(self, obj: Any) -> Any:
        place = self._places.get(id(obj))
        return NotImplemented if place is None else (_deck_part, place)


class _DeckPartsUnpickler(pickle.Unpickler):
    """Reads what `_DeckPartsPickler` wrote, the places resolved in `deck`."""

    def __init__(self, file: io.RawIOBase, deck: Deck) -> None:
        super().__init__(file)
        self._deck = deck

    def find_class(self, module: str, name: str) -> Any:
        if module == __name__ and name == _PART:
            return self._part
        return super().find_class(module, name)

    def _part(self, kind: str, *at: int) -> object:
        deck = self._deck
        if kind == "deck":
            return deck
        if kind == "topic":
            return deck.topics[at[0]]
        if kind == "fact":
            return deck.topics[at[0]].facts[at[1]]
        if kind == "term":
            return deck.terms[at[0]]
        if kind == "question":
            return deck.questions[at[0]]
        raise pickle.UnpicklingError(f"no deck part {kind!r}")
