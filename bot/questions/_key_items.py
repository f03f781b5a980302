"""Blanks on what a line mentions on the way to its point, not the point itself.

A line's key item is what it is about: the term it defines, the person who acted, the date and
figure of its claim. Round 27's blind review (class 1, its largest) failed clozes and true/false
statements on everything else a line happens to hold: a remark in brackets ("(important for
_____!)" → 1897, "(the _____)" → Strand, "(near _____)" → Pershore), a house number or a chapter
reference ("at _____ Pinchin Lane" → 3, "cocaine, ch. _____" → 1), a job title or adjective
before a name ("estimate by _____ Patrick Darling" → archaeologist, "the _____ Sholto" →
respectable), the regiment after its ordinal ("the 3rd _____"), and one of the places a line
names as examples ("others are in Berlin, _____, Oxford, etc."). Each is read from the line
alone, in any subject; a line left with no other blank gives no question, which is better than
a trivia one. The author's marked spans (bold, cloze markup) are their key items and are kept.
"""

from __future__ import annotations

import re

from bot.questions._spans import NUMERIC_KINDS, Span, SpanKind


def incidental_item(text: str, span: Span) -> str | None:
    """Why `span` is something `text` mentions in passing rather than its key item, or None."""
    if span.marked:
        return None
    if _in_remark(text, span):
        return "the blank is inside a bracketed aside"
    if span.kind in NUMERIC_KINDS and text[span.start - 1 : span.start] in ("'", "’"):
        return "the blank is a short year inside a name"  # "FESTAC ’_____" -> 77
    if span.kind in NUMERIC_KINDS and _in_number_run(text, span):
        return "the blank is one of a run of numbers"  # "Apollo 15, 16 and _____" -> 17
    if span.kind in NUMERIC_KINDS and _HOUSE_NUMBER.match(text, span.end):
        return "the blank is a house number"
    if _AFTER_HOUSE_NUMBER.search(text, 0, span.start) and span.text[:1].isupper():
        return "the blank is the street of an address"
    if span.kind in NUMERIC_KINDS and _REFERENCE_BEFORE.search(text, 0, span.start):
        return "the blank is a chapter or page reference"
    if span.kind not in NUMERIC_KINDS and _CLAUSE_VERB.search(span.text):
        return "the blank is a clause, not a name"  # "_____ – most are made of brass" (round 27)
    if _POSSESSOR_INSIDE.search(text, 0, span.start) and _OWNS.match(text, span.end):
        return "the blank owns the thing the line is about"  # "worn at the _____'s hip"
    if _word_before_name(text, span):
        return "the blank describes the name after it"
    if _ORDINAL_BEFORE.search(text, 0, span.start):
        return "the blank is named by the ordinal before it"
    if span.kind not in NUMERIC_KINDS and _NEAR_BEFORE.search(text, 0, span.start):
        return "the blank is a place given only as near"
    if span.kind not in NUMERIC_KINDS and example_place(text, span):
        return "the blank is one of the places the line names as examples"
    return None


# Words that may sit in a bracket with a date and still leave it a date: "(April 1970)",
# "(c. 1440s)", "(founded 1575)", "(1652–1674)".
_DATE_WORDS = frozenset(
    """
    c ca circa c. ca. founded born died b d b. d. built from to until since by in AD BC BCE CE
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec early mid late approx approx. approximately
    about around roughly nearly almost over under
    """.casefold().split()
)
_SEVERAL_REMARKS = re.compile(r"[,;!?]")
# A word this short beside a figure is its unit ("km", "C", "mph"), not a remark.
_MAX_UNIT_LETTERS = 3
_BRACKET_WORD = re.compile(r"[^\W\d_][\w.'’-]*")


