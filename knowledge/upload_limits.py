"""How big an uploaded file may be: 2 MiB of text, but more for the packaged formats whose pictures
make up most of their size (Word, PowerPoint, OpenDocument and Excel files, PDF, Anki packages).

A slide deck with a few photos is 5–15 MiB, and its words are a few KiB: refusing it at 2 MiB refused
real lessons. Taking more is safe only because what a package may unpack is bounded apart from its
size: each importer checks the archive's directory before anything is read (members, unpacked size,
compression ratio, and the text parts a parser would have to read, `archives.check_archive`; an Anki
package's collection, the one member read, `anki`), and a PDF's pages and characters are capped
(`pdf`). So a 16 MiB file costs no more reading than a 2 MiB one; only its pictures, which are never
decoded, are bigger. The larger cap holds only for a file that is
a package by its bytes too (a zip or a PDF), so a 10 MiB text file named `.pdf` is still refused.
"""

from __future__ import annotations

from pathlib import PurePath

MAX_UPLOAD_BYTES = 2 * 1024 * 1024
"""Largest upload of text (notes, YAML, CSV …) and of any file that is not a package below."""
MAX_PACKAGED_UPLOAD_BYTES = 16 * 1024 * 1024
"""Largest office document or PDF: under Telegram's 20 MB download cap for bots, and above
Discord's 10 MiB for a server without boosts."""
PACKAGED_SUFFIXES = (
    *(".docx", ".pptx", ".odt", ".odp", ".ods", ".xlsx", ".xlsm", ".pdf", ".apkg", ".colpkg"),
    ".epub",
)
PACKAGED_KINDS = "Word, PowerPoint, OpenDocument, Excel, PDF, EPUB and Anki files"
_ZIP = b"PK\x03\x04"
_PDF = b"%PDF-"
_MIB = 1024 * 1024


def upload_limit(filename: str) -> int:
    """The most an adapter should download for a file of this name (before its bytes are seen)."""
    packaged = PurePath(filename or "").suffix.lower() in PACKAGED_SUFFIXES
    return MAX_PACKAGED_UPLOAD_BYTES if packaged else MAX_UPLOAD_BYTES


def size_refusal(filename: str, content: bytes) -> str | None:
    """Why a file is too big to read, said to the teacher with what would be taken; None if not."""
    name = PurePath(filename or "deck").name
    packaged = upload_limit(name) == MAX_PACKAGED_UPLOAD_BYTES and content.startswith((_ZIP, _PDF))
    limit = MAX_PACKAGED_UPLOAD_BYTES if packaged else MAX_UPLOAD_BYTES
    if len(content) <= limit:
        return None
    if packaged:
        return (
            f"{name} is over {limit // _MIB} MiB, the most I take for {PACKAGED_KINDS}. "
            "Make its pictures smaller (PowerPoint: File › Compress Pictures) or split it."
        )
    return (
        f"{name} is over {limit // _MIB} MiB. Notes and term lists may be up to "
        f"{limit // _MIB} MiB ({PACKAGED_KINDS} up to {MAX_PACKAGED_UPLOAD_BYTES // _MIB} MiB); "
        "split it into smaller decks."
    )


def limits_wording() -> str:
    """The limits as the upload instructions give them."""
    return (
        f"up to {MAX_UPLOAD_BYTES // _MIB} MiB, or "
        f"{MAX_PACKAGED_UPLOAD_BYTES // _MIB} MiB for {PACKAGED_KINDS}"
    )
