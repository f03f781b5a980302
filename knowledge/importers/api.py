"""The importers' front door: pick a format (or guess it from the file) and run its importer."""

from __future__ import annotations

from collections.abc import Callable
from os import PathLike
from pathlib import Path
from typing import Any

from knowledge.importers.errors import DeckImportError, quoted
from knowledge.importers.markdown import import_markdown
from knowledge.importers.outline import import_outline
from knowledge.importers.redtrivia import import_redtrivia, looks_like_trivia
from knowledge.importers.source import decode, normalise
from knowledge.importers.tabular import import_table

FORMATS: tuple[str, ...] = ("outline", "markdown", "tsv", "csv", "redtrivia")
"""The formats `import_text` and `import_file` understand, as named on the command line."""

MAX_IMPORT_BYTES = 16 * 1024 * 1024
"""Largest file accepted; real notes are a few kilobytes, so anything bigger is a mistake."""

_IMPORTERS: dict[str, Callable[[str, str], dict[str, Any]]] = {
    "outline": import_outline,
    "markdown": import_markdown,
    "tsv": lambda text, name: import_table(text, name, kind="tsv"),
    "csv": lambda text, name: import_table(text, name, kind="csv"),
    "redtrivia": import_redtrivia,
}
_MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdown", ".mkd")


def import_text(text: str, *, format: str, source_name: str = "notes") -> dict[str, Any]:
    """A deck mapping (the YAML deck format) from notes in `format`; the deck id comes from
    `source_name`, a file name. Raises DeckImportError for input that cannot become a deck."""
    importer = _IMPORTERS.get(format)
    if importer is None:
        raise DeckImportError(
            f"unknown format {quoted(format)}; choose one of: {', '.join(FORMATS)}"
        )
    return importer(normalise(text), source_name)


def import_file(path: str | PathLike[str], *, format: str | None = None) -> dict[str, Any]:
    """A deck mapping from a file; the format is guessed from its name and content if not given."""
    file = Path(path)
    text = normalise(decode(_read(file)))
    if not text.strip():
        raise DeckImportError("the file is empty: there are no notes in it to import")
    chosen = format or guess_format(file.name, text)
    return import_text(text, format=chosen, source_name=file.name)


def guess_format(name: str, text: str) -> str:
    """The likely format of a file: by extension first, then by what its lines look like."""
    suffix = Path(name).suffix.lower()
    if suffix in _MARKDOWN_SUFFIXES:
        return "markdown"
    if suffix == ".csv":
        return "csv"
    if suffix in (".tsv", ".tab"):
        return "tsv"
    if suffix in (".yaml", ".yml"):
        if looks_like_trivia(text):
            return "redtrivia"
        raise DeckImportError(
            "this YAML file is not a Red trivia list ('question: [answers]' lines); "
            "if it is already a studybot deck, check it with `studybot deck check` instead"
        )
    if _looks_tab_separated(text):
        return "tsv"
    return "outline"


def _looks_tab_separated(text: str) -> bool:
    """Anki's "#separator:" header, or a tab between words on most lines (not indenting tabs)."""
    lines = [line for line in text.split("\n") if line.strip()]
    if lines and lines[0].startswith("#separator:"):
        return True
    tabbed = sum(1 for line in lines if "\t" in line.strip())
    return bool(lines) and 2 * tabbed >= len(lines)


def _read(file: Path) -> bytes:
    try:
        if file.stat().st_size > MAX_IMPORT_BYTES:
            raise DeckImportError(
                f"{file} is too large to be notes (over {MAX_IMPORT_BYTES // (1024 * 1024)} MiB)"
            )
        return file.read_bytes()
    except FileNotFoundError as error:
        raise DeckImportError(f"{file}: no such file") from error
    except IsADirectoryError as error:
        raise DeckImportError(f"{file} is a folder, not a file") from error
    except OSError as error:
        raise DeckImportError(f"cannot read {file}: {error.strerror or error}") from error
