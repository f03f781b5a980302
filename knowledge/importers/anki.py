"""Anki packages (.apkg, .colpkg): the notes and decks of the SQLite collection inside the zip.

Three collection layouts exist: `collection.anki2` (legacy), `collection.anki21` (Anki 2.1), and since
Anki 2.1.50 `collection.anki21b`, a zstd-compressed SQLite file with note types, fields and decks in
tables of their own (such exports also hold a legacy `collection.anki2` stub that only says to update
Anki, so the newest collection present is read). Each note becomes a card of `tabular.add_cards`:
HTML cleaned, `{{c1::…}}` kept for cloze questions, image-only notes skipped with a warning; Anki deck
names become topics ("Biology::Cells" a subtopic), and tags aliases of those topics or groups of
facts within them (`anki_tags`).

The archive is hostile until proven otherwise: member count, declared sizes and compression ratio are
checked before anything is extracted, extraction itself is bounded, and the collection is opened
read-only from a private temporary file.
"""

from __future__ import annotations

import io
import json
import os
import sqlite3
import tempfile
import zipfile
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass

from knowledge.importers.anki_fields import split_fields
from knowledge.importers.anki_tags import TagPlan, tag_name
from knowledge.importers.archives import bounded_read, open_archive
from knowledge.importers.builder import DeckBuilder
from knowledge.importers.errors import DeckImportError
from knowledge.importers.report import Imported
from knowledge.importers.tabular import Card, add_cards

MAX_MEMBERS = 100_000
"""Most entries in a package (media files count; a real deck has at most a few thousand)."""

MAX_COLLECTION_BYTES = 128 * 1024 * 1024
"""Largest collection once extracted (and decompressed); real ones are a few MiB."""

MAX_RATIO = 200
"""Largest compression ratio accepted for the collection: more is a zip bomb, not a deck."""

MAX_NOTES = 50_000
"""Most notes read from one collection."""

_COLLECTIONS = ("collection.anki21b", "collection.anki21", "collection.anki2")
_ZIP_MAGIC = b"PK\x03\x04"


@dataclass(frozen=True, slots=True)
class _Note:
    fields: list[str]
    deck: str | None
    tags: tuple[str, ...]
    field_names: list[str] | None = None  # from the note type, when the package has them


def looks_like_zip(data: bytes) -> bool:
    """Whether bytes start like a zip archive (an Anki package sent under another name)."""
    return data.startswith(_ZIP_MAGIC)


def import_anki_package(data: bytes, source_name: str) -> Imported:
    """A deck mapping from an Anki package's bytes."""
    member, raw = _collection_bytes(data)
    builder = DeckBuilder(source_name=source_name, kind="Anki package")
    builder.report.detect("collection", _SCHEMA_NAMES[member])
    with _temporary_database(raw) as path:
        notes = _read_notes(path, modern=member == "collection.anki21b")
    if not notes:
        raise DeckImportError("this Anki package holds no notes")
    decks = {note.deck for note in notes if note.deck}
    if len(decks) == 1:
        builder.title = next(iter(decks)).split("::")[-1]
    tags = sorted({tag for note in notes for tag in note.tags if tag_name(tag) is not None})
    if tags:
        shown = ", ".join(tags[:10]) + (" …" if len(tags) > 10 else "")
        builder.notes.append(f"Anki tags: {shown}.")
    cards = [_card(number, note) for number, note in enumerate(notes, 1)]
    plan = TagPlan(cards, builder)
    add_cards(builder, cards, html=True, what="Anki package", unit="note", after_card=plan.apply)
    return builder.result()


def _card(number: int, note: _Note) -> Card:
    """The note as a card: its own fields, its Extra/Notes/Source fields and tables aside."""
    split = split_fields(note.fields, note.field_names)
    return Card(number, split.main, note.deck, note.tags, extras=split.extras, rows=split.rows)


_SCHEMA_NAMES = {
    "collection.anki21b": "collection.anki21b (Anki 2.1.50+, zstd)",
    "collection.anki21": "collection.anki21 (Anki 2.1)",
    "collection.anki2": "collection.anki2 (legacy)",
}


def _collection_bytes(data: bytes) -> tuple[str, bytes]:
    """The newest collection in the package, checked and extracted within the limits."""
    with open_archive(data, "an Anki package") as archive:
        infos = archive.infolist()
        if len(infos) > MAX_MEMBERS:
            raise DeckImportError(f"the package holds more than {MAX_MEMBERS:,} files; refused")
        by_name = {info.filename: info for info in infos}
        name = next((candidate for candidate in _COLLECTIONS if candidate in by_name), None)
        if name is None:
            raise DeckImportError(
                "this zip is not an Anki package: it holds no collection.anki2/anki21/anki21b"
            )
        info = by_name[name]
        _check_member(info)
        try:
            with archive.open(info) as stream:
                raw = bounded_read(stream, MAX_COLLECTION_BYTES, "the collection")
        except (zipfile.BadZipFile, NotImplementedError, RuntimeError, OSError) as error:
            raise DeckImportError(f"the package's collection cannot be read: {error}") from error
    if name == "collection.anki21b":
        raw = _decompress(raw)
    return name, raw


def _check_member(info: zipfile.ZipInfo) -> None:
    if info.file_size > MAX_COLLECTION_BYTES:
        limit = MAX_COLLECTION_BYTES // (1024 * 1024)
        raise DeckImportError(f"the package's collection is over {limit} MiB; refused")
    if info.compress_size and info.file_size / info.compress_size > MAX_RATIO:
        raise DeckImportError(
            "the package's collection is compressed suspiciously well (a zip bomb?); refused"
        )


