"""Stems a teacher would write: no lead-in labels, no pronoun whose referent the question lost.

Notes label lines for the reader ("Key terms: Putsch - an attempt …", "Consequences: the party was
banned …"); in a question the label is clutter, so it is dropped from the prompt and options.
A line leaning on the line before ("1920: it was renamed the NSDAP", "… blamed the politicians who
signed it") says nothing on its own: its questions are not asked. Nor is a line with no subject
at all ("controlled by negative feedback") under a heading naming two things ("Adrenaline and
thyroxine"): shown under the heading, it says of both what the notes say of one.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from bot.questions._model import Question
from knowledge.search._lemma import lemma
from knowledge.text import fold

_LEAD_LABEL = re.compile(
    r"(?:key\s+(?:terms?|words?|ideas?|points?|facts?|people|dates?)|keywords?|vocab(?:ulary)?"
    r"|causes?|consequences?|effects?|results?|reasons?|impacts?|significance|aims?|outcomes?"
    r"|because|note|nb|definition)\s*:\s+",
    re.IGNORECASE,
)
LEAD_LABEL = _LEAD_LABEL  # the stems drop it; `_fragments` reads the line after it
# A label before a line's own subject: a date ("1920: "), a name ("Kapp Putsch: ").
_PREFIX = re.compile(r"^[^:]{1,30}:\s+")
_SUBJECT_PRONOUN = re.compile(
    r"(?:it|they)\b|(?:this|these|those)\s+(?:is|was|are|were|has|had|have|meant|means|led"
    r"|caused|made|shows?|showed)\b"
)
# "who signed it", "it was renamed": a verb's "it" whose thing the line never names.
_OBJECT_IT = re.compile(
    r"\b(?:\w{3,}ed|made|gave|took|saw|put|set|let|got|kept|held|left|found|told|paid|sold"
    r"|brought|won|lost|led|began|wrote|signed|called|named|renamed|built|ran)\s+it\b"
    r"(?!\s+(?:to|that|clear|possible|illegal|impossible|easier|harder|difficult|would|will|was"
    r"|is|could|might|had|has|did|should|must|can)\b)",
    re.IGNORECASE,
)


# A sub-item's letter or roman numeral opening a line of an outline: "a) Trenton (26 Dec 1776) -
# Washington crossed …", "(ii) Saratoga". In a stem it sits inside the sentence (round 20, B8).
_LIST_LETTER = re.compile(r"\(?(?:[a-h]|i{1,3}|iv|vi{0,3})\)\s+(?=\S)")
_LETTER_IN_STEM = re.compile(r"(^|:\s|\?\s)\(?(?:[a-h]|i{1,3}|iv|vi{0,3})\)\s+(?=\S)")


def without_list_letter(question: Question) -> Question:
    """The question without the list letter its line opens with ("a) Trenton …") in its stem,
    options and answers; a line that opens with none is returned as it is."""
    if not _LIST_LETTER.match(question.source_fact or "") and not any(
        _LIST_LETTER.match(option) for option in question.options
    ):
        return question
    prompt = question.prompt
    if _LIST_LETTER.match(question.source_fact or ""):
        prompt = _LETTER_IN_STEM.sub(r"\1", prompt, count=1)
    options = tuple(_LIST_LETTER.sub("", option, count=1) for option in question.options)
    answers = tuple(
        _LIST_LETTER.sub("", answer, count=1) if _LIST_LETTER.match(answer) else answer
        for answer in question.answers
    )
    if len({fold(option) for option in options}) < len(options):
        return question  # two options the letters alone told apart
    return replace(question, prompt=prompt, options=options, answers=answers)


def without_lead_label(question: Question) -> Question:
    """The question without the lead-in label its line opens with ("Key terms: …")."""
    found = _LEAD_LABEL.match(question.source_fact or "")
    if found is None:
        return question
    label = found.group(0)
    if any(fold(answer) in fold(label) for answer in question.answers if fold(answer)):
        return question  # the label is what is asked about

    def drop(text: str) -> str:
        at = text.find(label)
        if at < 0:
            return text
        rest = text[at + len(label) :]
        return text[:at] + rest[:1].upper() + rest[1:]

    options = tuple(
        drop(option) if option.startswith(label) else option for option in question.options
    )
    answers = tuple(
        drop(answer) if answer.startswith(label) else answer for answer in question.answers
    )
    return replace(question, prompt=drop(question.prompt), options=options, answers=answers)


_PERSONAL = re.compile(r"\b(?:he|she)\b", re.IGNORECASE)
_CAPITALISED = re.compile(r"\b[A-Z][\w'’-]+")


def lost_referent(text: str) -> bool:
    """True for a line whose subject is a pronoun (after any "1920:"-style label), with a verb's
    "it" the line never names, or with "he"/"she" and no name before it ("In prison he wrote
    …"): away from the line before, nobody can tell what or who it is about."""
    line = _PREFIX.sub("", text.strip(), count=1)
    if _SUBJECT_PRONOUN.match(fold(line)) or _OBJECT_IT.search(line):
        return True
    personal = _PERSONAL.search(line)
    if personal is None:
        return False
    # A capital opening the line is a name unless it is a word any sentence opens with ("In
    # prison he …"); a capital after it is a name.
    names = [
        word
        for word in _CAPITALISED.finditer(line[: personal.start()])
        if word.start() > 0 or word.group(0).lower() not in _OPENERS
    ]
    return not names


_OPENERS = frozenset(
    """
    in the a an after when as at on by during then later also but and while before since once
    from with soon meanwhile eventually finally
    """.split()  # noqa: SIM905
)


# A clause opening with a past participle and what it goes with: "controlled by negative
# feedback", "declined after 1660s", "pardoned" (its year cut out): no subject says what was.
_PARTICIPLE_FIRST = re.compile(
    r"\s*([A-Za-z][a-z]{2,}ed)(?:\s+(?:by|in|on|at|to|from|after|before|with|into|for|as|during|under"
    r"|until|because|up|out|off|over|down|back)\b|\s*(?:$|[,;.(]))"
)
_MIN_PARTICIPLE = 5
# What splits a heading into the things it names: "Adrenaline and thyroxine", "Lenin & Trotsky",
# "Oxygen + hydrogen", "Mitosis / meiosis" (a comma is as often an apposition: "Hopkins, the
# Witchfinder General").
_NAMES_SEVERAL = re.compile(r"\s(?:and|&|\+|/|vs\.?)\s", re.IGNORECASE)
_ASIDE = re.compile(r"\s*\([^()]*\)")


# Past participles not made with -ed, and what they go with: "found in Group 0", "made in
# the liver", "sent to Australia"; or the particle of a phrasal verb: "set up, based in Geneva"
# (round 16, B7: an event put in order with no subject), "called off", "carried out".
_IRREGULAR_FIRST = re.compile(
    r"\s*(?:found|made|known|given|taken|built|held|kept|sent|seen|written|born|paid|sold"
    r"|brought|taught|caught|shown|grown|thrown|drawn|spent|won|begun|broken|chosen|driven"
    r"|hidden|stolen|sworn|worn|split|led|set|put|cut)\s+(?:by|in|on|at|to|from|after|before"
    r"|with|into|for|as|during|under|until|up|out|off|over|down|back)\b",
    re.IGNORECASE,
)


def verb_led(clause: str) -> bool:
    """True for a clause that opens with a past participle or past tense and no subject before
    it: "controlled by negative feedback (TSH from pituitary)", "declined after 1660s",
    "pardoned", "found in Group 0". A noun or adjective that ends so ("red", "seed", "need") is
    no verb's form."""
    found = _PARTICIPLE_FIRST.match(clause)
    if found is None:
        return _IRREGULAR_FIRST.match(clause) is not None
    word = found.group(1).lower()
    return len(word) >= _MIN_PARTICIPLE and lemma(word) != word


def named_things(heading: str) -> list[str]:
    """The things a heading names, outside its asides: ["Adrenaline", "thyroxine (HT only)"]
    for "Adrenaline and thyroxine (HT only)"; one for a heading naming one thing."""
    return [part for part in _NAMES_SEVERAL.split(_ASIDE.sub("", heading)) if part.strip()]


def subject_lost(text: str, heading: Callable[[], str]) -> bool:
    """True for a line with no subject (`verb_led`) under a heading that names two things or
    more: "controlled by positive feedback" shown under "Adrenaline and thyroxine" says of both
    hormones what the notes say of one. The heading it is shown under is worked out only for a
    line with no subject (few are)."""
    return verb_led(text) and len(named_things(heading())) > 1
