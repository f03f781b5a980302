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


def arrows_said(text: str) -> str | None:
    """`text` with each arrow between two parts said in words; the same text when it has none;
    None when an arrow cannot be said so that the line reads as English (an instruction after
    it: "chlorine is toxic → do this in a fume cupboard"; an example: "additives → e.g. to make
    it dry faster"), so that the question showing it is not asked (round 18, class 3)."""
    if "→" not in text and "⇒" not in text:
        return text
    if _CLAUSES.search(text):
        # "alternator → wave …; dynamo → bumps …": each clause is said on its own
        clauses = [arrows_said(clause) for clause in _CLAUSES.split(text)]
        return None if None in clauses else "; ".join(c for c in clauses if c is not None)
    parts = _BETWEEN.split(text)
    said = parts[0]
    # A chain's step after "then" is a step too: "subahs (provinces) → sarkars → parganas" is
    # "…, then sarkars, then parganas", not "then sarkars parganas".
    chain = "\x00"
    for part in parts[1:]:
        if not said.strip() or not part.strip():
            said = f"{said.rstrip()} {part.lstrip()}".strip()
            continue
        words = part.split()
        first = words[0].strip("*_")  # "**rusts**" in Markdown notes
        joined = said.rstrip(" ,;:–-")
        # "bumps that stay …", "particles move faster": a plural noun, the subject of what follows
        noun = len(words) > 1 and (words[1].lower() in _AFTER_A_NOUN or _verb_next(words))
        if _UNSAYABLE.match(part):
            return None
        linked = _LINKED.match(part)
        if linked is not None:
            # "… troops → so seat at the peace talks": the notes say how the parts link; a "so"
            # before no clause of its own reads as what the part before gives
            rest = part[linked.end() :]
            word = linked.group(1).lower()
            if word in _SO and not _so_follows(rest):
                said = f"{joined}, giving {rest}"
            else:
                said = f"{joined}, {word} {rest}"
            continue
        plain = _plain_verb([w.strip("*_") for w in words], 0)
        if first.lower() in _DO and not _plural(joined):
            return None  # "Too much salt → do not water the plant with it": an instruction
        auxiliary = first.lower() in _AUXILIARIES
        subject = (is_s_verb(first) and not noun and not _DATED_END.search(joined)) or (
            auxiliary or plain
        )
        if subject and not joined.endswith(")") and not joined.endswith(chain):
            # "Iron core → becomes …", "cross-links → do not melt when heated": the part before
            # is the subject
            said = f"{joined} {part}"
        elif len(parts) > _PAIR:
            said = f"{joined}, then {part}"  # a chain: "stimulus, then receptor, then …"
            chain = f", then {part}".rstrip(" ,;:–-")
        elif _DATED_START.match(part):
            # "1494 – Peterhof closed → 1598 – Steelyard closed": a timeline's next entry, not
            # what the one before caused (round 24, A: "…, so 1598 – Steelyard closed")
            said = f"{joined}, then {part}"
        elif _clause(part):
            said = f"{joined}, so {part}"
        elif _names_an_event(joined, part):
            said = f"{joined}, leading to {part}"  # "Tea Act, leading to Boston Tea Party"
        elif _place_to_place(joined, part):
            # "Tokyo (Shimbashi) → Yokohama, 29 km": a route from one name to another, not what
            # the first gives (round 22, A3: "Tokyo (Shimbashi), giving Yokohama")
            said = f"{joined} to {part}"
        elif _ROLE.match(part) and not _clause(part):
            # "First garden-tomb in India → model for the Taj Mahal": what the part before was
            # to what follows, not a thing it gives (round 23, A56: "…, giving model for the")
            said = f"{joined}, the {part}"
        elif _left_as(part):
            # "… Lady Eleanor Butler → Edward's children illegitimate": what the part before
            # makes of something, not a thing it gives (round 21, A55: "giving Edward's children
            # illegitimate")
            said = f"{joined}, making {part}"
        elif _DATED_END.search(joined):
            # what an event dated in the part before led to: "built at Fatehpur Sikri in 1575,
            # leading to debates between …" (no thing it gives)
            said = f"{joined}, leading to {part}"
        else:
            # what the part before gives: "heating limestone, giving quicklime …", "(no water),
            # giving no rust"
            said = f"{joined}, giving {part}"
    return said


