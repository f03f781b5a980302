"""Anki packages: real .apkg files built with genanki (the legacy schema) and, for the current schema,
a zstd-compressed collection with the newer tables built here as Anki 2.1.50+ writes it; then the
hostile ones (zip bombs, lies, junk), which are refused with a clear message before they cost much."""

from __future__ import annotations

import io
import sqlite3
import subprocess
import sys
import zipfile
from pathlib import Path

import genanki
import pytest
import zstandard

from bot.engine import Engine
from knowledge.importers import (
    DeckImportError,
    dump_deck,
    import_file,
    import_file_with_report,
)
from knowledge.loader import check_deck, load_deck, parse_deck
from knowledge.model import Deck
from tests.conftest import say, shown
from tests.fakes.clock import FakeClock

ROOT = Path(__file__).resolve().parents[2]

BASIC = genanki.Model(
    1_607_392_319,
    "Basic (studybot test)",
    fields=[{"name": "Front"}, {"name": "Back"}],
    templates=[{"name": "Card 1", "qfmt": "{{Front}}", "afmt": "{{FrontSide}}<hr>{{Back}}"}],
)


def legacy_package(path: Path) -> Path:
    """A biology .apkg as genanki writes it: two subdecks, HTML, cloze, tags and an image card."""
    cells = genanki.Deck(2_059_400_110, "Biology::Cells")
    genetics = genanki.Deck(2_059_400_111, "Biology::Genetics")
    cells.add_note(
        genanki.Note(
            BASIC,
            ["<b>Mitochondria</b>", "site of <i>aerobic</i> respiration&nbsp;in the cell"],
            tags=["cells", "paper1"],
        )
    )
    cells.add_note(genanki.Note(BASIC, ["Ribosome", "where proteins are made<br>(translation)"]))
    cells.add_note(genanki.Note(BASIC, ['<img src="cell_diagram.png">', "Animal cell"]))
    genetics.add_note(
        genanki.Note(
            genanki.CLOZE_MODEL,
            ["DNA is a {{c1::double helix}} made of {{c2::nucleotides}}", "Watson and Crick, 1953"],
            tags=["genetics"],
        )
    )
    genetics.add_note(genanki.Note(BASIC, ["How many chromosomes in a human body cell?", "46"]))
    genanki.Package([cells, genetics]).write_to_file(str(path))
    return path


_MODERN_TABLES = """
CREATE TABLE col (id integer primary key, crt integer not null, mod integer not null,
  scm integer not null, ver integer not null, dty integer not null, usn integer not null,
  ls integer not null, conf text not null, models text not null, decks text not null,
  dconf text not null, tags text not null);
CREATE TABLE notes (id integer primary key, guid text not null, mid integer not null,
  mod integer not null, usn integer not null, tags text not null, flds text not null,
  sfld integer not null, csum integer not null, flags integer not null, data text not null);
CREATE TABLE cards (id integer primary key, nid integer not null, did integer not null,
  ord integer not null, mod integer not null, usn integer not null, type integer not null,
  queue integer not null, due integer not null, ivl integer not null, factor integer not null,
  reps integer not null, lapses integer not null, left integer not null, odue integer not null,
  odid integer not null, flags integer not null, data text not null);
CREATE TABLE decks (id integer primary key not null, name text not null collate nocase,
  mtime_secs integer not null, usn integer not null, common blob not null, kind blob not null);
CREATE TABLE notetypes (id integer not null primary key, name text not null,
  mtime_secs integer not null, usn integer not null, config blob not null);
CREATE TABLE fields (ntid integer not null, ord integer not null, name text not null,
  config blob not null, primary key (ntid, ord)) without rowid;
CREATE TABLE templates (ntid integer not null, ord integer not null, name text not null,
  mtime_secs integer not null, usn integer not null, config blob not null,
  primary key (ntid, ord)) without rowid;
"""


def _sqlite_bytes(
    tmp_path: Path, name: str, build: str, rows: list[tuple[str, tuple[object, ...]]]
) -> bytes:
    path = tmp_path / name
    with sqlite3.connect(path) as connection:
        connection.executescript(build)
        for sql, values in rows:
            connection.execute(sql, values)
    connection.close()
    return path.read_bytes()


def _note(note_id: int, fields: list[str], tags: str = "") -> tuple[str, tuple[object, ...]]:
    return (
        "INSERT INTO notes VALUES (?, ?, ?, 0, 0, ?, ?, ?, 0, 0, '')",
        (note_id, f"g{note_id}", 1, f" {tags} " if tags else "", "\x1f".join(fields), fields[0]),
    )


