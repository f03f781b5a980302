"""/ask benchmark: the right fact first, honest refusals, and latency — against SQLite FTS5 bm25 and a
rapidfuzz baseline, on the same questions in the same run.

    python -m benchmarks.bench_ask [--topics 10000] [--seed 7] [--rounds 3] [--queries 400]

The questions are the project's own evaluation set (tests/data/ask_eval/): six decks in different
subjects and note styles (outline notes, YAML decks, Markdown with deep headings, Markdown
paragraphs), with questions written from the notes before the bot was run on them — `cases.yaml`
(the set the search was tuned on) and `heldout.yaml` (not looked at while tuning) — and more
held-out sets with decks of their own, tests/data/ask_eval2/heldout2.yaml,
tests/data/ask_eval3/heldout3.yaml (a Q&A revision sheet among them; students' wordings with typos
and filler), tests/data/ask_eval4/heldout4.yaml, tests/data/ask_eval5/heldout5.yaml,
tests/data/ask_eval6/heldout6.yaml, tests/data/ask_eval7/heldout7.yaml and
tests/data/ask_eval8/heldout8.yaml, tests/data/ask_eval10/heldout10.yaml,
tests/data/ask_eval11/heldout11.yaml, tests/data/ask_eval12/heldout12.yaml,
tests/data/ask_eval13/heldout13.yaml, tests/data/ask_eval14/heldout14.yaml,
tests/data/ask_eval15/heldout15.yaml, tests/data/ask_eval16/heldout16.yaml,
tests/data/ask_eval17/heldout17.yaml, tests/data/ask_eval18/heldout18.yaml,
tests/data/ask_eval19/heldout19.yaml, tests/data/ask_eval20/heldout20.yaml,
tests/data/ask_eval21/heldout21.yaml, tests/data/ask_eval22/heldout22.yaml,
tests/data/ask_eval23/heldout23.yaml, tests/data/ask_eval24/heldout24.yaml,
tests/data/ask_eval25/heldout25.yaml, tests/data/ask_eval26/heldout26.yaml,
tests/data/ask_eval27/heldout27.yaml, tests/data/ask_eval28/heldout28.yaml and
tests/data/ask_eval29/heldout29.yaml (each written blind
by an outside tester; each deck a folder of notes), printed on their own lines, then the
development sets' totals (heldout3 to heldout29).
Each question either names words the first fact of the reply must contain, or is one the notes do
not answer.

- ours: `bot.explain.answer_question` — what `studybot ask --json` reports (the lead line, status);
- FTS5: every fact and key-term definition of the deck in an FTS5 table, the question's words
  OR-ed, best bm25 row first; it "refuses" only when no word matches;
- rapidfuzz: `process.extractOne` with token_set_ratio over the same rows, refusing below a
  score of 60.

Right fact first = the expected words are in the reply's lead line; correct refusal = status "none"
for a question the notes do not answer. Latency (ours timed cold: typo corrections and word memos
emptied before every timed question): p50/p99 of each method over the evaluation
questions, and of ours and FTS5 on a generated 10,000-topic deck (benchmarks/gen_deck.py).

Targets (on cases.yaml; the held-out figures are printed beside them): ≥ 92% right fact first,
≥ 90% correct refusals, both ahead of FTS5; /ask p99 on the big deck ≤ 2 × FTS5's p99. Exits 1
when one is missed.
"""

from __future__ import annotations

import argparse
import re
import sqlite3
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml
from rapidfuzz import fuzz, process, utils

from benchmarks._measure import cold_search
from benchmarks._table import record
from benchmarks.bench_search import Timing, ask_queries, measure
from benchmarks.gen_deck import generate_deck
from bot.explain import answer_question
from knowledge.importers import dump_deck, import_file
from knowledge.importers.bbcode import cells as bbcode_cells
from knowledge.importers.gift import stated_answers as gift_answers
from knowledge.importers.inline import strip_markdown
from knowledge.importers.latex import latex_text
from knowledge.importers.mediawiki import inline as wiki_inline
from knowledge.importers.org import inline as org_inline
from knowledge.importers.textile import inline as textile_inline
from knowledge.importers.wiki_markup import inline as zim_inline
from knowledge.importers.wikidot import inline as wikidot_inline
from knowledge.loader import load_deck, parse_deck
from knowledge.model import Deck
from knowledge.search import DeckIndex

