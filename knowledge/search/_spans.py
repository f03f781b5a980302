"""Typed spans of a fact: the dates, numbers, names, acronyms and reasons a line of notes holds.

Found by a handful of regular expressions once per fact when a deck is indexed, so /ask can tell
"4th Nov, Troops enter Hungary, 30,000 killed" holds a date ("4th Nov") and a number ("30,000")
and can answer "when…?" and "how many…?" but not "who…?". A span is a plain tuple
(kind, start, end) into the fact's text: cheap to keep for 60,000 facts and to send to another
process.

Kinds: "date" (a day and month, a month and year, "November 11, 1918"), "year", "number" (with
its unit, currency or "million"), "expansion" (what an acronym stands for, found as
"BEF (British Expeditionary Force)", "Gross National Income (GNI)" or "MAIN = Militarism, …"),
"name" (a proper noun: any capitalised word inside a line; "initial" for one opening a line, a
name only if the dictionary does not know it), "person"/"place" (a name the deck lists as one),
"reason" (a cause marker: "because", "to stop", "due to", "caused by"), "term" (the word a
"Term: definition" line defines).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from knowledge.search._lemma import MONTH_NAMES, is_dictionary_word, month_or_ordinal
from knowledge.search._words import STOP_WORDS
from knowledge.text import fold

Span = tuple[str, int, int]

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_YEAR = r"(?:1[0-9]{3}|20[0-9]{2})"
_DATES = re.compile(
    rf"\b(?:{_DAY}(?:\s*(?:-|–|to|and)\s*{_DAY})?\s+(?:of\s+)?{_MONTH}(?:,?\s+{_YEAR})?"
    rf"|{_MONTH}\s+{_DAY}(?:,?\s+{_YEAR})?(?![\d])"
    rf"|{_MONTH}\s+{_YEAR}"
    rf"|(?:early|mid|late)[- ]{_YEAR}s?"
    rf"|{_YEAR}s"
    rf")\b"
)
_UNITS = (
    r"%|°\s?[CF]|per\s?cent|percent|km/h|mph|m/s|kg/m³|g/dm³|mol/dm³|km²|km|kg|mg|cm|mm|ml|dm³|m³"
    r"|kJ|J|W|V|N|Pa|Hz|m|g|s|l|miles?|metres?|meters?|feet|ft|tonnes?|tons?|years?|months?"
    r"|weeks?|days?|hours?|minutes?|seconds?|million|billion|thousand|hundred|bn|m\b|k\b"
)
_NUMBER = re.compile(
    rf"(?:(?<=\b[x×])|(?<![\w.]))(?:[$£€¥]\s?)?[-+]?\d[\d,]*(?:\.\d+)?(?:\s?×\s?10\S*)?(?:\s?(?:{_UNITS})(?![a-zA-Z]))?"
    r"|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
    r"|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty"
    r"|ninety|hundred|thousand|million|billion|dozen|half|a third|a quarter)\b"
    rf"(?:\s(?:{_UNITS})(?![a-zA-Z]))?",
    re.IGNORECASE,
)
# "325 CE", "AD 43", "55 BC", "c.1606": a year by its era or "circa" (a dot before it is no decimal)
_ERA_YEARS = re.compile(
    r"\b(?:AD|CE|BC|BCE)\s?\d{1,4}\b|\b\d{1,4}\s?(?:AD|CE|BC|BCE)\b|(?<![A-Za-z])c\.\s?"
    + _YEAR
    + r"\b"
)
# A year-like figure given in a unit of measure, alone or as the first end of a range ("fired at
# 1200 °C", "1000–1150 °C", "1500 kg", "1800-2000 metres"), is a quantity, not a year. Time
# units are left out ("in 1918 months later" is no measure), and so are one-letter units but
# "m" and "g", which are compass points too ("1950 N Korea invades S").
_MEASURE_UNITS = (
    r"%|°|per\s?cent|km/h|mph|m/s|km²|km\b|kg\b|mg\b|cm\b|mm\b|ml\b|dm³|m³|kJ\b|kW\b|MW\b"
    r"|kPa\b|Hz\b|m\b|g\b|litres?\b|liters?\b|miles?\b|metres?\b|meters?\b|feet\b|ft\b|tonnes?\b"
    r"|tons?\b|grams?\b|kilo\w*|people\b"
)
_YEARS = re.compile(
    rf"(?<![\d,.£$€])\b{_YEAR}\b(?![\d,.]\d|(?:\s?[-–]\s?\d[\d,.]*)?\s?(?:{_MEASURE_UNITS}))"
)
# Before 1000: a three-digit figure is a year after a preposition of time ("in 841", "from 930",
# "by 878", "c. 793"), not before a unit or a counted noun ("in 500 ml", "by 200 votes"; "AD
# 43" and "300 BC" are `_ERA_YEARS`); and a century, in words or figures ("the ninth century",
# "16th-century", "the fifth century AD"), is a date.
_EARLY_YEAR = re.compile(
    r"\b(?:in|from|since|until|till|by|after|before|c\.|circa)\s+([1-9]\d{2})\b"
    rf"(?![\d,.]\d|\s?(?:[-–]\s?\d+\s?)?(?:{_MEASURE_UNITS}|per\b|times\b|x\b))"
    # "in 200 rescue breaths": a lower-case word after it, unless one a date runs on into
    r"(?!\s(?!(?:at|in|on|and|or|but|the|when|to|by|a|an|under|after|before|with|as|for|of"
    r"|until|was|were|is|he|she|they|it|its|his|her|their)\b)[a-z])"
)
_RANGE_END = re.compile(r"\s*(?:to|until|till|–|-)\s*([1-9]\d{2,3})\b(?![\d,.]\d)")
_ORDINALS = (
    r"first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth"
    r"|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth"
    r"|twenty-first|\d{1,2}(?:st|nd|rd|th)"
)
_CENTURY = re.compile(
    rf"\b(?:(?:early|mid|late)[- ])?(?:{_ORDINALS})[- ]centur(?:y|ies)\b(?:\s(?:AD|BC|CE|BCE)\b)?",
    re.IGNORECASE,
)
# A year-like number before a plural noun in lower case counts those things ("1000 bytes") unless a
# determiner, a preposition of time or another year comes before it ("the 1917 elections", "in 1990
# prices rose", "1944/1988 reforms"), or it opens the line ("1066 marks the end of…").
_COUNTED = re.compile(r"\s[a-z]{2,}[^s's]s\b")
_YEAR_BEFORE = re.compile(
    r"(?:\b(?:the|this|that|these|those|his|her|its|their|our|in|by|since|until|till|from|after"
    r"|before|during|early|late|mid|of\s+the)\s+|[/–-]\s*|\d\s*|^\W*)$",
    re.IGNORECASE,
)
# "Act 3", "Stage 3", "Year 10", "ch. 5", "Paper 1": a number naming a part, not a quantity
_LABEL_BEFORE = re.compile(
    r"\b(?:act|scene|chapter|ch|page|pp?|section|unit|topic|paper|question|stage|year|fig|figure"
    r"|table|level|grade|part|book|volume|vol|line|no|number|component|lesson|week|day|phase"
    r"|step|round|class|form|room|platform|article|clause|psalm|verse)\.?\s*$",
    re.IGNORECASE,
)
_YEAR_TAIL = re.compile(r"[-–]\d{2}(?![\d,.])")
_BRACKET_AFTER = re.compile(
    r"\b([A-Z][A-Za-z0-9&]*[A-Z][A-Za-z0-9&]*|[A-Z]{2,})s?\s*\(([^()]{3,90})\)"
)
_BRACKET_BEFORE = re.compile(r"([A-Z][\w'’-]*(?:[ -][\w'’-]+){1,8})\s*\(([A-Z][A-Z0-9&]{1,9})s?\)")
# "the MINT countries (Mexico, Indonesia, Nigeria and Turkey)": a word between the acronym and
# the bracket; "SEATO – South East Asia Treaty Organisation" mid-line. Both only when the
# initials spell the acronym.
_BRACKET_AFTER_NOUN = re.compile(r"\b([A-Z]{2,9})s?\s+[a-z]{3,15}\s*\(([^()]{3,120})\)")
_DASHED = re.compile(
    r"\b([A-Z]{2,9})\s+[-–—]\s+((?:[A-Z][\w'’]*(?:\s+(?:of|the|and|for)\b)*\s*){2,9})"
)
# "A: WEIRDO - Wishes, Emotions, Impersonal expressions, …": a mnemonic spelt by the items after
# it, to the end of the line (anywhere in it: a flashcard's "A: " may come first), or to a
# bracket closing it; of two words too, after an arrow: "OIL RIG → Oxidation Is Loss, Reduction
# Is Gain (of electrons)".
_LISTED = re.compile(
    r"\b([A-Z]{2,9}(?: [A-Z]{2,9})?)\s+(?:[-–—:=→]|->)\s+([A-Z][^;()]{3,150}?)\s*(?:\([^()]*\))?$"
)
# "HIC / NEE / LIC = high income country / newly emerging economy / low income country"
_SLASHED = re.compile(
    r"\b([A-Z]{2,9}(?:\s*/\s*[A-Z]{2,9})+)\s*(?:=|:|[-–—])\s*([^;()]{5,200}?)\s*$"
)
# What the acronym of every expression of `_expansions` but the bracketed ones and a table
# row's cells starts with.
_CAPITAL_PAIR = re.compile(r"[A-Z][A-Z0-9&]")
_ACRONYM_EQUALS = re.compile(r"^([A-Z][A-Z0-9&]{1,9})\s*(?:=|:|-|–|stands for)\s*(.{3,120})$")
# A table row as the importer writes it: "Stands for; LAN: Local Area Network; WAN: …" or
# "Protocol: IP; Full name: Internet Protocol; Port: –". Each cell is "label: value" or a value.
_CELL = re.compile(r"(?:^|;\s)(?:([^:;]{1,40}):\s)?([^;]+)")
_CELL_ACRONYM = re.compile(r"[A-Z][A-Z0-9&]{1,9}")
_SMALL_WORDS = frozenset({"of", "the", "and", "for", "de", "a", "an", "on", "in", "to"})
_TERM_LINE = re.compile(r"^([^:=–]{2,60}?)\s*(?::|=|\s[-–]\s)\s*(\S.*)$")
_REASON = re.compile(
    r"\b(?:because|bcs|cos|since|due to|as a result|so that|so|in order to|in response to|"
    r"response to|caused by|causes?|caused|led to|leads to|reasons?|fears?|feared|"
    r"comes? from|came from|results? from|resulting from|"
    r"aims? to|aimed to|wanted to|designed to|to (?:stop|prevent|avoid|protect|relieve|knock|"
    r"improve|reduce|defeat|attack|reach|help|keep|make|gain|show|win|end|correct)|"
    r"if\b.*\bwould|threat of|pressure from|out of|"
    r"(?:that's|that is|this is|which is|which explains|explains|that explains) why)\b",
    re.IGNORECASE,
)
# "because" as terse notes write it: "warmth b/c enzymes work best", "bc", "coz", "∵"; in lower
# case only ("BC" is a date).
_SHORT_REASON = re.compile(r"(?<![\w/])(?:b/c|bc|coz|cuz|∵)(?![\w/])")
_SHORT_REASON_WORDS = frozenset({"bc", "coz", "cuz"})
_WORD = re.compile(r"\w+")
_DIGIT = re.compile(r"\d")
_NUMBER_TRIGGERS = frozenset(
    [
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
        "twenty",
        "thirty",
        "forty",
        "fifty",
        "sixty",
        "seventy",
        "eighty",
        "ninety",
        "hundred",
        "thousand",
        "million",
        "billion",
        "dozen",
        "half",
        "third",
        "quarter",
    ]
)
_REASON_TRIGGERS = frozenset(
    [
        "because",
        "bcs",
        "cos",
        "since",
        "due",
        "result",
        "so",
        "order",
        "response",
        "caused",
        "causes",
        "cause",
        "led",
        "leads",
        "reason",
        "reasons",
        "fear",
        "fears",
        "feared",
        "aim",
        "aims",
        "aimed",
        "wanted",
        "designed",
        "to",
        "if",
        "threat",
        "pressure",
        "out",
        "why",
        "comes",
        "come",
        "came",
        "results",
        "resulting",
    ]
)
_CAPITALISED = re.compile(r"\b[A-Z][\w'’-]*(?:\s+(?:of|de|von|van|the|al)?\s*[A-Z][\w'’-]*)*")
_STOP_CAPITALS = frozenset(
    {
        "the",
        "a",
        "an",
        "in",
        "on",
        "at",
        "it",
        "its",
        "they",
        "he",
        "she",
        "this",
        "these",
        "but",
        "and",
        "if",
        "so",
        "both",
        "when",
        "after",
        "before",
        "only",
        "more",
        "most",
        "over",
        "around",
        "about",
        "by",
        "from",
        "to",
        "with",
        "for",
        "as",
        "some",
        "many",
        "all",
        "no",
    }
)


def find_spans(text: str, people: frozenset[str], places: frozenset[str]) -> tuple[Span, ...]:
    """Every typed span of a fact, in order of position. `people` and `places` are folded words
    of the deck's names; a capitalised word among them is typed "person" or "place"."""
    spans: list[Span] = []
    taken: list[tuple[int, int]] = []
    # Cheap tests first: most lines have no digit, no bracket and no cause word, and the
    # expressions for those are the slow ones (a 10,000-topic deck has 60,000 lines).
    lowered = text.casefold()
    words = set(_WORD.findall(lowered))
    if _DIGIT.search(text):
        for match in _DATES.finditer(text):
            spans.append(("date", match.start(), match.end()))
            taken.append(match.span())
        for match in _YEARS.finditer(text):
            if _COUNTED.match(text, match.end()) and not _YEAR_BEFORE.search(
                text, 0, match.start()
            ):
                continue  # "1000 bytes", "mean 1000 comparisons": a count (not "the 1956 elections")
            if not _inside(match.span(), taken):
                # "1665-66", "1854–56": the short end of a span of years is no number
                tail = _YEAR_TAIL.match(text, match.end())
                end = tail.end() if tail else match.end()
                spans.append(("year", match.start(), end))
                taken.append((match.start(), end))
        for match in _ERA_YEARS.finditer(text):
            if not _inside(match.span(), taken):
                spans.append(("year", match.start(), match.end()))
                taken.append(match.span())
        for match in _EARLY_YEAR.finditer(text):
            if _COUNTED.match(text, match.end()) or _inside(match.span(1), taken):
                continue  # "by 200 votes": a count
            spans.append(("year", match.start(1), match.end(1)))
            taken.append(match.span(1))
            # "from 814 to 840": the other end of the span is a year too
            other = _RANGE_END.match(text, match.end(1))
            if other is not None and not _inside(other.span(1), taken):
                spans.append(("year", other.start(1), other.end(1)))
                taken.append(other.span(1))
    if "entur" in lowered:
        for match in _CENTURY.finditer(text):
            if not _inside(match.span(), taken):
                spans.append(("date", match.start(), match.end()))
                taken.append(match.span())
    if taken or not words.isdisjoint(_NUMBER_TRIGGERS) or _DIGIT.search(text):
        for match in _NUMBER.finditer(text):
            if (
                not _inside(match.span(), taken)
                and match.group().strip()
                and _LABEL_BEFORE.search(text, 0, match.start()) is None
            ):
                spans.append(("number", match.start(), match.end()))
    if any(mark in text for mark in "(=:-–—→") or "stands" in words:
        spans.extend(_expansions(text))
    spans.extend(_names(text, people, places))
    if not words.isdisjoint(_REASON_TRIGGERS):
        for match in _REASON.finditer(text):
            spans.append(("reason", match.start(), match.end()))
    if "/" in text or "∵" in text or not words.isdisjoint(_SHORT_REASON_WORDS):
        spans.extend(("reason", m.start(), m.end()) for m in _SHORT_REASON.finditer(text))
    if ":" in text or "=" in text or "-" in text or "–" in text:
        term = _TERM_LINE.match(text)
        if term is not None and len(term.group(1).split()) <= 6:
            spans.append(("term", term.start(1), term.end(1)))
    spans.sort(key=lambda span: (span[1], span[2]))
    return tuple(spans)


