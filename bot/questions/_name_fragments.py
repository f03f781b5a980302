"""Blanks that take one part of a longer name, and blanks on a line about the handout itself.

The blind review of round 28 (class 4) found "Desmodus _____" and "Pseudogymnoascus _____" (the
species half of a two-part Latin name), "Te Pito o te _____" (the last word of a name joined by
lower-case particles), "_____’s hog-nosed bat (Craseonycteris …)" (the first word of a
species' common name) and "The _____ is on slide 13" (where something is in the handout). The
first kind asks half a name the student learns whole; the second asks about the handout, not
the topic. Both are dropped as blanks; their lines are asked on other words.
"""

from __future__ import annotations

import re

from bot.questions._everyday import frequency
from bot.questions._spans import NUMERIC_KINDS, Span

# A genus or a species word is rare in general English ("Desmodus", "rotundus", "destructans").
_LATIN_ZIPF = 2.5
_WORD_BEFORE = re.compile(r"([A-Z][a-z]{2,})\s+$")
_WORD_AFTER = re.compile(r"\s+([a-z][a-z-]{2,})\b")
# Particles joining the words of a name: "Te Pito o te Henua", "Pliny the Elder", "Vasco da Gama".
# Tried only where a word starts (its first capital may come later: "deVries"), so a long word is
# read once, not again from each of its letters.
_PARTICLE_CHAIN = re.compile(
    r"(?<![\w'’-])(?:(?![A-Z])[\w'’-])*[A-Z][\w'’-]*\s+"
    r"(?:(?:the|o|te|de|del|della|di|da|do|dos|das|du|la|le|van|von|der|den|y|al"
    r"|el|bin|ibn)\s+)+$"
)
# A possessive blank in a species' common name given with its Latin name: "_____’s hog-nosed bat
# (Craseonycteris thonglongyai)" takes the first word of the name.
_EPONYM_AFTER = re.compile(r"['’]s\s+[a-z][\w -]{1,40}\s+\([A-Z][a-z]+\s+[a-z]{3,}\)")
# The same particles after a blank, then more of the name: "_____ the Younger", "_____ da Gama".
_PARTICLE_AFTER = re.compile(
    r"\s+(?:the|o|te|de|del|della|di|da|do|dos|das|du|la|le|van|von|der|den|y|al|el|bin|ibn)"
    r"\s+[A-Z]"
)
# A word going on after the blank's apostrophe: "Hotu Matu’a" blanked as "Hotu Matu".
_CUT_AT_APOSTROPHE = re.compile(r"['’](?!s\b)[^\W\d_]")
# A firm's name: "Smith, _____ & Co.", "Sons & _____".
_FIRM_AFTER = re.compile(r"\s*&\s*(?:Co\b|Sons?\b|Partners\b)")
_FIRM_BEFORE = re.compile(r"&\s*$")
# Where something is in the course's own materials: "on slide 13", "page 5 of the anthology".
_HANDOUT = re.compile(
    r"(?i)\b(?:on|see|at|in)\s+(?:the\s+)?(?:slide|page|p\.|pp\.|sheet|handout|lesson\s+pack)\s*\d"
    r"|\b(?:slide|page)s?\s+\d+\s+of\s+the\s+(?:workbook|anthology|textbook|booklet|pack|lesson)"
)


def name_fragment_problem(text: str, span: Span) -> str | None:
    """Why blanking `span` takes part of a name or asks about the handout, or None."""
    if _HANDOUT.search(text):
        return "the line says where something is in the handout"
    if span.kind in NUMERIC_KINDS:
        return None
    answer = span.text.strip()
    if not answer:
        return None
    before, after = text[: span.start], text[span.end :]
    if _CUT_AT_APOSTROPHE.match(after) or re.search(r"[^\W\d_]['’]$", before):
        return "the blank cuts a word at its apostrophe"
    if _latin_half(answer, before, after):
        return "the blank is half of a two-part Latin name"
    if answer[:1].isupper() and _PARTICLE_CHAIN.search(before):
        return "the blank is the end of a name joined by particles"
    if answer[:1].isupper() and " " not in answer and _PARTICLE_AFTER.match(after):
        return "the blank is the start of a name joined by particles"  # "_____ the Younger"
    if _EPONYM_AFTER.match(after):
        return "the blank is the first word of a species' name"
    if _FIRM_AFTER.match(after) or _FIRM_BEFORE.search(before):
        return "the blank is part of a firm's name"
    return None


def _latin_half(answer: str, before: str, after: str) -> bool:
    """ "Desmodus _____" (the species word) or "_____ destructans" (the genus)."""
    if " " in answer:
        return False
    genus = _WORD_BEFORE.search(before)
    if answer.islower() and genus is not None:
        return frequency(genus.group(1)) < _LATIN_ZIPF and frequency(answer) < _LATIN_ZIPF
    species = _WORD_AFTER.match(after)
    if answer[:1].isupper() and answer[1:].islower() and species is not None:
        return frequency(answer) < _LATIN_ZIPF and frequency(species.group(1)) < _LATIN_ZIPF
    return False
