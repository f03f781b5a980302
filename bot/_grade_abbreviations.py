"""A word of a name written short or in full: "St" / "Saint", "Mt" / "Mount", "Ft" / "Fort".

A teacher takes "Fort Saint Elmo" for the notes' "Fort St Elmo" and "St Louis" for "Saint
Louis": the short form and the word are one word of the name, whichever the notes use. The
grader tries the answer with each such word written the other way (`written_otherwise`) only
once the answer as typed is refused, so a right answer costs nothing more.

Only the words English writes before a name this way; "Pt" / "Point" and "St" / "Street" are
left out ("Point" is an everyday word, and "St" after a name is a street, not a saint).
"""

from __future__ import annotations

import re

_OTHER = {
    "st": "Saint", "ste": "Sainte", "mt": "Mount", "ft": "Fort",
    "saint": "St", "sainte": "Ste", "mount": "Mt", "fort": "Ft",
}  # fmt: skip
# One of the words, a dot after a short form maybe, then a space or a hyphen and a name.
_BEFORE_NAME = re.compile(
    r"(?<![\w'’])(?P<word>st|ste|mt|ft|saint|sainte|mount|fort)\.?(?=[\s-]+[^\W\d_])", re.IGNORECASE
)


_MAX_WORDS = 3


def written_otherwise(given: str) -> list[str]:
    """`given` with one or more of its short forms before a name written in full, or full
    words short ("Fort Saint Elmo": "Ft Saint Elmo", "Fort St Elmo", "Ft St Elmo"); empty when
    it has none. A name has one or two such words, so the few ways are all tried."""
    found = list(_BEFORE_NAME.finditer(given))
    if not found or len(found) > _MAX_WORDS:
        return []
    ways: list[str] = []
    for mask in range(1, 1 << len(found)):
        pieces: list[str] = []
        end = 0
        for i, match in enumerate(found):
            pieces.append(given[end : match.start()])
            word = match.group("word")
            pieces.append(_OTHER[word.casefold()] if mask >> i & 1 else match.group(0))
            end = match.end()
        pieces.append(given[end:])
        ways.append("".join(pieces))
    return ways
