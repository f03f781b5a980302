"""Quality checks: a question that fails one is dropped, never shown.

Builders overgenerate; these checks decide. Blank-level checks (`blank_problem`) run before a
question is built; `question_problem` runs on every finished question, generated or hand-written,
and also enforces the platform limits (Telegram quiz polls are the tightest).
"""

from __future__ import annotations

import re

from bot._units import unit_of
from bot.questions._abbreviation_stops import masked
from bot.questions._arrow_sentences import IRREGULAR_PAST
from bot.questions._aside_blanks import aside_blank_problem
from bot.questions._aside_trivia import aside_trivia_problem
from bot.questions._carried_on import carries_on
from bot.questions._context import DeckContext
from bot.questions._everyday import frequency, is_everyday
from bot.questions._glossary import is_glossary_line
from bot.questions._key_items import incidental_item
from bot.questions._label_blanks import label_blank_problem
from bot.questions._lost_context import context_problem
from bot.questions._model import (
    FALSE,
    MAX_OPTION,
    MAX_OPTIONS,
    MAX_PROMPT,
    MAX_TYPED_WORDS,
    TRUE,
    Question,
    QuestionKind,
)
from bot.questions._name_fragments import name_fragment_problem
from bot.questions._named_values import names_blanked_value
from bot.questions._notes_furniture import furniture_problem
from bot.questions._numbers import parse_number
from bot.questions._range_ends import range_end_problem
from bot.questions._spans import NUMERIC_KINDS, Span, SpanKind
from bot.questions._spelt_alike import key_alone_sounds_alike
from bot.questions._tables import one_column
from bot.questions._title_blanks import within_title
from bot.questions._trivia_blanks import trivia_blank_problem
from bot.questions._unit_pairs import in_conversion
from bot.questions._words import (
    STOP_WORDS,
    contains_phrase,
    content_words,
    echoes,
    gives_away,
    is_cross_reference,
    is_stop_phrase,
    root,
    spells_initials,
)
from bot.questions._worked_out import worked_out
from knowledge.given_names import names_a_person
from knowledge.importers.terms import split_glossary
from knowledge.search._lemma import lemma
from knowledge.text import fold

_REGNAL = re.compile(r"[IVXL]{1,6}")
_ONLY_AN_EXAMPLE = re.compile(
    r"\s*(?:[:–-]|-{1,2}>|={1,2}>|→|⇒)\s*(?:e\.\s?g\.?|eg\b|for example\b)", re.IGNORECASE
)
_NEXT_WORD = re.compile(r" [\"“‘']?([a-z][a-z'-]+)")
# Content words a fact must keep around its blank to still say something.
MIN_STEM_WORDS = 2
# A word found by rarity alone (no name or term of the deck) in a list's item needs more around
# it to be the only right answer.
MIN_FOUND_WORD_STEM = 3
MIN_CHOICE_OPTIONS = 3
# Kinds whose options are alternatives of one type, of which exactly one is right.
SINGLE_ANSWER_CHOICE = frozenset(
    {
        QuestionKind.CHOICE,
        QuestionKind.WHICH_TOPIC,
        QuestionKind.TERM_TO_DEFINITION,
        QuestionKind.DEFINITION_TO_TERM,
    }
)


# A quotation of this many words or more is a saying, not a name or a term in quotation marks
# ('called himself a "Realist"', 'the "unequal treaties"').
MIN_SAYING_WORDS = 5
_QUOTED = re.compile(r"[\"“]([^\"“”]+)[\"”]")


def in_a_saying(text: str, span: Span) -> bool:
    """True when `span` is some of the words of a quoted saying of `MIN_SAYING_WORDS` or more."""
    if '"' not in text and "“" not in text:
        return False
    for quoted in _QUOTED.finditer(text):
        start, end = quoted.span(1)
        if (
            start <= span.start
            and span.end <= end
            and len(quoted.group(1).split()) >= (MIN_SAYING_WORDS)
        ):
            return (span.start, span.end) != (start, end)
    return False


