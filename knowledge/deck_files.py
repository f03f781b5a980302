"""Opening the deck a command or a bot process is pointed at (`--deck PATH`, `STUDYBOT_DECK`).

A teacher's notes rarely start as a studybot YAML deck: they are Markdown, an outline, a flashcard
export or an Anki package. Pointing `--deck` at any of them works as uploading them to the bot does:
a `.yaml`/`.yml` deck loads as it is (a Red trivia list in YAML is imported), anything else goes
through the importers (format guessed from the name and content) and loads as the deck they make.
Every failure is a DeckError naming the file, so callers have one error to report.
"""

from __future__ import annotations

import os
from pathlib import Path

from knowledge.loader import DeckError, DeckProblem, check_deck, load_deck, parse_deck
from knowledge.model import Deck

YAML_SUFFIXES = (".yaml", ".yml")


def open_deck_file(path: str | os.PathLike[str]) -> Deck:
    """The deck at `path`: a YAML deck as it is, notes in any importable format imported."""
    file = Path(path)
    if file.suffix.lower() in YAML_SUFFIXES:
        try:
            return load_deck(file)
        except DeckError:
            if not _is_trivia_list(file):
                raise
    return _imported(file)


def check_deck_file(path: str | os.PathLike[str]) -> list[DeckProblem]:
    """Every problem with the deck at `path`, read as `open_deck_file` reads it (an empty list
    means `--deck` loads it): `deck check` on a teacher's Markdown or outline notes checks the
    notes as imported, never as YAML they were not written in."""
    file = Path(path)
    if file.suffix.lower() in YAML_SUFFIXES:
        problems = check_deck(file)
        if not problems or not _is_trivia_list(file):
            return problems
    elif not file.exists():
        return check_deck(file)  # says "no such file", as for a YAML deck
    try:
        _imported(file)
    except DeckError as error:
        return list(error.problems)
    except OSError as error:  # unreadable: a problem to report, not a crash
        return [DeckProblem(str(file), None, None, "", f"cannot read it: {error.strerror}")]
    return []


def _is_trivia_list(file: Path) -> bool:
    from knowledge.importers.redtrivia import looks_like_trivia
    from knowledge.importers.source import decode, normalise

    try:
        return looks_like_trivia(normalise(decode(file.read_bytes())))
    except (OSError, UnicodeError, ValueError):
        return False


def _imported(file: Path) -> Deck:
    # Imported here, not at the top: a YAML deck (the common case for one-shot commands) never
    # needs the importers, and they cost start-up time.
    from knowledge.importers import DeckImportError, dump_deck, import_file

    try:
        mapping = import_file(file)
    except DeckImportError as error:
        said = str(error).removeprefix(f"{file}: ")  # the problem names the file already
        raise DeckError([DeckProblem(str(file), None, None, "", said)]) from None
    return parse_deck(dump_deck(mapping), str(file))