_DECADE = re.compile(r"\d*0s")
_DECADE_BEFORE = re.compile(r"(?:\bthe|\bmid-?|\bearly|\blate|['’])\s*$", re.IGNORECASE)


def measured_numbers(text: str) -> set[str]:
    """The whole numbers a text gives with a unit ("at 50 mph", "a 10 cm spring", "£300"), as
    the folded words they are read as: "50", "10", "300". Not years, nor bare counts ("the 4
    humours", "8 little ones"), which notes often write another way."""
    found: set[str] = set()
    if not _DIGIT.search(text):
        return found
    for match in _NUMBER.finditer(text):
        figure = match.group()
        digits = re.match(r"[$£€¥]?\s?(\d+)(?![\d.,])\s?(\S*)", figure)
        if digits is None or _YEARS.fullmatch(digits.group(1)):
            continue
        if _DECADE_BEFORE.search(text, 0, match.start()) and _DECADE.fullmatch(figure.strip()):
            continue  # "in the 90s", "the '70s": a decade, not ninety seconds
        if digits.group(2) or figure[:1] in "$£€¥":
            found.add(digits.group(1))
    return found


def is_name(text: str, span: Span) -> bool:
    """True for a "name" span, and for an "initial" one (a capitalised word opening a line) that
    the dictionary does not know: "Haig planned…" names someone, "Lymphocytes produce…" does not.
    The dictionary is asked only here, when a question wants a name, not while a deck is built."""
    if span[0] != "initial":
        return True
    word = quick_fold(text[span[1] : span[2]])
    # "Her link to Eva: …": a pronoun opening a line names no one ("her" is in no dictionary list)
    return word not in STOP_WORDS and not is_dictionary_word(word)


