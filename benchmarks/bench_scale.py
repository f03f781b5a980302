"""Scale: 100 / 1,000 / 10,000 topics — build time, memory, /explain and /ask against SQLite FTS5
on the same decks (cold caches), and /quiz start once a deck's question pool exists.

    python -m benchmarks.bench_scale [--sizes 100,1000,10000] [--queries 300] [--pool-cap 240]
        [--only search|quiz|starts|upload] [--steps]

/explain and /ask: each query is asked once, on a fresh typo cache (a user meets a deck's words cold);
p50/p99/mean against FTS5 (bm25 over titles, aliases and facts). Accuracy: top-1 topic on queries
whose topic is known (titles, aliases, titles with a typo). Targets at 10,000 topics: /explain p99 ≤
FTS5's p99, mean ≤ 2 × FTS5's mean, accuracy ahead of FTS5.

/quiz start: on a 1,000-topic deck and a 10,000-card TSV deck, through the engine: the pool is built
once (in the build worker, capped at --pool-cap seconds) while the event loop's lag is measured, then
200 students start quizzes, each start timed in CPU time beside the floor's (`_floor_start`: five
of the pool's questions drawn at random and the first written out, the least any bot's quiz start
does). Targets: the starts' p99 ≤ `QUIZ_START_RATIO` × the floor's; the loop's lag p99 meanwhile
(the first build never blocks the loop) ≤ `LAG_RATIO` × an idle loop's p99 in a sibling process
over the same moments (`IdleLagFloor`; both printed).

Uploads: a 2 MB TSV (44,000 cards, `gen_deck.generate_tsv`) and one a quarter of its size arrive as
/deck upload with a temporary SQLite store and the app's workers, started before the file arrives
as a bot process starts them (`Engine.start_workers`); timed from the file's arrival until the
deck is usable: the upload's reply sent, then a /quiz start, /explain and /ask of a card answered
from the new deck (a big deck's quiz draws from the first part of its question pool while the
rest is built); and until its whole pool is in. Each upload's line gives the load average and the
CPU seconds the bot and its workers spent until usable. Targets: time per card within 1.5× of
the small one's (linear) on wall and CPU time, lag p99 ≤ `LAG_RATIO` × an idle loop's throughout,
and the 2 MB one's path to usable ≤ `UPLOAD_FLOOR_RATIO` × a floor measured in the same run, both
in CPU seconds
(what the machine's load hardly moves, where wall time on shared cores is mostly other processes'
turns): ours is the CPU critical path of the upload on two cores (`upload_steps`: each step's CPU
seconds, run as the process that runs it does); the floor (`floor_steps`) is the same file's bare
parse and index — its lines split into cards, each card's text folded and its words put in an
inverted index with their counts, the cards and the index pickled and unpickled as ours cross
between processes — the least any bot must do to search an uploaded deck, without ours' checks,
deck model, ranking, grader or questions. `--steps` prints only those two paths and their ratio.
The wall time until usable is printed, not judged.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import os
import pickle
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from benchmarks._measure import (
    LAG_RATIO,
    IdleLagFloor,
    LagMeter,
    Timing,
    cold_search,
    rss_bytes,
    timing,
    tree_cpu_seconds,
)
from benchmarks._table import FIGURES, record
from benchmarks.bench_search import Fts5, ask_queries, lookup_queries
from benchmarks.gen_deck import generate_deck, generate_tsv
from bot.deck_builds import (
    DeckSource,
    first_part_packed,
    index_packed,
    prepare_build_worker,
    unpack,
)
from bot.engine import BUILD_PROCESSES, Engine
from bot.events import Chat, Command, Upload, User
from bot.questions import Question
from bot.quiz._service import DEFAULT_QUESTIONS
from bot.store import SqlStore
from bot.workers import Limits, WorkerDied, WorkerPool
from knowledge.bundled import resolve_deck_path
from knowledge.loader import load_deck
from knowledge.model import Deck
from knowledge.search import DeckIndex
from knowledge.text import fold
from knowledge.uploads import UploadedDeck, read_packed, read_upload

NAME = "bench_scale"
# /quiz start's p99 ÷ the bare draw floor's (`_floor_start`), both in CPU time, start by start.
# It had been an absolute 50 ms of wall time, which measured the host: main at 797edd2 read 24.8 ms
# (1,000 topics, met) and 53.7 ms (10,000-card TSV, missed) at load 12, where its CPU p99 was
# 6.4–10.6 ms. Beside the floor the same code read 80× (1,000 topics: 8.52 ms ÷ 107 µs) and 74×
# (TSV: 10.61 ms ÷ 144 µs) at load 10–15 (2026-12-07). The target keeps the old one's slack over
# what the code took where it met it (50 ÷ 24.8 ≈ 2): 80 × 2 = 160, rounded down to 150×.
QUIZ_START_RATIO = 150.0
QUIZ_STARTS = 200
UPLOAD_CARDS = 44_000
# The 2 MB upload's CPU critical path ÷ the bare parse-and-index floor's (`floor_steps`). It had
# been an absolute 10 CPU-s, which measured the host: the same code (main at 7f798fc) took 9.7
# CPU-s on one host, where it met it, and 14.3 on a later one about 45% slower per CPU-second.
# Beside the floor that code read 31.6×, 36.3× and 42.5× in three runs (2026-12-07, load 3–10;
# median 36.3×). 10 s was 10 ÷ 9.7 of what it took when it met it, so the target is that median
# times 10 ÷ 9.7: 37×.
UPLOAD_FLOOR_RATIO = 37.0
LINEAR_SLACK = 1.5
TEACHER = User("bench", "teacher", "Teacher", is_admin=True)
CLASS = Chat("bench", "class", is_group=True)


def _cold(
    run: Callable[[str], object], queries: Sequence[str], reset: Callable[[], None] | None = None
) -> Timing:
    samples = []
    for query in queries:
        if reset is not None:
            reset()  # not timed: ours forgets typo corrections and word memos before each query
        start = time.perf_counter_ns()
        run(query)
        samples.append((time.perf_counter_ns() - start) / 1e6)
    return timing(samples)


def _labelled(deck: Deck, count: int, seed: int) -> list[tuple[str, str]]:
    """Queries whose topic is known: a title, an alias, or a title with one letter pair swapped."""
    rng = random.Random(seed)
    labelled: list[tuple[str, str]] = []
    while len(labelled) < count:
        topic = rng.choice(deck.topics)
        kind = rng.random()
        if kind < 0.3:
            labelled.append((topic.title, topic.id))
        elif kind < 0.5 and topic.aliases:
            labelled.append((rng.choice(topic.aliases), topic.id))
        else:
            words = topic.title.casefold().split()
            at = rng.randrange(len(words))
            word = words[at]
            if len(word) >= 5:
                k = rng.randrange(1, len(word) - 2)
                words[at] = word[:k] + word[k + 1] + word[k] + word[k + 2 :]
            labelled.append((" ".join(words), topic.id))
    return labelled


def _ours_top(index: DeckIndex, query: str) -> str | None:
    found = index.lookup(query)
    return found.best.id if found.best is not None else None


def bench_search(size: int, queries: int) -> bool:
    deck = generate_deck(size)
    before = rss_bytes()
    start = time.perf_counter()
    index = DeckIndex(deck)
    built = time.perf_counter() - start
    held = rss_bytes() - before
    fts = Fts5(deck)
    lookups = list(dict.fromkeys(lookup_queries(deck, queries, seed=size)))
    asks = list(dict.fromkeys(ask_queries(deck, queries, seed=size)))
    cold = cold_search(index)
    ours_explain = _cold(index.lookup, lookups, cold)
    fts_explain = _cold(fts.lookup, lookups)
    ours_ask = _cold(index.ask, asks, cold)
    fts_ask = _cold(fts.ask, asks)
    labelled = _labelled(deck, queries, seed=size + 1)
    cold()
    ours_right = sum(_ours_top(index, query) == topic for query, topic in labelled)
    fts_right = sum(fts.lookup(query) == topic for query, topic in labelled)
    print(f"\n{size} topics: index built in {built:.2f} s, {held / 2**20:.0f} MiB resident")
    for label, ours, theirs in (
        ("/explain", ours_explain, fts_explain),
        ("/ask", ours_ask, fts_ask),
    ):
        print(
            f"  {label:<9} ours p50 {ours.p50:7.3f} p99 {ours.p99:7.3f} mean {ours.mean:7.3f} ms"
            f"   FTS5 p50 {theirs.p50:7.3f} p99 {theirs.p99:7.3f} mean {theirs.mean:7.3f} ms"
        )
    print(f"  top-1 accuracy: ours {ours_right}/{len(labelled)}, FTS5 {fts_right}/{len(labelled)}")
    if size < 10_000:
        return True
    results = [
        record(
            NAME,
            "/explain p99 at 10k topics, cold",
            "≤ FTS5 p99",
            f"{ours_explain.p99:.2f} vs {fts_explain.p99:.2f} ms",
            ours_explain.p99 <= fts_explain.p99,
        ),
        record(
            NAME,
            "/explain mean at 10k topics, cold",
            "≤ 2× FTS5 mean",
            f"{ours_explain.mean / fts_explain.mean:.2f}× ({ours_explain.mean:.2f} ms)",
            ours_explain.mean <= 2 * fts_explain.mean,
        ),
        record(
            NAME,
            "/explain top-1 accuracy at 10k topics",
            "ahead of FTS5",
            f"{ours_right} vs {fts_right} of {len(labelled)}",
            ours_right > fts_right,
        ),
    ]
    return all(results)


async def _first_build(engine: Engine, label: str, cap: float) -> tuple[float, bool] | None:
    """Seconds to build the default deck's pool (None: not within `cap` CPU seconds), while the
    loop's lag is measured, and whether that lag met its target: the first build must never
    block the loop."""
    async with IdleLagFloor() as floor, LagMeter() as meter:
        start = time.perf_counter()
        try:
            await engine.library.default.pool.generator()
        except WorkerDied:
            meter_ok = False
        else:
            meter_ok = True
        built = time.perf_counter() - start
    if not meter_ok:
        record(NAME, f"/quiz pool build, {label}", f"≤ {cap:.0f} CPU s", "not built", False)
        return None
    return built, _lag_figure(meter, floor, f"first pool build, {label}")


def _lag_figure(meter: LagMeter, floor: IdleLagFloor, label: str) -> bool:
    """Our loop's lag p99 ÷ the p99 of an idle loop in a sibling process over the same moments:
    while a pool builds, our loop's part is to wait for the build workers and take in what they
    send, so it should lag as a loop that does nothing does on the same busy cores."""
    lag, idle = timing(meter.lags_ms), timing(floor.lags_ms)
    worst = max(meter.lags_ms, default=0.0)
    ratio = lag.p99 / idle.p99 if idle.p99 > 0 else float("inf")
    return record(
        NAME,
        f"loop lag p99 ÷ an idle loop's beside it, {label}",
        f"≤ {LAG_RATIO:.0f}×",
        f"{ratio:.2f}× ({lag.p99:.1f} ÷ {idle.p99:.1f} ms; max {worst:.0f} ms)",
        ratio <= LAG_RATIO,
    )


async def _quiz_starts(deck: Deck, label: str, cap: float) -> bool:
    # The build worker gets `cap` CPU seconds: past them the kernel stops it and the run goes on.
    engine = Engine(
        deck,
        builds=WorkerPool(
            processes=BUILD_PROCESSES, limits=Limits(cpu_seconds=cap), startup=prepare_build_worker
        ),
    )
    first = await _first_build(engine, label, cap)
    if first is None:
        await engine.builds.close()
        return False
    built, lag_ok = first
    pool = (await engine.library.default.pool.generator()).all_candidates()
    chat = Chat("bench", "dm", is_group=False)
    ours: list[float] = []
    floor: list[float] = []
    for n in range(QUIZ_STARTS):  # start by start, ours then the floor's, in CPU time
        event = Command(User("bench", f"s{n}", f"Student {n}"), chat, "quiz", "")
        began = time.thread_time_ns()
        replies = await engine.handle(event)
        ours.append((time.thread_time_ns() - began) / 1e6)
        assert any("Question 1/" in reply.fallback.plain for reply in replies), replies
        began = time.thread_time_ns()
        _floor_start(pool, n)
        floor.append((time.thread_time_ns() - began) / 1e6)
    await engine.builds.close()
    mine, theirs = timing(ours), timing(floor)
    ratio = mine.p99 / theirs.p99
    print(
        f"  {label}: pool of {len(pool):,} built in {built:.1f} s (worker); /quiz start CPU p50"
        f" {mine.p50:.2f} ms, p99 {mine.p99:.2f} ms; floor p50 {theirs.p50 * 1000:.0f} µs, p99"
        f" {theirs.p99 * 1000:.0f} µs"
    )
    started = record(
        NAME,
        f"/quiz start p99 ÷ bare draw floor's, {label} (CPU time)",
        f"≤ {QUIZ_START_RATIO:.0f}×",
        f"{ratio:.0f}× ({mine.p99:.2f} ms ÷ {theirs.p99 * 1000:.0f} µs)",
        ratio <= QUIZ_START_RATIO,
    )
    return started and lag_ok


_FLOOR_SESSIONS: dict[str, tuple[list[Question], int]] = {}


def _floor_start(pool: Sequence[Question], n: int) -> str:
    """The floor of a /quiz start on a built pool: the least any bot must do to start a quiz —
    draw `DEFAULT_QUESTIONS` of the pool's questions at random with the start's own seed, keep
    them as the student's quiz, and write the first as a student reads it (its prompt and
    lettered options). None of ours: no spread over facts and kinds, no check that one question
    gives another's answer away, no hints, buttons or rendering of markup."""
    rng = random.Random(n)
    drawn = rng.sample(pool, min(DEFAULT_QUESTIONS, len(pool)))
    _FLOOR_SESSIONS[f"s{n}"] = (drawn, 0)
    first = drawn[0]
    options = "\n".join(f"{chr(65 + k)}. {option}" for k, option in enumerate(first.options))
    return f"Question 1/{len(drawn)}\n{first.prompt}\n{options}"