def _card(card_id: int, note_id: int, deck_id: int) -> tuple[str, tuple[object, ...]]:
    return (
        "INSERT INTO cards VALUES (?, ?, ?, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, '')",
        (card_id, note_id, deck_id),
    )


def modern_package(tmp_path: Path, name: str = "chemistry.apkg") -> Path:
    """A chemistry package in the current format: `collection.anki21b` (zstd-compressed SQLite with
    decks/notetypes/fields tables, deck levels joined by \\x1f) beside the legacy stub that only
    tells old Anki versions to update."""
    modern = _sqlite_bytes(
        tmp_path,
        "modern.db",
        _MODERN_TABLES,
        [
            ("INSERT INTO col VALUES (1, 0, 0, 0, 18, 0, 0, 0, '', '', '', '', '')", ()),
            ("INSERT INTO decks VALUES (1, 'Default', 0, 0, x'', x'')", ()),
            ("INSERT INTO decks VALUES (10, 'Chemistry', 0, 0, x'', x'')", ()),
            ("INSERT INTO decks VALUES (11, 'Chemistry\x1fBonding', 0, 0, x'', x'')", ()),
            ("INSERT INTO decks VALUES (12, 'Chemistry\x1fRates of reaction', 0, 0, x'', x'')", ()),
            ("INSERT INTO notetypes VALUES (1, 'Basic', 0, 0, x'')", ()),
            ("INSERT INTO fields VALUES (1, 0, 'Front', x'')", ()),
            ("INSERT INTO fields VALUES (1, 1, 'Back', x'')", ()),
            _note(
                100,
                ["Covalent bond", "a shared pair of electrons<div>between two atoms</div>"],
                "bonding",
            ),
            _note(
                101,
                ["Ionic bond", "electrostatic attraction between <b>oppositely</b> charged ions"],
            ),
            _note(
                102, ["Catalysts speed up reactions by lowering the {{c1::activation energy}}", ""]
            ),
            _note(103, ["Collision theory", "particles must collide with enough energy to react"]),
            _note(104, ['<img src="rate_graph.png">', '<img src="rate_graph_answer.png">']),
            _card(1000, 100, 11),
            _card(1001, 101, 11),
            _card(1002, 102, 12),
            _card(1003, 103, 12),
            _card(1004, 104, 12),
        ],
    )
    stub = _sqlite_bytes(
        tmp_path,
        "stub.db",
        _MODERN_TABLES,
        [
            _note(
                1,
                [
                    "Please update to the latest Anki version, then import the .colpkg/.apkg file again.",
                    "",
                ],
            ),
            _card(1, 1, 1),
        ],
    )
    path = tmp_path / name
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("collection.anki2", stub)
        archive.writestr("collection.anki21b", zstandard.ZstdCompressor().compress(modern))
        archive.writestr("media", zstandard.ZstdCompressor().compress(b"\x0a\x00"))
    return path


def loaded(path: Path) -> Deck:
    return parse_deck(dump_deck(import_file(path)), path.name)


async def explain(deck: Deck, query: str) -> str:
    return shown(await say(Engine(deck, clock=FakeClock()), f"/explain {query}"))


# -- the legacy schema (genanki) ------------------------------------------------------------------


async def test_a_genanki_package_keeps_decks_as_subtopics_and_cleans_fields(tmp_path: Path) -> None:
    result = import_file_with_report(legacy_package(tmp_path / "biology.apkg"))
    deck = parse_deck(dump_deck(result.mapping), "biology.apkg")

    assert deck.title == "Biology"
    assert [topic.title for topic in deck.children("biology")] == ["Cells", "Genetics"]
    terms = {term.term: term.definition for term in deck.terms}
    assert terms == {
        "Mitochondria": "site of aerobic respiration in the cell",
        "Ribosome": "where proteins are made; (translation)",
    }
    genetics = next(topic for topic in deck.topics if topic.title == "Genetics")
    cloze = [fact for fact in genetics.facts if fact.cloze]
    assert [(fact.text, fact.cloze) for fact in cloze] == [
        ("DNA is a double helix made of nucleotides", ("double helix", "nucleotides"))
    ]
    # the cloze's Back Extra is a line of its own, not glued onto the sentence the cloze asks
    assert "Watson and Crick, 1953" in [fact.text for fact in genetics.facts]
    assert [(q.prompt, q.answers) for q in deck.questions] == [
        ("How many chromosomes in a human body cell?", ("46",))
    ]
    assert result.report.detected["collection"] == "collection.anki2 (legacy)"
    assert result.report.problems == [
        "note 3: the front is only an image (images are not imported)"
    ]
    assert "cells" in (deck.description or "") and "genetics" in (deck.description or "")

    body = await explain(deck, "genetics")
    assert body.splitlines()[0] == "Biology › Genetics"