@lru_cache(maxsize=65536)
def quick_fold(word: str) -> str:
    """One written word folded like `knowledge.text.fold` ("Gerő's" -> "gero"), cheaply for the
    plain ASCII words most notes are made of. Kept for the last words asked: indexing a big
    deck asks it of each line's first words several times (350,000 calls for a 44,000-card
    deck, of some 40,000 distinct words)."""
    word = word.strip("'’.,;:()").removesuffix("'s").removesuffix("’s")
    if word.isascii():
        return word.casefold()
    folded = fold(word)
    return folded.split()[0] if folded else ""


def acronym_of(text: str, span: Span) -> str:
    """For an "expansion" span, the folded acronym it expands (found again next to it)."""
    _, start, end = span
    before = text[:start].rstrip(" (")
    after = text[end:].lstrip(") ")
    found = re.search(r"([A-Za-z0-9&]+)\s*$", before)
    if found:
        letters = found.group(1)
        letters = letters[:-1] if letters.endswith("s") and letters[:-1].isupper() else letters
        if letters.isupper():
            return letters.casefold()
    # "the MINT countries (…)", "SEATO – South East Asia …": the acronym a word or dash back
    found = re.search(r"\b([A-Z]{2,9}(?: [A-Z]{2,9})?)s?\s+(?:[a-z]{3,15}|[-–—:=→]|->)\s*$", before)
    if found and _spells(found.group(1), text[start:end]):
        return found.group(1).casefold()
    if "/" in text:
        for slash_start, slash_end, letters in _slashed_expansions(text):
            if (slash_start, slash_end) == (start, end):
                return letters
    if ";" in text:
        for cell_start, cell_end, letters in _cell_expansions(text):
            if (cell_start, cell_end) == (start, end):
                return letters
    equals = re.match(r"^([A-Z][A-Z0-9&]{1,9})\b", text)
    if equals and start > 0 and text[:start].rstrip().endswith(("=", ":", "-", "–", "for")):
        return equals.group(1).casefold()
    found = re.match(r"\(?([A-Z][A-Z0-9&]{1,9})", after)
    return found.group(1).casefold() if found else ""


