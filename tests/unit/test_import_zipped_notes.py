"""A zip of notes (a Notion "Markdown & CSV" export, a zipped Obsidian vault) is read as the folder
it holds: Notion's ids leave the names, its `_all.csv` copy and the pictures, settings and macOS
forks are passed over; a zip with a path out of its folder, a bomb or no notes is refused or
contained. Two zips in two subjects (tests/data/import_formats, made by make_zips.py.txt)."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import pytest

from knowledge.importers import DeckImportError, dump_deck
from knowledge.importers.api import import_bytes_with_report
from knowledge.loader import parse_deck
from knowledge.model import Deck
from tests.unit.asking import ask_json
from tests.unit.formats_helpers import SAMPLES, facts, written

NOTION = SAMPLES / "Export-5d3c8f21-6a4b-4e0f-9c2d-7b1a0e9f8c64.zip"
VAULT = SAMPLES / "periodic_table_vault.zip"
NOISE = re.compile(r"[0-9a-f]{32}|_all|\.obsidian|workspace|MACOSX|Mac OS|\.png|%20|Export-")


def _deck(data: bytes, name: str) -> Deck:
    return parse_deck(dump_deck(import_bytes_with_report(data, name).mapping), name)


def test_a_notion_export_is_read_as_its_pages() -> None:
    imported = import_bytes_with_report(NOTION.read_bytes(), NOTION.name)
    assert imported.report.name == "zip"
    deck = parse_deck(dump_deck(imported.mapping), NOTION.name)
    assert deck.title == "Medieval Castles"  # the page exported, not "Export-5d3c…"
    titles = [topic.title for topic in deck.topics]
    assert titles.count("Castles to visit") == 1  # Notion's _all.csv copy left out
    assert "Siege warfare" in titles and "Stone castles" in titles
    assert "Miners dug tunnels under towers and burned the wooden props to collapse them" in (
        facts(deck, "Siege warfare")
    )
    assert [line for line in written(deck) if NOISE.search(line)] == []
    # The page's properties are Notion's, not notes.
    assert not [line for line in written(deck) if line.startswith(("Tags", "Created"))]


def test_a_zipped_vault_is_read_without_its_settings() -> None:
    deck = _deck(VAULT.read_bytes(), VAULT.name)
    assert deck.title == "Periodic table vault"
    assert [topic.title for topic in deck.topics] == ["Groups", "Mendeleev"]
    assert "Group 1 metals are called the alkali metals" in facts(deck, "Groups")
    assert [line for line in written(deck) if NOISE.search(line)] == []


def test_ask_answers_from_a_zip() -> None:
    reply = ask_json("How did miners bring down a tower?", NOTION)
    assert reply["status"] == "answer"
    assert "burned the wooden props" in reply["text"]


def _zip(members: dict[str, bytes], *, stored: bool = False) -> bytes:
    buffer = io.BytesIO()
    method = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
    with zipfile.ZipFile(buffer, "w", method) as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def test_a_path_out_of_the_folder_stays_inside(tmp_path: Path) -> None:
    outside = tmp_path / "evil.md"
    data = _zip(
        {
            f"../../../../../../{outside}": b"# Evil\n\n- written outside\n",
            "/etc/castles.md": b"# Keeps\n\n- The keep was the strongest tower\n",
            "notes/sieges.md": b"# Sieges\n\n- A trebuchet hurled stones\n",
        }
    )
    deck = _deck(data, "castles.zip")
    assert not outside.exists()
    shown = written(deck)
    assert "A trebuchet hurled stones" in shown and "The keep was the strongest tower" in shown


@pytest.mark.parametrize(
    ("data", "said"),
    [
        (_zip({"picture.png": b"\x89PNG", "notes.exe": b"MZ"}), "holds no notes"),
        (_zip({"notes.md": b" " * 5_000_000}), "zip bomb"),
        (_zip({f"n{n}.md": b"x" for n in range(5_001)}, stored=True), "more than 5,000 files"),
        (_zip({"empty.md": b"   \n"}), "could be imported"),
    ],
    ids=["no-notes", "bomb", "many", "empty"],
)
def test_hostile_or_empty_zips_are_refused_clearly(data: bytes, said: str) -> None:
    with pytest.raises(DeckImportError, match=re.escape(said)) as caught:
        import_bytes_with_report(data, "notes.zip")
    assert "studybot-zip-" not in str(caught.value)  # the temporary folder is never shown


def test_an_anki_package_sent_as_a_zip_is_still_an_anki_package() -> None:
    data = _zip({"collection.anki2": b"not really sqlite", "notes.md": b"# A\n\n- b\n"})
    with pytest.raises(DeckImportError) as caught:
        import_bytes_with_report(data, "deck.zip")
    assert "zip of notes" not in str(caught.value)


@pytest.mark.parametrize("file_first", [True, False], ids=["file-first", "folder-first"])
def test_a_file_and_a_folder_of_the_same_name_are_both_read(file_first: bool) -> None:
    members = [
        ("notes.md", b"# Honeybees\n\n- Worker bees are all female\n"),
        ("notes.md/wasps.md", b"# Wasps\n\n- Wasps feed their larvae on insects\n"),
    ]
    data = _zip(dict(members if file_first else reversed(members)))

    result = import_bytes_with_report(data, "insects.zip")
    shown = written(parse_deck(dump_deck(result.mapping), "insects.zip"))

    assert "Worker bees are all female" in shown
    assert "Wasps feed their larvae on insects" in shown
    assert result.report.detected["zip"] == "2 note files read from the zip as a folder"
