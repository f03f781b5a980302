"""Raw input made safe to parse: bytes decoded, binaries refused, line ends and BOMs normalised."""

from __future__ import annotations

import codecs
import re

from knowledge.importers.errors import DeckImportError
from knowledge.importers.sniff import binary_kind

# Bytes of text that no notes file contains; a few of them mean we were handed a binary.
_CONTROL = {chr(c) for c in range(32)} - {"\t", "\n", "\r", "\f", "\v"}
_MAX_CONTROL_SHARE = 0.01
# What str.splitlines() also breaks lines at, so every tool sees the same lines.
_LINE_BREAKS = re.compile("\r\n|[\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")
_SURROGATE = re.compile("[\ud800-\udfff]")
# Control characters a deck may not hold (YAML would have to escape them).
_STRAY_CONTROL = re.compile("[\x00-\x08\x0e-\x1b\x1f\x7f-\x84\x86-\x9f]")


def decode(data: bytes) -> str:
    """Text from a file's bytes: UTF-8 (with or without BOM), UTF-16 with a BOM, else Windows-1252.

    A file with NUL bytes and no UTF-16 BOM is a binary (an image, a .apkg, a .docx) and is refused.
    """
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as error:
            raise DeckImportError("the file says it is UTF-16 but is not valid UTF-16") from error
    if b"\x00" in data:
        raise DeckImportError(_binary_message(binary_kind(data)))
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError as error:
            raise DeckImportError(
                "the file is not text in a known encoding (save it as UTF-8 and try again)"
            ) from error


def normalise(text: str) -> str:
    """`text` with a BOM dropped, every line ending made LF, stray control characters dropped and
    lone surrogates (text decoded with `surrogateescape`) made U+FFFD, which a deck can hold.

    Binaries (NUL bytes, or more than a few control characters) are refused.
    """
    text = text.removeprefix("\ufeff")
    if _looks_binary(text):
        raise DeckImportError(_binary_message())
    return without_controls(_LINE_BREAKS.sub("\n", text))


def without_controls(text: str) -> str:
    """`text` without the control characters a deck may not hold, lone surrogates made U+FFFD:
    for text an importer decoded from escapes of its format (RTF's `\\u6`, a notebook's JSON
    `\\u0006`), which `normalise` never saw."""
    text = _STRAY_CONTROL.sub("", text)
    return text if text.isascii() else _SURROGATE.sub("\ufffd", text)  # no surrogate in ASCII


_DECLARED_ENCODING = re.compile(r"^(\s*<\?xml[^>]{0,200}?)\sencoding\s*=\s*[\"'][^\"']{0,40}[\"']")


def without_declared_encoding(text: str) -> str:
    """XML text without the encoding its declaration names: the file is already text (decoded as
    every upload is), so the parser must read the UTF-8 it is then given, and an unknown or
    wrong encoding name is no error."""
    return _DECLARED_ENCODING.sub(r"\1", text, count=1)


def nonblank_lines(text: str) -> list[tuple[int, str]]:
    """The non-empty lines of normalised text with their 1-based line numbers."""
    return [(number, line) for number, line in enumerate(text.split("\n"), 1) if line.strip()]


def require_content(text: str) -> None:
    """Refuse input with nothing but whitespace in it."""
    if not text.strip():
        raise DeckImportError("the file is empty: there are no notes to import")


def _looks_binary(text: str) -> bool:
    if "\x00" in text:
        return True
    sample = text[:8192]
    control = sum(1 for ch in sample if ch in _CONTROL)
    return control > max(2, len(sample) * _MAX_CONTROL_SHARE)


def _binary_message(kind: str | None = None) -> str:
    found = f" ({kind})" if kind else ""
    return (
        f"this looks like a binary file{found}, not text notes "
        "(export it as plain text, Markdown, TSV or CSV first)"
    )