# -- the current schema (collection.anki21b, zstd) -------------------------------------------------


async def test_a_current_format_package_reads_the_compressed_collection_not_the_stub(
    tmp_path: Path,
) -> None:
    result = import_file_with_report(modern_package(tmp_path))
    deck = parse_deck(dump_deck(result.mapping), "chemistry.apkg")

    assert result.report.detected["collection"] == "collection.anki21b (Anki 2.1.50+, zstd)"
    assert deck.title == "Chemistry"
    assert [topic.title for topic in deck.children("chemistry")] == [
        "Bonding",
        "Rates of reaction",
    ]
    facts = [fact.text for topic in deck.topics for fact in topic.facts]
    assert not any("Please update" in fact for fact in facts)
    assert "Covalent bond = a shared pair of electrons; between two atoms" in facts
    rates = next(topic for topic in deck.topics if topic.title == "Rates of reaction")
    assert [fact.cloze for fact in rates.facts if fact.cloze] == [("activation energy",)]
    assert result.report.problems == ["note 5: an image-only card (images are not imported)"]

    body = await explain(deck, "ionic bond")
    assert body.startswith("Ionic bond — electrostatic attraction between oppositely charged ions")


def test_a_colpkg_is_read_the_same_way(tmp_path: Path) -> None:
    deck = loaded(modern_package(tmp_path, "collection.colpkg"))

    assert {term.term for term in deck.terms} == {"Covalent bond", "Ionic bond", "Collision theory"}