def _inside(span: tuple[int, int], taken: Iterable[tuple[int, int]]) -> bool:
    return any(start < span[1] and span[0] < end for start, end in taken)


def _expansions(text: str) -> list[Span]:
    found: list[Span] = []
    # Each expression but `_ACRONYM_EQUALS` needs a bracket or a dash: most lines with a colon
    # ("Term: definition", every card of a flashcard deck) have neither, so none is run on them.
    bracket = "(" in text
    if not bracket and not (";" in text and ":" in text) and _CAPITAL_PAIR.search(text) is None:
        return found  # every other expression spells its acronym with two capitals
    for match in _BRACKET_AFTER.finditer(text) if bracket else ():
        acronym, expansion = match.group(1), match.group(2)
        if len(acronym) > len(expansion.split()) + MAX_EXTRA_LETTERS:
            continue  # "AGGRESSION (A-level Psych Paper 3 option)": a heading in capitals
        if _initials_agree(acronym, expansion):
            found.append(("expansion", match.start(2), match.end(2)))
    for match in _BRACKET_BEFORE.finditer(text) if bracket else ():
        expansion, acronym = match.group(1), match.group(2)
        words = expansion.split()
        # the expansion is the last len(acronym)-ish words before the bracket
        keep = words[-max(len(acronym), 2) - 2 :]
        while keep and keep[0][:1].casefold() != acronym[:1].casefold():
            keep.pop(0)
        if keep:
            start = (
                match.start(1) + expansion.rfind(" ".join(keep))
                if len(keep) < len(words)
                else match.start(1)
            )
            found.append(("expansion", start, match.end(1)))
    if bracket:
        spelt = [(span[1], span[2]) for span in found]
        found.extend(
            ("expansion", start, end)
            for start, end in _lower_case_before(text)
            if not any(first <= start < last for first, last in spelt)
        )
    equals = _ACRONYM_EQUALS.match(text)
    if equals is not None and _initials_agree(equals.group(1), equals.group(2)):
        found.append(("expansion", equals.start(2), equals.end(2)))
    if ";" in text and ":" in text:
        found.extend(
            ("expansion", start, end)
            for start, end, _ in _cell_expansions(text)
            if (start, end) not in {(span[1], span[2]) for span in found}
        )
    if "/" in text:
        found.extend(
            ("expansion", start, end)
            for start, end, _ in _slashed_expansions(text)
            if not _inside((start, end), [(span[1], span[2]) for span in found])
        )
    taken = [(span[1], span[2]) for span in found]
    patterns = ((_BRACKET_AFTER_NOUN,) if bracket else ()) + (
        (_DASHED, _LISTED) if any(dash in text for dash in "-–—") else (_LISTED,)
    )
    for pattern in patterns:
        for match in pattern.finditer(text):
            expansion = match.group(2).rstrip()
            span = (match.start(2), match.start(2) + len(expansion))
            if _spells(match.group(1), expansion) and not _inside(span, taken):
                found.append(("expansion", *span))
                taken.append(span)
    return found