def _in_remark(text: str, span: Span) -> bool:
    """True when `span` stands inside round brackets with words of a remark: "(a space station,
    _____)", "(important for _____!)", "(the _____)". A bracket that is a date alone ("Apollo
    13 (April _____)") or a figure with what it measures ("(body temp approx _____°C)") gives
    what the line tells, and a word alone in brackets is a gloss, which `_trivia_blanks`
    judges."""
    opened = text.rfind("(", 0, span.start)
    if opened < 0 or text.rfind(")", opened, span.start) >= 0:
        return False
    closed = text.find(")", span.end)
    if closed < 0:
        return False
    rest = text[opened + 1 : span.start] + " " + text[span.end : closed]
    words = _BRACKET_WORD.findall(rest.replace("–", " "))
    if not words:
        return False  # "explicit (_____)" -> declarative: a gloss alone, `_trivia_blanks` judges it
    if span.kind not in NUMERIC_KINDS | {SpanKind.DATE}:
        # "(the _____)" alone glosses the words before ("East Berlin (the GDR)"), as a word alone
        # in brackets does; a remark says more ("(near _____)" is `_NEAR_BEFORE`'s).
        return (
            _SEVERAL_REMARKS.search(rest) is not None
            or len(words) > 1
            or (words[0].casefold() not in ("the", "a", "an"))
        )
    if _SEVERAL_REMARKS.search(rest):
        return True  # "(a space station, _____)", "(important for _____!)"
    if span.kind not in (SpanKind.YEAR, SpanKind.DATE):
        return False  # "(body temp approx _____°C)": the figure the line gives
    return any(
        word.casefold() not in _DATE_WORDS and len(word) > _MAX_UNIT_LETTERS for word in words
    )


# "3 Pinchin Lane", "221B Baker Street", "4 Jodenbreestraat": a number before a street's name.
_STREET = (
    r"(?:Street|St|Lane|Road|Rd|Avenue|Ave|Square|Place|Terrace|Row|Court|Gardens|Crescent"
    r"|Close|Drive|Way|Walk|Mews|Parade|Quay|Strand)\b"
)
_STREET_SUFFIX = r"[A-Z][\w'’-]*(?:straat|gracht|strasse|straße|gasse|weg|plein|laan|kade|gade)\b"
_HOUSE_NUMBER = re.compile(
    rf"[A-Za-z]?\s+(?:(?:[A-Z][\w'’-]*\s+){{1,3}}{_STREET}|{_STREET_SUFFIX})"
)
_AFTER_HOUSE_NUMBER = re.compile(r"\b(?:at|in|on|of|lived|from)\s+\d{1,4}[A-Za-z]?\s+$")
# "ch. _____", "chapter _____", "p. _____", "Act _____", "lines _____": where, not what.
_REFERENCE_BEFORE = re.compile(
    r"(?i:\b(?:ch|chap|chapters?|pp?|pages?|vol|volume|para|paragraph|sect?|section|fig|figure"
    r"|lines?|verses?|ll|sc|scene|act|episode|ep)\.?)\s*$"
)
# A lower-case word, then a capitalised one that is not a new sentence: "by _____ Patrick".
_CAPITAL_AFTER = re.compile(r"[ \t]+(?:(?:Dr|Mr|Mrs|Ms|Sir|St)\.?\s+)?[A-Z][\w'’-]*")
# A verb inside a blank makes it a clause ("Name is misleading"), which no student types back.
_CLAUSE_VERB = re.compile(r"(?i)\s(?:is|are|was|were|has|have|had|does|did)\s")
# "at the _____'s hip", "of the _____’s army": a possessor inside a phrase, not its head. Only
# after "the": a name owning without it ("a quarter of _____'s electricity" → Iceland) is the
# line's subject as often as not.
_POSSESSOR_INSIDE = re.compile(r"(?i)\b(?:at|in|on|of|to|by|from|with|for|into)\s+the\s+$")
_OWNS = re.compile(r"[’']s?\s+[a-z]")
_ORDINAL_BEFORE = re.compile(r"\b\d+(?:st|nd|rd|th)\s+$")
_NEAR_BEFORE = re.compile(
    r"(?i:\b(?:near|nearby|close\s+to|outside|not\s+far\s+from)(?:\s+the)?)\s+$"
)


# "15, 16 and _____", "_____, 14 and 15": a bare number beside others in one list.
_NUMBER_BEFORE = re.compile(r"(?<![\w.,])(\d{1,4})(?:,\s+|\s+(?:and|or|&)\s+)$")
_NUMBER_AFTER = re.compile(r"(?:,\s+|\s+(?:and|or|&)\s+)(\d{1,4})(?![\w.,]\d)")


def _in_number_run(text: str, span: Span) -> bool:
    """True when a bare number stands in a list of bare numbers ("Apollo 15, 16 and 17",
    "Apollo 11, 14 and 15"): the numbers beside it give it away when they run on, and it is
    one item of a list that names no thing when they do not."""
    number = span.text.strip()
    if not number.isdigit():
        return False
    beside = [
        found.group(1)
        for found in (
            _NUMBER_BEFORE.search(text, 0, span.start),
            _NUMBER_AFTER.match(text, span.end),
        )
        if found is not None
    ]
    # Numbers of one size: "in 1969, 12 men" is a year and a count, no list.
    return any(len(other) == len(number) for other in beside)


