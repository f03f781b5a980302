"""An acronym the notes never write, found spelt out in them: "SSDs" -> "Solid state drives".

A student abbreviates what the notes write in full, in lower case or mid-sentence, where the
deck's list of abbreviations (`_aliases`: spelt-out pairs, initials of its names) never looked.
When a question writes a word in capitals that the notes do not use (or a short word in lower
case that no dictionary knows: "gmos"), the lines of the notes are searched for a run of content
words whose initials spell it (a plural "s" on the acronym allowed; a "2" or "4" between letters
is "to" or "for": "p2p" is "peer-to-peer"); the run found most often is what it stands for. The
search is one regular-expression pass over the deck's text, made only for such a word, and
remembered.
"""

from __future__ import annotations

import re
from collections import Counter

from knowledge.search._lemma import is_dictionary_word
from knowledge.search._words import STOP_WORDS

_ACRONYM = re.compile(r"(?<![\w'’])([A-Z]{2,6})(s?)(?![\w'’])")
_LOWER = re.compile(r"(?<![\w'’])([a-z]{2,4}?)(s?)(?![\w'’])")
# "p2p", "B2B", "b2c": a figure between two letters said as the word it sounds like
_SOUNDED = re.compile(r"(?<![\w'’])([A-Za-z][24][A-Za-z])(s?)(?![\w'’])")
_SOUNDS = {"2": "to", "4": "for"}
MIN_WORD = 2  # letters in each word of the run


def asked_acronyms(question: str) -> dict[str, str]:
    """The words a question writes in capitals, or short lower-case words no dictionary knows,
    folded as the question's words are ("ssds"), with the letters they abbreviate ("ssd")."""
    found = {
        (match.group(1) + match.group(2)).casefold(): match.group(1).casefold()
        for match in _ACRONYM.finditer(question)
        if match.group(1) not in {"I", "A"}
    }
    for match in _SOUNDED.finditer(question):
        found[(match.group(1) + match.group(2)).casefold()] = match.group(1).casefold()
    for match in _LOWER.finditer(question):
        word = match.group(1) + match.group(2)
        if word not in found and not is_dictionary_word(word) and word not in STOP_WORDS:
            found[word] = match.group(1)
    return found


def spelt_out(letters: str, text: str) -> tuple[str, ...] | None:
    """The run of words in `text` (folded lines of notes) whose initials are `letters`, the most
    frequent if several, or None."""
    if not 2 <= len(letters) <= 6 or not letters.replace("2", "a").replace("4", "a").isalpha():
        return None
    pattern = re.compile(
        r"(?<![\w'’])"
        + r"[\s-]+".join(
            rf"({_SOUNDS[letter]})"
            if letter in _SOUNDS
            else rf"({re.escape(letter)}[\w'’]{{{MIN_WORD - 1},}})"
            for letter in letters
        )
        + r"(?![\w'’])"
    )
    sounded = {position for position, letter in enumerate(letters) if letter in _SOUNDS}
    found: Counter[tuple[str, ...]] = Counter()
    for match in pattern.finditer(text):
        words = match.groups()
        if not any(w in STOP_WORDS for at, w in enumerate(words) if at not in sounded):
            found[words] += 1
    if not found:
        return None
    return max(found.items(), key=lambda item: (item[1], item[0]))[0]