@pytest.mark.parametrize("schema", ["legacy", "current"])
def test_studybot_deck_import_works_on_both_schemas(schema: str, tmp_path: Path) -> None:
    package = (
        legacy_package(tmp_path / "biology.apkg")
        if schema == "legacy"
        else modern_package(tmp_path)
    )
    out = tmp_path / "deck.yaml"

    result = subprocess.run(
        [sys.executable, "-m", "adapters.cli", "deck", "import", str(package), "-o", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )

    assert result.returncode == 0, result.stderr
    assert "Read as Anki package, collection: collection.anki2" in result.stdout
    assert "Skipped 1 note." in result.stdout  # the image-only note, by its number
    assert check_deck(out) == []
    assert load_deck(out).terms


# -- hostile archives -------------------------------------------------------------------------------


def _zip(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def test_a_zip_bomb_is_refused_before_it_is_extracted(tmp_path: Path) -> None:
    bomb = _zip(tmp_path / "bomb.apkg", {"collection.anki21": bytes(20 * 1024 * 1024)})

    with pytest.raises(DeckImportError, match="zip bomb"):
        import_file(bomb)


def test_a_zstd_bomb_is_refused(tmp_path: Path) -> None:
    frame = zstandard.ZstdCompressor(level=19).compress(bytes(20 * 1024 * 1024))
    bomb = _zip(tmp_path / "bomb.apkg", {"collection.anki21b": frame})

    with pytest.raises(DeckImportError, match="expands suspiciously far"):
        import_file(bomb)


@pytest.mark.parametrize(
    ("members", "words"),
    [
        ({"notes.txt": b"hello"}, "holds no collection"),
        ({"collection.anki2": b"this is not a database at all"}, "not an SQLite database"),
        ({"collection.anki21b": b"not zstd either"}, "not valid zstd data"),
    ],
    ids=["no-collection", "not-sqlite", "not-zstd"],
)
def test_junk_packages_get_a_clear_error(
    members: dict[str, bytes], words: str, tmp_path: Path
) -> None:
    with pytest.raises(DeckImportError, match=words):
        import_file(_zip(tmp_path / "junk.apkg", members))


def test_a_file_named_apkg_that_is_not_a_zip_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.apkg"
    path.write_bytes(b"Photosynthesis\tmakes glucose\n")

    with pytest.raises(DeckImportError, match="not a readable zip archive"):
        import_file(path)


def test_a_database_without_notes_is_refused(tmp_path: Path) -> None:
    empty = io.BytesIO()
    database = _sqlite_bytes(tmp_path, "empty.db", "CREATE TABLE col (id integer);", [])
    with zipfile.ZipFile(empty, "w") as archive:
        archive.writestr("collection.anki2", database)
    path = tmp_path / "empty.apkg"
    path.write_bytes(empty.getvalue())

    with pytest.raises(DeckImportError, match="no notes table"):
        import_file(path)


# -- tags: aliases and groups ---------------------------------------------------------------------


def tagged_history_package(path: Path) -> Path:
    """A history teacher's .apkg: a tag on every Cold War note, topic tags shared by some notes,
    and Anki's own `leech`/`marked` and year-only tags that must not become anything."""
    cold_war = genanki.Deck(2_059_400_210, "History::Cold War")
    weimar = genanki.Deck(2_059_400_211, "History::Weimar Germany")
    unit = "GCSE::Paper2::Superpower_relations"
    for front, back, tags in [
        ("Berlin Blockade", "Soviet blockade of West Berlin, June 1948 to May 1949", ["Berlin"]),
        (
            "Berlin Wall",
            "built overnight on 13 August 1961 to stop people leaving",
            ["Berlin", "1961"],
        ),
        ("Bay of Pigs", "failed CIA-backed invasion of Cuba in April 1961", ["Cuba", "leech"]),
        ("How many days did the Cuban Missile Crisis last?", "13", ["Cuba", "marked", "1962"]),
        ("Truman Doctrine", "US promise of 1947 to contain communism", ["marked"]),
    ]:
        cold_war.add_note(genanki.Note(BASIC, [front, back], tags=[unit, *tags]))
    for front, back, tags in [
        (
            "Hyperinflation",
            "prices doubled every few days in <b>1923</b>",
            ["Economy::Hyperinflation", "leech", "1923"],
        ),
        (
            "Rentenmark",
            "new currency Stresemann brought in, November 1923",
            ["economy::hyperinflation", "leech", "1923"],
        ),
        ("Spartacist Uprising", "communist revolt in Berlin, January 1919", ["Threats"]),
    ]:
        weimar.add_note(genanki.Note(BASIC, [front, back], tags=tags))
    genanki.Package([cold_war, weimar]).write_to_file(str(path))
    return path


async def test_anki_tags_become_topic_aliases_and_subtopics_without_junk(tmp_path: Path) -> None:
    deck = loaded(tagged_history_package(tmp_path / "history.apkg"))
    topics = {topic.title: topic for topic in deck.topics}
    cold_war, weimar = topics["Cold War"], topics["Weimar Germany"]

    assert "Superpower relations" in cold_war.aliases
    # a tag several notes share is a subtopic of their deck, not a list a quiz sorts facts into
    assert [topic.title for topic in deck.children(cold_war.id)] == ["Berlin", "Cuba"]
    assert [topic.title for topic in deck.children(weimar.id)] == ["Hyperinflation"]
    facts = {title: [fact.text for fact in topic.facts] for title, topic in topics.items()}
    assert facts["Cold War"] == ["Truman Doctrine = US promise of 1947 to contain communism"]
    assert facts["Berlin"] == [
        "Berlin Blockade = Soviet blockade of West Berlin, June 1948 to May 1949",
        "Berlin Wall = built overnight on 13 August 1961 to stop people leaving",
    ]
    assert facts["Cuba"] == [
        "Bay of Pigs = failed CIA-backed invasion of Cuba in April 1961",
        "How many days did the Cuban Missile Crisis last? — 13",
    ]
    assert facts["Hyperinflation"] == [
        "Hyperinflation = prices doubled every few days in 1923",
        "Rentenmark = new currency Stresemann brought in, November 1923",
    ]
    assert facts["Weimar Germany"] == [
        "Spartacist Uprising = communist revolt in Berlin, January 1919"
    ]
    assert not any(fact.group for topic in deck.topics for fact in topic.facts)
    every_name = {a.casefold() for t in deck.topics for a in t.aliases} | {
        t.title.casefold() for t in deck.topics
    }
    assert not every_name & {"leech", "marked", "1923", "1961", "1962", "threats"}
    assert "leech" not in (deck.description or "") and "marked" not in (deck.description or "")
    written = tmp_path / "history.yaml"
    written.write_text(dump_deck(import_file(tmp_path / "history.apkg")), encoding="utf-8")
    assert check_deck(written) == []

    by_tag = await explain(deck, "superpower relations")
    assert by_tag.splitlines()[0] == "History › Cold War"
    body = await explain(deck, "cold war")
    lines = body.splitlines()
    assert [line for line in lines if line.strip().endswith(("Berlin", "Cuba"))] == [
        "1. Berlin",
        "2. Cuba",
    ]
    berlin = (await explain(deck, "berlin")).splitlines()
    assert berlin[0] == "History › Cold War › Berlin"
    assert "Berlin Blockade" in berlin[2] and "Berlin Wall" in berlin[3]
    assert not any("leech" in line or "marked" in line for line in lines)