DATA = Path(__file__).resolve().parents[1] / "tests" / "data" / "ask_eval"
DATA2 = DATA.parent / "ask_eval2"  # a second held-out set: decks of its own, never tuned on
DATA3 = DATA.parent / "ask_eval3"  # a third held-out set, written and measured before later fixes
DATA4 = DATA.parent / "ask_eval4"  # a fourth, written blind; folders of notes, one per deck
DATA5 = DATA.parent / "ask_eval5"  # a fifth, written blind, measured before anyone looked at it
DATA6 = DATA.parent / "ask_eval6"  # a sixth, the same way: paraphrase-heavy, four more subjects
DATA7 = DATA.parent / "ask_eval7"  # a seventh: deep headings, .txt outlines, flashcards, tables
DATA8 = DATA.parent / "ask_eval8"  # an eighth ("heldout9" to its tester): RS, geography, Spanish
DATA10 = DATA.parent / "ask_eval10"  # session 9's blind set: algorithms, psychology, TSV flashcards
DATA11 = DATA.parent / "ask_eval11"  # session 10's blind set: Russia, PE, genetics, a Q&A sheet
DATA12 = DATA.parent / "ask_eval12"  # session 11's blind set: American West, organic, Buddhism…
DATA13 = DATA.parent / "ask_eval13"  # session 12's blind set: Q:/A: sheet, prose, .txt outline…
DATA14 = DATA.parent / "ask_eval14"  # session 13's blind set: wrapped prose, TSV cards, Q:/A:…
DATA15 = DATA.parent / "ask_eval15"  # session 14's blind set: pipe tables, messy physics, Q:/A:…
DATA16 = DATA.parent / "ask_eval16"  # session 15's blind set: key quotes, Anki cards, Cornell…
DATA17 = DATA.parent / "ask_eval17"  # session 16's blind set: Q:/A: sheet, dot leaders, n.m…
DATA18 = DATA.parent / "ask_eval18"  # session 17's blind set: term sheet, wrapped prose, timeline…
DATA19 = DATA.parent / "ask_eval19"  # session 18's blind set: mark scheme, mind map, CSV, #####…
DATA20 = DATA.parent / "ask_eval20"  # session 19's blind set: Cornell, Quizlet, Obsidian, slides…
DATA21 = DATA.parent / "ask_eval21"  # session 20's blind set: org-mode, LaTeX, Notion, worksheet…
DATA22 = DATA.parent / "ask_eval22"  # session 21's blind set: web page, chat, transcript, GIFT…
DATA23 = (
    DATA.parent / "ask_eval23"
)  # session 22's blind set: MediaWiki, AsciiDoc, notebook, e-mail…
DATA24 = (
    DATA.parent / "ask_eval24"
)  # session 23's blind set: pdftotext columns, RTF, Evernote, Typst, TaskPaper, BibTeX…
DATA25 = (
    DATA.parent / "ask_eval25"
)  # session 24's blind set: Pandoc Markdown, Logseq, Zim, .xlsx, reStructuredText, .docx
DATA26 = (
    DATA.parent / "ask_eval26"
)  # session 25's blind set: DokuWiki, .pptx, TiddlyWiki, Quarto, .odt, Marp slides
DATA27 = (
    DATA.parent / "ask_eval27"
)  # session 26's blind set: Wikidot, Anki .apkg, .ods, Vimwiki, Joplin, Redmine Textile
DATA28 = (
    DATA.parent / "ask_eval28"
)  # session 27's blind set: BBCode, gemtext, XlsxWriter .xlsx, txt2tags, ReportLab PDF, Discord export
DATA29 = (
    DATA.parent / "ask_eval29"
)  # session 28's blind set: Creole wiki page, Obsidian canvas, EbookLib EPUB, odfpy .odp slides
TARGET_RIGHT = 0.92
TARGET_REFUSED = 0.90
TARGET_P99_RATIO = 2.0
FUZZ_CUTOFF = 60
_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class Case:
    """One question of the evaluation set; `fact` None means the notes do not answer it."""

    deck: str
    ask: str
    fact: str | None


