"""Where the decks that ship with studybot live, and which deck a command should read."""

from __future__ import annotations

import os
from pathlib import Path

DECKS_DIR = Path(__file__).resolve().parent / "decks"
DEFAULT_DECK = DECKS_DIR / "khrushchev.yaml"
DECK_ENV = "STUDYBOT_DECK"


def resolve_deck_path(explicit: str | os.PathLike[str] | None = None) -> Path:
    """`--deck PATH` if given, else $STUDYBOT_DECK if set, else the bundled default deck."""
    if explicit:
        return Path(explicit)
    from_env = os.environ.get(DECK_ENV, "").strip()
    return Path(from_env) if from_env else DEFAULT_DECK
