"""Question analysis: what kind of answer a question wants, what it is about, and what must hold.

"How many died in Hungary?" wants a number (`kind`), is about dying (`focus`), and only a fact
about Hungary can answer it (a `constraint`, checked against each fact's context by the ranking).
The rules are English question phrasing only — no subject's vocabulary:

| question | kind |
| --- | --- |
| who, whom, whose | person (a person, group or named actor) |
| when, what year/date/day/month, in which year | date (a date or year) |
| when does/do/is/are/can … | condition ("in a recession", "above 40°C") or a date |
| how many/much/far/long/old/big…, what percentage/temperature/… | number (a quantity) |
| where, in which country/city/… | place |
| why, for what reason, what caused | reason |
| what does X stand for / is X short for | expansion (of the acronym X) |
| what is/are X, define X, what does X mean | definition |
| which/what + a noun ("which treaty", "what disease") | entity, of that category |
| is/are/was/did/does/can … | yes/no |

Names and years in the question are the constraints; the index decides which question words are
names (words its notes write as proper nouns), so "hungary" typed in lower case still counts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise
from typing import Literal

from knowledge.search._values import UNIT_MEASURES, asks_money, value_asked
from knowledge.search._words import folded_words, is_year, word_set

AnswerKind = Literal[
    "person",
    "date",
    "condition",
    "number",
    "quantity",
    "measure",
    "formula",
    "place",
    "reason",
    "expansion",
    "definition",
    "entity",
    "yesno",
    "other",
]

STRICT_KINDS: frozenset[str] = frozenset({"date", "number", "quantity", "expansion", "person"})
"""Kinds a fact must hold a span of to answer at all: a fact with no number cannot say how many."""

_AUXILIARIES = word_set(
    """
    is are was were be been do does did done has have had can could will would shall should may
    might must
    """
)
_NUMBER_HOW = word_set(
    """
    many much far long old young big large tall high fast heavy deep wide hot cold often quickly
    """
)
_NUMBER_WHAT = word_set(
    """
    percentage percent proportion temperature magnitude population number amount size speed
    distance mass weight charge value cost price rate length height depth area volume total
    density pressure energy power force voltage current resistance frequency wavelength ph
    age salary income wage wages cost costs debt score concentration diameter radius width
    thickness velocity
    """
)
_NAME_OF = re.compile(
    r"(?:what|which)\s+(?:is|was|are|were|s)\s+(?:the\s+)?(?:first\s+)?names?\s+of\b"
    # "what is Utterson's first name?", "what was the Buddha's real name?" (folded: "utterson s",
    # or "uttersons" typed without the apostrophe)
    r"|(?:what|which)\s+(?:is|was|are|were|s)\s+(?:the\s+|his\s+|her\s+|their\s+)?"
    r"(?:[a-z]+\s+){0,3}[a-z]+\s?s\s+(?:first\s+|last\s+|full\s+|real\s+|sur)?names?$"
)
_EXTENT_HOW = word_set("long far high deep wide tall")
# Verbs that say again what "how far / fast / heavy …" asks ("how far does Bluetooth reach?" is
# answered by "short range – roughly 10 m"): phrasing, like the measure word itself.
_LASTS = word_set("last lasts lasted")
_MEASURE_VERBS: dict[str, frozenset[str]] = {
    "far": word_set("reach reaches reached travel travels travelled traveled go goes went"),
    "fast": word_set("go goes went travel travels travelled traveled move moves moved"),
    "heavy": word_set("weigh weighs weighed"),
    # "how long does Diwali last?", "how long can a mortgage last?": "5 days", "up to 25 yrs"
    "long": _LASTS,
}
_PRESENT = word_set("do does is are can should will")
_DATE_WHAT = word_set("year date day month century decade time")
_PLACE_WHICH = word_set(
    """
    country countries city cities town towns place places region continent ocean sea river
    state nation island capital location
    """
)
_COME = word_set("come comes came coming")
_WORK = word_set("work works")
_PORTRAYED = word_set("described portrayed presented depicted shown")
_START_WORDS = word_set("start started starts begin began begun beginning open opened launch")
_END_WORDS = word_set("end ended ends finish finished stop stopped close closed")
_REASON_OPENINGS = (
    "for what reason",
    "what caused",
    "what causes",
    "what cause",
    "what led to",
    "what leads to",
    "what were the reasons",
    "what was the reason",
    "what were the causes",
    "what were the main causes",
    "what made",
)
_COUNT_OPENINGS = (
    "what percentage",
    "what percent",
    "what proportion",
    "what number of",
    "what fraction",
)
_FORMULA_WORDS = word_set(
    "calculate calculated calculating calculation formula formulae formulas equation equations"
)
# "what is the formula of sulfuric acid?", "the word equation for photosynthesis": a formula of
# something is asked for, not how to calculate it.
_FORMULA_OF = re.compile(
    r"\b(?:formula|formulae|equation|equations)\s+(?:of|for)\b|\bwrite\s+(?:the|a|an)\s+\w*\s*"
    r"(?:formula|equation)"
)
_KINDS_OF = word_set("kind kinds type types sort sorts form forms")
_CATEGORY_SKIP = word_set("kind kinds type types sort sorts form forms of the a an")
_STAND_FOR = re.compile(
    r"\b(?:stand|stands|stood)\s+for\b|\bshort\s+for\b|\babbreviation\b|\bacronym\b"
    r"|\bfull\s+form\b|\bletters\b"
)
_ACRONYM = re.compile(r"\b([A-Z][A-Z0-9&]{1,9})s?\b")
_DEFINE = re.compile(
    r"^(?:what(?:\s+is|\s+are|\s+was|\s+were|'s)\s+(?:a|an|the)?\s*\S+"
    r"|define\b|definition\b|meaning\b|what\s+(?:does|do|did)\s+.+\s+mean$)"
)


@dataclass(frozen=True, slots=True)
class QuestionFrame:
    """What a question asks for.

    `kind`: the answer type. `category`: the noun a which/what-question names ("disease" in "what
    disease is spread by mosquitoes?"), which an answer names an instance of rather than repeats.
    `focus`: the folded content words. `acronym`: the letters an expansion question asks about.
    `years`: years named (constraints). `aspect`: "start" or "end" for "when did … start/end?",
    "since" for "how old is …?" (what exists now is as old as the date it was made).
    `frame_words`: words of how the question is put ("stand for", the category) that weigh little.
    `measure`: the measure a value is asked of ("temperature", "rate"); `owner`: what it is asked
    of ("afghanistan" in "what is the birth rate in Afghanistan?"), which an answer must be about;
    `modifiers`: the words naming which measure ("thinking" of "the thinking distance at 70 mph"),
    which the answer's context must name too (a line giving the total distance is no answer).
    `counted`: the noun of "how many X" ("homes"): a number in a unit that is not X ("72 hrs")
    counts no homes.
    `symbol`: "stand for" said of an ordinary word ("what does the wedding canopy stand for?"):
    what it represents is asked, which a line must say it does ("… stands for …", "X = …").
    `strict`: a kind not strict in general that this question makes strict ("what is the formula
    of …", "what temperature …": a line without a formula or a temperature cannot answer).
    """

    kind: AnswerKind
    category: str | None
    focus: tuple[str, ...]
    acronym: str | None
    years: tuple[str, ...]
    aspect: str | None
    frame_words: frozenset[str]
    measure: str | None = None
    owner: tuple[str, ...] = ()
    strict: bool = False
    attribute: str | None = None
    modifiers: tuple[str, ...] = ()
    counted: str | None = None
    symbol: bool = False


def analyse_question(question: str) -> QuestionFrame:
    """The answer type, focus and constraints of a question (see the module's table)."""
    words = folded_words(question)
    text = " ".join(words)
    first = words[0] if words else ""
    second = words[1] if len(words) > 1 else ""
    frame: set[str] = set()
    category: str | None = None
    acronym: str | None = None
    aspect: str | None = None
    kind: AnswerKind = "other"
    if _STAND_FOR.search(text):
        kind = "expansion"
        acronym = _acronym_in(question)
        frame |= {"stand", "stands", "short", "abbreviation", "acronym", "full", "form", "letters"}
    elif first in {"who", "whom", "whose"} or _NAME_OF.match(text):
        kind = "person"  # "what was the name of the manager?" wants a name, as "who" does
    elif first == "when" and second in _PRESENT:
        kind = "condition"  # "when does unemployment rise?": in a recession, not on a date
    elif (
        first == "when"
        or (first in {"what", "which"} and second in _DATE_WHAT)
        or (
            first in {"in", "on", "by"}
            and second in {"what", "which"}
            and _third(words) in _DATE_WHAT
        )
    ):
        kind = "date"
    elif (first == "how" and second in _NUMBER_HOW) or text.startswith(_COUNT_OPENINGS):
        kind = "number"
        if first == "what":
            # "what percentage of pupils …": the kind of number asked for, said by the line's
            # "7%" or "a third" rather than by the word, as "how big" is
            frame.add(second)
    elif not _FORMULA_WORDS.isdisjoint(words) or " work out " in f" {text} ":
        kind = "formula"
    elif (
        first in {"what", "which"} or (first in {"at", "by", "to", "from"} and second == "what")
    ) and (_after_wh(words) in _NUMBER_WHAT):
        # "what is the density of water?" wants a number; "what temperature do storms need?" most
        # likely one, but "what energy does active transport use?" a kind of energy.
        category = _after_wh(words)
        kind = "quantity" if second in _AUXILIARIES else "measure"
    elif first == "where" or (first in {"which", "what"} and second in _PLACE_WHICH):
        kind = "place"
    elif first == "why" or text.startswith(_REASON_OPENINGS):
        kind = "reason"
    elif (
        (first == "which" and second not in _AUXILIARIES)
        or (first == "what" and second not in _AUXILIARIES and _third(words) in _AUXILIARIES)
        or (first == "what" and second in _KINDS_OF and _third(words) == "of")
    ):
        kind = "entity"
        category = _category(words)
    elif _DEFINE.search(text):
        kind = "definition"
    elif first in _AUXILIARIES:
        kind = "yesno"
    if category is not None:
        frame.add(category)
    # "the four types of pathogen", "what kinds of rock": the list asked for, not its words.
    frame |= {w for w, after in pairwise(words) if w in _KINDS_OF and after == "of"}
    # "where does the word sheriff come from?": where something comes from is asked, in words
    # that notes giving its source or origin do not repeat ("The king's local official …")
    frame |= {w for w, after in pairwise(words) if w in _COME and after == "from"}
    # "how does a fuse work?", "how do you work out the mean rate?": how it works is asked; notes
    # say what it does ("a thin wire that melts if the current is too big")
    if first == "how" and words[-1] in _WORK:
        frame.add(words[-1])
    frame |= {w for w, after in pairwise(words) if w in _WORK and after == "out"}
    if first == "how" and words[-1] in _PORTRAYED:
        # "how is Carew described?", "how is Soho presented?": what the notes say of them, in
        # words that rarely repeat "described"
        frame.add(words[-1])
    if kind == "date":
        asked = set(words)
        # "what year is the play set in?", "what time of year do hurricanes happen?": the kind of
        # date asked for, which the line's "1912" or "late summer" says rather than names
        frame |= _DATE_WHAT & asked
        if asked & _START_WORDS:
            aspect = "start"
        elif asked & _END_WORDS:
            aspect = "end"
        frame |= (_START_WORDS | _END_WORDS) & asked
    if first in {"what", "how"} and second in _AUXILIARIES and words[-1] == "like":
        # "what are composite volcanoes like?", "what do they look like?": describe them
        frame |= {"like", "look", "looks"} & set(words)
    if kind == "number" and first == "how" and second in _NUMBER_HOW:
        frame.add(second)  # "how big", "how long": the measure asked for, rarely the fact's word
        # "how far does it reach", "how fast does it go": the verb says the measure again
        frame |= _MEASURE_VERBS.get(second, frozenset()) & set(words[2:])
    years = tuple(word for word in words if is_year(word))
    focus = tuple(word for word in words if word not in _AUXILIARIES)
    measure: str | None = None
    owner: tuple[str, ...] = ()
    modifiers: tuple[str, ...] = ()
    value = value_asked(words)
    if value is not None and kind in {"definition", "quantity", "measure", "entity", "other"}:
        # "what is the birth rate in Afghanistan?" asks for a number about Afghanistan, not for
        # what a birth rate is.
        kind, measure, owner = "quantity", value.measure, value.owner
        modifiers = value.modifiers
    elif kind in {"quantity", "measure"}:
        measure = category
    elif kind == "number" and text.startswith(("what percentage", "what percent")):
        measure = "percentage"
    elif kind == "number" and first == "how" and second in _EXTENT_HOW:
        measure = "extent"  # "how long is the river?": a length or a time, not "180 cumecs"
        if second == "long":
            # "how long did the battle last?": a time, not "seven miles"; "how long is it?" a
            # length or a time, not a share
            measure = "long" if _LASTS.isdisjoint(words) else "duration"
    elif kind == "number" and first == "how" and second in {"old", "young"}:
        measure = "age"  # "how old was he?": an age, not "£5,000 of silver"
        if _third(words) in {"is", "are"}:
            aspect = "since"  # "how old is the Rig Veda?": or when it was made, "1500–1200 BCE"
    elif kind in {"number", "quantity", "measure"} and asks_money(words):
        measure = "money"
    strict = (measure in UNIT_MEASURES) or (
        kind == "formula" and _FORMULA_OF.search(text) is not None
    )
    return QuestionFrame(
        kind,
        category,
        focus,
        acronym,
        years,
        aspect,
        frozenset(frame),
        measure,
        owner,
        strict,
        _attribute(words, None) or _possessed_name(words, kind),
        modifiers,
        _counted(words) if kind == "number" else None,
    )


def _counted(words: tuple[str, ...]) -> str | None:
    """The noun of "how many homes …", "what number of people …" (folded), or None."""
    for position in range(len(words) - 2):
        if (words[position], words[position + 1]) in {("how", "many"), ("number", "of")}:
            return words[position + 2]
    return None


_OF_LINKS = word_set("of in for at on")


def _attribute(words: tuple[str, ...], category: str | None) -> str | None:
    """What is asked of something: "resistivity" in "what is the resistivity of constantan?",
    "metal" in "what metal is the filament made of?"."""
    if category is not None:
        return category
    if len(words) < 5 or words[0] not in {"what", "which"} or words[1] not in _AUXILIARIES:
        return None
    rest = [w for w in words[2:] if w not in {"the", "a", "an"}]
    if len(rest) >= 2 and rest[1] in _OF_LINKS and rest[0] not in _KINDS_OF:
        return rest[0]
    return None


def _possessed_name(words: tuple[str, ...], kind: str) -> str | None:
    """ "name" for "what is Utterson's first name?": a name is asked of someone, as "what is the
    name of …" asks it (`_attribute`), and a line naming someone else does not give it."""
    return "name" if kind == "person" and words and words[-1] in {"name", "names"} else None


def _third(words: tuple[str, ...]) -> str:
    return words[2] if len(words) > 2 else ""


def _after_wh(words: tuple[str, ...]) -> str:
    """The measured noun of "what temperature…", "at what speed…", "what is the population of…";
    empty for "what is speed measured in?" (a unit, not a number) or "what is density?"."""
    rest = list(words)
    while rest and rest[0] in {"at", "by", "to", "from", "what", "which"}:
        rest.pop(0)
    linked = bool(rest) and rest[0] in {"is", "was", "are", "were"}
    while rest and rest[0] in {"is", "was", "are", "were", "the", "a", "an"}:
        rest.pop(0)
    if not rest:
        return ""
    if linked and (len(rest) < 2 or rest[1] != "of"):
        return ""
    return rest[0]


def _category(words: tuple[str, ...]) -> str | None:
    """The noun of "which treaty…", "what kind of rock…", "what disease…"."""
    for word in words[1:4]:
        if word in _CATEGORY_SKIP:
            continue
        return None if word in _AUXILIARIES else word
    return None


def _acronym_in(question: str) -> str | None:
    """The acronym an expansion question asks about: "what does NATO stand for?" -> "nato"; in a
    question typed in lower case, the word before "stand for"."""
    for match in _ACRONYM.finditer(question):
        if match.group(1) not in {"I", "A"}:
            return match.group(1).casefold()
    words = folded_words(question)
    for position, word in enumerate(words):
        if word in {"stand", "stands", "short"} and position > 0:
            return words[position - 1]
    return None