# A part before an arrow ending on its date ("built at Fatehpur Sikri in 1575 → debates
# between …"): a clause complete in itself, whose "-s" word after the arrow opens what followed
# (round 23b, A29 read "in 1575 debates between"), not its verb.
# (its year may be a cloze's blank: "built … in _____ → debates …").
_DATED_END = re.compile(
    r"\b(?:in|by|from|after|before|until|c\.)\s+(?:1\d{3}|20\d{2}|_{3,})\)?\s*$"
)
# A part after an arrow opening on its own date: "1598 – Steelyard closed".
_DATED_START = re.compile(r"\s*(?:c\.\s*)?\d{3,4}s?\b(?!\s*(?:%|km|m|kg|t|mm|cm|ft|mph|°))")
# A role and "of"/"for" after an arrow ("model for …", "origin of …"), said as "…, the model
# for …"; what followed from it ("lack of food", "rise of Amsterdam") is what it gave.
_ROLE = re.compile(
    r"(?:model|origin|basis|source|symbol|forerunner|precursor|inspiration|template|prototype"
    r"|blueprint|pattern|ancestor|birthplace)\s+(?:of|for)\s+\S"
)


# What no arrow can run into as a sentence: an example, an instruction to the student, a
# "to" of purpose with nothing to do it.
_UNSAYABLE = re.compile(
    r"(?i)\s*(?:e\.?g\.?|i\.?e\.?|eg|ie|etc)\b"
    r"|\s*(?:do(?!\s+\**not\b)(?!n[’']t\b)|use|add|give|show|try|check|reverse|swap|make|see|look|draw|write"
    r"|remember|learn|never|always)\s"
    r"|\s*to\s"
)


# A word after an arrow that says how the parts link ("→ so …", "→ hence …", "→ which …"): the
# arrow is read as that word, not said again ("giving so seat at …", round 22's "→ so seat at").
_LINKED = re.compile(r"(?i)(so|therefore|hence|thus|which|then)\s+(?=\S)")
_SO = frozenset({"so", "therefore"})
# After "so", a clause opens with its subject ("so people rioted") or, its subject left out, with
# a past form ("so seen as …", "so won a seat"); a noun there ("so seat at …") is a thing given.
_SUBJECTS = frozenset(
    "he she it they we i you this that these those the a an his her its their people".split()  # noqa: SIM905
)


def _so_follows(rest: str) -> bool:
    words = rest.split()
    first = words[0].lower().strip("*_,") if words else ""
    return (
        first in _SUBJECTS
        or first in _AUXILIARIES
        or first in _IRREGULAR_PAST
        or first in _PARTICIPLES
        or _PAST.fullmatch(first) is not None
        or rest[:1].isupper()
    )


_PARTICIPLES = frozenset("seen known given taken done become gone shown".split())  # noqa: SIM905


# "do" after a plural is its verb ("cross-links → do not melt"); after anything else it opens an
# instruction ("Too much salt → do not water the plant with it").
_DO = frozenset({"do", "don't", "don’t"})


def _verb_next(words: list[str]) -> bool:
    """True when the second word is a verb ("particles move faster", "imports become dearer"):
    the first, for all its "-s", is a noun."""
    second = words[1].lower().strip("*_")
    return (
        second in _AUXILIARIES
        or _plain_verb(words, 1)
        or is_s_verb(second)
        or _PAST.fullmatch(second) is not None
        # "→ families gave up their land": not "relief families gave up …"
        or second in _IRREGULAR_PAST
    )


def _plural(text: str) -> bool:
    """True when `text` ends on a plural noun ("chains joined by cross-links")."""
    words = re.sub(r"\([^()]*\)", " ", text).split()
    last = words[-1].strip("*_,.").lower() if words else ""
    return len(last) > 2 and last.endswith("s") and not last.endswith(("ss", "us", "is"))


