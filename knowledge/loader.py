"""Loading a deck from YAML: the only way a Deck is made from a file.

A deck loads whole or not at all. Anything wrong (the file, its bytes, its YAML, or the deck
format) comes back as a DeckError whose `problems` each name the file, line, column and place in the
deck, and say what was expected, so a teacher can fix every mistake in one go. `check_deck` returns
those problems instead of raising (`studybot deck check` prints them).

Safety: the file's size is checked before it is read; parsing uses only YAML's safe parser events
(nothing is constructed, no tag can run code); nesting, values and aliases are bounded while
parsing, so a crafted file is refused in milliseconds. The limits are the MAX_* constants below.
"""

from __future__ import annotations

import gc
import os
import re
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager

from knowledge._deck_limits import (
    MAX_ALIASES,
    MAX_ANCHORS,
    MAX_DECK_BYTES,
    MAX_DEPTH,
    MAX_FACT_CHARS,
    MAX_ID_CHARS,
    MAX_LINE_CHARS,
    MAX_OPTIONS,
    MAX_TEXT_CHARS,
    MAX_TITLE_CHARS,
    MAX_TOPIC_DEPTH,
    MAX_VALUES,
    MAX_YEAR,
    MIN_OPTIONS,
    MIN_YEAR,
)
from knowledge._deck_problems import DeckError, DeckProblem
from knowledge._deck_schema import build_deck
from knowledge._yaml_nodes import ComposeError, Node, compose
from knowledge.model import Deck

__all__ = [
    "MAX_ALIASES",
    "MAX_ANCHORS",
    "MAX_DECK_BYTES",
    "MAX_DEPTH",
    "MAX_FACT_CHARS",
    "MAX_ID_CHARS",
    "MAX_LINE_CHARS",
    "MAX_OPTIONS",
    "MAX_TEXT_CHARS",
    "MAX_TITLE_CHARS",
    "MAX_TOPIC_DEPTH",
    "MAX_VALUES",
    "MAX_YEAR",
    "MIN_OPTIONS",
    "MIN_YEAR",
    "DeckError",
    "DeckProblem",
    "check_deck",
    "deck_from_tree",
    "load_deck",
    "parse_deck",
]

# Characters YAML refuses anywhere in a file: its "printable" set, inverted.
_UNPRINTABLE = re.compile("[^\t\n\r\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_BOM = "\ufeff"


def load_deck(path: str | os.PathLike[str]) -> Deck:
    """The deck in a YAML file; raises DeckError listing every problem when it is not valid."""
    file = os.fspath(path)
    return parse_deck(_read_text(file), file)


def parse_deck(text: str, file: str = "<deck>") -> Deck:
    """The deck in YAML text; `file` names it in problems. Raises DeckError when it is not valid."""
    size = len(text)
    if size > MAX_DECK_BYTES or (
        size * 4 > MAX_DECK_BYTES and len(text.encode("utf-8", "surrogatepass")) > MAX_DECK_BYTES
    ):
        raise DeckError([_too_big(file)])
    text = text.removeprefix(_BOM)
    _refuse_unprintable(text, file)
    with _collector_paused():
        try:
            root = compose(text)
        except ComposeError as error:
            problem = DeckProblem(file, error.line, error.column, "", error.message)
            raise DeckError([problem]) from None
        return build_deck(root, file)


def deck_from_tree(tree: Node, file: str = "<deck>") -> Deck:
    """The deck `parse_deck` reads from YAML text we wrote ourselves, from the tree of nodes that
    text stands for (`knowledge.importers.dump.dump_deck_quoted_tree`), without reading the text
    back. Raises DeckError as `parse_deck` does (the same checks: only the YAML parsing is
    skipped, and our own text has nothing for it to refuse)."""
    with _collector_paused():
        return build_deck(tree, file)


def check_deck(path: str | os.PathLike[str]) -> list[DeckProblem]:
    """Every problem with the deck file at `path`, in file order; an empty list means valid."""
    try:
        load_deck(path)
    except DeckError as error:
        return list(error.problems)
    return []


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pauses the cyclic garbage collector while a deck is built.

    A big deck makes hundreds of thousands of small objects that hold no cycles, and each allocation
    burst would otherwise trigger full collections that scan everything allocated so far: loading a
    10,000-topic deck takes about half as long again with the collector running.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _too_big(file: str) -> DeckProblem:
    limit = MAX_DECK_BYTES // (1024 * 1024)
    return DeckProblem(
        file, None, None, "", f"the file is larger than {limit} MiB; split it into smaller decks"
    )


def _whole_file(file: str, message: str) -> DeckError:
    return DeckError([DeckProblem(file, None, None, "", message)])


def _read_text(file: str) -> str:
    """The file's text, refusing (before reading) a file too big, and anything that is not UTF-8."""
    try:
        with open(file, "rb") as stream:
            if os.fstat(stream.fileno()).st_size > MAX_DECK_BYTES:
                raise DeckError([_too_big(file)])
            data = stream.read(MAX_DECK_BYTES + 1)  # bounded even where st_size says nothing
    except FileNotFoundError:
        raise _whole_file(file, "no such file") from None
    except IsADirectoryError:
        raise _whole_file(file, "this is a directory, not a deck file") from None
    except PermissionError:
        raise _whole_file(file, "permission denied: the file cannot be read") from None
    except OSError as error:
        raise _whole_file(file, f"the file cannot be read: {error.strerror or error}") from None
    if len(data) > MAX_DECK_BYTES:
        raise DeckError([_too_big(file)])
    return _decode(data, file)


def _decode(data: bytes, file: str) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise DeckError([DeckProblem(file, 1, 1, "", "the file is UTF-16 text; save it as UTF-8")])
    nul = data.find(b"\x00", 0, 8192)
    if nul >= 0:
        line, column = _byte_position(data, nul)
        raise DeckError(
            [DeckProblem(file, line, column, "", "this is a binary file, not a YAML text deck")]
        )
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        line, column = _byte_position(data, error.start)
        byte = data[error.start]
        raise DeckError(
            [
                DeckProblem(
                    file,
                    line,
                    column,
                    "",
                    f"the file is not UTF-8 text (byte 0x{byte:02X} here); save it as UTF-8",
                )
            ]
        ) from None


def _byte_position(data: bytes, offset: int) -> tuple[int, int]:
    """1-based line and column (in characters) of a byte offset."""
    line_start = data.rfind(b"\n", 0, offset) + 1
    column = len(data[line_start:offset].decode("utf-8", "replace")) + 1
    return data.count(b"\n", 0, offset) + 1, column


def _refuse_unprintable(text: str, file: str) -> None:
    """Control characters (and the like) are refused up front, with where the first one is."""
    found = _UNPRINTABLE.search(text)
    if found is None:
        return
    offset = found.start()
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    char = found.group()
    count = len(_UNPRINTABLE.findall(text))
    more = f" ({count} such characters in all)" if count > 1 else ""
    if char == "\x00":
        message = f"this is a binary file, not a YAML text deck: it holds NUL characters{more}"
    else:
        kind = "control character" if unicodedata.category(char) == "Cc" else "character"
        message = f"the {kind} U+{ord(char):04X} is not allowed in a deck{more}; remove it"
    raise DeckError([DeckProblem(file, line, column, "", message)])
