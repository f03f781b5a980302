"""Hostile copies of the office samples for the importers' tests: a member rewritten (an entity
bomb, a far-away cell), or a zip of chosen members."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from pathlib import Path

# A billion-laughs entity declaration: ten levels of ten, 20 MB from a few hundred bytes.
LAUGHS = (
    b'<!DOCTYPE x [<!ENTITY a "aaaaaaaaaaaaaaaaaaaa">'
    + b"".join(
        b'<!ENTITY %s "%s">' % (bytes([name]), (b"&%s;" % bytes([name - 1])) * 10)
        for name in range(ord("b"), ord("h"))
    )
    + b"]>"
)


def with_prolog(xml: bytes) -> bytes:
    """`xml` with LAUGHS declared after its XML declaration (or at its start)."""
    if xml.startswith(b"<?xml"):
        head, rest = xml.split(b"?>", 1)
        return head + b"?>" + LAUGHS + rest
    return LAUGHS + xml


def rewritten(path: Path, member: str, change: Callable[[bytes], bytes]) -> bytes:
    """The zip at `path` with one member's bytes changed."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as out:
        for info in source.infolist():
            data = source.read(info)
            out.writestr(info.filename, change(data) if info.filename == member else data)
    return buffer.getvalue()


def zipped(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()
