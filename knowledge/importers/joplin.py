"""Joplin notes as the app exports them raw ("RAW - Joplin Export Directory", or a note's file
from its profile): a `.md` named by the note's 32-hex id, its first line the note's title, a blank
line, the Markdown body, then a block of `key: value` lines (`id:`, `parent_id:`,
`created_time:` … `type_: 1`) that is the app's record of the note, never notes.

The title names the deck (and the deck's id, instead of the hex file name); the record is dropped.
The export's other records (notebooks, tags, a note's tags, resources: `type_` 2 and up) hold no
notes and are refused with a reply saying what they are, so a folder import leaves them out.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from knowledge.importers.errors import DeckImportError

_RECORD_LINE = re.compile(r"^[a-z][a-z_]{0,40}:(?: .*)?$")
_TYPE_LINE = re.compile(r"^type_: (\d{1,3})$")
_ID_LINE = re.compile(r"^id: [0-9a-f]{32}$")
_HEX_NAME = re.compile(r"^[0-9a-f]{32}$")
MIN_RECORD_LINES = 4
"""Lines of the smallest record Joplin writes (a note has about thirty): fewer is not one."""
_NOTE = 1
_RECORDS = {2: "a notebook", 4: "an attachment's record", 5: "a tag", 6: "a note's tag"}


@dataclass(frozen=True)
class JoplinNote:
    """A raw Joplin note made a Markdown file: its title as front matter, its body after."""

    markdown: str
    source_name: str


def joplin_note(text: str, name: str) -> JoplinNote | None:
    """The note in a Joplin raw export's file, None when `text` is not one. Raises
    DeckImportError for the export's records that are not notes (a notebook, a tag)."""
    lines = text.rstrip().split("\n")
    typed = _TYPE_LINE.match(lines[-1])
    if typed is None:
        return None
    start = len(lines) - 1
    while start > 0 and _RECORD_LINE.match(lines[start - 1]):
        start -= 1
    record = lines[start:]
    if len(record) < MIN_RECORD_LINES or not any(_ID_LINE.match(line) for line in record):
        return None
    if start > 0 and lines[start - 1].strip():
        return None  # the record follows a blank line; a key-value line in the body does not
    kind = int(typed.group(1))
    if kind != _NOTE:
        what = _RECORDS.get(kind, "a record of the app")
        raise DeckImportError(f"this is {what} from a Joplin export, not a note: nothing to learn")
    title = " ".join(lines[0].split()) if start > 0 else ""
    body = "\n".join(lines[1:start]).strip("\n")
    if not title and not body:
        raise DeckImportError("this Joplin note is empty: there are no notes in it to import")
    front = f"---\ntitle: {json.dumps(title)}\n---\n\n" if title else ""
    stem = Path(name).stem
    renamed = name
    if title and _HEX_NAME.match(stem):
        renamed = title.replace("/", "-").replace("\\", "-") + Path(name).suffix
    return JoplinNote(front + (body or title), renamed)