def fact_shown(fact: str, lead: str | None) -> bool:
    """Whether a reply's lead shows the expected fact. Testers copy facts from the notes as
    written, and the importer shows a line without its Markdown emphasis (`**pea plants**` is
    shown "pea plants") and a table row's cells as "Heading: cell; …" (`diamond | a yes/no
    question` becomes "Shape: diamond; What it is for: a yes/no question"): the fact is shown
    when each of its cells, as the importer's `strip_markdown` reads it, is in the lead, or the
    cell with its term separator written as a key term's reply writes it ("Term — definition")."""
    if lead is None:
        return False
    return any(_cells_shown(cells, lead) for cells in _readings(fact))


def _readings(fact: str) -> Iterator[list[str]]:
    """The cells of a fact as the importers read its line: Markdown, pipe-table cells; and, for a
    fact copied from a .tex, .org, wiki or GIFT file, as those importers write it (`\\textit{-e}`
    is shown "-e", a tabular row's "Acc. sg & puellam" as its cells, org's "/diabolus/"
    "diabolus", a wiki's bold "'''tinctures'''" "tinctures", a Zim or DokuWiki page's
    "//The Germ//" "The Germ", GIFT's "…rescue breaths?{#30}" its
    right answer "30")."""
    yield [strip_markdown(cell) for cell in fact.split("|")]
    if _LATEX_MARKUP.search(fact):
        yield [strip_markdown(latex_text(cell)) for cell in fact.split("&")]
    if _ORG_MARKUP.search(fact):
        yield [strip_markdown(org_inline(cell)) for cell in fact.split("|")]
    if _WIKI_MARKUP.search(fact):
        # A wiki table row's "||" (a header row's "!!") separates cells as "|" does.
        yield [strip_markdown(wiki_inline(cell)) for cell in _WIKI_CELLS.split(fact)]
    if _ZIM_MARKUP.search(fact):
        yield [strip_markdown(cell) for cell in zim_inline(fact).split("|")]
    if _TEXTILE_MARKUP.search(fact):
        yield [strip_markdown(textile_inline(cell)) for cell in fact.split("|")]
    if _WIKIDOT_MARKUP.search(fact):
        yield [strip_markdown(wikidot_inline(cell)) for cell in fact.split("||")]
    if _BBCODE_MARKUP.search(fact):
        yield [strip_markdown(cell) for cell in bbcode_cells(fact)]
    if _GIFT_MARKUP.search(fact):
        # The GIFT importer states a question's right answer as a line of its own (the question
        # leads it), so a fact copied with its marks is shown as any one of its right answers.
        for answer in gift_answers(fact):
            yield [strip_markdown(answer)]


def _cells_shown(cells: list[str], lead: str) -> bool:
    # A key term's line ("Tendon: connects muscle to bone") is shown as its term and definition
    # ("Tendon — connects muscle to bone") when /ask answers with the key term.
    return all(
        cell in lead or _TERM_SEPARATOR.sub(" — ", cell, count=1) in lead for cell in cells if cell
    )


# What only LaTeX writes: a command, TeX quotes, a tabular cell separator, an en dash "--".
_LATEX_MARKUP = re.compile(r"\\[A-Za-z]|``|''|\s&\s|--")
# Org emphasis: /italic/, =code=, ~code~, +strike+ (bold "*x*" is Markdown's emphasis too).
_ORG_MARKUP = re.compile(r"(?:^|\s)[/=~+]\S")


