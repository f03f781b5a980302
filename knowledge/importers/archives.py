"""Zip archives from strangers (Anki packages, Word documents), checked before anything is unpacked.

An upload is hostile until proven otherwise: the member count and each member's declared size and
compression ratio are checked from the archive's directory first, and reading is bounded again,
since a declared size can lie. Shared by the importers that read zips, so each gets the same limits.
"""

from __future__ import annotations

import io
import zipfile
from typing import Protocol

from knowledge.importers.errors import DeckImportError

MAX_RATIO = 200
"""Largest compression ratio accepted for a big member: more is a zip bomb, not notes."""

MAX_TEXT_BYTES = 32 * 1024 * 1024
"""Most an office file's parts other than pictures and embedded files may hold unpacked: what a
parser would read. A lesson's XML is a few MiB (a 2 MiB upload of text unpacks to about 30); more is
a file built to exhaust the reader, refused from the archive's directory, before anything is read.
Pictures only count towards `total_bytes`: they are never decoded."""

_SMALL = 64 * 1024  # members this small may compress any amount (XML of repeated tags does)
_CHUNK = 1024 * 1024


class Readable(Protocol):
    def read(self, size: int = -1, /) -> bytes: ...


_ZIP_MAGIC = b"PK\x03\x04"


def zip_holds(data: bytes, member: str) -> bool:
    """Whether `data` is a zip archive with `member` in its directory: how a Word, PowerPoint or
    Excel file sent under another name is told (`word/document.xml`, `ppt/presentation.xml`)."""
    if not data.startswith(_ZIP_MAGIC):
        return False
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return member in archive.namelist()
    except (zipfile.BadZipFile, ValueError, OSError, EOFError):
        return False


def zip_says_mimetype(data: bytes, mimetype: bytes) -> bool:
    """Whether `data` is a zip whose `mimetype` member is `mimetype` (an OpenDocument file):
    stored first and uncompressed, as the standard asks, or anywhere in the archive."""
    if not data.startswith(_ZIP_MAGIC):
        return False
    if mimetype in data[:200]:
        return True
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            info = archive.getinfo("mimetype")
            return info.file_size < 100 and archive.read(info).strip() == mimetype
    except (KeyError, zipfile.BadZipFile, ValueError, OSError, EOFError):
        return False


def open_archive(data: bytes, what: str) -> zipfile.ZipFile:
    """The zip archive in `data`, or a DeckImportError saying it is no `what`."""
    try:
        return zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError) as error:
        raise DeckImportError(f"this is not {what}: it is not a readable zip archive") from error


def check_archive(
    archive: zipfile.ZipFile,
    *,
    members: int,
    total_bytes: int,
    what: str,
    text_bytes: int = MAX_TEXT_BYTES,
) -> None:
    """Refuse an archive with more than `members` entries, more than `total_bytes` unpacked, more
    than `text_bytes` of parts that are not pictures (`is_media`), or a member compressed
    suspiciously well. Only the directory is read; zipfile never unpacks past a declared size."""
    infos = archive.infolist()
    if len(infos) > members:
        raise DeckImportError(f"{what} holds more than {members:,} files; refused")
    if sum(info.file_size for info in infos) > total_bytes:
        raise DeckImportError(
            f"{what} is over {total_bytes // (1024 * 1024)} MiB once unpacked; refused"
        )
    text = sum(info.file_size for info in infos if not is_media(info.filename))
    if text > text_bytes:
        raise DeckImportError(
            f"{what} holds over {text_bytes // (1024 * 1024)} MiB of text once unpacked "
            f"({text / (1024 * 1024):.0f} MiB): more than any notes; split it into smaller files"
        )
    for info in infos:
        if info.file_size > _SMALL and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise DeckImportError(f"{what} is compressed suspiciously well (a zip bomb?); refused")


def bounded_read(stream: Readable, limit: int, what: str) -> bytes:
    """Read at most `limit` bytes, refusing more: declared sizes in an archive can lie."""
    buffer = bytearray()
    while True:
        chunk = stream.read(_CHUNK)
        if not chunk:
            return bytes(buffer)
        buffer += chunk
        if len(buffer) > limit:
            raise DeckImportError(
                f"{what} is over {limit // (1024 * 1024)} MiB once unpacked; refused"
            )


_DECLARATIONS = (b"<!DOCTYPE", b"<!ENTITY")
# Pictures and embedded files, never parsed as the document's XML (an SVG may have a DOCTYPE).
_MEDIA = (".png", ".jpg", ".jpeg", ".gif", ".bmp", ".tif", ".tiff", ".emf", ".wmf", ".svg")


def is_media(member: str) -> bool:
    """A picture or embedded file of an office document: stored, never parsed."""
    name = member.lower()
    return "media/" in name or "embeddings/" in name or name.endswith(_MEDIA)


def refuse_declarations(archive: zipfile.ZipFile, what: str) -> None:
    """Refuse an office file whose XML parts declare a DTD or entities, which office programs
    never write: read before any parser sees them, since not every parser a library uses is
    told not to expand entities (openpyxl reads sheets with the standard library's). Every part
    but pictures and embedded files is read, since a part's name need not end in .xml."""
    for info in archive.infolist():
        if is_media(info.filename):
            continue
        if _declares(archive, info, what):
            raise DeckImportError(
                f"{what} declares XML entities, which office programs never write; refused"
            )


def _declares(archive: zipfile.ZipFile, info: zipfile.ZipInfo, what: str) -> bool:
    """Whether a member is XML holding a DTD or entity declaration (read in chunks, never whole;
    NUL bytes dropped, so UTF-16 text is read too). A member not starting with "<" is no XML any
    parser would read (a Mac printer-settings part holds a plist with its own DOCTYPE)."""
    try:
        with archive.open(info) as stream:
            tail = b""
            first = True
            while chunk := stream.read(_CHUNK):
                window = (tail + chunk).replace(b"\x00", b"").upper()
                if first and not window.lstrip(b"\xef\xbb\xbf\xff\xfe \t\r\n").startswith(b"<"):
                    return False
                first = False
                if any(mark in window for mark in _DECLARATIONS):
                    return True
                tail = chunk[-64:]
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError) as error:
        raise DeckImportError(f"{what} is damaged ({error})") from None
    return False