async def _usable(engine: Engine, term: str, definition: str) -> list[str]:
    """What a student in the class meets right after the upload's reply: /quiz starts, /explain
    and /ask answer from the new deck. The problems found (none: the deck is usable)."""
    student = User("bench", "student", "Student")
    problems = []
    asked = [(Command(student, CLASS, "quiz", "5"), "Question 1/5")]
    asked += [(Command(student, CLASS, "explain", term), definition)]
    asked += [(Command(student, CLASS, "ask", f"what is {term.casefold()}?"), definition)]
    for command, expected in asked:
        said = "\n".join(reply.fallback.plain for reply in await engine.handle(command))
        if expected not in said:
            problems.append(f"/{command.name} {command.args}: {said[:120]!r}")
    return problems


@dataclass(frozen=True, slots=True)
class _Ready:
    """One upload's figures: seconds (wall) and CPU seconds (the bot and its workers) until the
    deck was usable and until its whole question pool was in, how many questions, and whether
    the loop's lag met its target meanwhile."""

    usable_s: float
    usable_cpu: float
    whole_s: float
    whole_cpu: float
    questions: int
    lag_ok: bool


async def _upload_ready(cards: int, cap: float) -> _Ready | None:
    """A `cards`-card TSV arriving as /deck upload, through the engine with a temporary SQLite
    store and the app's build workers, timed until the deck is usable — its reply sent, then a
    /quiz start, /explain and /ask of a card answered from it — and until its whole question
    pool is in. None when the upload was refused or unusable."""
    content = generate_tsv(cards)
    term, definition = content.decode().splitlines()[0].split("\t")
    with tempfile.TemporaryDirectory() as folder:
        store = await SqlStore.open(f"sqlite:///{Path(folder) / 'scale.db'}")
        engine = Engine(
            load_deck(resolve_deck_path(None)),
            store=store,
            builds=WorkerPool(
                processes=BUILD_PROCESSES,
                limits=Limits(cpu_seconds=cap),
                startup=prepare_build_worker,
            ),
        )
        try:
            # The bot was up before the file came: its workers started as a bot process starts
            # them (`Engine.start_workers`), before the timer, which starts when the file arrives.
            await engine.start_workers()
            async with IdleLagFloor() as floor, LagMeter() as meter:
                load = os.getloadavg()[0]
                start, cpu = time.perf_counter(), tree_cpu_seconds()
                upload = Upload(TEACHER, CLASS, "deck upload", "cards.tsv", content)
                replies = await engine.handle(upload)
                problems = await _usable(engine, term, definition)
                took, took_cpu = time.perf_counter() - start, tree_cpu_seconds() - cpu
                runtime = await engine.library.for_chat(CLASS)
                questions = (await runtime.pool.generator()).count()
                whole, whole_cpu = time.perf_counter() - start, tree_cpu_seconds() - cpu
        finally:
            await engine.close()
            await store.close()
    reply = replies[0].fallback.plain if replies else ""
    size = f"{len(content) / 1e6:.2f} MB"
    print(
        f"  {cards:,}-card TSV ({size}): {' '.join(reply.splitlines()[:1] + reply.splitlines()[-2:-1])}"
    )
    if "now studies" not in reply or problems:
        print("    not usable: " + "; ".join(problems))
        record(NAME, f"{cards:,}-card TSV upload ({size})", "usable", "refused or unusable", False)
        return None
    print(
        f"    usable in {took:.1f} s at load {load:.1f} ({took_cpu:.1f} CPU-s in the bot and its"
        f" workers); whole pool of {questions:,} questions in {whole:.1f} s ({whole_cpu:.1f}"
        " CPU-s)"
    )
    lag_ok = _lag_figure(meter, floor, f"upload + build of {cards:,} TSV cards")
    return _Ready(took, took_cpu, whole, whole_cpu, questions, lag_ok)