def blank_problem(text: str, span: Span) -> str | None:
    """Why blanking `span` of `text` makes a bad question, or None when it is fine."""
    if len(span.text.split()) > MAX_TYPED_WORDS:
        return f"answer longer than {MAX_TYPED_WORDS} words"
    if span.text[:1].isdigit() and in_conversion(text, span):
        # "about 82 km (_____ miles)": the figure beside it gives the answer by conversion
        return "the blank converts a figure the line gives beside it"
    if is_stop_phrase(span.text):
        return "the blank is a stop word"
    if _ONLY_AN_EXAMPLE.match(text, span.end):
        # "_____ -> e.g. to make it dry faster" (round 16, A18): the line says of its blank only
        # what one example is, no fact to recall it by.
        return "the rest of the line is only an example"
    if _REGNAL.fullmatch(span.text.strip()):
        return "the blank is a regnal number"  # "Kaiser Wilhelm _____" -> "II" tests nothing
    if not span.marked and in_a_saying(text, span):
        # '"Wallpaper … is more finished than that _____" - Leroy' -> seascape: what a quotation
        # is asked for is who said it, not one of its words (session 20)
        return "the blank is a word inside a quoted saying"
    furniture = label_blank_problem(text, span)
    if furniture is not None:
        return furniture  # "Order No. _____", "(_____)" -> IVF, "_____: effects on …"
    fragment = name_fragment_problem(text, span)
    if fragment is not None:
        return fragment  # "Desmodus _____", "Te Pito o te _____", "The _____ is on slide 13"
    if not span.marked and _incidental(text, span):
        return "the blank is a word describing the next one"
    if not span.marked and _in_compound(text, span):
        return "the key term is part of a longer name"  # "_____ stations" -> "Power"
    if not span.marked and span.kind is SpanKind.PHRASE and len(span.text.strip()) <= 2:
        return "the blank is a letter or two"  # 'the "three _____"' -> Ks
    if not span.marked and _splits_a_name(text, span):
        # "Bull _____" -> Connor, "Ten _____" -> Point Programme, "Attorney _____" -> General
        # Robert Kennedy: the rest of the name stands beside the blank.
        return "the blank is part of a longer name"
    if not span.marked and span.kind not in NUMERIC_KINDS and _in_hyphenated(text, span):
        return "the blank is half a hyphenated word"  # "self-_____" -> reliance
    if not span.marked and span.kind is SpanKind.ACRONYM and is_everyday(span.text.strip()):
        return (
            "the blank is an everyday abbreviation"  # "_____ poultry" -> UK, "_____ pictures" -> TV
        )
    if not span.marked and _everyday_name(span):
        return "the blank is an everyday capitalised word"  # "a punishment from _____" -> "God"
    if not span.marked and _paired_describer(text, span):
        # "immoral and _____" -> wasteful, "failed, _____ within days" -> withdrawn: the word
        # beside it says as much, and others fit as well (round 18, A52 and A1).
        return "the blank is one of two describing words side by side"
    if not span.marked and _generic_word(text, span):
        # "managed _____" -> realignment (retreat), "herbal _____" -> remedies (medicines)
        return "the blank is a word a synonym could stand for"
    if not span.marked and span.kind in NUMERIC_KINDS and text[span.end : span.end + 1] == "+":
        return "the blank is part of a name"  # "The _____+ exam" -> 11
    if span.kind in NUMERIC_KINDS and _NAME_HYPHEN_BEFORE.search(text, 0, span.start):
        # "DSM-_____ published", "ICD-_____ came in 2022": an edition's or a model's number is
        # part of its name, and the name beside it gives the neighbours away (round 19, A42)
        return "the blank is the number in a name"
    if span.kind is SpanKind.QUANTITY and _counts_the_list(text, span):
        # "Elevation (_____ storeys) = arcade, then triforium, then clerestory": the line goes on
        # to name each one, so the count is there to be counted (round 22, B14)
        return "the line lists the items the number counts"
    if span.kind is SpanKind.QUANTITY and _BETWEEN_THE.search(text, 0, span.start):
        return "the words before the blank give the number away"  # "between the _____ systems"
    if not span.marked and _counted_unit(text, span):
        # "migrate thousands of _____ between …" -> kilometres (round 30, B57): the unit a
        # figure is counted in, not what the line teaches
        return "the blank is the unit of a figure"
    if (
        not span.marked
        and span.kind is SpanKind.YEAR
        and _ANOTHER_EVENTS_YEAR.search(text[: span.start])
    ):
        return "the year dates another event the line only refers to"  # "… D-Day landings of _"
    if not span.marked and _labels_date(text, span):
        # "Young Plan (_____): cut reparations …": the bracket tags a label; the line's content
        # is what follows it, and is asked instead.
        return "the blank is the date in a label"
    if span.kind in NUMERIC_KINDS and cites(text, span):
        # "Schaffer and Emerson (_____)" -> 1964: the year references a study; its finding is
        # what the line teaches (a history deck's "Treaty of Versailles (1919)" is no citation).
        return "the blank is a citation's year"
    if span.kind is SpanKind.YEAR and _NAMED_ASIDE.search(text, 0, span.start):
        # "Lord Shaftesbury (Anthony Ashley-Cooper, Lord Ashley until _____)": when someone was
        # called what, an aside on the name (round 19, B26)
        return "the blank is a date in an aside on a name"
    if (
        not span.marked
        and span.kind not in NUMERIC_KINDS
        and "(" in text
        and _bracket_aside(text, span)
    ):
        # "Scottish instrument maker (_____.)" -> Glasgow Univ., "dug by navvies (from
        # "_____")" -> navigators: an aside on the words before, not what the line teaches
        return "the blank is an aside in brackets"
    if span.kind not in NUMERIC_KINDS and _in_citation(text, span):
        return "the blank is one of a citation's authors"  # "Phillips and _____ (2007)"
    if span.kind not in NUMERIC_KINDS and _cites_a_figure(text, span):
        return (
            "the blank is the source of the line's figure"  # "The _____ (2021) projects 0.3–1.0 m"
        )
    if span.kind in NUMERIC_KINDS and _CLOCK_AFTER.match(text, span.end):
        return "the blank is a time of day"  # "at _____ am local time" -> 3.34
    if span.kind is SpanKind.QUANTITY and counts_one(text, span):
        return "the singular word after the blank gives the number away"  # "by about _ year"
    if not span.marked and _setting_noun(text, span):
        return "the blank names the room, not what happens there"  # "in a laboratory _____"
    if not span.marked and span.kind in _DATED and _LIFE_DATE_BEFORE.search(text[: span.start]):
        return "the blank is a life date given in passing"  # "Princess Mary (b. _____)"
    if not span.marked and (_EXAMPLE_BEFORE.search(text[: span.start]) or in_example(text, span)):
        # "privateers such as _____", "(e.g. Oxford, _____)", "e.g. bacteria … at over _____ °C"
        return "the blank is one example of several"

    if not span.marked and span.kind in _NAMES and _EPITHET_AFTER.match(text, span.end):
        return "the words after the blank name it"  # "_____, Queen of Scots", "_____, the Virgin …"
    if span.kind in NUMERIC_KINDS and _part_of_number(text, span):
        return "the blank is part of a number"  # "less than _____ 000 of" -> 1/10 of "1/10 000"
    if span.kind in NUMERIC_KINDS and _half_range(text, span):
        return "the blank is one end of a range"  # "about _____–£3,000 per metre" -> £1,000
    ranged = range_end_problem(text, span)  # "built 1671–_____" -> 77
    if ranged is not None:
        return ranged
    passing = aside_trivia_problem(text, span)  # "(UNESCO World Heritage Site, _____)"
    if passing is not None:
        return passing
    if span.start >= 2 and text[span.start - 1] in "'’" and text[span.start - 2].isalpha():
        return "the blank is part of a name"  # "Smith O'_____" -> Brien
    if not span.marked and _object_from_above(text):
        return "the line's pronoun stands for something in the line above"
    if not span.marked and " see " in f" {text.lower()} " and _points_elsewhere(text):
        return "the line only says where the notes say it"  # "Attainder – see 2.2"
    if not span.marked and _SEE_BEFORE.search(text[: span.start]):
        return "the blank is a cross-reference"  # "Attainder – see _____" -> 2.2
    if span.kind in NUMERIC_KINDS and _SCOPE_BEFORE.search(text[: span.start]):
        return "the blank is how far a claim reaches"  # "for the first _____ elements" -> 20
    if span.kind not in NUMERIC_KINDS and _LABELS_NUMBER.match(text, span.end):
        return "the blank labels the number after it"  # "calcium (_____ 20)", "the _____ 1 metals"
    if not span.marked and span.kind not in NUMERIC_KINDS and _part_of_label(text, span):
        return "the blank is part of the line's label"  # "Emergent _____: raised beaches …"
    if (
        not span.marked
        and span.kind is SpanKind.TOPIC
        and " " not in span.text.strip()
        and is_everyday(span.text.strip())
    ):
        return "the blank is an everyday word naming a topic"  # "_____ attack a line …" -> Waves
    if span.kind in NUMERIC_KINDS and _FORMULA.search(text):
        return "the blank is a constant of a formula"  # "period = _____ / frequency"
    if span.kind in NUMERIC_KINDS and _printed_elsewhere(text, span):
        return "the line prints the answer elsewhere"  # "2Mg + O₂ → 2MgO, so _____ mol of Mg"
    trivia = trivia_blank_problem(text, span)
    if trivia is not None:
        return trivia  # "_____: glasses, contact lenses …" -> treatments, "repeat _____ times"
    aside = aside_blank_problem(text, span)
    if aside is not None:
        return aside  # "(Caribbean, India, _____)", "(Emerson's poem, _____)" (round 20)
    passing_item = incidental_item(text, span)
    if passing_item is not None:
        return passing_item  # "(important for _____!)", "at _____ Pinchin Lane" (round 27)
    if spells_initials(span.text, text[: span.start] + " " + text[span.end :]):
        return "the rest of the line spells the blank's initials"  # "_____ = local area network"
    if len(content_words(text[: span.start] + " " + text[span.end :])) < MIN_STEM_WORDS:
        return "stem too short after blanking"
    return None


# Titles a name follows: "Governor _____" -> Orval Faubus asks the name, not part of it.
_TITLE_WORDS = frozenset(
    """
    president king queen governor general senator dr mr mrs ms miss sir lord lady pope emperor
    empress tsar kaiser prince princess chancellor premier minister judge justice bishop
    archbishop saint st professor captain colonel admiral marshal chief sheriff mayor
    """.split()  # noqa: SIM905
)
_WORD_BEFORE = re.compile(r"([^\W\d_][\w'’.]*)[ (]+$")
# What may join a name's words: "Union of Women's Suffrage", "(… for Ill-Health) Act",
_WORD_AFTER = re.compile(r"(?:['’]s)?[ )]+(?:(?:of|for)\s+)?([^\W\d_][\w&'’]*|(?:1\d|20)\d\d\b)")
# "_____ on the Medway" -> Raid: a common noun heading a name of a place's event; a name of its
# own before a place ("the Steelyard on the Thames") is asked.
_ON_A_PLACE_AFTER = re.compile(r"\s+(?:on\s+the|upon)\s+[A-Z]")
_COMMON_HEAD_ZIPF = 3.5
# A case's name: "Browder v _____", "the _____ v Virginia ruling".
_CASE_BEFORE = re.compile(r"\b(?:v|vs)\.?\s+$")
_CASE_AFTER = re.compile(r"\s+(?:v|vs)\.?\s+[A-Z]")


# "Marshall Plan (" at the start of a line, and "): " or ") – " after the date.
_LABEL_BEFORE = re.compile(r"^\s*[^\W\d_][^:()]{0,60}\(\s*(?:c\.\s*)?$")
_LABEL_AFTER = re.compile(r"\s*\)\s*(?::|[-–—]\s)")


