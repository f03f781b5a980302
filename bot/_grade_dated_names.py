"""A name dated by its year, with the year written in another place: "Factory Act 1833",
"the Factory Act of 1833", "the 1833 Factory Act".

Acts, treaties and reforms are named with their year after the name, after "of", or before
the name, and a teacher reads all three as one answer. Only the place of the year may differ:
the name's words and the year itself must be the same, so "Factory Act 1847" stays another act.
"""

from __future__ import annotations

_MIN_YEAR, _MAX_YEAR = 1000, 2099


def _year(word: str) -> int | None:
    """The year `word` writes (four digits), or None."""
    if len(word) == 4 and word.isdecimal() and _MIN_YEAR <= int(word) <= _MAX_YEAR:
        return int(word)
    return None


def _name_and_year(words: tuple[str, ...]) -> tuple[tuple[str, ...], int] | None:
    """(the name's words, its year) when `words` are a name dated by a year after it ("factory
    act 1833"), after "of" ("factory act of 1833") or before it ("1833 factory act")."""
    if len(words) < 2:
        return None
    year = _year(words[-1])
    if year is not None:
        name = words[:-2] if words[-2] == "of" else words[:-1]
    else:
        year = _year(words[0])
        name = words[1:]
    if year is None or not name or any(not word.isalpha() for word in name):
        return None
    return name, year


def same_dated_name(expected: tuple[str, ...], given: tuple[str, ...]) -> bool:
    """True when folded `given` is the dated name `expected` with its year written in another
    place (see the module)."""
    if expected == given:
        return False
    mine = _name_and_year(expected)
    return mine is not None and mine == _name_and_year(given)