def _word_before_name(text: str, span: Span) -> bool:
    """True for lower-case words right before a capitalised name: "by _____ Patrick Darling" →
    archaeologist, "the _____ Sholto" → respectable. The name is what the line tells; the word
    only says who or what it is."""
    words = span.text.strip()
    if not words or not words[0].islower() or not all(w.isalpha() for w in words.split()):
        return False
    return _CAPITAL_AFTER.match(text, span.end) is not None


# An item list: names split at commas, "and", "or"; "etc." marks a list of examples.
_ITEM_SPLIT = re.compile(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+")
_BRACKETS = re.compile(r"\s*\([^()]*\)")
_CLAUSE_MARKS = (";", ":", ". ", " – ", " - ", " — ")
_INTRODUCED = re.compile(
    r"(?i:\b(?:in|from|to|at|such\s+as|including|like|e\.g\.|eg|among\s+them|notably))\s*$"
)
_ETC = re.compile(r"(?i:etc\.?|and\s+so\s+on|and\s+others|among\s+others)")
_NAME_LINKS = frozenset({"of", "de", "van", "von", "da", "di", "la", "le", "the"})
_MIN_ITEMS = 3
_MAX_NAME_WORDS = 3


def example_place(text: str, span: Span) -> bool:
    """True when `span` is one of three or more names listed after "in", "from", "such as" (or
    closed by "etc."): "others are in Berlin, _____, Oxford, etc." → Vienna, "Migrants from
    _____, Portugal and France". Any other of the places fits as well as the one left out. A set
    the line counts or opens ("the three main canals are the …", "in order: Mercury, Gemini,
    Apollo") is complete, and its missing item is asked."""
    before = max(text.rfind(mark, 0, span.start) for mark in _CLAUSE_MARKS)
    ends = [found for mark in _CLAUSE_MARKS if (found := text.find(mark, span.end)) >= 0]
    clause_start = 0 if before < 0 else before + 1
    clause = text[clause_start : min(ends, default=len(text))]
    clause = _BRACKETS.sub("", clause[: span.start - clause_start]) + _BRACKETS.sub(
        "", clause[span.start - clause_start :]
    )
    answer = span.text.strip()
    items = [item.strip(" .") for item in _ITEM_SPLIT.split(clause)]
    parts = [_name_parts(item) for item in items]
    position = next((i for i, (_, name, _) in enumerate(parts) if name == answer), None)
    if position is None:
        return False
    lead = parts[position][0]
    names = 1
    first = position
    while not lead and first > 0 and parts[first - 1][1] and not parts[first - 1][2]:
        first -= 1
        lead = parts[first][0]
        names += 1
    examples = False
    for lead_words, name, trailing in parts[position + 1 :]:
        if _ETC.fullmatch(lead_words) and not name:
            examples = True
            break
        if lead_words or not name:
            break
        names += 1
        if trailing:
            break
    if names < _MIN_ITEMS and not (examples and names >= 2):
        return False
    return examples or bool(_INTRODUCED.search(lead))


def _name_parts(item: str) -> tuple[str, str, str]:
    """An item as (words before its name, the name, words after it): "others are in Berlin" →
    ("others are in", "Berlin", ""), "France brought skills" → ("", "France", "brought
    skills"). No name: (item, "", "")."""
    words = item.split()
    if words and words[-1][:1].isupper():  # "others are in Berlin": the name ends the item
        start = len(words) - 1
        while start > 0 and (words[start - 1][:1].isupper() or words[start - 1] in _NAME_LINKS):
            start -= 1
        while start < len(words) - 1 and words[start] in _NAME_LINKS:
            start += 1
        if len(words) - start > _MAX_NAME_WORDS:
            return item, "", ""
        return " ".join(words[:start]), " ".join(words[start:]), ""
    for start, word in enumerate(words):
        if not word[:1].isupper():
            continue
        end = start + 1
        while end < len(words) and (words[end][:1].isupper() or words[end] in _NAME_LINKS):
            end += 1
        if end - start > _MAX_NAME_WORDS:
            return item, "", ""
        return " ".join(words[:start]), " ".join(words[start:end]), " ".join(words[end:])
    return item, "", ""