# "1/10 000", "10 000 000": a number whose digits a space groups in threes, split by the blank.
_THOUSANDS_AFTER = re.compile(r" \d{3}(?![\d.,])")
_DIGIT_SPACE_BEFORE = re.compile(r"\d $")
# "£1,000–£3,000", "5-10 m", "18 – 30": a number joined by a dash to another.
_RANGE_AFTER = re.compile(r"\s?[–—-]\s?[£$€]?\d")
_RANGE_BEFORE = re.compile(r"\d\s?[–—-]\s?[£$€]?$")
_TO_RANGE_AFTER = re.compile(r"\s+to\s+[£$€]?\d")
_TO_RANGE_BEFORE = re.compile(r"\d\s+to\s+[£$€]?$")
# "the first 20 elements", "the top 10 countries": the count says which things a claim is about.
_SCOPE_BEFORE = re.compile(r"\b(?:first|last|top|bottom|next|previous|leading)\s+$", re.IGNORECASE)
# "(atomic number 20)", "the group 1 metals", "Article 48": a name given to the number right after
# it (a year after a name dates it instead: "Munich 1938").
_LABELS_NUMBER = re.compile(r"\s+[-−]?(?!(?:1\d|20)\d\d\b)\d[\d.,]*(?!\d)")


_LABEL_END = re.compile(r":\s")
_MAX_LABEL = 60
# A dash or a semicolon before a label's colon ends the sentence the label follows.
_SAID_BEFORE_LABEL = re.compile(r"\s[–—-]\s|;\s")
_LAST_BRACKET = re.compile(r"\s*\([^()]*\)\s*$")


# Where a list that follows a count ends: an example, a new clause, a sentence's end.
_LIST_END = re.compile(r"\be\.?g\.?(?!\w)|\bi\.?e\.?(?!\w)|;|\.\s|\.$")
_LIST_MARK = re.compile(r"\s*(?:,|\+|→|⇒|->|\bthen\b|\band\b)\s*")
# Where the list begins: after an "=" or ":", a bracket's end ("(3 storeys) arcade, …"), or the
# wide gap between a cue and its note.
_LIST_AFTER = re.compile(r"[=:)]|\s{2,}")
_MAX_COUNTED = 12


def _counts_the_list(text: str, span: Span) -> bool:
    """True when a small count is followed, after an "=", ":" or its bracket's end, by exactly
    that many items."""
    value = span.text.strip()
    if not value.isdigit() or not 2 <= int(value) <= _MAX_COUNTED:
        return False
    mark = _LIST_AFTER.search(text, span.end)
    if mark is None:
        return False
    rest = re.sub(r"\([^()]*\)", " ", text[mark.end() :])
    rest = _LIST_END.split(rest, maxsplit=1)[0]
    items = [item for item in _LIST_MARK.split(rest) if item.strip(" ,")]
    return len(items) == int(value)


def _part_of_label(text: str, span: Span) -> bool:
    """True for a blank on some words of a "Label: …" line's label, not the whole of it:
    "Emergent _____: raised beaches and relict cliffs" asks for "landforms", the word the label
    shares with its neighbours, while what the line teaches (the kind, and what it holds) stands
    beside the blank. The whole label blanked ("_____: a drowned river valley") is a term asked."""
    found = _LABEL_END.search(text)
    if found is None or found.start() > _MAX_LABEL or span.start >= found.start():
        return False
    label = text[: found.start()]
    said = list(_SAID_BEFORE_LABEL.finditer(label))
    if said and span.end <= said[-1].start():
        # "Giuseppe Mazzini founded Young Italy 1831 – aim: a united republic": the label is
        # "aim"; what comes before its dash is a sentence of the line (session 20)
        return False
    if any(_did(word) for word in label.split()[1:]):
        return False  # "Haussmann rebuilt Paris 1853-1870: wide boulevards …": a sentence
    core = _LAST_BRACKET.sub("", label)
    start = len(label) - len(label.lstrip(' *_"“'))
    return not (span.start <= start and span.end >= len(core.rstrip(' *_"”')))


def _part_of_number(text: str, span: Span) -> bool:
    """True when a space grouping a number's digits in threes ("1/10 000", "25 000") runs into
    the blank: the blank holds only some of the number's digits."""
    answer = span.text.strip()
    if answer[-1:].isdigit() and _THOUSANDS_AFTER.match(text, span.end):
        return True
    return bool(re.fullmatch(r"\d{3}\b.*", answer)) and bool(
        _DIGIT_SPACE_BEFORE.search(text[: span.start])
    )


def _half_range(text: str, span: Span) -> bool:
    """True for one end of a range written with a dash ("£1,000–£3,000", "5-10 m"): the other end
    stands beside the blank, and a teacher asks the range whole or not at all. A date's dash
    ("1914–18") joins years, which are asked as such."""
    if span.kind in (SpanKind.YEAR, SpanKind.DATE):
        return False
    if _RANGE_AFTER.match(text, span.end) or _RANGE_BEFORE.search(text[: span.start]):
        return True
    # "(groups 1 to 7)": a range in an aside qualifies the claim; the claim is what to ask
    before = text[: span.start]
    aside = before.count("(") > before.count(")")
    return aside and bool(_TO_RANGE_AFTER.match(text, span.end) or _TO_RANGE_BEFORE.search(before))


def _labels_date(text: str, span: Span) -> bool:
    """True for a year or date in brackets after a line's label ("Oil Crisis (1973): OPEC …",
    "Ohm (1827) – current is proportional …")."""
    return (
        span.kind in (SpanKind.YEAR, SpanKind.DATE)
        and _LABEL_BEFORE.match(text[: span.start]) is not None
        and _LABEL_AFTER.match(text, span.end) is not None
    )


def _splits_a_name(text: str, span: Span) -> bool:
    """True when a capitalised blank has a capitalised word of the same name right beside it:
    "Ku _____ (KKK)", "Millicent _____ = leader …", "Prisoners' (_____ for Ill-Health) Act".
    A title before a name ("Governor _____" -> Orval Faubus) is no part of it, unless the blank
    starts with another title ("Attorney _____" -> General Robert Kennedy)."""
    answer = span.text.strip()
    if span.kind in NUMERIC_KINDS or not answer[:1].isupper():
        return False
    if _CASE_BEFORE.search(text[: span.start]) or _CASE_AFTER.match(text, span.end):
        return True
    before = _WORD_BEFORE.search(text[: span.start])
    if before is not None and _capitalised(before.group(1)):
        first = fold(answer).split()[0]
        if fold(before.group(1)).rstrip(".") not in _TITLE_WORDS or first in _TITLE_WORDS:
            return True
    if (
        " " not in answer
        and _ON_A_PLACE_AFTER.match(text, span.end)
        and frequency(fold(answer)) >= _COMMON_HEAD_ZIPF
    ):
        return True  # "1667 - _____ on the Medway" -> Raid (round 18)
    after = _WORD_AFTER.match(text, span.end)
    # "_____ 1968 (Fair Housing Act)": the year is part of the Act's name
    return after is not None and (_capitalised(after.group(1)) or after.group(1).isdigit())


_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
_FIRST_NUMBER = re.compile(r"\d[\d,.]*\d|\d")


def _printed_elsewhere(text: str, span: Span) -> bool:
    """True when the blank's number stands elsewhere in the line, alone, as a coefficient or as
    a charge ("2Mg + O₂ → 2MgO, so _____ mol", "in 1932 … (July 1932)", "_____− ions, e.g.
    O²⁻"): the stem answers itself."""
    found = _FIRST_NUMBER.search(span.text)
    if found is None:
        return False
    rest = text[: span.start] + " " + text[span.end :]
    if found.group().isdigit() and found.group().translate(_SUPERSCRIPT) in rest:
        return True  # "form _____− ions, e.g. O²⁻" -> 2
    number = re.escape(found.group())
    return re.search(rf"(?<![\w.,]){number}(?![\d]|[.,]\d)", rest) is not None


