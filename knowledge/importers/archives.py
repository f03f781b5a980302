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

_SMALL = 64 * 1024  # members this small may compress any amount (XML of repeated tags does)
_CHUNK = 1024 * 1024


class Readable(Protocol):
    def read(self, size: int = -1, /) -> bytes: ...


def open_archive(data: bytes, what: str) -> zipfile.ZipFile:
    """The zip archive in `data`, or a DeckImportError saying it is no `what`."""
    try:
        return zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError) as error:
        raise DeckImportError(f"this is not {what}: it is not a readable zip archive") from error


def check_archive(archive: zipfile.ZipFile, *, members: int, total_bytes: int, what: str) -> None:
    """Refuse an archive with more than `members` entries, more than `total_bytes` unpacked, or a
    member compressed suspiciously well."""
    infos = archive.infolist()
    if len(infos) > members:
        raise DeckImportError(f"{what} holds more than {members:,} files; refused")
    if sum(info.file_size for info in infos) > total_bytes:
        raise DeckImportError(
            f"{what} is over {total_bytes // (1024 * 1024)} MiB once unpacked; refused"
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
