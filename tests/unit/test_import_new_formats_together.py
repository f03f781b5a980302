"""The formats added in session 22 as a teacher sends them: uploaded one by one to a chat, and in
one folder beside a file of an unknown extension (each file a topic of one deck)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from knowledge.deck_files import open_deck_file
from knowledge.importers import import_file_with_report
from knowledge.uploads import UploadedDeck, read_upload
from tests.unit.formats_helpers import SAMPLES

NEW = {
    "change_ringing.wiki": ("mediawiki", "Change ringing"),
    "horology.adoc": ("asciidoc", "Mechanical Clocks and Watches: Revision Notes"),
    "bonsai.opml": ("opml", "Bonsai Cultivation"),
    "dendrochronology.ipynb": ("notebook", "Dendrochronology: dating with tree rings"),
    "orienteering_reply.eml": ("email", "Orienteering – map and compass notes"),
    "birdsong_club.mbox": ("email", "Birdsong club"),
    "heraldry.enex": ("enex", "Heraldry"),
    "glassblowing.odt": ("odt", "Glassblowing: Studio Notes"),
    "tea.rtf": ("rtf", "Tea: from leaf to cup"),
}


@pytest.mark.parametrize(("name", "expected"), NEW.items())
def test_each_sample_uploads_as_a_deck(name: str, expected: tuple[str, str]) -> None:
    uploaded = read_upload(name, (SAMPLES / name).read_bytes())
    assert isinstance(uploaded, UploadedDeck), uploaded
    assert (uploaded.imported_from, uploaded.deck.title) == expected
    assert len(uploaded.deck.topics) >= 3


def test_a_folder_of_every_new_format_is_one_deck(tmp_path: Path) -> None:
    folder = tmp_path / "club notes"
    folder.mkdir()
    for name in NEW:
        shutil.copy(SAMPLES / name, folder / name)
    (folder / "extra.lesson").write_text(
        "Kite flying\n\nLaunching:\n  - stand with your back to the wind\n"
        "  - let the line out slowly as the kite climbs\n\nLanding:\n"
        "  - walk towards the kite while winding in the line\n",
        encoding="utf-8",
    )
    (folder / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0" + bytes(100))
    imported = import_file_with_report(folder)
    # Every file is read (the samples' own notes to check, like a broken message, are named).
    assert [problem for problem in imported.report.problems if "left out:" in problem] == []
    deck = open_deck_file(folder)
    titles = [topic.title for topic in deck.roots()]
    assert len(titles) == len(NEW) + 1
    assert "Kite flying" in titles and "Heraldry" in titles and "Tea: from leaf to cup" in titles