def _slashed_expansions(text: str) -> list[tuple[int, int, str]]:
    """ "HIC / NEE / LIC = high income country / newly emerging economy / …": acronyms and
    their expansions listed side by side, paired in order when the counts match and each
    expansion starts with its acronym's letter. (start, end, folded acronym) per pair."""
    match = _SLASHED.search(text)
    if match is None:
        return []
    acronyms = [part.strip() for part in match.group(1).split("/")]
    parts = match.group(2).split("/")
    if len(parts) != len(acronyms):
        return []
    found: list[tuple[int, int, str]] = []
    position = match.start(2)
    for acronym, part in zip(acronyms, parts, strict=True):
        expansion = part.strip()
        start = position + part.find(expansion) if expansion else position
        position += len(part) + 1
        if not _initials_agree(acronym, expansion):
            return []
        found.append((start, start + len(expansion), acronym.casefold()))
    return found


def _cell_expansions(text: str) -> list[tuple[int, int, str]]:
    """Acronyms a table row spells out in its cells, as (start, end, folded acronym) of each
    expansion: the label of a cell whose value's capitalised words abbreviate to the label
    ("LAN: Local Area Network", "ATP: Adenosine Triphosphate"), or a cell whose value is the
    acronym and another cell's value that abbreviates to it ("Protocol: IP; Full name: Internet
    Protocol"). "LAN: small geographical area" is no expansion."""
    cells = [
        (match.group(1) or "", match.group(2).strip(), match.start(2))
        for match in _CELL.finditer(text)
    ]
    if len(cells) < 2:
        return []
    acronyms = [value for _, value, _ in cells if _CELL_ACRONYM.fullmatch(value) is not None]
    found: list[tuple[int, int, str]] = []
    for label, value, start in cells:
        words = _name_words(value)
        if not words:
            continue
        head = label.strip()
        candidates = [head] if _CELL_ACRONYM.fullmatch(head) is not None else []
        for acronym in (*candidates, *acronyms):
            if acronym != value and _abbreviates(acronym.casefold(), words):
                found.append((start, start + len(value), acronym.casefold()))
                break
    return found