def _capitalised(word: str) -> bool:
    return word[:1].isupper() and fold(word) not in STOP_WORDS


def _in_hyphenated(text: str, span: Span) -> bool:
    return text[span.start - 1 : span.start] == "-" or text[span.end : span.end + 1] == "-"


def _incidental(text: str, span: Span) -> bool:
    """True for a found (not named) single word that only describes the word after it: "scaled a
    _____ wall" -> "makeshift", "stick to _____ political … model" -> "Soviet". Teachers test the
    thing, not the adjective in front of it."""
    if span.kind not in (SpanKind.RARE_WORD, SpanKind.PHRASE) or " " in span.text.strip():
        return False
    following = _NEXT_WORD.match(text, span.end)
    if following is None or following.group(1).casefold() in STOP_WORDS:
        return False
    # A name before a verb's past form is its subject, not a word describing it ("Haussmann
    # rebuilt Paris", "Garibaldi handed the South to …"; session 20).
    return not (span.kind is SpanKind.PHRASE and _did(following.group(1)))


def _did(word: str) -> bool:
    folded = word.casefold()
    if folded.startswith("re") and folded[2:] in IRREGULAR_PAST:
        return True  # "rebuilt", "retook"
    return folded in IRREGULAR_PAST or (
        _PAST_FORM.fullmatch(folded) is not None and folded not in _PAST_ADJECTIVES
    )


_PAST_FORM = re.compile(r"[a-z]{3,}ed")
# Words in "-ed" that a name stands before as a describer, not as a subject.
_PAST_ADJECTIVES = frozenset({"red", "bed", "shed", "based", "led", "armed", "united"})


# A reference to a study: "Author (", "Author et al. (", "Author and Author (", "(Author, ".
_NAME = r"[A-Z][\w'’-]+"
_CITED_BEFORE = re.compile(
    rf"(?:{_NAME}\s+et\s+al\.?|{_NAME}(?:,\s+{_NAME})*\s+(?:and|&)\s+{_NAME})\s*\(\s*$"
    rf"|\(\s*{_NAME}(?:\s+et\s+al\.?|\s+(?:and|&)\s+{_NAME})?,\s*$"
    # the authors and the year in one bracket without a comma: "(Escobar 2012)", "(Moghaddam and
    # Javitt 2012)" after the finding they source (round 19)
    # ("(Moghaddam and Javitt 2012)"; one name in such a bracket may be a place's,
    # "(Pentonville 1842)": `_samples.cited_year` asks whether the notes cite studies)
    rf"|\(\s*{_NAME}(?:\s+et\s+al\.?|\s+(?:and|&)\s+{_NAME})\s+$"
)
# One author: "Bowlby (", unless the word before makes it an event's or a thing's name.
_ONE_AUTHOR = re.compile(rf"(?:^|(?P<before>\S+)\s+)(?:{_NAME})\s*\(\s*$")
_NAMING_WORDS = frozenset({"of", "the", "a", "an", "in", "at", "on", "to", "from"})
_CITED_AFTER = re.compile(r"\s*[a-z]?\s*(?:[);]|,\s*(?:p|pp)\.)")
# "at 3.34 am", "7.15 p.m.", "10 o'clock", "0600 hours GMT": a time of day, not a fact to learn.
# A bracket after a name giving another name it had until, or from, a year: "Lord Shaftesbury
# (Anthony Ashley-Cooper, Lord Ashley until _____)". A month opening the bracket dates the name
# before it ("Wall Street Crash (October _____)"), and is asked.
_NAMED_ASIDE = re.compile(
    r"[A-Z][\w'’-]+\s+\((?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b)"
    r"[A-Z][\w'’-]+[^()]*\b(?:until|till|from|since|after|before)\s+$"
)
# A bracket the blank fills: "(_____)", "(“_____”.)"; one saying where a word comes from.
# (a name in quotes is one the notes want learned: 'hoax letters ("Dear Boss")')
_OPENS_BRACKET = re.compile(r"\(\s*$")
_CLOSES_BRACKET = re.compile(r"^\.?\s*\)")
_ORIGIN_BRACKET = re.compile(r"\(\s*(?:from|short\s+for|after)\b[^()]*$", re.IGNORECASE)
_ACRONYM_ONLY = re.compile(r"[A-Z][A-Z0-9&]{1,6}s?")


def _bracket_aside(text: str, span: Span) -> bool:
    """True when the blank is a name filling a bracket after lower-case words ("Scottish
    instrument maker (_____.)" -> Glasgow Univ.), or stands inside a bracket saying where a word
    comes from ("navvies (from "_____")"): the bracket remarks on the words before it (round
    19). A lower-case bracket names what the words before are, and is asked ("explicit
    (_____)" -> declarative, "(_____)" -> thermal decomposition); an acronym alone in brackets
    is `label_blank_problem`'s."""
    before = text[: span.start]
    if "(" not in before:
        return False
    if _ORIGIN_BRACKET.search(before):
        return True
    opened = _OPENS_BRACKET.search(before)
    if opened is None or _CLOSES_BRACKET.match(text[span.end :]) is None:
        return False
    answer = span.text.strip()
    words_before = before[: opened.start()].split()
    return (
        answer[:1].isupper()
        and _ACRONYM_ONLY.fullmatch(answer) is None
        and bool(words_before)
        and words_before[-1][:1].islower()
    )


# "DSM-5", "ICD-11", "COVID-19": an edition's number joined to an acronym by a hyphen (an
# isotope's mass number, "uranium-235", is what the notes teach, and is asked).
_NAME_HYPHEN_BEFORE = re.compile(r"\b[A-Z]{2,}[-‐]$")
# "between the 2 systems", "both the 2 …": the words say how many.
_BETWEEN_THE = re.compile(r"\b(?:between|both)\s+(?:the\s+)?$", re.IGNORECASE)
# A figure right before a blank: "thousands of _____", "12 _____", "several hundred _____".
_FIGURE_BEFORE = re.compile(
    r"(?:\d[\d,.]*|\b(?:tens|dozens|hundreds|thousands|millions|billions)\s+of"
    r"|\b(?:hundred|thousand|million|billion))\s+$",
    re.IGNORECASE,
)


def _counted_unit(text: str, span: Span) -> bool:
    """True when the blank is a unit of measure ("kilometres", "km", "tonnes") after a figure:
    the figure is the fact, and its unit is guessed from the figure's size and the subject."""
    words = span.text.split()
    return (
        len(words) == 1
        and unit_of(f"1 {words[0]}") is not None
        and _FIGURE_BEFORE.search(text, 0, span.start) is not None
    )


# "at _____ am", "at _____ noon" (12: the word says it, round 21 B31).
_CLOCK_AFTER = re.compile(
    r"\s*(?:a\.?m\.?|p\.?m\.?|o['’]clock|hrs\b|hours\s+(?:GMT|UTC|local)|GMT|UTC|noon|midnight)"
    r"(?!\w)",
    re.I,
)
# A line's first clause ending on "it" or "them" with no noun before that it could stand for:
# "contemporaries did not use it; some historians prefer …" (it: the name in the bullet above,
# round 21 A24). "Scott popularised the name and used it" names it first.
_OBJECT_PRONOUN = re.compile(
    r"(?i)^(?P<before>[^;:,.()\[\]]{3,60}?)\s+(?:it|them)\s*(?:[;:,.]|$|(?:in|on|at|by|from|with|"
    r"into|during|after|before|until|under)\s)"
)
_POINTING_WORDS = frozenset(
    "the a an this that these those his her its their our my your one each every".split()  # noqa: SIM905
)


def _points_elsewhere(text: str) -> bool:
    found = split_glossary(text)
    return found is not None and is_cross_reference(found[1])


