"""Labels the notes put on a line about the note, not terms of the subject.

Round 32 (blind, B14 and B6) asked "_____: Rich Men In Vegas Use eXpensive Gadgets" (key
"Mnemonic") and "_____: air particles don't all rush away from a speaker" (key "proof for
sound"): a memory aid's label, and the part a line plays in the notes' argument ("evidence for
continental drift: …"). Neither is a term: it is not asked "Which term means …?", its blank is
not asked, and it is no wrong option among terms.
"""

from __future__ import annotations

import re

_MEMORY_AID = re.compile(
    r"(?:mnemonics?|memory (?:aid|trick|hook)s?|acronym to remember|to remember)$", re.IGNORECASE
)
_ARGUMENT_PART = re.compile(
    r"(?:proof|evidence|reason|example|argument)s?\s+(?:for|of|against|that)\b", re.IGNORECASE
)
# What a definition opens with: "a technique that links …" says what a mnemonic is.
_DEFINES = re.compile(r"(?:an?|the)\s+[a-z]")


def is_note_label(name: str, said: str | None = None) -> bool:
    """True for a line's part in the argument ("proof for sound", "evidence for evolution"), or,
    given what the line `said` after it, a memory aid's label ("Mnemonic: Rich Men In Vegas …").
    "Mnemonic: a technique that links new information to a rhyme …" defines the term, as a
    psychology deck on memory does, and is asked."""
    label = name.strip(" *_:")
    if _ARGUMENT_PART.match(label):
        return True
    return said is not None and _MEMORY_AID.match(label) is not None and not _DEFINES.match(said)