# Where a cell's value starts in a table row ("Term: USP; Meaning: unique selling point – …").
_CELL_START = re.compile(r"(?:^|;\s)[^:;]{1,40}:\s")
# What may follow a spelt-out acronym: the end, a dash, a comma or a bracket ("unique selling
# point – the feature …", "Non-starch polysaccharide, found in …").
_SPELT_END = re.compile(r"\s*(?:$|[-–—,;:(.]|->|→)")
_SPELLING_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*")


def opening_expansion(text: str, acronym: str) -> tuple[int, int] | None:
    """Where a line, or one of its table cells, opens by spelling out `acronym` (folded) word by
    word, lower case or not: "Term: USP; Meaning: unique selling point – the feature …", a
    flashcard's "Non-starch polysaccharide – the part of plants …" under "Q: What is fibre
    (NSP)?". The caller knows the acronym is named beside it (the other cell, the question line).
    None when no opening does; one word is never enough ("prices rise" is no "PR")."""
    starts = [0, *(match.end() for match in _CELL_START.finditer(text))]
    for start in dict.fromkeys(starts):
        words = list(_SPELLING_WORD.finditer(text, start, start + 120))
        kept: list[re.Match[str]] = []
        for word in words:
            if kept and text[kept[-1].end() : word.start()].strip(" -") != "":
                break  # the phrase ends at a comma, a dash with spaces, a bracket…
            kept.append(word)
            folded = tuple(
                match.group().casefold()
                for match in kept
                if match.group().casefold() not in _SMALL_WORDS
            )
            if (
                len(folded) >= 2
                and _abbreviates(acronym, folded)
                and _SPELT_END.match(text, word.end()) is not None
            ):
                return kept[0].start(), word.end()
            if len(kept) > len(acronym) + 2:
                break
    return None