def _object_from_above(text: str) -> bool:
    """True when a line's first clause ends on an object pronoun that nothing before it in the
    clause can stand for: no determiner, name or quotation before it (only the subject, a
    plural, and its verb)."""
    found = _OBJECT_PRONOUN.match(text)
    if found is None:
        return False
    words = found.group("before").split()
    if any(word.lower() in _POINTING_WORDS for word in words):
        return False
    return not any(word[:1].isupper() or word[:1] in "\"“'‘" for word in words[1:])


# "Attainder – see _____" (2.2), "(see section _____)", "cf. p. _____": where else the notes
# say it, not what they say (round 21, A28).
_SEE_BEFORE = re.compile(
    r"\b(?:see|cf\.?|compare)\s+(?:also\s+)?(?:(?:section|sect\.|§|p\.|page|pp\.|chapter|ch\.|"
    r"part|unit|slide|point|box|table|fig\.?|figure)\s*)?$",
    re.I,
)
# "in a laboratory _____", "at the power _____": the place's kind is said; its last word is filler.
_SETTING_BEFORE = re.compile(
    r"\b(?:in|at|inside|into|within|from)\s+(?:a|an|the)\s+[a-z][a-z-]+\s+$"
)


def cites(text: str, span: Span) -> bool:
    """True when the number is the year of a citation: "Bowlby (1951)", "Isabella et al. (1989)",
    "Hazan and Shaver (1987)", "(Ainsworth, 1970)". A capitalised word after "of" or "the", or
    after another capitalised word ("Treaty of Versailles (1919)", "Great Depression (1929)"),
    names an event, whose date is content."""
    if not re.fullmatch(r"(?:1[5-9]|20)\d\d[a-z]?", span.text.strip()):
        return False
    before = text[: span.start]
    if not _CITED_AFTER.match(text, span.end):
        return False
    if _CITED_BEFORE.search(before):
        return True
    one = _ONE_AUTHOR.search(before)
    if one is None:
        return False
    word = (one.group("before") or "").strip("(“‘\"'")
    return not word[:1].isupper() and word.casefold() not in _NAMING_WORDS


_COUNTED = re.compile(r"\s+([a-z][a-z-]{2,})\b")


def counted_noun(text: str, end: int) -> str | None:
    """The word a number counts ("7 months" -> months), or None when none follows it."""
    found = _COUNTED.match(text, end)
    if found is None or found.group(1) in STOP_WORDS:
        return None
    return found.group(1)


def counts_one(text: str, span: Span) -> bool:
    """True when the number is one and the word it counts is singular: "by about 1 year" leaves
    only 1 among 1, 3, 4 and 5 (and a typed answer is given by "year" as much)."""
    number = parse_number(span.text)
    noun = counted_noun(text, span.end)
    return number is not None and number.value == 1 and noun is not None and not noun.endswith("s")


def plural_after_one(text: str, span: Span, candidate: str) -> bool:
    """True when a wrong option of one would read "1 years" before the plural the answer
    counts (`counts_one` keeps an answer of one from being asked at all)."""
    number = parse_number(candidate)
    noun = counted_noun(text, span.end)
    return (
        number is not None
        and number.value == 1
        and noun is not None
        and noun.endswith("s")
        and not noun.endswith("ss")
    )


_CO_AUTHORS = re.compile(rf"{_NAME}(?:,\s+{_NAME})*\s+(?:and|&)\s+{_NAME}|{_NAME}\s+et\s+al\.?")
_YEAR_IN_BRACKETS = re.compile(r"\s*\(\s*(?:1[5-9]|20)\d\d[a-z]?\s*[),;]")


# "(2021) projects", "(2019) estimated": a dated source and what it reports.
_SOURCE_AFTER = re.compile(
    r"\s*\((?:c\.\s*)?(?:1\d|20)\d\d\)\s+(?:projects?|projected|estimates?|estimated|predicts?"
    r"|predicted|forecasts?|reports?|reported|found|finds|calculated|calculates|shows?|showed"
    r"|suggests?|suggested|states?|stated|claims?|claimed|expects?|expected)\b"
)
_DIGIT_IN = re.compile(r"\d")


def _cites_a_figure(text: str, span: Span) -> bool:
    """True when the blank is the dated source of a figure the line reports: "The IPCC (2021)
    projects a sea level rise of 0.3–1.0 m". The figure is what the line teaches; who published
    it is referencing. A source with no figure ("Becker (1963) argued …") is who said what, and
    stays askable."""
    if "(" not in text:  # the source's year is bracketed: most lines have no bracket
        return False
    found = _SOURCE_AFTER.match(text, span.end)
    return found is not None and _DIGIT_IN.search(text, found.end()) is not None


def _in_citation(text: str, span: Span) -> bool:
    """True when the blank is, or is part of, the authors of a joint citation: "Phillips and
    _____ (2007)". Who wrote a study with whom is referencing; a lone theorist ("Becker (1963)
    argued …") is who said what, and stays askable."""
    if "(" not in text:  # the citation's year is bracketed: most lines have no bracket
        return False
    for found in _CO_AUTHORS.finditer(text):
        if (
            found.start() <= span.start < found.end()
            and (
                _YEAR_IN_BRACKETS.match(text, found.end())
                # "(Moghaddam and _____ 2012)": authors and year in one bracket (round 19)
                or (
                    _YEAR_CLOSING.match(text, found.end())
                    and text[: found.start()].rstrip().endswith("(")
                )
            )
        ):
            return True
    return False


_YEAR_CLOSING = re.compile(r",?\s+(?:1[5-9]|20)\d\d[a-z]?\s*\)")


def _setting_noun(text: str, span: Span) -> bool:
    """True for a found lowercase word closing a place phrase whose kind the word before already
    says: "a controlled observation in a laboratory _____" -> playroom ("room" is as right)."""
    answer = span.text.strip()
    if span.kind not in (SpanKind.RARE_WORD, SpanKind.PHRASE) or " " in answer:
        return False
    if not answer.islower() or not _SETTING_BEFORE.search(text[: span.start]):
        return False
    following = _NEXT_WORD.match(text, span.end)
    return following is None or following.group(1).casefold() in STOP_WORDS


# An example among others the notes do not list: any of them would be right ("such as the
# _____ in Devon").
_EXAMPLE_BEFORE = re.compile(
    r"\b(?:such as|e\.g\.?|eg|for example|for instance|including|like)\s*(?:(?:the|a|an)\s+)?$",
    re.IGNORECASE,
)
# A person's birth or death year in brackets after the name: "Princess Mary (b. 1516)", "Arthur
# (d. 1502)", "(born 1879)". It identifies the person; the line says something else about them.
_LIFE_DATE_BEFORE = re.compile(r"\(\s*(?:b|d|born|died|r|reigned)\.?\s*(?:c\.\s*)?$", re.IGNORECASE)
_DATED = NUMERIC_KINDS | {SpanKind.DATE}
# What opens an example: "e.g.", "for example", "such as". The example runs to the end of its
# clause or bracket.
_EXAMPLE_MARK = re.compile(r"(?<!\w)(?:e\.\s?g\.?|eg|for example|for instance|such as)(?!\w)", re.I)
_CLAUSE_BREAK = re.compile(r"[;)]|\.\s|\s[-–—]\s")


def in_example(text: str, span: Span) -> bool:
    """True when `span` sits in an example the line gives in passing, after "e.g.", "for
    example" or "such as" in its own clause or bracket: "six new dioceses (e.g. Oxford, _____)",
    "an extremophile, e.g. bacteria in hot vents at over _____ degrees C". The example
    illustrates the line's point; a teacher asks the point."""
    before = text[: span.start]
    marks = list(_EXAMPLE_MARK.finditer(before))
    return bool(marks) and _CLAUSE_BREAK.search(masked(before)[marks[-1].end() :]) is None