def _clause(part: str) -> bool:
    """True for a part with a verb of its own, or one opening with a past form ("pardoned in
    1836": what happened next, not a thing the part before gives). An auxiliary past an aside
    counts too ("his brother James, Duke of York, was heir"); a verb after a relative word does
    not ("wave that goes above zero", "quicklime, which is …" name what is given)."""
    words = re.split(r"[;(]", part, maxsplit=1)[0].replace(",", " , ").split()
    if words and (_PAST.fullmatch(words[0]) or words[0] in _IRREGULAR_PAST):
        return True  # "pardoned in 1836", "became his badge" (round 21, A21): what happened next
    if _named_subject(words):
        return True  # "William Smith used it for his map": never "…, giving William Smith used"
    first_phrase = True
    for at, word in enumerate(words[1:], start=1):
        folded = word.lower().strip("*_")
        if folded == ",":
            first_phrase = False
        elif folded in _RELATIVES:
            return False
        elif folded in _BE_HAVE or (
            first_phrase
            and (folded in _AUXILIARIES or (at < _CLAUSE_WORDS and _verb_form(word, words, at)))
        ):
            return True
    return False


# A capitalised word, or the blank a cloze put in a name's place ("_____ → Haarlem").
_NAME_WORD = re.compile(r"[A-Z][\w'’.-]*|_{3,}")
_MAX_NAME_WORDS = 3


def _place_to_place(before: str, part: str) -> bool:
    """True when a name, with no verb, stands either side of the arrow: "Tokyo (Shimbashi) →
    Yokohama, 29 km", "London → Paris". Read aloud that is "from one to the other"."""
    words = re.sub(r"\([^()]*\)", " ", before).split()
    if not words or not _NAME_WORD.fullmatch(words[-1].strip(",;:")):
        return False
    after = re.split(r"[,;(]", part, maxsplit=1)[0].split()
    if _names_an_event(before, part):
        return False  # "Tea Act → Boston Tea Party": what one event led to (round 25, B9)
    return 0 < len(after) <= _MAX_NAME_WORDS and all(_NAME_WORD.fullmatch(w) for w in after)


def _names_an_event(before: str, part: str) -> bool:
    """True when a name ending in an event's or a document's word stands before the arrow or
    after it ("Tea Act → Boston Tea Party, 16 Dec 1773"): said as what one led to."""
    words = re.sub(r"\([^()]*\)", " ", before).split()
    after = re.split(r"[,;(]", part, maxsplit=1)[0].split()
    if not words or not after or not _NAME_WORD.fullmatch(words[-1].strip(",;:")):
        return False
    if not all(_NAME_WORD.fullmatch(w) for w in after[: _MAX_NAME_WORDS + 1]):
        return False
    return any(w.strip(",;:").casefold() in _EVENT_NAMES for w in (words[-1], after[-1]))


# The last word of an event's or a document's name: an arrow between two is cause and effect.
_EVENT_NAMES = frozenset(
    """act acts party treaty war wars battle revolution riots riot massacre law laws bill crisis
    rebellion uprising reform reforms strike boycott campaign conference congress council pact
    agreement declaration edict decree charter plan doctrine invasion siege election""".split()  # noqa: SIM905
)


def _left_as(part: str) -> bool:
    """True for a noun phrase and then what it is left as, with no verb: "Edward's children
    illegitimate", "the king powerless". The last word has an adjective's ending, and the word
    before it is a noun, not a word that goes before one ("royal arsenal", "new capital")."""
    words = [word.strip("*_,.") for word in re.split(r"[;(]", part, maxsplit=1)[0].split()]
    if not _MIN_LEFT_AS <= len(words) <= _MAX_LEFT_AS or not words[-1].islower():
        return False
    before = words[-2].lower()
    return (
        _ADJECTIVE_END.search(words[-1]) is not None
        and before not in _BEFORE_NOUNS
        and before not in _DETERMINERS
        and before not in _PRENOMINAL
        and _ADJECTIVE_END.search(before) is None
    )


_MIN_LEFT_AS = 2
_MAX_LEFT_AS = 6
_ADJECTIVE_END = re.compile(
    r"[a-z]{3,}(?:ate|ous|ible|able|ful|less|ive|ic|ent|ant|al|ary)$|^(?:free|weak|strong|"
    r"poor|rich|bankrupt|homeless|void|invalid|illegal|legal|stable|unstable|safe|unsafe)$"
)
_PRENOMINAL = frozenset(
    "new old big small first last great high low whole main key same other only next".split()  # noqa: SIM905
)