def _name_words(value: str) -> tuple[str, ...]:
    """The folded words of a cell written as a name ("Local Area Network", "Internet Message
    Access Protocol"), small words left out; () for a description in lower case or one word."""
    words = re.findall(r"[A-Za-z][\w'’]*", value)
    kept = [word for word in words if word.casefold() not in _SMALL_WORDS]
    if len(kept) < 2 or len(words) > 8 or any(not word[0].isupper() for word in kept):
        return ()
    return tuple(word.casefold() for word in kept)


def _abbreviates(letters: str, words: tuple[str, ...]) -> bool:
    """True when `letters` take each word's first letter, in order, and perhaps more letters of
    a word after it: "lan" / local area network, "atp" / adenosine triphosphate."""
    if not words:
        return not letters
    if not letters or letters[0] != words[0][0]:
        return False
    word = words[0]
    # this word gives letters[:taken]: its first letter and then some of its later ones in order
    for taken in range(1, len(letters) + 1):
        if taken > 1:
            position = word.find(letters[taken - 1], 1 + _last_found(word, letters[1 : taken - 1]))
            if position < 0:
                break
        if _abbreviates(letters[taken:], words[1:]):
            return True
    return False


def _last_found(word: str, letters: str) -> int:
    """Where the last of `letters` is found in `word` after its first letter, in order (0 when
    none are asked)."""
    position = 0
    for letter in letters:
        position = word.find(letter, position + 1)
    return position


def spells_acronym_words(letters: str, words: tuple[str, ...]) -> bool:
    """True when folded `letters` take each folded word's first letter in order, and perhaps
    more letters of a word after it ("ppo" / polyphenol oxidase, "atp" / adenosine
    triphosphate)."""
    return _abbreviates(letters, words)


def spells_acronym(acronym: str, expansion: str) -> bool:
    """True when the initials of a line's items or capitalised words are the acronym."""
    return _spells(acronym, expansion)


def _spells(acronym: str, expansion: str) -> bool:
    """True when the initials of the expansion's items ("Brazil, Russia, India, China and South
    Africa") or of its capitalised words ("South East Asia Treaty Organisation") are the acronym."""
    items = [item.strip() for item in re.split(r",|\band\b|&", expansion) if item.strip()]
    by_items = "".join(item[0] for item in items)
    words = [word for word in expansion.split() if word[:1].isupper()]
    by_words = "".join(word[0] for word in words)
    letters = acronym.replace(" ", "").upper()
    return letters in {by_items.upper(), by_words.upper()} and len(items + words) > 2


