"""A zip of notes read as the folder it holds: a Notion "Markdown & CSV" export, an Obsidian vault
or a Google Drive folder downloaded as a zip, a class's notes zipped to send.

The note files (by the names a folder import reads) are unpacked into a temporary folder, named
after the zip, and read as a folder is (`folder`): each file a topic, its headings subtopics.
Notion puts a page's 32-hex-digit id after every file and folder name ("Ships a1b2….md"); it is
cut off, so the topic is "Ships". Notion's second copy of a database with every row,
"Name_all.csv" beside "Name.csv", is left out. Everything else in the zip (pictures, macOS
`__MACOSX` forks, hidden files, Anki packages) is passed over.

A zip is an upload: it is checked as every archive is (`archives`: member count, unpacked size,
compression ratio) before anything is unpacked, each member is read bounded, and a member's path
is rebuilt from its clean parts, so `../` or an absolute path cannot write outside the folder.
"""

from __future__ import annotations

import io
import re
import tempfile
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path, PurePosixPath

from knowledge.importers.anki import looks_like_zip
from knowledge.importers.archives import bounded_read, check_archive, open_archive
from knowledge.importers.errors import DeckImportError, quoted
from knowledge.importers.folder import NOTE_SUFFIXES

ZIP_SUFFIXES = (".zip",)
MAX_ZIP_MEMBERS = 5_000
MAX_ZIP_BYTES = 64 * 1024 * 1024
MAX_MEMBER_BYTES = 16 * 1024 * 1024
"""Most one file in the zip may hold unpacked: the most a single uploaded file may be."""

# Files a zip of notes may hold that are read from it: a folder's note files, but not packages
# (an Anki collection inside a zip is a zip inside a zip).
_ANKI_SUFFIXES = (".apkg", ".colpkg")
_READ = NOTE_SUFFIXES - set(_ANKI_SUFFIXES)
_ANKI_MEMBERS = ("collection.anki2", "collection.anki21", "collection.anki21b")
_WHAT = "this zip"
# Notion's page id after a file or folder name: " 3f2a9c1b7d4e4f0a9b8c7d6e5f4a3b2c".
_NOTION_ID = re.compile(r" [0-9a-f]{32}(?=(?:_all)?$)")
# The name Notion gives an export: "Export-" and a UUID.
_NOTION_EXPORT = re.compile(r"^Export-[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}$")
_UNSAFE = re.compile(r"[\x00-\x1f<>:\"|?*\\]")
_MAX_PART = 120  # characters kept of one file or folder name


def holds_notes(name: str, data: bytes) -> bool:
    """A zip holding no Anki collection: named .zip (one without notes is told so), or a zip
    under another name holding note files."""
    named = Path(name).suffix.lower() in ZIP_SUFFIXES
    if Path(name).suffix.lower() in _ANKI_SUFFIXES or not (named or looks_like_zip(data)):
        return False  # an .apkg is an Anki package whatever it holds
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = archive.namelist()
    except (zipfile.BadZipFile, ValueError, OSError, EOFError):
        return named  # refused as damaged when read
    if any(PurePosixPath(member).name in _ANKI_MEMBERS for member in names):
        return False
    return named or any(_wanted(member) for member in names)


@contextmanager
def unpacked(data: bytes, name: str) -> Iterator[Path]:
    """The zip's note files unpacked into a temporary folder named after the zip (removed after)."""
    with open_archive(data, "a zip of notes") as archive:
        check_archive(archive, members=MAX_ZIP_MEMBERS, total_bytes=MAX_ZIP_BYTES, what=_WHAT)
        with tempfile.TemporaryDirectory(prefix="studybot-zip-") as temporary:
            root = Path(temporary) / _folder_name(name, archive.namelist())
            root.mkdir()
            written = _unpack(archive, root)
            if not written:
                raise DeckImportError(
                    f"{_WHAT} holds no notes to import (no Markdown, text, web page, document "
                    "or other notes file in it)"
                )
            yield root


def _folder_name(name: str, members: list[str]) -> str:
    """The zip's name without its extension; for Notion's "Export-<uuid>.zip", the name of the
    one page it exports (what every member's path starts with), as Notion names the page."""
    stem = _clean(Path(name).stem) or "notes"
    if not _NOTION_EXPORT.match(stem):
        return stem
    tops = {PurePosixPath(parts[0]).stem for parts in map(_clean_path, members) if parts}
    return tops.pop() if len(tops) == 1 else stem


def _unpack(archive: zipfile.ZipFile, root: Path) -> int:
    written: set[Path] = set()
    members = [info for info in archive.infolist() if not info.is_dir()]
    names = {_clean_path(info.filename) for info in members}
    folders = {parts[:depth] for parts in names for depth in range(1, len(parts))}
    for info in members:
        parts = _clean_path(info.filename)
        if not parts or not _wanted(info.filename):
            continue
        if _is_notion_copy(parts, names):
            continue
        if parts in folders:  # "notes.md" beside a folder "notes.md/": both are read
            parts = (*parts[:-1], _beside_folder(parts[-1]))
        target = root.joinpath(*parts)
        if target in written:
            continue
        try:
            with archive.open(info) as stream:
                content = bounded_read(stream, MAX_MEMBER_BYTES, f"{parts[-1]} in {_WHAT}")
        except (zipfile.BadZipFile, OSError, EOFError, NotImplementedError) as error:
            raise DeckImportError(f"{_WHAT} is damaged ({error})") from None
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(content)
        except OSError:
            shown = "/".join(parts)
            raise DeckImportError(
                f"{_WHAT} cannot be unpacked: {quoted(shown)} clashes with another file or "
                "folder in it"
            ) from None
        written.add(target)
    return len(written)


def _beside_folder(name: str) -> str:
    """A file's name when a folder in the zip has the same name: "notes.md" → "notes (file).md"."""
    suffix = PurePosixPath(name).suffix
    return f"{name[: len(name) - len(suffix)]} (file){suffix}"


def _wanted(member: str) -> bool:
    """A member to read: a note file by name, not hidden, not a macOS resource fork."""
    parts = PurePosixPath(member.replace("\\", "/")).parts
    if not parts or parts[0] == "__MACOSX" or any(part.startswith(".") for part in parts):
        return False
    return PurePosixPath(parts[-1]).suffix.lower() in _READ


def _clean_path(member: str) -> tuple[str, ...]:
    """A member's path as safe parts: no root, no `.`/`..`, no Notion ids, bounded names."""
    parts = [part for part in member.replace("\\", "/").split("/") if part not in ("", ".", "..")]
    return tuple(cleaned for cleaned in (_clean(part) for part in parts) if cleaned)


def _clean(part: str) -> str:
    """A file or folder name without Notion's id (kept before the extension) or unsafe marks."""
    suffix = PurePosixPath(part).suffix if "." in part.lstrip(".") else ""
    stem = part[: len(part) - len(suffix)] if suffix else part
    stem = _NOTION_ID.sub("", stem)
    stem = _UNSAFE.sub(" ", stem).strip()[:_MAX_PART]
    return f"{stem}{suffix[:16]}" if stem else ""


def _is_notion_copy(parts: tuple[str, ...], names: set[tuple[str, ...]]) -> bool:
    """Notion's "Name_all.csv", the copy of "Name.csv" with every row, when both are there."""
    last = parts[-1]
    if not last.lower().endswith("_all.csv"):
        return False
    return (*parts[:-1], f"{last[: -len('_all.csv')]}.csv") in names
