"""`--deck PATH` and STUDYBOT_DECK take a teacher's notes in any importable format, as uploads do."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.deck_files import open_deck_file
from knowledge.loader import DeckError

ROOT = Path(__file__).resolve().parents[2]
IMPORTS = ROOT / "tests" / "data" / "import"

RIVERS_MD = """\
# Rivers

## The water cycle
- Evaporation turns surface water into water vapour
- Condensation forms clouds as the vapour cools

## River landforms
### Meanders
- A meander is a bend in a river formed by erosion on the outside bank
### Ox-bow lakes
- An ox-bow lake forms when a meander is cut off from the river
"""


def test_markdown_notes_load_with_their_headings_as_topics(tmp_path: Path) -> None:
    notes = tmp_path / "rivers.md"
    notes.write_text(RIVERS_MD, encoding="utf-8")
    deck = open_deck_file(notes)
    by_title = {topic.title: topic for topic in deck.topics}
    assert {"Meanders", "Ox-bow lakes"} <= set(by_title)
    assert [fact.text for fact in by_title["Ox-bow lakes"].facts] == [
        "An ox-bow lake forms when a meander is cut off from the river"
    ]


@pytest.mark.parametrize(
    "name",
    [
        "cell_biology_obsidian.md",
        "chemistry_outline_gdoc.txt",
        "plant_biology_broken_rows.tsv",
        "red_trivia_solar_system.yaml",
    ],
)
def test_each_importable_format_opens_as_a_deck(name: str) -> None:
    deck = open_deck_file(IMPORTS / name)
    assert deck.topics


def test_a_yaml_deck_still_loads_as_it_is() -> None:
    deck = open_deck_file(ROOT / "tests" / "data" / "ask_eval" / "chemistry.yaml")
    assert any(topic.title == "The Atmosphere" for topic in deck.topics)


def test_a_broken_yaml_deck_keeps_its_line_numbered_problems(tmp_path: Path) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text("title: x\ntopics:\n  - title: [unclosed\n", encoding="utf-8")
    with pytest.raises(DeckError) as raised:
        open_deck_file(broken)
    assert raised.value.problems[0].line is not None


@pytest.mark.parametrize(
    ("name", "content", "said"),
    [
        ("missing.md", None, "no such file"),
        ("empty.txt", b"", "the file is empty"),
    ],
)
def test_notes_that_cannot_be_a_deck_are_one_clear_problem(
    tmp_path: Path, name: str, content: bytes | None, said: str
) -> None:
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(DeckError) as raised:
        open_deck_file(path)
    (problem,) = raised.value.problems
    assert said in str(problem)
    assert str(problem).count(str(path)) == 1
