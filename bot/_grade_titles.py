"""A title, honorific or rank put before a name: which words are one, and which a deck uses.

A student adds the title the notes use ("Oba Esigie" for Esigie, "Admiral Rawson" for "Sir
Harry Rawson", "Field Marshal Kutuzov"): the name still says who is meant, so the grader judges
the name without the title (`bot.grading.Grader._by_title`). A title is a word of the common
list (`knowledge.given_names.is_title`), a rank made of two words ("Vice-Admiral", "Field
Marshal"), or a word the deck itself puts before two names or more and no word of English
("Oba" before Esigie and Ovonramwen): a deck's own title for its rulers.
"""

from __future__ import annotations

from collections.abc import Iterable

from knowledge.given_names import is_title
from knowledge.search._dictionary import is_english

# Words that make a rank of the title after them: "vice admiral", "field marshal".
_RANK_PREFIXES = frozenset(
    {"vice", "rear", "field", "lieutenant", "major", "grand", "air", "deputy", "lord", "high"}
)
# Titles that honour rather than say a role: "Sir John Moore" is still "General Moore".
HONORIFICS = frozenset({"sir", "dame"})
_MIN_NAMES = 2  # a deck's own title goes before this many names at least


def deck_titles(entities: Iterable[tuple[str, tuple[str, ...]]]) -> frozenset[str]:
    """The words a deck puts as a title before names: the first word of two capitalised
    entities or more ("Oba Esigie", "Oba Ovonramwen") that is no word of English. `entities`:
    each entity's text and folded words."""
    followers: dict[str, set[str]] = {}
    for text, words in entities:
        parts = text.split()
        if len(words) != len(parts) or len(words) < 2 or not all(p[:1].isupper() for p in parts):
            continue
        first = words[0]
        if first.isalpha() and len(first) > 1 and not is_title(first):
            followers.setdefault(first, set()).add(words[1])
    return frozenset(
        word
        for word, names in followers.items()
        if len(names) >= _MIN_NAMES and not is_english(word)
    )


def leading_titles(words: tuple[str, ...], own: frozenset[str] = frozenset()) -> int:
    """How many of folded `words` at the start are titles ("vice admiral nelson": 2), leaving
    one word at least; `own` are the deck's own titles (`deck_titles`)."""
    n = 0
    while n < len(words) - 1:
        word = words[n]
        if is_title(word) or word in own:
            n += 1
        elif word in _RANK_PREFIXES and n + 1 < len(words) - 1 and is_title(words[n + 1]):
            n += 2
        else:
            break
    return n
