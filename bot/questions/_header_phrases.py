"""How a question says one cell of a table under a header that is a noun phrase.

A header is written for a table's top row, not for a sentence: "UK pairs (approx.)" pasted into
"What is the … for Tawny owl?" gave "What is the UK pairs (approx.) for Tawny owl?" and "The UK
pairs (approx.) for Little owl is “3,000”." (round 29, B39, B45, B51): the verb agreed with the
bracket, and the bracket sat in the middle of the sentence. Here the header's words and its
bracket are read apart (`read_header`), and:

- a plural header over numbers counts what its values number: "Roughly how many UK pairs does
  the table give for Tawny owl?", "The table gives about “3,000” UK pairs for Little owl.",
  "Which species has about “3,000” UK pairs?";
- any other noun header agrees with its own words and keeps its bracket after the sentence's
  noun phrase: "What are the main exports for Ceylon?", "What is the height for Etna (m)?",
  "The height for Etna is “3,350” (m)."
"""

from __future__ import annotations

import re

from bot.questions._column_names import read_header
from bot.questions._quotes import in_quotes

# A header's trailing bracket, as written: "(approx.)", "(m, approx.)", "(silica content)".
_BRACKET = re.compile(r"^(?P<words>[^()]+?)\s*(?P<bracket>\([^()]*\))\s*$")
# A value that is a number or a range of numbers: "50,000", "600–2,000", "c. 3,000", "12+".
_COUNT = re.compile(r"^(?:c\.\s*|about\s+|~\s*)?\d[\d,.]*(?:\s*[–-]\s*\d[\d,.]*)?\+?$")


def _split(column: str) -> tuple[str, str]:
    """The header's words and its bracket ("" when it has none)."""
    name = column.rstrip("?: ").strip()
    found = _BRACKET.match(name)
    if found is None:
        return name, ""
    return found.group("words").strip(), found.group("bracket")


def words_of(column: str) -> str:
    """The header's words as they run in a sentence: "UK pairs" of "UK pairs (approx.)", "main
    exports" of "Main exports"."""
    return running(_split(column)[0])


def running(name: str) -> str:
    """A column name inside a sentence: "Main outcome" -> "main outcome"; "USA first" and
    "LDR" keep their capitals."""
    first, _, rest = name.partition(" ")
    if first[:1].isupper() and first[1:].islower():
        return first.lower() + (f" {rest}" if rest else "")
    return name


def verb_for(words: str) -> str:
    """ "is" for "Port", "are" for "Leaders" or "UK pairs": agreement with the header's own last
    word, never with its bracket."""
    last = words.rsplit(maxsplit=1)[-1].lower() if words.split() else ""
    plural = last.endswith("s") and not last.endswith(("ss", "us", "is", "ics"))
    return "are" if plural and len(last) > 3 else "is"


def counts(column: str, values: list[str]) -> bool:
    """True when a plural header's values are all numbers: they count what the header names
    ("UK pairs" over "50,000", "3,000", "600–2,000")."""
    words = _split(column)[0]
    return (
        bool(values)
        and verb_for(words) == "are"
        and all(_COUNT.match(value.strip()) for value in values)
    )


def _counted(column: str, words: str) -> str:
    """What the values count, with the unit they count in: "UK pairs", "deaths (thousands)"."""
    unit = read_header(column).unit
    return f"{running(words)} ({unit})" if unit else running(words)


def _roughly(column: str) -> bool:
    return read_header(column).about


def ask_cell(key: str, column: str, *, counted: bool) -> str:
    """ "What is the height for Etna (m)?", or "Roughly how many UK pairs does the table give for
    Tawny owl?" over counts."""
    words, bracket = _split(column)
    if counted:
        how = "Roughly how" if _roughly(column) else "How"
        return f"{how} many {_counted(column, words)} does the table give for {key}?"
    after = f" {bracket}" if bracket else ""
    return f"What {verb_for(words)} the {running(words)} for {key}{after}?"


def ask_key(thing: str, column: str, value: str, *, counted: bool) -> str:
    """ "Which volcano has the height “3,350” (m)?", or "Which species has about “3,000” UK
    pairs?" over counts."""
    words, bracket = _split(column)
    if counted:
        about = "about " if _roughly(column) else ""
        return f"Which {thing} has {about}{in_quotes(value)} {_counted(column, words)}?"
    after = f" {bracket}" if bracket else ""
    return f"Which {thing} has the {running(words)} {in_quotes(value)}{after}?"


def claim_cell(key: str, column: str, shown: str, *, counted: bool) -> str:
    """ "The height for Etna is “3,350” (m).", or "The table gives about “3,000” UK pairs for
    Little owl." over counts."""
    words, bracket = _split(column)
    if counted:
        about = "about " if _roughly(column) else ""
        return f"The table gives {about}{in_quotes(shown)} {_counted(column, words)} for {key}."
    after = f" {bracket}" if bracket else ""
    return f"The {running(words)} for {key} {verb_for(words)} {in_quotes(shown)}{after}."