# A year that names another event the line only refers to: "in time for the D-Day landings of
# 1944", "after the Wall Street Crash of 1929". The line's claim is not about that year.
_ANOTHER_EVENTS_YEAR = re.compile(
    r"\b(?:in time for|after|before|during|since|until|following|ahead of|because of|due to"
    r"|despite|as a result of)\s+the\s+[^,;.:()]{1,60}?\bof\s+$",
    re.IGNORECASE,
)
# Frequencies (Zipf) at which a found word has everyday synonyms a student could type: a
# plural, the head of a described phrase (see `generic_plural`, `_generic_word`).
_GENERIC_PLURAL_ZIPF = 2.5
_GENERIC_HEAD_ZIPF = 2.8
# The word before a blank, and the one before that.
_WORDS_BEFORE = re.compile(r"(?:([^\W\d_][\w'’]*)\s+)?([^\W\d_][\w'’]*)\s+$")
# A word after these is a verb ("to treat _____", "cannot prevent _____").
_VERB_BEFORE = frozenset({"to", "cannot", "can", "could", "will", "would", "must", "should"})
# A name followed by words that say who it is: "Mary, Queen of Scots", "Elizabeth, the “Virgin
# Queen”", "Drake, the first Englishman to …".
_NAMES = frozenset({SpanKind.PERSON, SpanKind.PHRASE})
_EPITHET_AFTER = re.compile(
    r",\s+(?:the\s+)?[\"“‘']"
    r"|,\s+(?:the\s+)?(?:first|last|only)\b"
    r"|,\s+(?:Queen|King|Duke|Duchess|Earl|Prince|Princess|Emperor|Empress|Pope|Lord|Lady"
    r"|Archbishop|Bishop|Tsar|Kaiser)\s+of\b"
)
# A line that is an equation: a number in it is a constant, and look-alikes of it mean nothing.
_FORMULA = re.compile(r"=.*(?:[×*/÷+−]|\sx\s)|(?:[×*/÷+−]|\sx\s).*=", re.DOTALL)
# Verbs (dictionary forms) that, right after a key term, make it the subject of a verb rather
# than the first half of a compound noun: "Propaganda reached millions" vs "Power stations".
_VERBS = frozenset(
    """
    act affect allow become begin bring build carry cause change come connect contain control
    convert cover create cut decrease depend describe destroy drop end fall flow form get give go
    grow happen help hold include increase involve keep kill lead let limit link lower make mean
    move need occur pass produce protect provide raise reach receive reduce refer release rely
    remain remove replace require result rise run say send set show speed spread start stay stop
    store take tend transfer transmit travel turn use vary work
    times plus minus per divided multiplied cannot must should would could might may will can
    """.split()  # noqa: SIM905
)


def _generic_word(text: str, span: Span) -> bool:
    """True for a word found by rarity alone (not a name, term or number the deck gives) at the
    head of a phrase after a describing word: "managed realignment" (retreat), "beach
    nourishment" (replenishment), "acidic seawater" (water), "herbal remedies" (medicines) have
    standard synonyms a student could type and be marked wrong for. Subject vocabulary, far
    rarer in general English ("sodium thiosulfate", "left ventricle"), has none."""
    if span.kind is not SpanKind.RARE_WORD or " " in span.text.strip():
        return False
    word = fold(span.text.strip())
    return _described(text[: span.start]) and frequency(word) >= _GENERIC_HEAD_ZIPF


# Zipf from which a found verb or describing word has everyday synonyms ("restrict": limit,
# reduce; "stimulates": triggers; "predictable": regular); "neutralise" (2.4) has none.
_COMMON_VERB_ZIPF = 3.0
_OBJECT_AFTER = re.compile(
    r" (?:the|a|an|this|these|that|those|its|their|his|her|our|some)\b", re.I
)
_VERB_OR_COMPLEMENT_BEFORE = frozenset(
    {*_VERB_BEFORE, "should", "may", "might", "is", "are", "was", "were", "be", "been", "being",
     "become", "becomes", "this", "these", "it", "they", "which", "who"}
)  # fmt: skip
# From this Zipf frequency an abstract noun found by rarity alone is general English with
# synonyms a teacher accepts ("negotiation" 3.78, "limitation" 3.71); subject words sit below
# ("respiration" 3.05, "erosion" 3.64, "fermentation" 3.3), and a concrete noun ("nitrogen")
# has no synonym however common.
_GENERAL_ZIPF = 3.7
_ABSTRACT_ENDINGS = ("tion", "sion", "ment", "ness", "ity", "ance", "ence", "ship")
# Unless the line names it: "anaerobic respiration is called _____".
_NAMED_BEFORE = re.compile(r"\b(?:called|named|termed|known as)\s+(?:an?\s+|the\s+)?$", re.I)
# A word in this share of the deck's topics (and at least this many) is the subject's own
# everyday word ("pathogen" in a disease deck): "If a _____ gets in" has rivals (microbe, germ).
_SUBJECT_WORD_SHARE = 0.25
_SUBJECT_WORD_TOPICS = 3


def names_its_section(ctx: DeckContext, topic_id: str, span: Span) -> bool:
    """True when the blank is a word of its own section's title or a title above it: "Act for
    the _____ of the Lesser Monasteries" under "The Dissolution of the Monasteries" asks the
    topic's name, which the student is told by where the question sits. The deck's own title
    counts too: "The _____ called their empire Tawantinsuyu" in notes titled "The Inca Empire"
    asks what every line is about (own Inca deck)."""
    if span.kind in NUMERIC_KINDS or span.kind is SpanKind.DATE:
        return False
    if " " not in span.text.strip() and gives_away(span.text, ctx.deck.title):
        return True  # one word of it; "Manco _____"-style names holding it are their own
    if within_title(span.text, ctx.deck.title):
        return True  # "The _____ broke out" -> "Great Fire" in notes on the Great Fire of London
    return any(gives_away(span.text, topic.title) for topic in ctx.deck.path(topic_id))


def typed_synonym_risk(ctx: DeckContext, text: str, span: Span) -> bool:
    """True when a typed answer for a found word would have equally right rivals: a common verb
    or describing word ("Farmers should _____ the use of antibiotics" -> restrict; "Tides are
    _____" -> predictable), a word of general English ("without _____" -> negotiation) or any
    found word of a glossary line's definition, or a word the whole deck uses ("a dead form of
    the _____" -> pathogen). A choice among words of one kind can still ask it."""
    if span.marked or span.kind not in (SpanKind.RARE_WORD, SpanKind.TERM):
        return False
    word = fold(span.text.strip())
    if span.kind is SpanKind.RARE_WORD and " " not in word:
        if is_glossary_line(ctx, text):
            return True  # "hatred of, or _____ against, …" -> prejudice (discrimination)
        if (
            word.endswith(_ABSTRACT_ENDINGS)
            and frequency(word) >= _GENERAL_ZIPF
            and not _NAMED_BEFORE.search(text[: span.start])
        ):
            return True  # "without _____" -> negotiation (discussion); "is a _____" -> limitation
    if " " not in word and span.kind is SpanKind.RARE_WORD and frequency(word) >= _COMMON_VERB_ZIPF:
        found = _WORDS_BEFORE.search(text[: span.start])
        before = fold(found.group(2)) if found else ""
        if before in _VERB_OR_COMPLEMENT_BEFORE or _OBJECT_AFTER.match(text, span.end):
            return True
    topics = ctx.topics_using(root(word)) if " " not in word else 0
    return topics >= _SUBJECT_WORD_TOPICS and topics >= _SUBJECT_WORD_SHARE * len(ctx.deck.topics)


def short_item(text: str, span: Span) -> bool:
    """True for a found word blanked in a short item of a list under a lead-in ("Problems:
    a shortage of water for crops" -> lack; "blizzards and extreme temperatures" -> snowstorms):
    a fragment that short does not pin one word down. Marked blanks and names are kept."""
    if span.kind is not SpanKind.RARE_WORD or span.marked:
        return False
    return len(content_words(text[: span.start] + " " + text[span.end :])) < MIN_FOUND_WORD_STEM