async def _uploads(cap: float) -> bool:
    small = await _upload_ready(UPLOAD_CARDS // 4, cap)
    big = await _upload_ready(UPLOAD_CARDS, cap)
    if small is None or big is None:
        return False
    print(
        f"  {UPLOAD_CARDS:,}-card TSV (2 MB) usable in {big.usable_s:.1f} s wall at load"
        f" {os.getloadavg()[0]:.1f} (not judged: the load's as much as ours; see below)"
    )
    # The path in CPU seconds against the bare floor's, both measured here and now (see
    # `upload_steps`, `floor_steps`): wall time on a shared machine is mostly other processes' turns.
    quiet = _path_figure()
    results = [quiet, small.lag_ok, big.lag_ok]
    # Linear growth, judged per card on wall time and on CPU time (the bot's and its workers':
    # what the machine's load hardly moves), until usable and until the whole pool is in.
    for label, small_figure, big_figure in (
        ("usable", small.usable_s, big.usable_s),
        ("usable, CPU", small.usable_cpu, big.usable_cpu),
        ("whole question pool", small.whole_s, big.whole_s),
        ("whole question pool, CPU", small.whole_cpu, big.whole_cpu),
    ):
        growth = (big_figure / UPLOAD_CARDS) / (small_figure / (UPLOAD_CARDS // 4))
        results.append(
            record(
                NAME,
                f"time per card until {label}, {UPLOAD_CARDS:,} vs {UPLOAD_CARDS // 4:,} cards",
                f"≤ {LINEAR_SLACK}× (linear)",
                f"{growth:.2f}×",
                growth <= LINEAR_SLACK,
            )
        )
    return all(results)


def upload_steps(cards: int = UPLOAD_CARDS) -> float:
    """CPU seconds of each step between a big TSV upload's arrival and its runtime being ready,
    each run here as the process that runs it in the bot does (a worker's one-time loads done
    first, as a bot process does when it starts its workers), and the critical path they
    make on two cores: read, then the index and the first questions at once, then the index
    unpacked. CPU time hardly moves with the machine's load where wall time does: on a shared
    machine this says what a quiet one would take. Returns that critical path."""
    prepare_build_worker()
    content = generate_tsv(cards)

    def cpu(label: str, step: Callable[[], object]) -> tuple[float, object]:
        start = time.process_time()
        made = step()
        took = time.process_time() - start
        print(f"  {label:<50} {took:5.2f} CPU-s")
        return took, made

    print(f"\nCPU on the path to usable, {cards:,}-card TSV ({len(content) / 1e6:.2f} MB):")
    read, packed = cpu("read (upload worker)", lambda: read_packed(read_upload, "c.tsv", content))
    assert isinstance(packed, bytes)
    unpacked, uploaded = cpu("unpickle the read deck (bot, in a thread)", lambda: unpack(packed))
    assert isinstance(uploaded, UploadedDeck)
    index, packed_index = cpu(
        "index, pickled without the deck (build worker)",
        lambda: index_packed(DeckSource(f"steps-index-{cards}", packed), with_deck=False),
    )
    assert isinstance(packed_index, bytes)
    first, built = cpu(
        "grader and the pool's first part (build worker)",
        lambda: first_part_packed(DeckSource(f"steps-first-{cards}", packed)),
    )
    assert isinstance(built, tuple)
    grader_packed, _, chunks = built
    questions, _ = cpu(
        "unpickle the grader and the first part (bot)",
        lambda: (unpack(grader_packed), [pickle.loads(chunk) for chunk in chunks]),
    )
    taken, _ = cpu(
        "unpickle the index (bot, in a thread)", lambda: unpack(packed_index, uploaded.deck)
    )
    # The question side's results are taken in while the index is still building (bot.decks).
    path = read + unpacked + max(index + taken, first + questions)
    print(
        "  critical path on two cores (read + unpickle, then the slower of index + unpickle"
        f" and questions + unpickle): {path:.1f} s"
    )
    return path


def floor_steps(cards: int = UPLOAD_CARDS) -> float:
    """CPU seconds of the floor the upload's path is judged against: the same TSV's bare parse
    and index, with none of the bot's extras. Its lines are split into (term, definition) cards;
    each card's text is folded (`fold`, unmemoized: each text is folded once here) and its words
    go into an inverted index (word -> card -> count) beside the folded terms; the cards and the
    index are each pickled and unpickled, as ours cross from a worker to the bot. The collector is
    paused throughout, as ours is on its path (`read_packed`, `unpack`, the build workers)."""
    content = generate_tsv(cards)
    bare_fold = fold.__wrapped__

    def parse() -> list[tuple[str, str]]:
        found = []
        for line in content.decode().splitlines():
            term, tab, definition = line.partition("\t")
            if tab and term.strip() and definition.strip():
                found.append((term.strip(), definition.strip()))
        return found

    def index(cards: list[tuple[str, str]]) -> tuple[dict[str, dict[int, int]], list[str]]:
        postings: dict[str, dict[int, int]] = {}
        for k, (term, definition) in enumerate(cards):
            for word in bare_fold(f"{term} {definition}").split():
                counts = postings.setdefault(word, {})
                counts[k] = counts.get(k, 0) + 1
        return postings, [bare_fold(term) for term, _ in cards]

    def crossed(value: object) -> object:
        return pickle.loads(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))

    was_enabled = gc.isenabled()
    gc.disable()
    try:
        start = time.process_time()
        read = crossed(parse())
        assert isinstance(read, list) and len(read) == cards
        crossed(index(read))
        return time.process_time() - start
    finally:
        if was_enabled:
            gc.enable()


def _path_figure() -> bool:
    """The 2 MB upload's CPU critical path (`upload_steps`) against the bare parse-and-index
    floor's (`floor_steps`): recorded and returned. Ours runs once, as a new upload meets the
    text memos (a second pass in this process finds them warm: the first part's questions took
    3.7 CPU-s there against 16.8 the first time); the floor, which keeps nothing, runs twice
    just before and twice just after it, and the mean of the four is taken: a change of load
    over ours falls on the floor too, and one pass of the floor (0.35–0.6 CPU-s) swings more
    than ours."""
    floors = [floor_steps(), floor_steps()]
    path = upload_steps()
    floors += [floor_steps(), floor_steps()]
    base = statistics.fmean(floors)
    print(
        "  floor (bare parse, fold, inverted index, pickled across): "
        + ", ".join(f"{floor:.2f}" for floor in floors)
        + " CPU-s, two before and two after"
    )
    ratio = path / base
    return record(
        NAME,
        f"{UPLOAD_CARDS:,}-card TSV upload usable, CPU critical path ÷ bare parse+index floor",
        f"≤ {UPLOAD_FLOOR_RATIO:.0f}×",
        f"{ratio:.1f}× ({path:.1f} ÷ {base:.2f} CPU-s)",
        ratio <= UPLOAD_FLOOR_RATIO,
    )


def _verdict(ok: bool, since: int) -> int:
    """0 when every target of this run was met; else 1, after saying which were missed (a
    figure recorded as missed counts even where a caller dropped its result)."""
    missed = [figure for figure in FIGURES[since:] if not figure.met]
    if ok and not missed:
        print(f"\n{NAME}: every target met", flush=True)
        return 0
    print(f"\n{NAME}: FAILED, {len(missed) or 'a'} target(s) missed:", flush=True)
    for figure in missed:
        print(f"  - {figure.name}: {figure.result} (target {figure.target})", flush=True)
    if not missed:
        print("  - a part could not be measured (see above)", flush=True)
    return 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100,1000,10000")
    parser.add_argument("--queries", type=int, default=300)
    parser.add_argument("--pool-cap", type=float, default=240.0)
    parser.add_argument(
        "--only",
        choices=("search", "quiz", "starts", "upload"),
        help="run only the search part, the quiz starts and uploads, the quiz starts, or the"
        " uploads",
    )
    parser.add_argument(
        "--steps",
        action="store_true",
        help="print the CPU seconds of each step of the 2 MB upload's path to usable and the floor's (judged"
        " against its target), and stop",
    )
    args = parser.parse_args(argv)
    since = len(FIGURES)
    if args.steps:
        return _verdict(_path_figure(), since)
    ok = True
    if args.only in (None, "search"):
        for size in (int(s) for s in args.sizes.split(",")):
            ok = bench_search(size, args.queries) and ok
    if args.only in (None, "quiz", "starts"):
        uploaded = read_upload("cards.tsv", generate_tsv(10_000))
        assert isinstance(uploaded, UploadedDeck), uploaded
        ok = asyncio.run(_quiz_starts(uploaded.deck, "10,000-card TSV", args.pool_cap)) and ok
        ok = asyncio.run(_quiz_starts(generate_deck(1000), "1,000 topics", args.pool_cap)) and ok
    if args.only in (None, "quiz", "upload"):
        ok = asyncio.run(_uploads(args.pool_cap)) and ok
    return _verdict(ok, since)


if __name__ == "__main__":
    sys.exit(main())
