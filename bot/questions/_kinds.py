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
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache

from knowledge.text import fold

CONCEPT = "concept"
PROCESS = "process"
CONDITION = "condition"
UNKNOWN = ""  # a definition whose head names no known kind: the term gets no wrong options
_CLASSES = {
    "weapon": "missile missiles weapon weapons bomb bombs warhead warheads rocket rockets gun guns "
    "tank tanks submarine submarines aircraft",
    "state": "state states country countries nation nations kingdom republic empire colony colonies",
    "period": "period periods era age years time mood climate phase",
    "agreement": "treaty agreement declaration proposal pact accord plan charter act law doctrine "
    "settlement",
    "organisation": "organisation organization alliance party agency committee council union "
    "league army force forces group groups band bands",
    CONCEPT: "policy policies aim aims strategy strategies goal idea belief approach system",
    CONDITION: "situation situations condition conditions",
    "person": "person leader leaders man woman people official figure figures caregiver "
    "caregivers individual individuals adult adults someone parent parents informant",
    "contest": "race competition contest rivalry",
    "place": "city town region area zone border sea river mountain",
    "organism": "microorganism microorganisms organism organisms bacterium bacteria virus viruses "
    "protist protists fungus fungi cell cells animal animals plant plants",
    "treatment": "treatment treatments drug drugs medicine medicines vaccine vaccines therapy",
    "procedure": "trial trials test tests experiment experiments method methods procedure "
    "technique techniques study studies survey surveys questionnaire questionnaires interview "
    "interviews observation observations investigation",
    # Added after review 9: a key-term list mixing a research method, a person, a feeling and a
    # bond let the odd one out be picked without the subject.
    "feeling": "distress anxiety feeling feelings emotion emotions upset sadness",
    "relationship": "bond bonds relationship relationships tie ties attachment attachments "
    "friendship",
    "effect": "effect effects consequence consequences outcome outcomes",
    # Added for term questions (issue 14, round 8): "the amount of substance …" (a mole) among
    # "a mixture of a metal …" (an alloy) is an odd one out a student can spot without chemistry.
    "quantity": "amount amounts number numbers mass sum total value percentage proportion ratio "
    "rate measure measurement volume concentration level quantity",
    "part": "part parts organelle organelles",
    "movement": "movement movements diffusion transport flow",
    "change": "rise fall increase decrease growth decline",
    "attitude": "hatred prejudice hostility dislike fear",
    "substance": "substance substances material materials mixture mixtures compound compounds "
    "element elements molecule molecules",
    "charge": "tax taxes duty duties levy fee fees",
    "action": "attempt attempts attack attacks",
}
# Policies, practices and attitudes rather than things, times or states of affairs: key terms of
# one section may stand among each other when they are of these kinds (or of none the deck can
# tell), as teachers list "key terms and aims" together.
ABSTRACT = frozenset({CONCEPT, PROCESS, UNKNOWN, "action", "attitude"})
# Kinds a key-term list mixes that read apart at a glance (a research method, a person, a feeling,
# a bond): a term of one never stands beside a term of another kind, nor of an unknown one.
APART = frozenset({"person", "procedure", "feeling", "relationship"})
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
    if folded.startswith(("when ", "where ")):
        return CONDITION  # "when prices rise extremely quickly …", "when imports exceed exports"
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


# What a term's own name ends in, before "of" or a bracket: "Relative formula mass (Mr)" -> mass,
# "Rate of photosynthesis" -> rate, "Covalent bonding" -> bonding.
_NAME_HEAD = re.compile(r"\s*(?:\(.*|\bof\b.*)$")


def name_head(term: str) -> str:
    """The last word of a term's name before "of" or a bracket, folded ("" for none)."""
    words = fold(_NAME_HEAD.sub("", term)).split()
    return words[-1] if words else ""


def term_kinds(terms: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Folded term name -> the kind of thing it names, for a deck's (term, definition) pairs.

    In order of trust: the term's own head noun when it names a kind ("Weimar Republic" -> state,
    "Fiscal policy" -> concept, "Relative formula mass" -> quantity); a head noun several terms
    of the deck share ("Ionic bonding", "Covalent bonding", "Metallic bonding": the deck lists
    them as one family whatever their definitions say); then the head of the definition
    (`term_class`). UNKNOWN when none of these tells."""
    pairs = [(term, definition) for term, definition in terms]
    heads = Counter(name_head(term) for term, _ in pairs if len(fold(term).split()) > 1)
    kinds: dict[str, str] = {}
    for term, definition in pairs:
        head = name_head(term)
        kind = _WORD_CLASS.get(head) or _WORD_CLASS.get(_singular(head))
        if kind is None and head and heads[head] > 1 and len(fold(term).split()) > 1:
            kind = f"those named “… {head}”"
        kinds.setdefault(fold(term), kind or term_class(definition))
    return kinds


def _singular(word: str) -> str:
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word