# What only MediaWiki writes: bold or italic quotes, a link, a template, a table row's cell marks.
_WIKI_MARKUP = re.compile(r"''|\[\[|\{\{|\|\||!!")
_WIKI_CELLS = re.compile(r"\|\||!!")

# What Zim and DokuWiki write (`wiki_markup`): //italic//, __underline__, a link, an image.
_ZIM_MARKUP = re.compile(r"//\S|__\S|\[\[|\{\{")

# What Textile writes: a phrase's mark at a word's start (`_em_`, `@code@`, `-del-`), a
# footnote's "[1]".
_TEXTILE_MARKUP = re.compile(r"(?<!\w)[_@+^~-]\w|\w\[\d{1,3}\]")
# What Wikidot writes: a table row's "||", a `[url text]` link, `@@literal@@`, `{{monospace}}`.
_WIKIDOT_MARKUP = re.compile(r"\|\||\[(?:https?|ftp)://|@@|\{\{|//\S")

# What a BBCode post writes: a tag from its family (`[b]`, `[/url]`, `[size=150]`, `[*]`, `[td]`).
_BBCODE_MARKUP = re.compile(
    r"\[/?(?:b|i|u|s|size|colou?r|font|url|email|list|quote|table|tr|td|th|\*)(?:=[^\]\n]*)?\]",
    re.IGNORECASE,
)

# What only a GIFT bank writes: a right answer's "=" opening the copied text, or an answer block.
_GIFT_MARKUP = re.compile(r"^\s*=(?!=)\S|\{\s*[=~#]")

_TERM_SEPARATOR = re.compile(r"\s*(?::|=|\s[-–])\s+")


def read_cases(name: str, folder: Path = DATA) -> list[Case]:
    """The questions of one table of the evaluation set (cases.yaml, heldout.yaml, or the second
    held-out set's heldout2.yaml in its own folder)."""
    table = yaml.safe_load((folder / name).read_text(encoding="utf-8"))
    cases = [
        Case(str(folder / deck), str(case["ask"]), str(case["fact"]))
        for deck, part in table.items()
        for case in part["answered"]
    ]
    cases += [
        Case(str(folder / deck), str(q), None) for deck, part in table.items() for q in part["none"]
    ]
    return cases


@cache
def eval_deck(name: str) -> tuple[Deck, DeckIndex]:
    """A deck of the evaluation set (its path, or its name in tests/data/ask_eval/): YAML loaded,
    other notes imported the way `deck import` does."""
    path = Path(name) if Path(name).is_absolute() else DATA / name
    deck = (
        load_deck(path)
        if path.suffix == ".yaml"
        else parse_deck(dump_deck(import_file(path)), path.name)
    )
    return deck, DeckIndex(deck)


def _rows(deck: Deck) -> list[str]:
    rows = [fact.text for topic in deck.topics for fact in topic.facts]
    return rows + [f"{term.term} — {term.definition}" for term in deck.terms]


class Fts5:
    """SQLite FTS5 bm25 over a deck's facts and key-term definitions."""

    def __init__(self, deck: Deck) -> None:
        self.db = sqlite3.connect(":memory:")
        self.db.execute(
            "CREATE VIRTUAL TABLE facts USING fts5(fact, tokenize='unicode61 remove_diacritics 2')"
        )
        self.db.executemany("INSERT INTO facts VALUES (?)", [(row,) for row in _rows(deck)])

    def ask(self, question: str) -> str | None:
        words = _WORD.findall(question.casefold())[:32]
        if not words:
            return None
        expression = " OR ".join(f'"{word}"' for word in words)
        found = self.db.execute(
            "SELECT fact FROM facts WHERE facts MATCH ? ORDER BY bm25(facts) LIMIT 1", (expression,)
        ).fetchone()
        return str(found[0]) if found else None


