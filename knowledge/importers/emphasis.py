"""The words a teacher set in bold, kept when the notes are imported.

Markdown `**bold**` (and Word's bold runs and HTML's `<b>`/`<strong>`/bold classes, which those
importers write as Markdown bold) mark the key words to learn. Stripping the markup made them
plain text, and a quiz looking for names, numbers and rare words found no blank on lines such as
"… took it as **tribute** from conquered lands". The deck keeps them as `Deck.emphasis` (the
`emphasis:` list of the deck file), for the quiz to prefer as blanks and terms
(`bot.questions._bold`).

Bold that is a label ("**Where:** …", "**Causes**" over a list), a whole line or a heading
says how the notes are laid out, not what to learn, and is left out.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from knowledge._deck_limits import MAX_EMPHASIS, MAX_LINE_CHARS
from knowledge.importers.inline import strip_markdown
from knowledge.text import fold

_MARKS = ("**", "__")
_HEADING = re.compile(r"^ {0,3}#{1,6}\s")
# A key word or phrase, not a sentence: longer bold is a highlighted statement.
_MAX_WORDS = 5
_ABOUT_BOLD = frozenset({"bold", "in bold", "key words", "key terms", "keywords"})
# A deck keeps MAX_EMPHASIS at most (a hostile file of nothing but bold stays small); the deck
# schema refuses more.


def bold_phrases(lines: Iterable[str]) -> list[str]:
    """The phrases the Markdown `lines` set in bold inside a line of notes, in order, once each
    (by their folded form)."""
    found: dict[str, str] = {}
    for line in lines:
        if "**" not in line and "__" not in line:
            continue
        if _HEADING.match(line):
            continue
        plain = strip_markdown(line)
        for inner, after in _bold_runs(line):
            phrase = strip_markdown(inner).strip(" \"'“”‘’,;")
            if not _key_word(phrase, inner, after, plain):
                continue
            found.setdefault(fold(phrase), phrase)
            if len(found) >= MAX_EMPHASIS:
                return list(found.values())
    return list(found.values())


def _bold_runs(line: str) -> list[tuple[str, str]]:
    """(the text between a pair of bold marks, what follows the pair) for each pair, paired from
    the left. A split on the marks, not a pattern with a backreference: a hostile line of many
    unclosed marks costs its length, not its length squared."""
    runs: list[tuple[str, str]] = []
    for mark in _MARKS:
        pieces = line.split(mark)
        for index in range(1, len(pieces) - 1, 2):
            inner = pieces[index]
            if inner and not inner[0].isspace() and not inner[-1].isspace():
                runs.append((inner, pieces[index + 1]))
    return runs


def _key_word(phrase: str, inner: str, after: str, plain: str) -> bool:
    """True for bold that marks a word to learn inside a line: not empty, short, not the whole
    line, and not a label ("**Where:**", "**Term** –" at the line's start is a term, kept)."""
    if not phrase or not any(char.isalpha() for char in phrase):
        return False
    if fold(phrase) in _ABOUT_BOLD:
        return False  # "Learn the **bold** words": the notes saying how they are set out
    if len(phrase.split()) > _MAX_WORDS or len(phrase) > MAX_LINE_CHARS:
        return False  # a statement, or one too long for the deck's `emphasis:` list to hold
    if fold(phrase) == fold(plain.rstrip(":.")):
        return False  # the whole line in bold: a heading or a lead-in
    return not (inner.rstrip().endswith(":") or after.lstrip().startswith(":"))
