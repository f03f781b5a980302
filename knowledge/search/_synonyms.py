"""Words of the same meaning in any subject's notes: "predict" / "prophesy", "invade" / "enter".

A student asks in their own words; the notes use the teacher's. "What do the witches predict?" is
answered by "Three witches prophesy that…", "when did the USSR invade Hungary?" by "Troops enter
Hungary", "why are reflexes so quick?" by "… so it is faster". No maintained package on PyPI ships
an English thesaurus with its data (`wn` and `nltk` download WordNet at run time, which the bot
may not do; `oewn-core` ships the code without the data), so this is a short table of general
English words that notes and questions use for one another — everyday verbs and adjectives of
history, science and literature notes alike, and the clipped forms students type ("temp",
"govt") — nothing of one deck or one subject.

A synonym counts less than the word itself or one of its forms (SYNONYM_TRUST against 0.85 for a
form of the same word), and only when the deck uses it. Groups are small and tight on purpose: a
wide net ("attack" for "invade") would make questions the notes do not answer look answered.
"""

from __future__ import annotations

from functools import lru_cache

from knowledge.search._lemma import lemma, word_groups

SYNONYM_TRUST = 0.7

_GROUPS: tuple[frozenset[str], ...] = tuple(
    frozenset(group.split())
    for group in (
        # verbs
        "predict prophesy foretell forecast",
        "invade enter",
        "start begin commence",
        "finish end conclude",
        "spark trigger provoke",
        "build construct",
        "buy purchase",
        "help aid assist",
        "try attempt",
        "rule reign govern",
        "command lead",
        "execute behead",
        "ban outlaw prohibit forbid illegal",
        "destroy demolish",
        "reveal expose uncover",
        "choose select elect pick appoint",
        "increase rise raise boost higher",
        "decrease reduce decline drop lower",
        "protect defend shield",
        "escape flee",
        "capture seize catch",
        "surrender yield",
        "imprison jail",
        "lock shut",
        "find discover",
        "rot decay decompose",
        "worry concern",
        "abuse maltreat mistreat",
        # nouns
        "ruler monarch sovereign",
        "king monarch",
        "queen monarch",
        "spy agent spymaster",
        "commander leader",
        "army troop troops soldier soldiers",
        "ship vessel",
        "war conflict",
        "purpose function aim role",
        # the aspect a question asks about, as notes label it ("Cons: …", "Strengths: …")
        "disadvantage downside drawback con weakness limitation",
        "advantage benefit upside pro strength",
        "danger risk hazard",
        "rebellion revolt uprising",
        "death fatality casualty",
        "temperature temp",
        "government govt gov",
        "information info",
        "percentage percent",
        "approximately approx",
        # the words students say for the notes' ("pee" / "urine", "stooges" / "confederates")
        "urine pee wee",
        "faeces feces poo",
        "confederate stooge accomplice",
        "child kid",
        "father dad",
        "mother mum mom",
        "mistake error",
        "experiment study",
        "material stuff",
        "air atmosphere",
        "operation surgery",
        "peak maximum",
        "wood timber lumber",
        "plot conspiracy conspirator conspire",
        # adjectives
        "fast quick rapid speedy",
        "faster quicker",
        "big large huge",
        "small little tiny",
        "rich wealthy",
        "hard difficult",
        "main chief principal",
        "important significant",
        "cruel brutal",
        "angry furious enraged irate",
        "normal typical usual",
        "easy simple",
        "scared afraid frightened",
        "fake pretend",
        "external outside",
        "less fewer",
        "wrong incorrect",
        "near close nearby",
    )
)

_OF = word_groups(_GROUPS)

# A kind and the words naming its members, one way: "what colour is the earth wire?" is answered
# by "green and yellow", but "green" asks for no colour. Closed classes of everyday English only.
_MEMBERS: dict[str, frozenset[str]] = {
    kind: frozenset(members.split())
    for kinds, members in (
        (
            ("colour", "color"),
            "red orange yellow green blue purple violet pink brown black white grey gray"
            " silver golden turquoise indigo saffron crimson scarlet maroon amber beige ochre",
        ),
        (("season",), "spring summer autumn winter"),
        (("weekday",), "monday tuesday wednesday thursday friday saturday sunday"),
        # "how does Ophelia die?" is answered by "… drowns in a brook", "who killed Marat?" by
        # "stabbed in his bath by …": the manner says the death, the death no manner. Not "hang"
        # or "starve": portraits hang in a gallery and a keeper starves no fish, and the index
        # stems "hanged" to "hang", so the death cannot be told from the wall
        (
            ("die", "death", "kill", "murder"),
            "drown stab poison strangle behead execute suffocate",
        ),
    )
    for kind in kinds
}

# Kinship read from the other side: "who was Gerald's father?" is answered by "Gerald is the son
# of Sir George", "who was Henry's wife?" by "Catherine, Henry's wife" or "… her husband Henry".
# The words of one side find the other's (and so "dad" finds "son" through "father"). A closed
# class of everyday English, so a small table.
_INVERSE_GROUPS: tuple[tuple[str, str], ...] = (
    ("father mother parent dad mum mom", "son daughter"),
    ("husband", "wife"),
    ("marry married marriage", "wife husband spouse"),
    ("grandfather grandmother grandparent", "grandson granddaughter"),
    ("uncle aunt", "nephew niece"),
)
_INVERSE: dict[str, frozenset[str]] = {}
for _one, _other in _INVERSE_GROUPS:
    for _side, _opposite in ((_one, _other), (_other, _one)):
        for _word in _side.split():
            _INVERSE[_word] = _INVERSE.get(_word, frozenset()) | frozenset(_opposite.split())


@lru_cache(maxsize=16384)
def synonyms(word: str) -> frozenset[str]:
    """The words of the same meaning as a folded word or its dictionary form, itself excluded."""
    found = _OF.get(word, frozenset()) | _OF.get(lemma(word), frozenset())
    for base in _compared(word):  # "bigger" finds "large" (and so "larger")
        found |= _OF.get(base, frozenset())
    found |= _MEMBERS.get(word, frozenset()) | _MEMBERS.get(lemma(word), frozenset())
    found |= _INVERSE.get(word, frozenset()) | _INVERSE.get(lemma(word), frozenset())
    return found - {word}


def _compared(word: str) -> tuple[str, ...]:
    """The adjectives a comparative or superlative may come from: "bigger" -> "big", "larger"
    -> "large", "easier" -> "easy"; only words of the table mean anything."""
    for end in ("er", "est"):
        if word.endswith(end) and len(word) > len(end) + 2:
            stem = word[: -len(end)]
            return (stem, stem[:-1], stem + "e", stem[:-1] + "y" if stem.endswith("i") else stem)
    return ()
