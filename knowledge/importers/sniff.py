"""What a file is when its name does not say: text notes to read by their content, or a binary
(an image, an archive, an old Office file) to refuse by name.

Teachers keep notes in more formats than any list of extensions holds (`.notes`, `.outline`,
`.markdown~`, a file with no extension at all), so a file whose name is unknown is read by its
content when its bytes are text. A folder is more careful: it also holds what is plainly not notes
(images, archives, lock and editor files, code and configuration), which is passed over by name.
"""

from __future__ import annotations

import codecs
from pathlib import PurePath

SNIFF_BYTES = 65_536
"""How much of a file is looked at to tell text from a binary: enough for any header, and a
file's first 64 KiB being text is what every text editor goes by too."""

_MAX_UNPRINTABLE_SHARE = 0.02

# Magic numbers of the binaries people send instead of notes, with what to call them.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF document"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"BM", "a BMP image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"PK\x03\x04", "a zip archive"),
    (b"PK\x05\x06", "an empty zip archive"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"BZh", "a bzip2 archive"),
    (b"\xfd7zXZ\x00", "an xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
        "an old Office or Outlook file (.doc, .xls, .ppt or .msg)",
    ),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"ID3", "an MP3 audio file"),
    (b"OggS", "an Ogg audio or video file"),
    (b"fLaC", "a FLAC audio file"),
    (b"MZ", "a Windows program"),
    (b"\x7fELF", "a program (ELF)"),
    (b"\xca\xfe\xba\xbe", "a compiled Java class or macOS program"),
    (b"wOFF", "a web font"),
    (b"wOF2", "a web font"),
)
_RIFF = {b"WAVE": "a WAV audio file", b"AVI ": "an AVI video", b"WEBP": "a WebP image"}


def binary_kind(data: bytes) -> str | None:
    """What a binary file is by its first bytes ("a PDF document"), None when unknown."""
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            return kind
    if data.startswith(b"RIFF") and len(data) >= 12:
        return _RIFF.get(data[8:12], "a RIFF media file")
    if data[4:8] == b"ftyp":
        return "an MP4 or QuickTime video"
    return None


def looks_like_text(data: bytes) -> bool:
    """The file's first bytes are text: UTF-8 (or UTF-16 with its BOM, or a single-byte Windows
    encoding), no NUL bytes, and almost every character printable or a line break or tab."""
    sample = data[:SNIFF_BYTES]
    if not sample.strip():
        return False
    if sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = sample.decode("utf-16", errors="replace")
    elif b"\x00" in sample or binary_kind(sample) is not None:
        return False
    else:
        try:
            # The sample may end inside a character: let the decoder drop an unfinished one.
            text = codecs.getincrementaldecoder("utf-8")().decode(sample, final=False)
        except UnicodeDecodeError:
            text = sample.decode("cp1252", errors="replace")
    unprintable = sum(1 for ch in text if not ch.isprintable() and ch not in "\t\n\r\f\ufeff")
    return unprintable <= max(2, len(text) * _MAX_UNPRINTABLE_SHARE)


def not_text_message(data: bytes) -> str:
    """Why a file that is not text cannot be notes, naming what it is when its bytes say."""
    if not data.strip():
        return "the file is empty: there are no notes in it to import"
    kind = binary_kind(data)
    found = kind or "a binary file (not text)"
    hint = _HINTS.get(kind or "", "export your notes as text, Markdown, Word or a web page first")
    return f"this is {found}, not notes: {hint}"


_HINTS = {
    "an old Office or Outlook file (.doc, .xls, .ppt or .msg)": "save it as a Word .docx, "
    "slides as .pptx, a spreadsheet as .xlsx or an e-mail as .eml first",
    "a zip archive": "send the notes inside it, one file at a time, or as a folder",
}

# Passed over in a folder even though their content may be text: they are never a class's notes.
_NOT_NOTES = frozenset(
    # images, media, fonts, documents read elsewhere
    {".png", ".jpg", ".jpeg", ".gif", ".bmp", ".tif", ".tiff", ".webp", ".svg", ".ico", ".heic"}
    | {".mp3", ".mp4", ".m4a", ".wav", ".ogg", ".mov", ".avi", ".mkv", ".webm", ".flac"}
    | {".ttf", ".otf", ".woff", ".woff2", ".doc", ".xls", ".ppt"}
    # archives and binaries
    | {".zip", ".gz", ".tgz", ".bz2", ".xz", ".7z", ".rar", ".tar", ".exe", ".dll", ".so"}
    | {".bin", ".dat", ".db", ".sqlite", ".sqlite3", ".pyc", ".class", ".o", ".jar", ".dmg"}
    # lock, backup, swap and temporary files editors and tools leave
    | {".lock", ".lck", ".swp", ".swo", ".tmp", ".temp", ".bak", ".orig", ".rej", ".part"}
    | {".crdownload", ".log", ".pid"}
    # code, styles and configuration
    | {".py", ".js", ".mjs", ".ts", ".css", ".scss", ".json", ".toml", ".ini", ".cfg", ".conf"}
    | {".xml", ".plist", ".sh", ".bat", ".ps1", ".c", ".h", ".cpp", ".java", ".rb", ".go"}
    | {".rs", ".php", ".sql", ".env", ".map", ".pem", ".key", ".crt", ".gpg", ".asc", ".sig"}
)
_NOT_NOTES_NAMES = frozenset(
    {"license", "licence", "copying", "makefile", "dockerfile", "procfile", "gemfile"}
    | {"thumbs.db", "desktop.ini", "icon\r", "codeowners"}
)
_LICENCES = frozenset({"license", "licence", "copying"})


def may_be_notes(name: str) -> bool:
    """A file in a folder whose name does not rule it out as notes (its content still decides):
    not hidden, not an editor's lock or backup (`~$notes.docx`, `notes.md~`, `#notes#`), and not
    an image, archive, media, code or configuration file."""
    path = PurePath(name)
    lowered = path.name.casefold()
    if lowered.startswith((".", "~$", "#", "._")) or lowered.endswith(("~", "#")):
        return False
    if lowered in _NOT_NOTES_NAMES or path.stem.casefold() in _LICENCES:
        return False
    return path.suffix.casefold() not in _NOT_NOTES
