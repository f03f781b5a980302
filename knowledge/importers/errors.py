"""The one error every importer raises, so the CLI can print it without a stack trace."""

from __future__ import annotations


class DeckImportError(ValueError):
    """Input that cannot become a deck: empty, binary, the wrong format, or nothing to study in it.

    `line` is the 1-based line of the input the problem was found on, when there is one; it is also
    part of the message, so `str(error)` alone tells the user where to look.
    """

    def __init__(self, message: str, *, line: int | None = None) -> None:
        self.reason = message
        self.line = line
        super().__init__(f"line {line}: {message}" if line is not None else message)


def quoted(text: str, limit: int = 60) -> str:
    """`text` in quotes for a message, cut short with "…" so a long line cannot flood the screen."""
    text = " ".join(text.split())
    return repr(text if len(text) <= limit else f"{text[: limit - 1]}…")
