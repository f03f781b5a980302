"""A file whose extension studybot does not know is read by its content when it is text (the blind
test found a whole deck refused for one unknown extension); a binary or empty one is refused by
name, and a folder passes over what is plainly not notes. Notes written here, in two subjects."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.deck_files import open_deck_file
from knowledge.importers import DeckImportError, import_bytes_with_report, import_file_with_report
from knowledge.importers.sniff import looks_like_text, may_be_notes
from knowledge.uploads import UploadedDeck, UploadRefused, read_upload
from tests.unit.asking import ask_json

LIGHTHOUSES = """Lighthouse engineering

Lenses:
  - Fresnel lens: a lens built of concentric rings of glass prisms
  - Augustin Fresnel designed the first one in 1822
  - a first-order lens stands about 3.7 metres tall

Towers:
  - Eddystone lighthouse was rebuilt four times on the same reef
  - John Smeaton used dovetailed granite blocks for the third tower
  - Smeaton's tower was moved to Plymouth Hoe in 1882
"""

BOOKBINDING = """Bookbinding

Sewing:
  - Kettle stitch: the stitch that links each signature to the one below
  - a signature is a folded sheet sewn as one unit

Covers:
  - Quarter binding: leather covers only the spine
  - mull is the open-weave cloth glued over the spine
"""


@pytest.mark.parametrize(
    ("name", "notes", "question", "answer"),
    [
        ("lighthouses.notes", LIGHTHOUSES, "Who designed the first Fresnel lens?", "1822"),
        ("bookbinding", BOOKBINDING, "What is mull?", "open-weave cloth"),
        ("binding.outline.bak2", BOOKBINDING, "What is a kettle stitch?", "signature"),
    ],
)
def test_a_text_file_with_an_unknown_extension_is_read_by_its_content(
    tmp_path: Path, name: str, notes: str, question: str, answer: str
) -> None:
    path = tmp_path / name
    path.write_text(notes, encoding="utf-8")
    imported = import_file_with_report(path)
    assert imported.report.name == "outline"
    assert "read by its content" in imported.report.detected
    reply = ask_json(question, path)
    assert reply["status"] == "answer"
    assert answer in reply["text"]


@pytest.mark.parametrize(
    ("data", "said"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "this PDF is damaged and cannot be read"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "this is a PNG image, not notes"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(40), "an old Office or Outlook file (.doc"),
        (b"\x1f\x8b\x08\x00" + bytes(30), "this is a gzip archive"),
        (bytes(range(256)) * 4, "this is a binary file (not text)"),
        (b"", "the file is empty"),
        (b"  \n\t\n", "the file is empty"),
    ],
)
def test_a_binary_or_empty_file_is_refused_naming_what_it_is(data: bytes, said: str) -> None:
    with pytest.raises(DeckImportError, match=None) as raised:
        import_bytes_with_report(data, "lesson.notes")
    assert said in str(raised.value)
    refused = read_upload("lesson.notes", data)
    assert isinstance(refused, UploadRefused)
    assert said in refused.problems[0]


def test_an_upload_with_an_unknown_extension_is_imported_when_it_is_text() -> None:
    uploaded = read_upload("lighthouses.notes", LIGHTHOUSES.encode("cp1252"))
    assert isinstance(uploaded, UploadedDeck)
    titles = {topic.title for topic in uploaded.deck.topics}
    assert {"Lenses", "Towers"} <= titles
    assert any("read by its content" in line for line in uploaded.report)


def test_text_is_told_from_binaries_in_common_encodings() -> None:
    assert looks_like_text("Größe – café\n".encode())
    assert looks_like_text("Größe – café\n".encode("utf-16"))
    assert looks_like_text("Größe – café\n".encode("cp1252"))
    # A multi-byte character cut by the sniffed window is still text.
    assert looks_like_text(("é" * 40_000).encode()[:65_535] + b"x" * 10)
    assert not looks_like_text(b"abc\x00def")
    assert not looks_like_text(bytes(range(1, 32)) * 20)


def test_a_folder_reads_text_files_of_any_name_and_passes_over_what_is_not_notes(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "revision"
    folder.mkdir()
    (folder / "01 lighthouses.notes").write_text(LIGHTHOUSES, encoding="utf-8")
    (folder / "02 bookbinding").write_text(BOOKBINDING, encoding="utf-8")
    for name in ("photo.jpg", "notes.zip", "package-lock.json", "yarn.lock", "sync.log"):
        (folder / name).write_text("Trap topic\n- must not be read\n", encoding="utf-8")
    for name in (".DS_Store", "~$notes.docx", "draft.md~", "LICENSE", "scan.weird"):
        (folder / name).write_bytes(b"Trap topic\n- must not be read\n" if "." in name else b"x")
    (folder / "scan.weird").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    deck = open_deck_file(folder)
    assert [topic.title for topic in deck.roots()] == ["Lighthouse engineering", "Bookbinding"]
    assert all("Trap" not in topic.title for topic in deck.topics)


@pytest.mark.parametrize(
    ("name", "may"),
    [
        ("notes.lesson", True),
        ("chapter 3", True),
        ("unit.adoc", True),
        ("image.PNG", False),
        ("Cargo.lock", False),
        ("~$essay.docx", False),
        (".hidden.md", False),
        ("notes.md~", False),
        ("LICENSE.txt", False),
        ("settings.json", False),
    ],
)
def test_names_that_are_plainly_not_notes(name: str, may: bool) -> None:
    assert may_be_notes(name) is may
