"""Another name a deck's own heading or name gives in brackets: "The Queen Mother (Iyoba)".

The deck's entities reach `grade()` as strings; a name written with another name in brackets
after it ("How they were made: lost-wax casting (cire perdue)", "Sand dune succession
(psammosere)") ties the two to one thing in the notes' own words, so either answers for the
other (`bot.grading.Grader` adds them as "X, also called Y"). Most brackets after a heading
say something else about it — a date ("(1807–1814)"), a tag of the course ("(HT only)"), a
kind or a description ("Malaria (protist)", "Eyewitnesses (sources)") — and are no name. A
bracket is read as a name only when it is a short name of its own: no figure, no list, not
capitals alone (a tag or an acronym, read by `_grade_acronyms`), no person, and at least half
of its words unknown to the dictionary of English (a foreign or proper name: "Iyoba", "cire
perdue", "Code Napoléon"); a bracket of English words ("(fungus)", "(HT only)", "(chief
sanitary officer)") says what the thing is, or for whom, not what else it is called.
"""

from __future__ import annotations

import re

from knowledge.given_names import is_title
from knowledge.search._dictionary import is_english
from knowledge.text import fold

_BRACKET_AT_END = re.compile(r"^(?P<name>[^()]+?)\s*\((?P<other>[^()]+)\)\s*$")
_LEAD = re.compile(r"^.*[:–—]\s+")  # "How they were made: ", "Section 3 – ": a heading's lead
_MAX_WORDS = 4
_SHORT = 2  # a word this short ("HT", "T") is a tag's letters, no name's word
_NOT_A_NAME = re.compile(r"[\d,;=!?\"“”/&+]")  # figures, lists, sums, quotes: no name


def bracket_alias(text: str) -> tuple[str, str] | None:
    """(name, other name) when `text` is a name with another name in brackets after it;
    None for any other bracket."""
    found = _BRACKET_AT_END.match(text)
    if found is None:
        return None
    whole, other = found.group("name"), found.group("other").strip()
    name = _LEAD.sub("", whole).strip()
    if not name or not other or _NOT_A_NAME.search(whole) or _NOT_A_NAME.search(other):
        return None
    if other.isupper() or not other[:1].isalpha():
        return None  # "(HT)", "(T)", "(VOCAB)": a tag or an acronym
    name_words, other_words = fold(name).split(), fold(other).split()
    if not name_words or not other_words:
        return None
    if len(name_words) > _MAX_WORDS or len(other_words) > _MAX_WORDS:
        return None
    if is_title(other_words[0]):
        return None  # "(Mr Okafor)": who wrote it
    foreign = sum(len(word) > _SHORT and not is_english(word) for word in other_words)
    if not foreign or 2 * foreign < len(other_words):
        return None  # "(fungus)", "(HT only)": what it is, or a tag

    return name, other
