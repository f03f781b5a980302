"""Phrasal verbs a student types for the one word the notes use.

"Who came up with the piano?" is answered by "invented by Bartolomeo Cristofori", "when did they
get rid of the corn laws?" by "not repealed until 1846", "before Makoko got knocked down" by
"demolished". Word by word, "came", "rid" and "knocked" share nothing with those lines, and the
lemmatizer and word vectors join single words only. So a question's phrasal verb ("come up with",
"get rid of", "knock down", "take part", "give off") lends its words the one-word verbs of the
same meaning, searched for like synonyms of the table (`_synonyms`, trusted as much, and only when
the deck uses them). The question's own words stay: notes that say "set up" or "break down" are
still met by them. General English phrasal verbs only, nothing of one subject; no package here
ships them (WordNet's multiword entries need its data downloaded at run time).
"""

from __future__ import annotations

import re
from functools import lru_cache

_VERB_FORMS = {
    "come": "come comes came coming",
    "get": "get gets got getting gotten",
    "knock": "knock knocks knocked knocking",
    "pull": "pull pulls pulled pulling",
    "tear": "tear tears tore torn tearing",
    "take": "take takes took taken taking",
    "carry": "carry carries carried carrying",
    "cut": "cut cuts cutting",
    "give": "give gives gave given giving",
    "find": "find finds found finding",
    "put": "put puts putting",
    "pass": "pass passes passed passing",
    "set": "set sets setting",
    "turn": "turn turns turned turning",
    "go": "go goes went gone going",
    "bring": "bring brings brought bringing",
    "shut": "shut shuts shutting",
    "close": "close closes closed closing",
    "call": "call calls called calling",
    "wipe": "wipe wipes wiped wiping",
    "die": "die dies died dying",
    "split": "split splits splitting",
    "hand": "hand hands handed handing",
    "look": "look looks looked looking",
    "kick": "kick kicks kicked kicking",
    "pay": "pay pays paid paying",
    "throw": "throw throws threw thrown throwing",
}
# (verb, what follows it, the one-word verbs of the same meaning)
_PHRASES: tuple[tuple[str, str, str], ...] = (
    ("come", "up with", "invent devise propose formulate originate"),
    ("get", "rid of", "remove abolish repeal scrap eliminate expel overthrow"),
    ("knock", "down", "demolish destroy bulldoze"),
    ("pull", "down", "demolish destroy"),
    ("tear", "down", "demolish destroy"),
    ("take", "part", "participate participant join"),
    ("carry", "out", "conduct perform"),
    ("cut", "down", "fell clear chop"),
    ("give", "off", "release emit produce"),
    ("give", "out", "release emit produce"),
    ("find", "out", "discover learn realise realize"),
    ("put", "forward", "propose suggest"),
    ("pass", "away", "die"),
    ("set", "up", "establish launch founded"),
    ("set", "fire to", "light lit ignite burn"),
    ("pay", "back", "repay repaid"),
    ("give", "up", "surrender abandon resign"),
    ("turn", "into", "become convert"),
    ("go", "up", "rise increase"),
    ("go", "down", "fall decrease drop"),
    ("bring", "in", "introduce"),
    ("shut", "down", "close"),
    ("close", "down", "close"),
    ("call", "off", "cancel"),
    ("wipe", "out", "destroy eradicate"),
    ("die", "out", "extinct"),
    ("split", "up", "divide separate"),
    ("hand", "over", "surrender"),
    ("look", "after", "care"),
    ("kick", "out", "expel"),
    ("throw", "out", "expel"),
)
_PATTERNS: tuple[tuple[re.Pattern[str], frozenset[str]], ...] = tuple(
    (
        re.compile(
            r"\b("
            + "|".join(_VERB_FORMS[verb].split())
            + r")\s+((?:\w+\s+){0,2}?)"
            + r"\s+".join(re.escape(word) for word in rest.split())
            + r"\b"
        ),
        frozenset(meaning.split()),
    )
    for verb, rest, meaning in _PHRASES
)


@lru_cache(maxsize=1024)
def phrasal_meanings(question: str) -> dict[str, frozenset[str]]:
    """Each word of a phrasal verb in the folded `question` (the verb, and a word of the phrase
    that is no particle: "rid", "part") with the one-word verbs it stands for.

    A short object may come between verb and particle ("knocked the houses down", "set it up"):
    up to two words.
    """
    found: dict[str, frozenset[str]] = {}
    for pattern, meaning in _PATTERNS:
        for match in pattern.finditer(question):
            words = [match.group(1), *match.group(0)[match.end(2) - match.start(0) :].split()]
            for word in words:
                found[word] = found.get(word, frozenset()) | meaning
    return found