def generic_plural(span: Span) -> bool:
    """True for a found plural noun (or a verb's -s form) common enough in general English to
    name members of a class: "boulders" (rocks, stones), "grasshoppers" (locusts), "settlers"
    (migrants); "ligatures" or "seismometers" have no everyday synonym. Blanked only when it is
    the line's one key ("Make proteins from amino acids"), not beside another one."""
    if span.kind is not SpanKind.RARE_WORD or span.marked or " " in span.text.strip():
        return False
    word = fold(span.text.strip())
    return word.endswith("s") and lemma(word) != word and frequency(word) >= _GENERIC_PLURAL_ZIPF


def _described(before: str) -> bool:
    """True when the word before a blank describes it ("herbal _____", "managed _____"), not a
    verb or a stop word that takes it as an object ("bacteria that cause _____", "to treat _")."""
    found = _WORDS_BEFORE.search(before)
    if found is None:
        return False
    previous, word = (fold(found.group(1) or ""), fold(found.group(2)))
    if word in STOP_WORDS or previous in _VERB_BEFORE:
        return False
    return word not in _VERBS and lemma(word) not in _VERBS


# "immoral and _____", "failed, _____": a describing word or participle joined to the blank.
_PAIRED_BEFORE = re.compile(r"\b([a-z][a-z'’-]+)\s*(?:,\s*(?:and|or)?|\s(?:and|or))\s*$")
_PAIRED_AFTER = re.compile(r"\s*(?:,\s*(?:and|or)?|\s(?:and|or))\s*([a-z][a-z'’-]+)\b")
# Endings of describing words and participles ("immoral", "wasteful", "failed", "withdrawn").
_DESCRIBING_ENDINGS = (
    "ed", "en", "wn", "ful", "al", "ous", "ive", "ic", "able", "ible", "less", "ent", "ant", "ish"
)  # fmt: skip
_MIN_DESCRIBING = 5


def _paired_describer(text: str, span: Span) -> bool:
    """True for a found word, common in general English, that describes beside another describing
    word it is joined to ("the court was immoral and _____" -> wasteful; "failed, _____ within
    days" -> withdrawn): the pair says one thing twice, its other word gives the point away,
    and a synonym fits the blank as well. A subject's rarer word ("exothermic and _____")
    is asked."""
    if span.kind is not SpanKind.RARE_WORD or " " in span.text.strip():
        return False
    word = fold(span.text.strip())
    if not _describing(word) or frequency(word) < _COMMON_VERB_ZIPF:
        return False
    found = _PAIRED_BEFORE.search(text[: span.start]) or _PAIRED_AFTER.match(text, span.end)
    return found is not None and _describing(found.group(1).casefold())


def _describing(word: str) -> bool:
    return (
        len(word) >= _MIN_DESCRIBING
        and word.endswith(_DESCRIBING_ENDINGS)
        and word not in STOP_WORDS
    )


def _everyday_name(span: Span) -> bool:
    """True for one capitalised everyday word found by its shape alone ("God", "Europe", "Theory",
    "June"): the rest of the line nearly always completes it, and it is not what the line teaches.
    Names the deck lists as people or places are other kinds, and stay askable."""
    word = span.text.strip()
    return span.kind is SpanKind.PHRASE and " " not in word and is_everyday(word)


def _in_compound(text: str, span: Span) -> bool:
    """True for a key term matched as the first word of a longer name: "Power stations generate
    electricity" holds the term "power" only in "power stations", so "_____ stations" tests
    nothing. A verb or an adverb after the term ("Inflation rose", "A LAN covers") is no name."""
    if span.kind is not SpanKind.TERM:
        return False
    following = _NEXT_WORD.match(text, span.end)
    if following is None:
        return False
    word = following.group(1).casefold()
    return not (
        word in STOP_WORDS
        or word.endswith(("ed", "ly"))
        or "'" in word
        or word in _VERBS
        or lemma(word) in _VERBS
    )


def question_problem(question: Question, ctx: DeckContext) -> str | None:
    """Why `question` must not be shown, or None when it passes every check."""
    for check in (
        _limits,
        _completeness,
        _options,
        _notes_shorthand,
        furniture_problem,
        _give_away,
        _sounded_out,
        context_problem,
    ):
        problem = check(question, ctx)
        if problem:
            return problem
    return None


def _limits(question: Question, ctx: DeckContext) -> str | None:
    if not question.prompt.strip() or len(question.prompt) > MAX_PROMPT:
        return f"prompt empty or over {MAX_PROMPT} characters"
    if len(question.options) > MAX_OPTIONS:
        return f"more than {MAX_OPTIONS} options"
    if any(not option.strip() or len(option) > MAX_OPTION for option in question.options):
        return f"an option empty or over {MAX_OPTION} characters"
    return None


def _completeness(question: Question, ctx: DeckContext) -> str | None:
    if not question.answers or any(not answer.strip() for answer in question.answers):
        return "no answer"
    if not question.explanation.strip() or not question.source_fact.strip():
        return "no explanation or source fact"
    if question.kind is QuestionKind.CLOZE:
        if len(question.answers[0].split()) > MAX_TYPED_WORDS:
            return f"answer longer than {MAX_TYPED_WORDS} words"
        if is_stop_phrase(question.answers[0]):
            return "the blank is a stop word"
    return None


def _options(question: Question, ctx: DeckContext) -> str | None:
    options = question.options
    if not options:
        return None
    folded = [fold(option) for option in options]
    if len(set(folded)) != len(folded):
        return "duplicate options"
    if any(not 0 <= index < len(options) for index in question.correct):
        return "a right index outside the options"
    if question.kind is QuestionKind.TRUE_FALSE:
        right = (TRUE,) if question.correct == (0,) else (FALSE,)
        ok = options == (TRUE, FALSE) and question.answers == right
        return None if ok else "true/false options do not match the answer"
    if question.ordered:
        in_order = tuple(options[index] for index in question.correct)
        if not 3 <= len(options) <= 4 or sorted(question.correct) != list(range(len(options))):
            return f"{question.kind.value} needs 3-4 options and a full order"
        if question.correct == tuple(range(len(options))):
            return "the options are already in the right order"
        return (
            None if question.answers == in_order else f"{question.kind.value} answers out of step"
        )
    if question.kind is QuestionKind.MULTI_SELECT:
        rights = {fold(options[index]) for index in question.correct}
        ok = (
            len(set(question.correct)) == len(question.correct) >= 2
            and len(options) - len(question.correct) >= 2
            and rights == {fold(a) for a in question.answers}
        )
        return None if ok else "multi-select needs 2+ right and 2+ wrong options"
    if question.kind is QuestionKind.HANDWRITTEN:
        rights = {fold(options[index]) for index in question.correct}
        ok = (
            len(options) >= 2
            and bool(question.correct)
            and rights == {fold(a) for a in question.answers}
        )
        return None if ok else "hand-written options do not hold the answers"
    if len(options) < MIN_CHOICE_OPTIONS:
        return f"fewer than {MIN_CHOICE_OPTIONS} options"
    answer = fold(question.answers[0])
    if folded.count(answer) != 1 or question.correct != (folded.index(answer),):
        return "the answer is not among the options exactly once"
    if question.kind is QuestionKind.REASON:
        return _lone_form(question) or _lone_echo(question)
    return _same_type(question, ctx)


# A line of a timeline: it opens with its year ("1887 - Emil Kraepelin describes …", "1801:").
_DATED_FIRST = re.compile(r"^\W*(?:c\.\s*)?(?:1[0-9]|20)\d\d(?:s|\b)")


def _lone_form(question: Question) -> str | None:
    """A line question whose right line alone opens with a year among lines that do not, or alone
    does not among lines that do, is picked by its form: "listed under “Timeline”" with the one
    dated option, "listed under “Quick stats”" with the one undated option among three timeline
    entries (round 19, A2, A24)."""
    dated = [_DATED_FIRST.match(option) is not None for option in question.options]
    right = dated[question.correct[0]]
    wrong = [flag for index, flag in enumerate(dated) if index not in question.correct]
    if wrong and all(flag != right for flag in wrong):
        return "the right line alone is written in another form"
    return None