# Letters an acronym may have beyond the words spelling it ("PMMA (polymethyl methacrylate)",
# "DDT (dichlorodiphenyltrichloroethane)"); a word in capitals with far more is no acronym.
MAX_EXTRA_LETTERS = 3
_BRACKETED_ACRONYM = re.compile(r"\(([A-Z][A-Z0-9&]{1,9})s?\)")
_EXPANSION_WORD = re.compile(r"[^\W_][\w'’]*")


def _lower_case_before(text: str) -> list[tuple[int, int]]:
    """Where `text` spells out in lower case the acronym in brackets after it: "fixed action
    pattern (FAP)", "balance of payments (BOP)" — the words right before the bracket whose
    initials are exactly its letters (small words counted or not)."""
    found = []
    for match in _BRACKETED_ACRONYM.finditer(text):
        letters = match.group(1).casefold()
        words = list(_EXPANSION_WORD.finditer(text, 0, match.start()))
        for skip_small in (False, True):
            kept = [w for w in words if not (skip_small and w.group().casefold() in _SMALL_WORDS)]
            run = kept[-len(letters) :]
            if len(run) == len(letters) and all(
                w.group()[0].casefold() == letter for w, letter in zip(run, letters, strict=True)
            ):
                if run[0].group()[:1].islower():  # capitalised names are `_BRACKET_BEFORE`'s
                    found.append((run[0].start(), run[-1].end()))
                break
        else:
            # "polyphenol oxidase (PPO)", "adenosine triphosphate (ATP)": fewer words than
            # letters, a word giving more than its first one (`_abbreviates`)
            spelt = _fewer_words(words, letters)
            if spelt is not None:
                found.append(spelt)
    return found


def _fewer_words(words: list[re.Match[str]], letters: str) -> tuple[int, int] | None:
    """Where the last two or more lower-case `words` spell all of `letters`, some word giving
    more than its first letter, or None."""
    for count in range(2, len(letters)):
        run = words[-count:]
        if len(run) < count or not run[0].group()[:1].islower():
            return None
        folded = tuple(w.group().casefold() for w in run)
        if any(not w.isalpha() for w in folded):
            return None
        if _abbreviates(letters, folded):
            return run[0].start(), run[-1].end()
    return None


def _initials_agree(acronym: str, expansion: str) -> bool:
    """ "BEF" / "British Expeditionary Force", "DNA" / "deoxyribonucleic acid": the expansion
    starts with the acronym's first letter and is more than one word or one long word."""
    return (
        expansion[:1].casefold() == acronym[:1].casefold()
        and not expansion.strip().isupper()
        and (len(expansion.split()) >= 2 or len(expansion) >= 8)
    )


def _names(text: str, people: frozenset[str], places: frozenset[str]) -> list[Span]:
    found: list[Span] = []
    for match in _CAPITALISED.finditer(text):
        words = match.group().split()
        while words and words[0].casefold() in _STOP_CAPITALS:
            words.pop(0)
        if not words:
            continue
        start = match.start() + match.group().find(words[0])
        end = match.end()
        folded = [quick_fold(word) for word in words]
        if all((month_or_ordinal(word) or word) in MONTH_NAMES for word in folded):
            continue
        if len(folded) == 1 and len(folded[0]) < 2:
            continue
        if set(folded) & people:
            kind = "person"
        elif set(folded) & places:
            kind = "place"
        elif start == 0 and len(words) == 1:
            kind = "initial"  # "Haig planned…" or "Lymphocytes produce…": see `is_name`
        else:
            kind = "name"
        found.append((kind, start, end))
    return found


def expansion_pairs(text: str) -> list[tuple[str, str]]:
    """The (folded acronym, expansion) pairs a line of notes spells out: "BEF (British
    Expeditionary Force)", "gross national income (GNI)", "MAIN = Militarism, Alliances, …"."""
    if not any(mark in text for mark in ("(", "=", ":", "stands for", " – ", " - ", " — ")):
        return []
    pairs = []
    for span in _expansions(text):
        acronym = acronym_of(text, span)
        if acronym:
            pairs.append((acronym, text[span[1] : span[2]]))
    return pairs
