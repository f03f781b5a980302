"""Plain-text exports whose headings are underlined (Google Docs .txt, reStructuredText .rst):
`=====` and `-----` under a title make headings and sub-headings, and a folder reads .rst files.
Notes written here, in geography and music."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from knowledge.importers import import_file_with_report
from knowledge.uploads import UploadedDeck, read_upload

WEATHER = """Weather and Climate
===================

Air pressure
------------

High pressure brings dry, settled weather.

Low pressure brings clouds, wind and rain.

Types of rainfall
-----------------

- Relief rainfall: air is forced to rise over mountains
- Frontal rainfall: warm air rises over cold air at a front

Climate change
==============

Greenhouse gases trap heat in the atmosphere.
"""

MUSIC = """Baroque Music
=============

Features
--------

* Harpsichord and basso continuo
* Terraced dynamics: sudden changes between loud and soft

Composers
---------

Johann Sebastian Bach wrote the Brandenburg Concertos.
"""


def _tree(topics: list[dict[str, Any]]) -> list[object]:
    """Titles, each followed by the list of its subtopics' tree when it has any."""
    tree: list[object] = []
    for topic in topics:
        tree.append(topic["title"])
        if topic.get("subtopics"):
            tree.append(_tree(topic["subtopics"]))
    return tree


def test_underlined_headings_in_a_folder_of_rst_and_txt_exports(tmp_path: Path) -> None:
    (tmp_path / "weather.rst").write_text(WEATHER, encoding="utf-8")
    (tmp_path / "baroque.txt").write_text(MUSIC, encoding="utf-8")
    mapping = import_file_with_report(tmp_path).mapping
    # Two "=====" titles in weather.rst are two topics of that file (titled with its name).
    assert _tree(mapping["topics"]) == [
        "Baroque Music",
        ["Features", "Composers"],
        "Weather",
        ["Weather and Climate", ["Air pressure", "Types of rainfall"], "Climate change"],
    ]
    written = str(mapping)
    assert "====" not in written and "----" not in written
    assert "Relief rainfall" in written and "Terraced dynamics" in written


def test_an_uploaded_rst_file_keeps_its_sections() -> None:
    uploaded = read_upload("weather.rst", WEATHER.encode("utf-8"))
    assert isinstance(uploaded, UploadedDeck), uploaded
    titles = [topic.title for topic in uploaded.deck.topics]
    assert titles[:3] == ["Weather and Climate", "Air pressure", "Types of rainfall"]
    assert "Climate change" in titles