# A worked calculation: "Rf = 3.0 / 7.5 = 0.40"; out of kind among lines of the notes (a
# maths deck's choice of results may well be calculations).
_AMONG_LINES = frozenset({QuestionKind.REASON, QuestionKind.MATCHING, QuestionKind.MULTI_SELECT})
_CALCULATION = re.compile(r"\d\s*[/÷×*+−-]\s*\d[^=]*=\s*-?\d|=\s*\d[\d.]*\s*[/÷×*]\s*\d")


def _notes_shorthand(question: Question, ctx: DeckContext) -> str | None:
    """An option or key that is notes shorthand, not an answer: an example carrying on the line
    above ("→ e.g. the yellow of sodium hides other colours") or a worked calculation ("→ Rf =
    3.0 / 7.5 = 0.40") offered among reasons (round 16, A13, A14, A17)."""
    if question.kind is QuestionKind.TRUE_FALSE:
        return None
    for text in question.options or question.answers[:1]:
        if carries_on(text):
            return "an option is an example or an arrow carrying on another line"
        if question.kind in _AMONG_LINES and _CALCULATION.search(text):
            return "an option is a worked calculation"
    return None


def _sounded_out(question: Question, ctx: DeckContext) -> str | None:
    """An options question whose key alone shares a root with the stem, spelt another way
    ("a dictated peace" -> Diktat; `key_alone_sounds_alike`)."""
    if question.typed or question.kind not in _PICKED_BY_ROOT:
        return None
    key = question.options[question.correct[0]]
    others = [o for i, o in enumerate(question.options) if i not in question.correct]
    if key_alone_sounds_alike(question.prompt, key, others):
        return "the key alone echoes the prompt"
    return None


# Key terms, where a word of another language meets its gloss ("Diktat", "a dictated peace").
_PICKED_BY_ROOT = frozenset({QuestionKind.DEFINITION_TO_TERM, QuestionKind.TERM_TO_DEFINITION})


def _lone_echo(question: Question) -> str | None:
    """A reason question whose right line alone echoes the prompt's words gives itself away; so
    does one whose right line alone lacks a word of the prompt every other option echoes: either
    way it is the odd one out ("listed under “White precipitates”" with one "white ppt" among
    three "… precipitate"; "listed under “Threats to rivers”" with one threat among three
    "rivers are used for …"; round 16, A3)."""
    right = question.options[question.correct[0]]
    prompt = question.prompt.split(": ", 1)[-1]
    wrong = [o for i, o in enumerate(question.options) if i not in question.correct]
    if not wrong:
        return None
    if not gives_away(right, prompt):
        if not any(gives_away(o, prompt) for o in wrong):
            return None  # no option says the prompt's words: none stands out by them
    elif not any(gives_away(o, prompt) for o in wrong):
        return "the right line echoes the prompt"
    mine = _echoed(right, prompt)
    theirs = [_echoed(o, prompt) for o in wrong]
    if mine - set().union(*theirs):
        return "the right line echoes the prompt"
    if set.intersection(*theirs) - mine:
        return "the right line alone lacks the prompt's word"
    return None


def _echoed(text: str, prompt: str) -> set[str]:
    """The prompt's words a word of `text` echoes (`echoes`; words of four letters or more)."""
    mine = [word for word in content_words(text) if len(word) >= 4 and word.isalpha()]
    return {
        word
        for word in content_words(prompt)
        if word.isalpha() and any(echoes(own, word) for own in mine)
    }


def _same_type(question: Question, ctx: DeckContext) -> str | None:
    # Values of one table column are one kind of thing, whatever their text looks like.
    if not (question.kind is QuestionKind.CHOICE and one_column(ctx, question.options)):
        types = {_option_type(question.kind, option, ctx) for option in question.options}
        if None in types or len(types) != 1:
            return "options of mixed types"
    numbers = [parse_number(option) for option in question.options]
    values = [number.value for number in numbers if number is not None]
    if len(values) == len(numbers) and values != sorted(values):
        return "numeric options out of order"
    return None


def _option_type(kind: QuestionKind, option: str, ctx: DeckContext) -> object:
    """A value two options share when they are of the same type (None: of no acceptable type)."""
    if kind is QuestionKind.WHICH_TOPIC:
        return "topic" if option in ctx.topic_titles else None
    if kind is QuestionKind.TERM_TO_DEFINITION:
        return "definition" if option in ctx.definitions else None
    if kind is QuestionKind.DEFINITION_TO_TERM:
        return "term" if fold(option) in ctx.term_names else None
    number = parse_number(option)
    return number.shape if number is not None else ctx.classify(option)


def _term_word_counts(ctx: DeckContext) -> dict[str, int]:
    """Each content word of the deck's key terms' names, and how many names have it (made once
    per deck: `DeckContext.once`)."""
    counts: dict[str, int] = {}
    for name in {fold(term.term) for term in ctx.deck.terms}:
        for word in set(content_words(name)):
            counts[word] = counts.get(word, 0) + 1
    return counts


def _shared_term_words(ctx: DeckContext, term: str) -> frozenset[str]:
    """The content words of `term` that another key term of the deck also has."""
    counts = ctx.once(_term_word_counts)
    return frozenset(word for word in content_words(term) if counts.get(word, 0) > 1)


def _surname_in_a_word(name: str, prompt: str) -> bool:
    """True when `name` is a person's ("John Loudon McAdam") and the prompt holds a word made from
    the surname ("macadamisation"), not the surname itself."""
    words = tuple(fold(name).split())
    if not names_a_person(words):
        return False
    surname = name.rsplit(maxsplit=1)[-1]
    return gives_away(surname, prompt) and not contains_phrase(prompt, surname)


def _give_away(question: Question, ctx: DeckContext) -> str | None:
    if question.kind in (
        QuestionKind.TRUE_FALSE,
        QuestionKind.CHRONOLOGY,
        QuestionKind.REASON,
        QuestionKind.MULTI_SELECT,
        QuestionKind.MATCHING,
    ):
        # The answer is "True"/"False" or an order; what must not show is checked by their builders.
        return None
    if question.kind is QuestionKind.HANDWRITTEN:
        # The author chose the wording; only a literal repeat of the answer is refused.
        given = any(contains_phrase(question.prompt, answer) for answer in question.answers)
        return "the prompt gives the answer away" if given else None
    primary, *others = question.answers
    if question.kind is QuestionKind.DEFINITION_TO_TERM and question.typed:
        # A typed key term is recalled word for word: a definition that echoes some of its words
        # ("Embryo screening: a technique that checks embryos …") still asks for the rest.
        words = [w for w in content_words(primary) if len(w) >= 4 and w.isalpha()] or [primary]
        # The words other key terms share ("bonding" of ionic, covalent and metallic bonding) are
        # no answer: "in metals and alloys; …" gives "metallic bonding" away by "metals" alone.
        shared = _shared_term_words(ctx, primary)
        telling = [word for word in words if word not in shared] or words
        echoed = (
            all(gives_away(word, question.prompt) for word in telling)
            or any(contains_phrase(question.prompt, other) for other in others)
            # a person's surname inside a word named after them: "macadamisation" (round 19,
            # B18); a term's own word in its definition ("Great Bible": "an official English
            # Bible …") still asks for the rest, as above
            or _surname_in_a_word(primary, question.prompt)
        )
        return "the prompt gives the answer away" if echoed else None
    if gives_away(primary, question.prompt) or any(
        contains_phrase(question.prompt, other) for other in others
    ):
        return "the prompt gives the answer away"
    if question.kind in (QuestionKind.CLOZE, QuestionKind.CHOICE):
        if names_blanked_value(question.prompt, primary):
            # "PERPENDICULAR (at _____°)", "_____ m/s (textbook uses 340 m/s)" (round 32)
            return "the prompt names the blanked value"
        # "1 in _____ chance (25%)", "rose from _____ to 40%": worked out, or left open.
        return worked_out(question.prompt, primary)
    return None
