"""A definition that opens with its acronym spelt out: "TNC: transnational corporation – a company
that operates in more than one country".

Asked "Which term means: “transnational corporation – a company …”?", the stem spells the answer
(round 17, B38); so does "_____: transnational corporation – a company …" keyed "TNC". The
spelt-out words are taken off a definition's stem and accepted as the answer typed; the acronym
is not blanked in a line that spells it out after it.
"""

from __future__ import annotations

import re

from knowledge.text import fold

# "transnational corporation – a company …", "newly emerging economy, a country …": the
# spelt-out words, a separator, then the definition proper (three words or more).
_OPENING = re.compile(
    r"^\s*([A-Za-z][\w'’-]*(?:\s+[\w'’-]+){0,5}?)\s*(?:\s[–—-]|[,;:])\s+(\S+(?:\s+\S+){2,})"
)
_MAX_LETTERS = 6


def spelt_out(term: str, definition: str) -> tuple[str, str] | None:
    """The words spelling `term` out and the rest of the definition, when the definition opens
    with them; None otherwise (most definitions, and any term that is no acronym)."""
    letters = term.strip()
    if len(letters) > 2 and letters.endswith("s") and letters[:-1].isupper():
        letters = letters[:-1]  # "TNCs": one "s" for all
    if not (2 <= len(letters) <= _MAX_LETTERS and letters.isalpha() and letters.isupper()):
        return None
    found = _OPENING.match(definition)
    if found is None or not spells(letters, found.group(1)):
        return None
    return found.group(1), found.group(2)


def spells(acronym: str, phrase: str) -> bool:
    """True when `phrase`'s words spell `acronym`: its first letter opens the phrase, its last
    opens the phrase's last word, and its letters come in order ("TNC", "transnational
    corporation"; "LEDC", "less economically developed country")."""
    words = fold(phrase).split()
    wanted = fold(acronym)
    if len(words) < 2 or not wanted or len(words) > len(wanted):
        return False
    if words[0][0] != wanted[0] or words[-1][0] != wanted[-1]:
        return False
    text = "".join(words)
    place = 0
    for letter in wanted:
        place = text.find(letter, place)
        if place < 0:
            return False
        place += 1
    return True


_AFTER_TERM = re.compile(r"^\s*(?::|\s[–—-]|=)\s*")


def spelt_after(text: str, start: int, end: int) -> bool:
    """True when text[start:end] is an acronym the words after it spell out ("TNC: transnational
    corporation – …"): blanked, the line gives it away."""
    rest = _AFTER_TERM.sub("", text[end:], count=1)
    return rest != text[end:] and spelt_out(text[start:end], rest) is not None
