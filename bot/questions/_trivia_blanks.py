"""Blanks on words a teacher does not test: a list's everyday category word, one wording of a
slash, a gloss in brackets, a misspelling of the notes, one item of a bare list, and the method's
own numbers (how many repeats, the size of the apparatus, a quantity a step of it uses, the number
of a tube or a step).

Round 15's blind review failed "_____: glasses, contact lenses, laser eye surgery" → treatments
(corrections, remedies fit as well), "glands secreting hormones / _____" → chemicals (the slash
offers another wording, not another fact), "banknotes (_____)" → traceable (an aside on the word
before), "studying _____ with brain damage" keyed "pateints" (the notes' typo), "Modern
policing: _____, specialised units" → CCTV (any other item of the topic fits), "partner drops a
_____ cm ruler" → 30 and "repeat _____ times" → 3 (how the practical is set up, not what it
shows). Round 18 failed "Add _____ cm³ of the water sample and heat gently …" → 50 and "Tube
_____: air dried with anhydrous calcium chloride (no water) → no rust" → 3 for the same reason.
Each asks how the notes happen to be worded; the line is asked on its other words.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from bot.questions._abbreviation_stops import masked
from bot.questions._everyday import frequency
from bot.questions._spans import NUMERIC_KINDS, Span, SpanKind
from knowledge.search._dictionary import is_english
from knowledge.search._lemma import lemma

# From this Zipf frequency a word is everyday English, with synonyms a student could type
# ("treatments" 4.1, "chemicals" 4.2); subject words sit below ("hormones" 3.8, "oestrogen" 2.4).
EVERYDAY_ZIPF = 4.0
# "Label: …" with the label near the start of the line.
_LABEL_END = re.compile(r":\s")
_MAX_LABEL = 60
# A list's items: split at commas and semicolons outside brackets.
_ITEM_SPLIT = re.compile(r"\s*[,;]\s*")
_BRACKETED = re.compile(r"\s*\([^()]*\)")
# A category label heads at least this many items; a bare list's items are this short.
MIN_CATEGORY_ITEMS = 3
MAX_BARE_ITEM_WORDS = 3
# A longer bare list ("Evaporation, transpiration, condensation, precipitation, run-off") is a
# whole set the notes enumerate: the item left out is the one the set lacks.
MAX_BARE_ITEMS = 3
# An item of a list names a thing; one with a date or an article adds to the name before it.
_DIGIT = re.compile(r"\d")
_ARTICLE_FIRST = re.compile(r"(?:a|an|the)\s", re.IGNORECASE)
MAX_LIST_ITEM_WORDS = 4
_SLASH_BEFORE = re.compile(r"[^\W\d_][\w'’-]*\s*/\s*$")
_SLASH_AFTER = re.compile(r"\s*/\s*[^\W\d_]")
_WORD_THEN_BRACKET = re.compile(r"(?:^|\s)([a-z][a-z'’-]{2,})\s*\(\s*$")
# "repeat 3 times", "take 5 readings": how often the method is done, not what it finds.
_METHOD_VERB = re.compile(
    r"\b(?:repeat(?:ed|ing)?|take|taking|record|recording|measure|measuring|do|carry\s+out"
    r"|carried\s+out|perform|performed)\b[^.;:!?]*$",
    re.IGNORECASE,
)
_REPEATS_AFTER = re.compile(r"\s*(?:times|repeats|readings|trials|measurements)\b", re.IGNORECASE)
# "a 30 cm ruler", "a 250 cm³ beaker": the size of a piece of apparatus (the words a size of a
# feature or a change goes with are kept: "a 5 km long spit", "a 2 m rise").
_ARTICLE_BEFORE = re.compile(r"\b(?:a|an|the|each)\s+$", re.IGNORECASE)
_SIZE_UNIT_NOUN = re.compile(r"\s*(?:mm|cm|m|ml|mL|cm3|cm³|dm3|dm³|l|L|litre|g|kg)\s+([a-z]+)\b")
# "Add 50 cm³ of …", "Leave the tubes for 24 hours", "Weigh 2 g of …": a step of a method opens
# with what to do, and a figure in that first clause is how the practical is set up, not what it
# shows. A later clause with a subject of its own ("Test the water – pH should be 7") states a
# result, and a noun opening a statement ("Heat travels …", "Heat is …") is no instruction.
_STEP_VERBS = frozenset(
    """
    add attach blot boil clamp collect cool dilute dissolve fill heat leave measure mix pipette
    pour put repeat rinse shake stir swirl take titrate transfer trim wait warm weigh
    """.split()  # noqa: SIM905
)
_NOT_AN_OBJECT = frozenset("is are was were can could will would has have of from".split())  # noqa: SIM905
_STEP_CLAUSE_END = re.compile(r"\s[–—-]\s|[;:]|\.\s|,\s*(?:so|which|giving)\b")
_LEAD_MARKUP = " *_\"“'‘(\t"
# "Tube 3: …", "step 2", "in beaker 1": the number of an item of the method, which the notes
# count to tell the items apart (a type or stage a subject names by its number, "Type 1
# diabetes", "Stage 3 of the model", is asked).
_ITEM_NUMBER = re.compile(
    r"\b(?:step|steps|tube|tubes|test\s+tube|beaker|flask|dish|plate|jar|bottle|sample|trial"
    r"|experiment|attempt|set-?up|container|pot|cylinder|quadrat|basin|nail)\s+$",
    re.IGNORECASE,
)
_SMALL_COUNT = re.compile(r"\d{1,2}[a-z]?")
_NOT_APPARATUS = frozenset(
    """
    long wide high deep tall thick across thin rise increase fall drop decrease reduction gain
    loss cut growth change difference layer depth radius diameter
    """.split()  # noqa: SIM905
)
MIN_MISSPELT_LETTERS = 5


def trivia_blank_problem(text: str, span: Span) -> str | None:
    """Why blanking `span` of `text` asks the notes' wording or the method's set-up rather than
    what they teach, or None."""
    if span.marked:
        return None
    if span.kind in NUMERIC_KINDS:
        return _method_number(text, span)
    if span.kind is SpanKind.RARE_WORD and _category_label(text, span):
        return "the blank is an everyday word naming the list after it"
    if span.kind is SpanKind.RARE_WORD and _slash_wording(text, span):
        return "the blank is another wording of the word beside its slash"
    if _bracket_gloss(text, span):
        return "the blank glosses the word before it"
    if span.kind is SpanKind.RARE_WORD and misspelt(span.text.strip()):
        return "the blank is a word the notes misspelt"
    return None


def _method_number(text: str, span: Span) -> str | None:
    before = text[: span.start]
    if span.kind is SpanKind.QUANTITY and sample_size(text, span):
        return "the blank is how many a study looked at"  # "Jauhar et al (2014) … of _____ studies"
    if (
        span.kind is not SpanKind.YEAR
        and _SMALL_COUNT.fullmatch(span.text.strip())
        and _ITEM_NUMBER.search(before)
    ):
        return "the blank numbers an item of the method"  # "Tube _____: …" -> 3
    if span.kind is not SpanKind.YEAR and _in_method_step(text, span):
        return "the blank is a quantity a step of the method uses"  # "Add _____ cm³ of …" -> 50
    if _REPEATS_AFTER.match(text, span.end) and _METHOD_VERB.search(before):
        return "the blank is how often the method is repeated"  # "repeat _____ times" -> 3
    if _ARTICLE_BEFORE.search(before):
        noun = _SIZE_UNIT_NOUN.match(text, span.end)
        if noun is not None and noun.group(1) not in _NOT_APPARATUS:
            return "the blank is the size of a piece of apparatus"  # "a _____ cm ruler" -> 30
    return None


# A study cited by its authors and year: "Ripke et al (2014)", "Ayllon + Azrin (1968)", or one
# author whose line reads as research ("Copeland (1971) - 134 US + 194 British psychiatrists,
# same patient description").
_AUTHOR = r"[A-Z][\w'’-]+"
CITATION = re.compile(
    rf"{_AUTHOR}(?P<more>\s+et\s+al\.?|\s+(?:and|&|\+)\s+{_AUTHOR})?\s*"
    r"\((?:1[5-9]|20)\d\d[a-z]?\)"
)
_RESEARCH_WORDS = re.compile(
    r"(?i)\b(?:stud(?:y|ies)|review|meta-analysis|participants?|patients?|pts|controls|sample"
    r"|subjects|respondents|volunteers|experiment|survey|trials?)\b"
)
# The study's set-up runs to the first comma (not one inside a figure: "37,000"), semicolon,
# colon or arrow; what follows is what it found.
_SET_UP_END = re.compile(r",(?!\d{3})|[;:→]|->|=>|\s[–—-]\s")
_MAX_SET_UP_WORDS = 8


def sample_size(text: str, span: Span) -> bool:
    """True when the number counts what a cited study looked at, right after its citation:
    "Ripke et al (2014) - _____ patients vs 113,000 controls" → 37,000, "meta-analysis of _____
    studies" → 34, "Copeland (1971) - _____ US + 194 British psychiatrists" → 134. How big the
    sample was is the method, not what the study found, which the rest of the line says (round
    19, A10, A33, A45, A52). Percentages are findings, and are asked."""
    if "(" not in text:
        return False
    found = [
        match for match in CITATION.finditer(text, 0, span.start) if cites_authors(text, match)
    ]
    if not found:
        return False
    cited = found[-1]
    if set_up_of(cited.group(), text[cited.end() : span.start]) is None:
        return False
    return cited.group("more") is not None or _RESEARCH_WORDS.search(text) is not None


# Words before a name that make it an event's or a thing's: "Act of Indemnity and Oblivion
# (1660)", "Hearth Tax (1662)", "the Treaty of Versailles (1919)".
_NAMING_BEFORE = re.compile(r"(?:\b(?:of|the|The|for|on|at|in)|[A-Z][\w'’-]*)\s+$")


def cites_authors(text: str, match: re.Match[str]) -> bool:
    """True when a "Name (YEAR)" match names authors, not an event: no "of", "the" or other
    capitalised word stands before it."""
    return _NAMING_BEFORE.search(text, 0, match.start()) is None


def set_up_of(citation: str, between: str) -> str | None:
    """The words between a citation and a number in its line when they are the study's set-up
    ("meta-analysis of", "systematic review -"): no clause has ended and they are few. None
    when the number belongs to what the study found."""
    set_up = between.strip(" -–—")
    if _SET_UP_END.search(set_up) or len(set_up.split()) > _MAX_SET_UP_WORDS:
        return None
    return f"{citation} {set_up}"


def numbers_an_item(name: str) -> bool:
    """True for a name that is an item of a method and its number ("Tube 3", "Step 2"): a label
    the notes count their items by, not a term ("Which term means: 'air dried with anhydrous
    calcium chloride …'?" keyed "Tube 3")."""
    words = name.strip(_LEAD_MARKUP).split()
    return (
        len(words) >= 2
        and _SMALL_COUNT.fullmatch(words[-1]) is not None
        and _ITEM_NUMBER.search(" ".join(words[:-1]) + " ") is not None
    )


def _in_method_step(text: str, span: Span) -> bool:
    """True when `text` opens with a verb of method ("Add", "Leave", "Weigh") and `span` stands in
    that first clause."""
    words = text.lstrip(_LEAD_MARKUP).split(maxsplit=2)
    if len(words) < 2 or words[0].casefold() not in _STEP_VERBS:
        return False
    second = words[1].casefold()
    if second in _NOT_AN_OBJECT or (second.isalpha() and second.endswith("s") and len(second) > 3):
        return False  # "Heat travels …", "Heat is …": a noun and its verb
    end = _STEP_CLAUSE_END.search(masked(text))
    return end is None or span.start < end.start()


def _items(text: str) -> list[str]:
    return [item for item in _ITEM_SPLIT.split(_BRACKETED.sub("", text).strip(" .;")) if item]


def _category_label(text: str, span: Span) -> bool:
    """True for the whole of a "label: a, b, c" line's one-word label when the label is an
    everyday word and what follows is a list of short items: "_____: glasses, contact lenses,
    laser eye surgery" → treatments (remedies, corrections). A subject's word for the class
    ("_____: helium, neon, argon" → noble gases, "hormones") is rarer, and asked."""
    found = _LABEL_END.search(text)
    if found is None or found.start() > _MAX_LABEL:
        return False
    label = text[: found.start()]
    if text[: span.start].strip(' *_"“') or label[span.end :].strip(' *_"”'):
        return False
    word = span.text.strip()
    if " " in word or frequency(word.casefold()) < EVERYDAY_ZIPF:
        return False
    items = _items(text[found.end() :])
    return len(items) >= MIN_CATEGORY_ITEMS and all(
        len(item.split()) <= MAX_LIST_ITEM_WORDS for item in items
    )


def _slash_wording(text: str, span: Span) -> bool:
    """True for an everyday word written as the other wording of a slash: "glands secreting
    hormones / _____" → chemicals. Two subject words a slash joins ("oestrogen/progesterone")
    are two things, and stay askable."""
    word = span.text.strip()
    if " " in word or frequency(word.casefold()) < EVERYDAY_ZIPF:
        return False
    return bool(_SLASH_BEFORE.search(text[: span.start]) or _SLASH_AFTER.match(text, span.end))


def _bracket_gloss(text: str, span: Span) -> bool:
    """True when the blank is one lower-case word alone in brackets after a lower-case word:
    "banknotes (_____)" → traceable, "rookeries (_____)" → slums. The bracket is an aside on the
    word before; that word is what the line teaches."""
    word = span.text.strip()
    if span.kind in NUMERIC_KINDS or " " in word or not word.isalpha() or not word.islower():
        return False
    after = text[span.end :].lstrip()
    before = _WORD_THEN_BRACKET.search(text[: span.start])
    if not after.startswith(")") or before is None:
        return False
    # An aside says the word in words as common or commoner ("traceable", "slums", "crowded"); a
    # rarer word in the bracket is the subject's own name for it ("surgical methods
    # (sterilisation)", "explicit (declarative)").
    return frequency(word) >= frequency(before.group(1).casefold())


def bare_list_item(text: str, span: Span) -> bool:
    """True when the line is nothing but a short list ("CCTV, specialised units") and the blank
    is one whole item of it: no claim is left to pin the item down, and every other item of the
    topic fits. A list after a label ("Hormonal: pill, injection, implant") says what its items
    are, and is left to the other checks, as is a line under a sub-heading ("Effects: …"), which
    says so for all its lines (the caller knows). Commas that add to a name ("Matthew Hopkins, the
    Witchfinder General, active 1645–47": who he was, and when) make no list."""
    # A whole item stands between the line's ends, commas and semicolons (most blanks do not:
    # found so, without splitting the line).
    before = text[: span.start].rstrip()
    after = text[span.end :].lstrip()
    if (before and before[-1] not in ",;") or (after and after[0] not in ",;("):
        return False
    found = _LABEL_END.search(text)
    if found is not None and found.start() <= _MAX_LABEL:
        return False
    items = _items(text)
    if not 2 <= len(items) <= MAX_BARE_ITEMS:
        return False
    if any(
        len(item.split()) > MAX_BARE_ITEM_WORDS or _DIGIT.search(item) or _ARTICLE_FIRST.match(item)
        for item in items
    ):
        return False
    answer = span.text.strip().casefold()
    return any(item.casefold() == answer for item in items)


@lru_cache(maxsize=4096)
def misspelt(word: str) -> bool:
    """True for a lower-case word English does not know that is a known word with two letters
    swapped or a letter written once for twice: "pateints", "recieves", "accomodation". Subject
    words the dictionary lacks ("gibberellins") are no such slip of another word, and stay
    askable; a letter left out is not looked for ("saltation" is no slip of "salutation"), nor
    one doubled, which is as often a spelling of its own ("whodunnit", "whodunit"); but a double
    letter moved to another letter is ("dissapears" for "disappears", round 16)."""
    if len(word) < MIN_MISSPELT_LETTERS or not word.isalpha() or not word.islower():
        return False
    if is_english(word) or is_english(lemma(word)):
        return False
    swapped = (
        word[:at] + word[at + 1] + word[at] + word[at + 2 :] for at in range(1, len(word) - 1)
    )
    doubled = (word[:at] + word[at - 1] + word[at:] for at in range(1, len(word) + 1))
    if any(is_english(candidate) for group in (swapped, doubled) for candidate in group):
        return True
    # A double letter written at the wrong place: "dissapears" (disappears), "neccesary".
    return any(is_english(candidate) for candidate in _double_moved(word))


def _double_moved(word: str) -> Iterator[str]:
    """`word` with one of its double letters written once and another letter written twice."""
    for at in range(1, len(word)):
        if word[at] != word[at - 1]:
            continue
        single = word[:at] + word[at + 1 :]
        for other in range(1, len(single) + 1):
            if other != at:
                yield single[:other] + single[other - 1] + single[other:]