class Fuzzy:
    """rapidfuzz token_set_ratio over the same rows, refusing below FUZZ_CUTOFF."""

    def __init__(self, deck: Deck) -> None:
        self.rows = [utils.default_process(row) for row in _rows(deck)]
        self.shown = _rows(deck)

    def ask(self, question: str) -> str | None:
        found = process.extractOne(
            utils.default_process(question),
            self.rows,
            scorer=fuzz.token_set_ratio,
            processor=None,
            score_cutoff=FUZZ_CUTOFF,
        )
        return self.shown[found[2]] if found else None


@dataclass(frozen=True, slots=True)
class Score:
    right: int
    answerable: int
    refused: int
    unanswerable: int
    timing: Timing

    @property
    def right_share(self) -> float:
        return self.right / max(self.answerable, 1)

    @property
    def refused_share(self) -> float:
        return self.refused / max(self.unanswerable, 1)


def _score(
    cases: Sequence[Case],
    answer: Callable[[Case], str | None],
    rounds: int,
    reset: Callable[[], None] | None = None,
) -> tuple[Score, list[Case]]:
    """How one method does on `cases`: right facts first, correct refusals, latency, misses."""
    right = refused = 0
    missed: list[Case] = []
    for case in cases:
        lead = answer(case)
        if case.fact is None:
            ok = lead is None
            refused += ok
        else:
            ok = fact_shown(case.fact, lead)
            right += ok
        if not ok:
            missed.append(case)
    by_text = {case.ask: case for case in cases}
    timing = measure(lambda q: answer(by_text[q]), [case.ask for case in cases], rounds, reset)
    answerable = sum(case.fact is not None for case in cases)
    return Score(right, answerable, refused, len(cases) - answerable, timing), missed


def ours(case: Case) -> str | None:
    deck, index = eval_deck(case.deck)
    asked = answer_question(deck, index, case.ask)
    return asked.lead if asked.status == "answer" else None


@cache
def _fts(name: str) -> Fts5:
    return Fts5(eval_deck(name)[0])


@cache
def _fuzzy(name: str) -> Fuzzy:
    return Fuzzy(eval_deck(name)[0])


def fts5(case: Case) -> str | None:
    return _fts(case.deck).ask(case.ask)


def fuzzy(case: Case) -> str | None:
    return _fuzzy(case.deck).ask(case.ask)


def report(label: str, cases: list[Case], rounds: int, show_misses: bool) -> dict[str, Score]:
    decks = sorted({case.deck for case in cases})
    short = {deck: Path(deck).name for deck in decks}
    answerable = sum(case.fact is not None for case in cases)
    print(
        f"\n{label}: {len(cases)} questions over {len(decks)} decks "
        f"({answerable} answerable, {len(cases) - answerable} not in the notes)"
    )
    scores: dict[str, Score] = {}
    cold = cold_search(*(eval_deck(name)[1] for name in decks))
    for name, method in (("ours", ours), ("FTS5 bm25", fts5), ("rapidfuzz", fuzzy)):
        score, missed = _score(cases, method, rounds, cold if name == "ours" else None)
        scores[name] = score
        print(
            f"  {name:<10} right fact first {score.right:>3}/{score.answerable}"
            f" ({100 * score.right_share:5.1f}%)   correct 'not in these notes'"
            f" {score.refused:>2}/{score.unanswerable} ({100 * score.refused_share:5.1f}%)"
            f"   p50 {score.timing.p50:7.3f} ms  p99 {score.timing.p99:7.3f} ms"
        )
        if name == "ours" and show_misses:
            for case in missed:
                print(f"      missed [{short[case.deck]}] {case.ask!r} (want {case.fact!r})")
    return scores