def _decompress(raw: bytes) -> bytes:
    """The SQLite file inside a zstd frame, bounded like any other extraction."""
    import zstandard  # only newer packages need it

    try:
        reader = zstandard.ZstdDecompressor().stream_reader(io.BytesIO(raw))
        with reader:
            data = bounded_read(reader, MAX_COLLECTION_BYTES, "the collection")
    except zstandard.ZstdError as error:
        raise DeckImportError(
            f"the package's collection is not valid zstd data: {error}"
        ) from error
    if raw and len(data) / len(raw) > MAX_RATIO * 10:
        raise DeckImportError("the package's collection expands suspiciously far; refused")
    return data


@contextmanager
def _temporary_database(raw: bytes) -> Iterator[str]:
    """The collection as a private temporary file (SQLite reads files), removed afterwards."""
    if not raw.startswith(b"SQLite format 3\x00"):
        raise DeckImportError("the package's collection is not an SQLite database")
    handle, path = tempfile.mkstemp(suffix=".anki")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(raw)
        yield path
    finally:
        os.unlink(path)


def _read_notes(path: str, *, modern: bool) -> list[_Note]:
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        with closing(connection):
            connection.execute("PRAGMA query_only = ON")
            tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
            if "notes" not in tables:
                raise DeckImportError("the package's collection has no notes table")
            if "decks" in tables and "notetypes" in tables:
                decks = _modern_decks(connection)
                names = _modern_field_names(connection) if "fields" in tables else {}
            else:
                decks = _legacy_decks(connection)
                names = _legacy_field_names(connection)
            return _notes(connection, decks, names)
    except sqlite3.DatabaseError as error:
        raise DeckImportError(f"the package's collection cannot be read: {error}") from error


def _modern_decks(connection: sqlite3.Connection) -> dict[int, str]:
    """Deck names from the `decks` table; levels are stored joined by \\x1f there, "::" for people."""
    return {
        int(deck_id): str(name).replace("\x1f", "::")
        for deck_id, name in connection.execute("SELECT id, name FROM decks")
    }


def _modern_field_names(connection: sqlite3.Connection) -> dict[int, list[str]]:
    """Each note type's field names, in order, from the `fields` table."""
    names: dict[int, list[str]] = {}
    for type_id, name in connection.execute("SELECT ntid, name FROM fields ORDER BY ntid, ord"):
        if isinstance(type_id, int) and isinstance(name, str):
            names.setdefault(type_id, []).append(name)
    return names


def _legacy_field_names(connection: sqlite3.Connection) -> dict[int, list[str]]:
    """Each note type's field names, in order, from the JSON in `col.models`."""
    names: dict[int, list[str]] = {}
    for key, model in _col_json(connection, "models").items():
        fields = model.get("flds") if isinstance(model, dict) else None
        if not str(key).isdigit() or not isinstance(fields, list):
            continue
        named = [field for field in fields if isinstance(field, dict)]
        named.sort(key=_field_order)
        if all(isinstance(field.get("name"), str) for field in named):
            names[int(key)] = [str(field["name"]) for field in named]
    return names


def _field_order(field: dict[str, object]) -> int:
    """A field's place in its note type (`ord`), 0 when the JSON lacks it."""
    order = field.get("ord")
    return order if isinstance(order, int) else 0


def _col_json(connection: sqlite3.Connection, column: str) -> dict[str, object]:
    """A JSON object stored in the legacy `col` table ({} when absent or unreadable)."""
    try:
        row = connection.execute(f"SELECT {column} FROM col").fetchone()  # a fixed column name
        value = json.loads(row[0]) if row and row[0] else {}
    except (TypeError, ValueError, sqlite3.DatabaseError):
        return {}
    return value if isinstance(value, dict) else {}


def _legacy_decks(connection: sqlite3.Connection) -> dict[int, str]:
    """Deck names from the JSON in `col.decks`."""
    decks = _col_json(connection, "decks")
    names: dict[int, str] = {}
    for key, value in decks.items():
        if isinstance(value, dict) and isinstance(value.get("name"), str) and str(key).isdigit():
            names[int(key)] = value["name"]
    return names


def _notes(
    connection: sqlite3.Connection, decks: dict[int, str], names: dict[int, list[str]]
) -> list[_Note]:
    """Every note, in the order they were added, with the deck of its first card."""
    rows = connection.execute(
        "SELECT notes.flds, notes.tags, notes.mid, (SELECT did FROM cards WHERE cards.nid = notes.id "
        "ORDER BY cards.ord LIMIT 1) FROM notes ORDER BY notes.id LIMIT ?",
        (MAX_NOTES + 1,),
    ).fetchall()
    if len(rows) > MAX_NOTES:
        raise DeckImportError(f"the package holds more than {MAX_NOTES:,} notes; split it")
    notes: list[_Note] = []
    for fields, tags, type_id, deck_id in rows:
        if not isinstance(fields, str):
            continue
        deck = decks.get(int(deck_id)) if isinstance(deck_id, int) else None
        if deck == "Default" and len(decks) > 1:
            deck = None
        tag_list = tuple(tags.split()) if isinstance(tags, str) else ()
        field_names = names.get(type_id) if isinstance(type_id, int) else None
        notes.append(_Note(fields.split("\x1f"), deck, tag_list, field_names))
    return notes
