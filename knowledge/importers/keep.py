"""Google Keep notes as Google Takeout exports them (one .json file per note): the note's title, its
text and its checklist, read as a .txt of notes is (content detection), so a note typed as an
outline keeps its shape. Colours, pins, timestamps, labels, sharing and attachments are the app's,
not notes. (Takeout also writes each note as .html, which the web page importer reads.)

Any other JSON is not notes: it is refused with what studybot does read, rather than imported
as lines of braces and quotes.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from knowledge.importers.errors import DeckImportError
from knowledge.importers.report import Imported
from knowledge.importers.source import require_content

ImportText = Callable[[str, str], Imported]

_KEEP_KEYS = frozenset({"userEditedTimestampUsec", "createdTimestampUsec", "isTrashed", "isPinned"})
_MAX_ITEMS = 10_000


def looks_like_json(text: str) -> bool:
    """Text that is a JSON object or array (a data file, not notes)."""
    head = text.lstrip()[:1]
    if head not in ("{", "["):
        return False
    try:
        json.loads(text)
    except (ValueError, RecursionError):
        return False
    return True


def looks_like_keep(text: str) -> bool:
    """A Google Keep note from Takeout: a JSON object with Keep's own keys."""
    return (
        text.lstrip()[:1] == "{"
        and ('"textContent"' in text or '"listContent"' in text)
        and any(f'"{key}"' in text for key in _KEEP_KEYS)
    )


def import_keep(text: str, source_name: str, import_text: ImportText) -> Imported:
    """A deck from a Google Keep note: its title, text and checklist as notes."""
    require_content(text)
    note = _note(text)
    title = " ".join(str(note.get("title") or "").split())[:200]
    body = str(note.get("textContent") or "")
    items = note.get("listContent")
    lines = [
        f"- {' '.join(str(entry.get('text') or '').split())}"
        for entry in (items if isinstance(items, list) else [])[:_MAX_ITEMS]
        if isinstance(entry, dict) and str(entry.get("text") or "").strip()
    ]
    notes = "\n".join(part for part in (title, body.strip(), "\n".join(lines)) if part)
    if not (body.strip() or lines):
        raise DeckImportError("this Google Keep note has no text (only a title or attachments)")
    imported = import_text(notes + "\n", f"{title or source_name}.txt")
    deck = imported.mapping.get("deck")
    if isinstance(deck, dict):
        deck["source"] = source_name
    imported.report.format = f"Google Keep note ({imported.report.format})"
    imported.report.name = "keep"
    return imported


def refuse_json() -> DeckImportError:
    """What a JSON file that is no notebook and no Keep note gets."""
    return DeckImportError(
        "this is a JSON data file, not notes: I read Jupyter notebooks, Google Keep notes and "
        "Obsidian canvases in JSON; for anything else export the notes as text, Markdown or a web page"
    )


def loaded_json(text: str, *, whose: str, what: str) -> object:
    """The JSON value of an upload, or a refusal that says why not: nested deeper than Python's
    parser goes ("this note's JSON is nested too deeply to read") or not JSON ("this Google Keep
    note is not valid JSON (…)")."""
    try:
        return json.loads(text)
    except RecursionError:
        raise DeckImportError(f"{whose} JSON is nested too deeply to read") from None
    except ValueError as error:
        raise DeckImportError(f"{what} is not valid JSON ({error})") from None


def _note(text: str) -> dict[str, Any]:
    note = loaded_json(text, whose="this note's", what="this Google Keep note")
    if not isinstance(note, dict):
        raise refuse_json()
    return note
