"""A folder of notes is one deck: `--deck notes/`, STUDYBOT_DECK=notes/ and `deck import notes/`."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from adapters.cli import main
from knowledge.deck_files import open_deck_file
from knowledge.importers import DeckImportError, import_file_with_report
from knowledge.importers.folder import MAX_FOLDER_FILES
from knowledge.loader import DeckError

PLATES_MD = """\
# Plate tectonics

## Plate boundaries
- Destructive margin: an oceanic plate sinks under a continental plate
- Constructive margin: plates move apart and magma rises, e.g. the Mid-Atlantic Ridge

## Causes
- Convection currents in the mantle move the plates
- Slab pull drags the sinking plate down
"""

VOLCANOES_MD = """\
# Volcanoes

## Types of volcano
- Shield volcanoes have gentle slopes and runny basaltic lava
- Composite volcanoes are steep, built of layers of ash and sticky andesitic lava

## Causes
- Magma rises through cracks in the crust at plate margins

## Case study: Mount St Helens
- Erupted on 18 May 1980 in Washington State, USA
- 57 people were killed
"""

CELLS_TSV = "mitochondria\tsite of aerobic respiration\nribosome\twhere proteins are made\n"


def _folder(tmp_path: Path, files: dict[str, str | bytes]) -> Path:
    folder = tmp_path / "geography_notes"
    for name, content in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    return folder


def test_each_file_becomes_a_topic_holding_its_own_headings(tmp_path: Path) -> None:
    folder = _folder(tmp_path, {"01_plates.md": PLATES_MD, "02_volcanoes.md": VOLCANOES_MD})
    deck = open_deck_file(folder)
    assert deck.title == "Geography notes"
    roots = [topic.title for topic in deck.roots()]
    assert roots == ["Plate tectonics", "Volcanoes"]
    by_title = {topic.title: topic for topic in deck.topics}
    assert [f.text for f in by_title["Case study: Mount St Helens"].facts] == [
        "Erupted on 18 May 1980 in Washington State, USA",
        "57 people were killed",
    ]


def test_a_heading_two_files_share_is_told_apart_by_its_file(tmp_path: Path) -> None:
    folder = _folder(tmp_path, {"01_plates.md": PLATES_MD, "02_volcanoes.md": VOLCANOES_MD})
    deck = open_deck_file(folder)
    titles = sorted(topic.title for topic in deck.topics if topic.title.startswith("Causes"))
    assert titles == ["Causes", "Causes (Volcanoes)"]
    assert len({topic.id for topic in deck.topics}) == len(deck.topics)


def test_the_cli_answers_from_any_file_of_the_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = _folder(tmp_path, {"01_plates.md": PLATES_MD, "02_volcanoes.md": VOLCANOES_MD})
    assert (
        main(
            ["ask", "how many died when mount st helens erupted?", "--json", "--deck", str(folder)]
        )
        == 0
    )
    answer = json.loads(capsys.readouterr().out)
    assert answer["status"] == "answer"
    assert "57 people were killed" in answer["text"]


def test_a_file_that_cannot_be_read_is_left_out_and_named(tmp_path: Path) -> None:
    folder = _folder(
        tmp_path,
        {"01_plates.md": PLATES_MD, "02_empty.md": "", "03_cells.tsv": CELLS_TSV},
    )
    imported = import_file_with_report(folder)
    assert any("02_empty.md left out" in problem for problem in imported.report.problems)
    deck = open_deck_file(folder)
    assert {"Plate tectonics", "Cells"} <= {topic.title for topic in deck.roots()}


def test_hidden_folders_links_and_other_files_are_passed_over(tmp_path: Path) -> None:
    folder = _folder(
        tmp_path,
        {
            "plates.md": PLATES_MD,
            "volcano.png": b"\x89PNG\r\n\x1a\n",
            ".obsidian/workspace.md": "# Not notes\n- editor state\n",
            "unit2/volcanoes.md": VOLCANOES_MD,
        },
    )
    outside = tmp_path / "elsewhere.md"
    outside.write_text("# Secret\n- not part of the folder\n", encoding="utf-8")
    os.symlink(outside, folder / "linked.md")
    deck = open_deck_file(folder)
    assert [topic.title for topic in deck.roots()] == ["Plate tectonics", "Volcanoes"]


def test_a_folder_with_one_file_is_that_file(tmp_path: Path) -> None:
    folder = _folder(tmp_path, {"volcanoes.md": VOLCANOES_MD})
    deck = open_deck_file(folder)
    assert deck.title == "Volcanoes"
    assert deck.roots()[0].title == "Types of volcano"


@pytest.mark.parametrize(
    ("files", "said"),
    [
        ({"notes.pdf": b"%PDF-1.4"}, "notes.pdf left out: this PDF is damaged"),
        ({"volcano.png": b"\x89PNG\r\n\x1a\n"}, "holds no notes to import"),
        ({"a.md": "", "b.txt": "   \n"}, "none of the 2 files"),
    ],
)
def test_a_folder_without_usable_notes_is_one_clear_problem(
    tmp_path: Path, files: dict[str, str | bytes], said: str
) -> None:
    folder = _folder(tmp_path, files)
    with pytest.raises(DeckError) as raised:
        open_deck_file(folder)
    assert said in str(raised.value)


def test_too_many_files_are_refused_before_any_is_read(tmp_path: Path) -> None:
    folder = tmp_path / "spam"
    folder.mkdir()
    for number in range(MAX_FOLDER_FILES + 1):
        (folder / f"{number}.md").write_text("# x\n- y\n", encoding="utf-8")
    with pytest.raises(DeckImportError, match="more than 500 note files"):
        import_file_with_report(folder)


def test_deck_import_writes_one_deck_for_the_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = _folder(tmp_path, {"01_plates.md": PLATES_MD, "02_volcanoes.md": VOLCANOES_MD})
    out = tmp_path / "deck.yaml"
    assert main(["deck", "import", str(folder), "-o", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "Read as a folder of 2 files (Markdown notes)." in printed
    assert main(["deck", "check", str(out)]) == 0


def test_notes_before_a_files_first_heading_are_its_topics_own(tmp_path: Path) -> None:
    intro = "# Plate tectonics\n\nYear 11 geography. Learn the case studies.\n\n" + PLATES_MD[18:]
    folder = _folder(tmp_path, {"01_plates.md": intro, "02_volcanoes.md": VOLCANOES_MD})
    deck = open_deck_file(folder)
    plates = deck.roots()[0]
    assert plates.title == "Plate tectonics"
    assert [fact.text for fact in plates.facts] == [
        "Year 11 geography.",
        "Learn the case studies.",
    ]
    assert not any("(Plate tectonics)" in topic.title for topic in deck.topics)


def test_a_folder_with_one_file_says_so_in_its_report(tmp_path: Path) -> None:
    folder = _folder(tmp_path, {"volcanoes.md": VOLCANOES_MD, "map.png": b"\x89PNG"})
    imported = import_file_with_report(folder)
    assert imported.report.format == "Markdown notes (the folder's one note file, volcanoes.md)"
