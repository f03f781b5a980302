"""What kind of thing a key term names, so a wrong option is of the same kind.

A deck's key terms mix weapons, policies, states and periods: "new American _____" with ICBMs
among Security, Containment and Sovietisation puts a weapon among policies, and the odd one out is
the answer. Each term is classed by the head noun of its definition ("ICBM: Intercontinental
Ballistic Missile, …" -> weapon; "Police state: a state that …" -> state; "a Western aim" ->
concept; "keeping a country safe" -> process). A term whose definition names no known kind
("attempts to liberalise USSR") gets no wrong options: it is asked typed. (Topic titles are never
options of a blank at all: they are the options of "which topic".)
"""

from __future__ import annotations

import re
from functools import lru_cache

from knowledge.text import fold

CONCEPT = "concept"
PROCESS = "process"
UNKNOWN = ""  # a definition whose head names no known kind: the term gets no wrong options
_CLASSES = {
    "weapon": "missile missiles weapon weapons bomb bombs warhead warheads rocket rockets gun guns "
    "tank tanks submarine submarines aircraft",
    "state": "state states country countries nation nations kingdom republic empire colony colonies",
    "period": "period periods era age years time mood climate phase",
    "agreement": "treaty agreement declaration proposal pact accord plan charter act law doctrine",
    "organisation": "organisation organization alliance party agency committee council union "
    "league army force forces",
    CONCEPT: "policy policies aim aims strategy strategies goal idea belief",
    "person": "person leader leaders man woman people official",
    "contest": "race competition contest rivalry",
    "place": "city town region area zone border sea river mountain",
    "organism": "microorganism microorganisms organism organisms bacterium bacteria virus viruses "
    "protist protists fungus fungi cell cells animal animals plant plants",
    "treatment": "treatment treatments drug drugs medicine medicines vaccine vaccines therapy",
    "procedure": "trial trials test tests experiment experiments method methods procedure",
}
_WORD_CLASS = {word: kind for kind, words in _CLASSES.items() for word in words.split()}
# Words that end a definition's first noun phrase: "a state [that] …", "period [of] …".
_CLAUSE_END = re.compile(
    r"[,;:(]|\b(?:that|which|who|whom|where|when|of|to|from|for|by|with|in|on|after|before|"
    r"between|against|held|used|where)\b"
)


@lru_cache(maxsize=4096)
def term_class(definition: str) -> str:
    """The kind of thing a definition describes, from the head of its first noun phrase."""
    folded = fold(definition)
    head = _CLAUSE_END.split(folded, maxsplit=1)[0].split()
    if not head:
        return UNKNOWN
    if head[0].endswith("ing"):
        return PROCESS  # "keeping a country safe", "making a country copy …"
    for word in reversed(head):
        kind = _WORD_CLASS.get(word)
        if kind is not None:
            return kind
    return UNKNOWN
