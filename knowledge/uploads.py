"""A deck from a file a teacher sent: a studybot YAML deck as it is, anything else through an importer.

The result is either a loaded deck with the YAML it was loaded from (the store keeps that text, so every
process rebuilds the same deck) or the problems to show the teacher, each with its line where known.
"""

from __future__ import annotations

import gc
import logging
import pickle
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import PurePath
from typing import Any

from knowledge.importers import (
    DeckImportError,
    import_bytes_with_report,
    report_lines,
)
from knowledge.importers.dump import dump_deck_quoted_tree
from knowledge.importers.packaged import ANKI_SUFFIXES, is_package
from knowledge.importers.redtrivia import looks_like_trivia
from knowledge.importers.sniff import looks_like_text, not_text_message
from knowledge.importers.source import decode, normalise
from knowledge.loader import DeckError, deck_from_tree, parse_deck
from knowledge.model import Deck
from knowledge.upload_limits import size_refusal

log = logging.getLogger(__name__)

MAX_UPLOAD_ENTRIES = 100_000
"""Most facts, key terms and questions in one uploaded chat deck (a flashcard export gives a term and
a fact per card, so about 50,000 cards: more than a 2 MiB file holds in any sensible format). A bigger
count is a crafted file; it is refused with the count rather than built. Index and question-pool
builds of big decks run in the build worker and grow linearly (`make bench`: bench_scale)."""
ACCEPTED_SUFFIXES = (
    ".yaml",
    ".yml",
    ".md",
    ".markdown",
    ".txt",
    ".tsv",
    ".csv",
    ".org",
    ".tex",
    ".html",
    ".htm",
    ".docx",
    ".rst",
    ".gift",
    ".vtt",
    ".srt",
    ".adoc",
    ".wiki",
    ".ipynb",
    ".opml",
    ".mm",
    ".xmind",
    ".zip",
    ".eml",
    ".mbox",
    ".enex",
    ".odt",
    ".rtf",
    ".pptx",
    ".odp",
    ".epub",
    ".xlsx",
    ".xlsm",
    ".ods",
    ".pdf",
    *ANKI_SUFFIXES,
)


@dataclass(frozen=True, slots=True)
class UploadedDeck:
    deck: Deck
    yaml_text: str
    imported_from: str | None  # the importer's format, None for a studybot deck
    report: tuple[str, ...] = ()  # the import report's lines (what was detected, made, skipped)


@dataclass(frozen=True, slots=True)
class UploadRefused:
    problems: tuple[str, ...]


def read_packed(
    reader: Callable[[str, bytes], UploadedDeck | UploadRefused], filename: str, content: bytes
) -> bytes:
    """`reader` (`read_upload`), its result pickled here in the worker process. The bot unpickles
    it in pieces in a thread (`bot.deck_builds.unpack`): a 44,000-card deck is a 13 MB pickle, and
    the worker pool's result thread unpickling it in one call would hold the GIL, and so the event
    loop, for seconds.

    The collector is paused meanwhile: an importer's mapping and the deck are hundreds of thousands
    of containers, none cyclic, and the full collections their making set off walked them all
    again and again (2.7 of 6.3 CPU-s for a 44,000-card TSV). What is garbage afterwards is freed
    by reference counting when the call returns."""
    was_enabled = gc.isenabled()
    gc.disable()  # see below
    try:
        return pickle.dumps(reader(filename, content), protocol=pickle.HIGHEST_PROTOCOL)
    finally:
        if was_enabled:
            gc.enable()


def read_upload(filename: str, content: bytes) -> UploadedDeck | UploadRefused:
    """Validate an uploaded file as a deck. Never raises for bad content: a problem nobody foresaw
    comes back as a refusal too (and is logged), so the teacher always gets an answer. Only
    MemoryError passes, so the worker running this can be restarted."""
    name = PurePath(filename or "deck").name
    suffix = PurePath(name).suffix.lower()
    too_big = size_refusal(name, content)  # 2 MiB, or more for an office file or PDF
    if too_big is not None:
        return UploadRefused((too_big,))
    if suffix not in ACCEPTED_SUFFIXES and not (
        is_package(name, content) or looks_like_text(content)
    ):
        # Any text file is read by its content; a binary is named, with what is taken.
        listed = ", ".join(ACCEPTED_SUFFIXES)
        why = not_text_message(content)
        return UploadRefused((f"{name}: {why}. I take {listed} files, or any other text file.",))
    try:
        if not is_package(name, content):
            text = normalise(decode(content))
            if suffix in (".yaml", ".yml") and not looks_like_trivia(text):
                return _within_quota(name, UploadedDeck(parse_deck(text, name), text, None))
        imported = import_bytes_with_report(content, name)
        too_many = _too_many(name, _mapping_entries(imported.mapping))  # before dump and reload
        if too_many is not None:
            return too_many
        # The store's copy (parsed, never edited), and the deck read from the tree it stands for.
        yaml_text, tree = dump_deck_quoted_tree(imported.mapping)
        deck = parse_deck(yaml_text, name) if tree is None else deck_from_tree(tree, name)
        report = imported.report
        lines = tuple(report_lines(report, deck))
        return _within_quota(
            name, UploadedDeck(deck, yaml_text, report.name or report.format, lines)
        )
    except DeckError as error:
        return UploadRefused(tuple(str(problem) for problem in error.problems))
    except DeckImportError as error:
        return UploadRefused((f"{name}: {error}",))
    except RecursionError:
        return UploadRefused((f"{name}: this file is nested too deeply to read as a deck.",))
    except MemoryError:
        raise
    except Exception:
        log.exception("reading the upload %s failed", name)
        return UploadRefused((f"{name}: this file could not be read as a deck.",))


def _mapping_entries(mapping: dict[str, Any]) -> int:
    """Facts (a group's members included), terms and questions of an importer's deck mapping."""
    count = len(mapping.get("terms", ())) + len(mapping.get("questions", ()))
    for topic in mapping.get("topics", ()):
        for fact in topic.get("facts", ()):
            count += (
                1 + sum(len(value) for value in fact.values() if isinstance(value, list))
                if isinstance(fact, dict)
                else 1
            )
    return count


def _within_quota(name: str, uploaded: UploadedDeck) -> UploadedDeck | UploadRefused:
    deck = uploaded.deck
    entries = len(deck.terms) + len(deck.questions) + sum(len(topic.facts) for topic in deck.topics)
    return _too_many(name, entries) or uploaded


def _too_many(name: str, entries: int) -> UploadRefused | None:
    if entries <= MAX_UPLOAD_ENTRIES:
        return None
    return UploadRefused(
        (
            f"{name} holds {entries:,} facts, terms and questions; a chat deck may hold at most "
            f"{MAX_UPLOAD_ENTRIES:,}. Split it into smaller decks.",
        )
    )