def _named_subject(words: list[str]) -> bool:
    """True for a part opening with a name (capitalised words, or the blank asking for it) and
    then a verb's past or "-s" form: "William Smith used it …", "_____ used it …", "Parliament
    repealed the tax" (round 20, A21)."""
    at = 0
    while at < min(len(words), _MAX_NAME_WORDS) and (
        words[at][:1].isupper() or words[at].startswith("___")  # a blanked name
    ):
        at += 1
    if not 0 < at < len(words):
        return False
    word = words[at].strip("*_")
    return bool(_NAMED_PAST.fullmatch(word)) or word in _IRREGULAR_PAST or is_s_verb(word)


_MAX_NAME_WORDS = 4
_NAMED_PAST = re.compile(r"[a-z]{2,}ed")  # "used", "owned" after a name
_IRREGULAR_PAST = frozenset(
    """
    beat won lost took led made gave sent built began became brought fought wrote held sold met
    left fell rose ran saw said told kept found drew grew knew threw split spread cut shut spent
    went came paid bought chose bound struck stood taught caught sought dealt spoke broke drove
    rode swore tore bore froze withdrew overthrew overtook undertook
    """.split()  # noqa: SIM905
)
# Shared with the blank filters: a name before one of these is the subject of a sentence.
IRREGULAR_PAST = _IRREGULAR_PAST


def _verb_form(word: str, words: list[str], at: int) -> bool:
    """True for a past form, an "-s" form or a plain verb at `at`: in lower case, as a name
    never is ("Bow Street Runners"), and not after a word that goes with a noun ("lower costs",
    "more choices")."""
    word = word.strip("*_")
    if words[at - 1].lower().strip("*_") in _BEFORE_NOUNS:
        return False
    return (
        bool(_PAST.fullmatch(word))
        or word in _IRREGULAR_PAST
        or is_s_verb(word)
        or _plain_verb(words, at)
    )


_BEFORE_NOUNS = frozenset(
    """
    a an the no some any its their his her our your my this that these those more less fewer
    lower higher bigger smaller greater larger faster slower cheaper dearer better worse many
    """.split()  # noqa: SIM905
)


# "be" and "have" past an aside still make a clause ("James, Duke of York, was heir"); another
# auxiliary there starts an item of a list ("white ppt, does not dissolve in excess").
_BE_HAVE = frozenset({"is", "are", "was", "were", "has", "have", "had"})


# Verbs in their plain form that notes put after an arrow with the part before as their subject
# ("Two north poles → repel", "no cross-links → melt when heated"); each is read so only when no
# "in"/"of" follows it ("increase in rate" is a noun).
_PLAIN_VERBS = frozenset(
    """
    repel attract melt dissolve react rust expand contract vibrate boil freeze evaporate condense
    increase decrease rise fall move spin rotate float sink conduct burn explode collapse erupt
    grow shrink die survive split fuse decay corrode stop start continue remain stay become
    fail succeed lose gain
    """.split()  # noqa: SIM905
)


_RELATIVES = frozenset({"which", "that", "who", "whose", "where", "when", "whom"})


def _plain_verb(words: list[str], at: int) -> bool:
    """True for a verb of `_PLAIN_VERBS` at `at`, not a noun ("no rust", "increase in rate")."""
    following = words[at + 1].lower() if at + 1 < len(words) else ""
    before = words[at - 1].lower().strip("*_") if at > 0 else ""
    return (
        words[at].lower().strip("*_.,") in _PLAIN_VERBS
        and following not in ("in", "of")
        and before not in _DETERMINERS
    )


_DETERMINERS = frozenset("no a an the some any more less much its their this that".split())  # noqa: SIM905


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
    | {"could", "must", "may", "does", "do", "did", "cannot", "can't", "won't", "don't"}
    | {"doesn't", "didn't", "isn't", "aren't", "wasn't", "weren't", "should"}
)
_PAST = re.compile(r"[a-z]{3,}ed")
_CLAUSE_WORDS = 6


def has_own_verb(text: str, within: int | None = None) -> bool:
    """True when a word after the first of `text` (of its first `within` words) is a verb by
    its form: an auxiliary, a past form in "-ed", an "-s" form ("current stops")."""
    words = text.split()[:within]
    return any(is_auxiliary_or_past(word) or is_s_verb(word) for word in words[1:])
