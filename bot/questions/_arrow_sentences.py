"""A notes arrow read out as words where a question shows it: "A → B" as a sentence.

Notes write cause and effect with an arrow ("Iron core -> becomes an induced magnet", "Armature
moving breaks the contact -> current stops", "Straight sides -> stable population"). Shown in a
stem or an option it is notes shorthand, not a question's English (round 17, class 1: eleven
questions failed on it), and in a "which is listed under" question the key was often the one
option with an arrow. Each arrow between two parts is said as a student would read it aloud:
where the part after it opens with a verb of its own ("becomes", "decreases"), the part before is
its subject ("Iron core becomes an induced magnet"); otherwise the second part follows from the
first when it is a clause ("Armature moving breaks the contact, so current stops") and is what
the first gives when it is a noun phrase ("heating limestone, giving quicklime and carbon
dioxide"). Three parts or more are a chain of steps, each "then" the one before ("stimulus, then
receptor, then sensory neurone"). The notes quoted in an explanation keep their arrows.
"""

from __future__ import annotations

import re

# Forward arrows only, as `typographic_arrows` writes them; "↔" and "←" say something else.
_BETWEEN = re.compile(r"\s*[→⇒]\s*")
# A verb in its "-s" form opening the part after the arrow, with no subject of its own:
# "becomes", "decreases", "loses", "rotates". Plural nouns end so too ("bumps that stay"); a
# noun read as a verb still joins into a readable line ("dynamo bumps that stay above zero").
_VERB_S = re.compile(r"[a-z]{2,}(?:[^sui]s|[^s]es)")
_NOT_VERBS = frozenset({"this", "his", "its", "less", "was", "has", "does", "is", "as", "thus"})


def arrows_said(text: str) -> str:
    """`text` with each arrow between two parts said in words; the same text when it has none."""
    if "→" not in text and "⇒" not in text:
        return text
    if _CLAUSES.search(text):
        # "alternator → wave …; dynamo → bumps …": each clause is said on its own
        return "; ".join(arrows_said(clause) for clause in _CLAUSES.split(text))
    parts = _BETWEEN.split(text)
    said = parts[0]
    for part in parts[1:]:
        if not said.strip() or not part.strip():
            said = f"{said.rstrip()} {part.lstrip()}".strip()
            continue
        words = part.split()
        first = words[0]
        joined = said.rstrip(" ,;:–-")
        noun = len(words) > 1 and words[1].lower() in _AFTER_A_NOUN  # "bumps that stay …"
        if is_s_verb(first) and not noun and not joined.endswith(")"):
            said = f"{joined} {part}"
        elif len(parts) > _PAIR:
            said = f"{joined}, then {part}"  # a chain: "stimulus, then receptor, then …"
        elif _clause(part):
            said = f"{joined}, so {part}"
        else:
            said = f"{joined}, giving {part}"
    return said


_CLAUSES = re.compile(r"\s*;\s*")
_AFTER_A_NOUN = frozenset({"that", "which", "who", "whose", "of"})
# Two parts are a cause and what follows; more are a chain of steps.
_PAIR = 2


def is_s_verb(word: str) -> bool:
    """True for a word in the form of a verb's "-s" form ("becomes", "stops"; a plural noun has
    it too, so where it stands decides)."""
    return _VERB_S.fullmatch(word) is not None and word not in _NOT_VERBS


def is_auxiliary_or_past(word: str) -> bool:
    """True for an auxiliary ("is", "can") or a past form in "-ed"."""
    return word in _AUXILIARIES or _PAST.fullmatch(word) is not None


# A verb of the part's own: a clause ("current stops", "pupil gets smaller", "it is a
# step-down transformer") follows from the part before it; a noun phrase ("quicklime and carbon
# dioxide", "stable population") is what the part before it gives.
_AUXILIARIES = frozenset(
    {"is", "are", "was", "were", "be", "been", "has", "have", "had", "can", "will", "would"}
    | {"could", "must", "may", "does", "do", "did"}
)
_PAST = re.compile(r"[a-z]{3,}ed")
_CLAUSE_WORDS = 6


def _clause(part: str) -> bool:
    """True for a part with a verb of its own, or one opening with a past form ("pardoned in
    1836": what happened next, not a thing the part before gives)."""
    head = re.split(r"[,;(]", part, maxsplit=1)[0]
    words = head.split()
    return has_own_verb(head, _CLAUSE_WORDS) or bool(words and _PAST.fullmatch(words[0]))


def has_own_verb(text: str, within: int | None = None) -> bool:
    """True when a word after the first of `text` (of its first `within` words) is a verb by
    its form: an auxiliary, a past form in "-ed", an "-s" form ("current stops")."""
    words = text.split()[:within]
    return any(is_auxiliary_or_past(word) or is_s_verb(word) for word in words[1:])