def totals(sets: Sequence[dict[str, Score]]) -> None:
    """The development sets (heldout3 to heldout29) summed, each method over the same questions:
    one figure that a change fitted to a single set's miss cannot move much."""
    print(f"\nDevelopment sets together ({len(sets)} sets, heldout3 to heldout29):")
    for name in ("ours", "FTS5 bm25", "rapidfuzz"):
        right = sum(scores[name].right for scores in sets)
        answerable = sum(scores[name].answerable for scores in sets)
        refused = sum(scores[name].refused for scores in sets)
        unanswerable = sum(scores[name].unanswerable for scores in sets)
        print(
            f"  {name:<10} right fact first {right:>4}/{answerable}"
            f" ({100 * right / max(answerable, 1):5.1f}%)   correct 'not in these notes'"
            f" {refused:>3}/{unanswerable} ({100 * refused / max(unanswerable, 1):5.1f}%)"
        )


def big_deck(topics: int, seed: int, queries: int, rounds: int) -> tuple[Timing, Timing]:
    deck = generate_deck(topics, seed=seed)
    index = DeckIndex(deck)
    fts = Fts5(deck)
    questions = ask_queries(deck, queries, seed)
    mine = measure(lambda q: answer_question(deck, index, q), questions, rounds, cold_search(index))
    theirs = measure(fts.ask, questions, rounds)
    print(f"\nGenerated deck: {topics} topics (seed {seed}), {len(questions)} questions")
    print(f"  ours /ask   p50 {mine.p50:7.3f} ms  p99 {mine.p99:7.3f} ms")
    print(f"  FTS5 bm25   p50 {theirs.p50:7.3f} ms  p99 {theirs.p99:7.3f} ms")
    return mine, theirs


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--topics", type=int, default=10_000, help="size of the generated deck")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--rounds", type=int, default=3, help="timed passes over the questions")
    parser.add_argument("--queries", type=int, default=400, help="questions on the generated deck")
    parser.add_argument(
        "--misses", action="store_true", help="list the misses of cases.yaml and heldout.yaml"
    )
    parser.add_argument(
        "--heldout2-misses",
        action="store_true",
        help="list the second held-out set's misses too (for the report, not for tuning)",
    )
    parser.add_argument(
        "--heldout3-misses",
        action="store_true",
        help="list the third held-out set's misses too (for the report, not for tuning)",
    )
    parser.add_argument(
        "--heldout4-misses",
        action="store_true",
        help="list the fourth held-out set's misses too",
    )
    parser.add_argument(
        "--heldout5-misses",
        action="store_true",
        help="list the fifth held-out set's misses too",
    )
    parser.add_argument(
        "--heldout6-misses",
        action="store_true",
        help="list the sixth held-out set's misses too",
    )
    parser.add_argument(
        "--heldout7-misses",
        action="store_true",
        help="list the seventh held-out set's misses too",
    )
    parser.add_argument(
        "--heldout8-misses",
        action="store_true",
        help="list the eighth held-out set's misses too",
    )
    parser.add_argument(
        "--heldout10-misses",
        action="store_true",
        help="list the tenth held-out set's misses too (session 9's blind set)",
    )
    parser.add_argument(
        "--heldout11-misses",
        action="store_true",
        help="list the eleventh held-out set's misses too (session 10's blind set)",
    )
    parser.add_argument(
        "--heldout12-misses",
        action="store_true",
        help="list the twelfth held-out set's misses too (session 11's blind set)",
    )
    parser.add_argument(
        "--heldout13-misses",
        action="store_true",
        help="list the thirteenth held-out set's misses too (session 12's blind set)",
    )
    parser.add_argument(
        "--heldout14-misses",
        action="store_true",
        help="list the fourteenth held-out set's misses too (session 13's blind set)",
    )
    parser.add_argument(
        "--heldout15-misses",
        action="store_true",
        help="list the fifteenth held-out set's misses too (session 14's blind set)",
    )
    parser.add_argument(
        "--heldout16-misses",
        action="store_true",
        help="list the sixteenth held-out set's misses too (session 15's blind set)",
    )
    parser.add_argument(
        "--heldout17-misses",
        action="store_true",
        help="list the seventeenth held-out set's misses too (session 16's blind set)",
    )
    parser.add_argument(
        "--heldout18-misses",
        action="store_true",
        help="list the eighteenth held-out set's misses too (session 17's blind set)",
    )
    parser.add_argument(
        "--heldout19-misses",
        action="store_true",
        help="list the nineteenth held-out set's misses too (session 18's blind set)",
    )
    parser.add_argument(
        "--heldout20-misses",
        action="store_true",
        help="list the twentieth held-out set's misses too (session 19's blind set)",
    )
    parser.add_argument(
        "--heldout21-misses",
        action="store_true",
        help="list the twenty-first held-out set's misses too (session 20's blind set)",
    )
    parser.add_argument(
        "--heldout22-misses",
        action="store_true",
        help="list the twenty-second held-out set's misses too (session 21's blind set)",
    )
    parser.add_argument(
        "--heldout23-misses",
        action="store_true",
        help="list the twenty-third held-out set's misses too (session 22's blind set)",
    )
    parser.add_argument(
        "--heldout24-misses",
        action="store_true",
        help="list the twenty-fourth held-out set's misses too (session 23's blind set)",
    )
    parser.add_argument(
        "--heldout25-misses",
        action="store_true",
        help="list the twenty-fifth held-out set's misses too (session 24's blind set)",
    )
    parser.add_argument(
        "--heldout26-misses",
        action="store_true",
        help="list the twenty-sixth held-out set's misses too (session 25's blind set)",
    )
    parser.add_argument(
        "--heldout27-misses",
        action="store_true",
        help="list the twenty-seventh held-out set's misses too (session 26's blind set)",
    )
    parser.add_argument(
        "--heldout28-misses",
        action="store_true",
        help="list the twenty-eighth held-out set's misses too (session 27's blind set)",
    )
    parser.add_argument(
        "--heldout29-misses",
        action="store_true",
        help="list the twenty-ninth held-out set's misses too (session 28's blind set)",
    )
    args = parser.parse_args(argv)

    tuned = report(
        "Evaluation set (cases.yaml)", read_cases("cases.yaml"), args.rounds, args.misses
    )
    report("Held-out set (heldout.yaml)", read_cases("heldout.yaml"), args.rounds, args.misses)
    report(
        "Second held-out set (ask_eval2/heldout2.yaml)",
        read_cases("heldout2.yaml", DATA2),
        args.rounds,
        args.heldout2_misses,
    )
    development = [
        report(label, read_cases(table, folder), args.rounds, show)
        for label, table, folder, show in (
            ("Third held-out set (ask_eval3/heldout3.yaml)", "heldout3.yaml", DATA3,
             args.heldout3_misses),
            ("Fourth held-out set (ask_eval4/heldout4.yaml, folders of notes)", "heldout4.yaml",
             DATA4, args.heldout4_misses),
            ("Fifth held-out set (ask_eval5/heldout5.yaml, folders of notes)", "heldout5.yaml",
             DATA5, args.heldout5_misses),
            ("Sixth held-out set (ask_eval6/heldout6.yaml, folders of notes)", "heldout6.yaml",
             DATA6, args.heldout6_misses),
            ("Seventh held-out set (ask_eval7/heldout7.yaml, folders of notes)", "heldout7.yaml",
             DATA7, args.heldout7_misses),
            ("Eighth held-out set (ask_eval8/heldout8.yaml, folders of notes)", "heldout8.yaml",
             DATA8, args.heldout8_misses),
            ("Tenth held-out set (ask_eval10/heldout10.yaml, folders of notes)", "heldout10.yaml",
             DATA10, args.heldout10_misses),
            ("Eleventh held-out set (ask_eval11/heldout11.yaml, folders of notes)", "heldout11.yaml",
             DATA11, args.heldout11_misses),
            ("Twelfth held-out set (ask_eval12/heldout12.yaml, folders of notes)", "heldout12.yaml",
             DATA12, args.heldout12_misses),
            ("Thirteenth held-out set (ask_eval13/heldout13.yaml, folders of notes)",
             "heldout13.yaml", DATA13, args.heldout13_misses),
            ("Fourteenth held-out set (ask_eval14/heldout14.yaml, folders of notes)",
             "heldout14.yaml", DATA14, args.heldout14_misses),
            ("Fifteenth held-out set (ask_eval15/heldout15.yaml, folders of notes)",
             "heldout15.yaml", DATA15, args.heldout15_misses),
            ("Sixteenth held-out set (ask_eval16/heldout16.yaml, folders of notes)",
             "heldout16.yaml", DATA16, args.heldout16_misses),
            ("Seventeenth held-out set (ask_eval17/heldout17.yaml, folders of notes)",
             "heldout17.yaml", DATA17, args.heldout17_misses),
            ("Eighteenth held-out set (ask_eval18/heldout18.yaml, folders of notes)",
             "heldout18.yaml", DATA18, args.heldout18_misses),
            ("Nineteenth held-out set (ask_eval19/heldout19.yaml, folders of notes)",
             "heldout19.yaml", DATA19, args.heldout19_misses),
            ("Twentieth held-out set (ask_eval20/heldout20.yaml, folders of notes)",
             "heldout20.yaml", DATA20, args.heldout20_misses),
            ("Twenty-first held-out set (ask_eval21/heldout21.yaml, folders of notes)",
             "heldout21.yaml", DATA21, args.heldout21_misses),
            ("Twenty-second held-out set (ask_eval22/heldout22.yaml, folders of notes)",
             "heldout22.yaml", DATA22, args.heldout22_misses),
            ("Twenty-third held-out set (ask_eval23/heldout23.yaml, folders of notes)",
             "heldout23.yaml", DATA23, args.heldout23_misses),
            ("Twenty-fourth held-out set (ask_eval24/heldout24.yaml, folders of notes)",
             "heldout24.yaml", DATA24, args.heldout24_misses),
            ("Twenty-fifth held-out set (ask_eval25/heldout25.yaml, folders of notes)",
             "heldout25.yaml", DATA25, args.heldout25_misses),
            ("Twenty-sixth held-out set (ask_eval26/heldout26.yaml, folders of notes)",
             "heldout26.yaml", DATA26, args.heldout26_misses),
            ("Twenty-seventh held-out set (ask_eval27/heldout27.yaml, folders of notes)",
             "heldout27.yaml", DATA27, args.heldout27_misses),
            ("Twenty-eighth held-out set (ask_eval28/heldout28.yaml, folders of notes)",
             "heldout28.yaml", DATA28, args.heldout28_misses),
            ("Twenty-ninth held-out set (ask_eval29/heldout29.yaml, folders of notes)",
             "heldout29.yaml", DATA29, args.heldout29_misses),
        )
    ]  # fmt: skip
    totals(development)
    mine, theirs = big_deck(args.topics, args.seed, args.queries, args.rounds)

    ours_score, fts_score = tuned["ours"], tuned["FTS5 bm25"]
    ratio = mine.p99 / theirs.p99
    checks = (
        ("right fact first", f"≥ {TARGET_RIGHT:.0%}", f"{ours_score.right_share:.1%}",
         ours_score.right_share >= TARGET_RIGHT),
        ("correct refusals", f"≥ {TARGET_REFUSED:.0%}", f"{ours_score.refused_share:.1%}",
         ours_score.refused_share >= TARGET_REFUSED),
        ("right fact first vs FTS5", "ahead",
         f"{ours_score.right_share:.1%} vs {fts_score.right_share:.1%}",
         ours_score.right_share > fts_score.right_share),
        ("correct refusals vs FTS5", "ahead",
         f"{ours_score.refused_share:.1%} vs {fts_score.refused_share:.1%}",
         ours_score.refused_share > fts_score.refused_share),
        ("/ask p99 ÷ FTS5 p99, big deck, cold", f"≤ {TARGET_P99_RATIO:.0f}×", f"{ratio:.2f}×",
         ratio <= TARGET_P99_RATIO),
    )  # fmt: skip
    print()
    results = [record("bench_ask", *check) for check in checks]
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
