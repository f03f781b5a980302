"""Grading a typed quiz answer: is it right, and what does the student read about it.

A contract other parts of studybot rely on (quizzes, battles, reviews): `grade(expected, given)`
returns a `Grade` whose `.correct` says right or wrong, `.verdict` says why, and `.reason` is one
sentence for the student ("Accepted — the spelling is “Gomułka”.", "Not quite: 30,000 is not
300,000.").

How an answer is judged, in order:
1. Blank or junk input (only punctuation, emoji, control characters) is EMPTY; an essay is WRONG.
2. Number answers ("30,000 troops", "20%", "1/6", "4th Nov", "1953-64") are compared by value,
   never by spelling; words after the number are not needed ("30000" answers "30,000 troops").
   A unit or currency both sides name must agree ("9 degrees" is not 9%, "2 million dollars" not
   £2 million: `_units`); a formula typed as written is no number ("C-60" for C60).
   A phrase or name that merely has a number word in it ("first and mightiest", "second to none",
   "Thirty Years War", "5 year plan") is text, not a number.
3. Text is folded (case, accents, ł/ß, punctuation, a leading article, British -ise) and compared
   whole, ignoring spaces and hyphens ("co-existence" = "coexistence").
4. A name may be given in part or with more ("Nagy" / "Imre Nagy", "John McAdam" for "John
   Loudon McAdam", "Stephenson's Rocket" for "Rocket"), or surname first (`_names`), but not as
   another entity of the deck ("Robert Kennedy" for "Kennedy" when the deck has both Robert and
   John F. Kennedy: CLOSE_TO_OTHER).
5. A misspelling within the edit budget of `_spelling` is accepted as a TYPO — unless the answer
   is as close to another entity of the deck (`others`), which the reason then names
   (CLOSE_TO_OTHER), or is itself another word of English a letter away ("isotones" for
   "isotopes"), which the reason says, or a common word two letters from a term the dictionary
   lacks ("strategy" for "strategoi"). In a phrase a word written as it sounds is a slip
   whatever it spells ("royal ascent"). The word for the doer is never the deed's slip nor its
   family form ("usurper" for "usurpation", "crusader" for "Crusade"), nor the other way.
6. An answer of several parts ("Warsaw and NATO", "NATO & Warsaw", "NATO, Warsaw") is right with the
   same parts in any order; some of the parts alone are "partly right", and still wrong.
7. A country may be named in another form or by its people ("Great Britain", "the UK" for
   Britain; "Russians" for Russia: `_places`), unless that form is another entity of the deck.
8. A year is answered by a date in it ("May 1915" for 1915); a misspelt number word or month
   still counts ("thiwteen", "Jully"); a wrong number is only called a number when it is one
   ("Forty iwo" is not "40"): `_grade_numbers`.
9. A word of the answer's family ("social" for "sociable", "cultural bias" for "culture bias")
   and a country without the compass point the notes give it ("Germany" for "West Germany") are
   accepted while no other entity of the deck is that word, of that family, or that country's
   other part (`_grade_forms`).

10. A textbook variant of the answer ("Provisional Govt", "Kronstadt rebellion", "Brest
   Litovsk", "White Army" for Whites, "Yekaterinburg", "3 to 1" for 3:1, "binomial" for
   "Binomial system", "Uniformity Act" for "Act of Uniformity") is accepted unless it names
   another entity of the deck (`_grade_variants`); so is a peer by the place of the title
   ("Wellington", "Lord Wellington" for "Duke of Wellington": `_grade_persons.peer_by_seat`)
   unless the deck names the place otherwise, and a "Lord Palmerston" by his rank ("Viscount
   Palmerston"); a key "Name, Title of Place" ("Richard Neville, Earl of Warwick") is answered
   by its title, its name in full, or the first name "of" the place (`title_sides`), unless
   another entity of the deck holds that title too;
   two things the key joins with a hyphen, turned round ("stress-diathesis model"), are one;
   an acronym with a letter changed or two swapped ("MSRA" for MRSA) is another acronym.
11. Another name the notes give a term ("sex cells" for gametes) is accepted when the deck's
   entities carry it as "term, also called other name" (`bot.questions._aliases.synonyms`).
12. An answer shorter or longer in a way a teacher accepts (`_grade_shortened`): a term without
   its head noun when the words left say which ("non renewable", "Wounded Knee"), its initials
   typed as such ("SHC"), a unit's symbol for its name ("W" for Watt), a formula with a zero for
   the letter O ("H20"), a river or mountain with or without the word for it ("the Nile river",
   "Sahara" for Sahara Desert), a name's number another way ("Henry the Eighth"), and the
   answer followed by its year or a clause about it ("Homestead Act 1862"), an acronym answered
   with the words it stands for ("Criminal Investigation Department" for "CID", "in vitro
   fertilisation" for "IVF") or a name with its plural acronym ("PCSOs"), a name without the
   place word before it ("Black Act" for "Waltham Black Act") — never when the form is, or
   names, another entity of the deck. A number's unit written with a slash ("9.8 N/kg") is its
   unit, so the bare number answers it; a key written "X / Y" of one stem ("Vagabondage /
   vagrancy") takes either side.
   A man named "First of Place" ("Godfrey of Bouillon") is answered by his first name alone
   when the deck has other names and none but his opens with it (`Grader._by_first_name`); a
   regnal number in digits answers with the title before the name left out ("Urban 2" for
   "Pope Urban II"), and a ruler's name and number need not the country or epithet after them
   ("Louis VII" for "Louis VII of France") unless another ruler of the deck bears both; an
   article inside a name may be left out or put in ("Valley of Kings").
13. The answer with or without the noun saying what kind of thing it names, when the word kept
   still says which (`_grade_kinds`): "Peterloo" for "Peterloo Massacre", "pH" for "pH level",
   "zinc granules" for "zinc", "Battle of Hastings" for "Hastings"; an oxidation state in digits
   ("iron 2" for "iron(II)").
14. A substance or an ion named in words and answered by its formula ("NaOH" for sodium
   hydroxide, "Fe3+" for iron(III) ions: `_grade_formulas`), an element by its symbol as written
   ("Zn" for zinc, "O2" for oxygen) unless the symbol is another entity of the deck; not the
   other way round: a key written as a formula asks for the formula.

A surname (or the initials and the surname) stands for a whole name only when that name reads as
a person's (`names_a_person`, `_grade_persons`): "Nagy" or "I. Nagy" for "Imre Nagy", "Bohr" for
"Niels Bohr", never "Tennis" for "Table Tennis"; such a name with one letter added to its
surname ("Louise Browne") is a slip. An answer in the other number is accepted and said so
("the notes write it in the singular"), not called a misspelling. An acronym and the one name of
the deck it stands for ("GDP", "Gross Domestic Product") are one entity, not rivals.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from fractions import Fraction
from functools import lru_cache
from typing import Any, NamedTuple

from rapidfuzz import process
from rapidfuzz.distance import OSA

from bot._grade_abbreviations import written_otherwise
from bot._grade_equations import equation_sides, equation_signs, same_equation, signs_differ
from bot._grade_forms import (
    MIN_STEM,
    compound_of,
    describing_form,
    doer_for_deed,
    gerund_of,
    head_family,
    other_number,
    same_family,
    without_compass,
)
from bot._grade_formulas import (
    canonical,
    element_formulas,
    formula_of,
    may_be_formula,
    written_formula,
)
from bot._grade_heads import head_alone
from bot._grade_kinds import (
    kind_of_name,
    name_without_kind,
    substance_without_form,
    symbol_without_measure,
    with_form_noun,
)
from bot._grade_numbers import as_year, match_number, names_a_thing, number_reason
from bot._grade_parts import pair_parts
from bot._grade_persons import (
    family_name_first,
    initials_for,
    peer_by_seat,
    rare_surname,
    reads_as_a_name,
    title_sides,
)
from bot._grade_shortened import (
    dotted,
    formula_with_zero,
    initial_forms,
    initials_of,
    may_be_spelt_out,
    number_in_name,
    place_in_sequence,
    said_with_more,
    same_feature,
    spelt_out,
    spelt_out_numbered,
    without_head,
    without_place,
    without_place_of,
)
from bot._grade_variants import (
    abbreviated,
    abbreviates,
    distinctive_word,
    event_nouns,
    halves_turned,
    inverted,
    named_after,
    same_event,
    same_ratio,
    slash_sides,
    with_group_word,
    ye_variant,
)
from bot._names import (
    TITLES_AFTER,
    acceptable_extras,
    ends_in_category,
    is_trailing_part,
    looks_like_name,
    particle_name,
)
from bot._numbers import CalendarDate, Quantity, parse_date, parse_quantity
from bot._places import country_forms
from bot._spelling import allowance, another_word, word_distance, words_distance
from bot._units import as_quantity_text, currency_of, differ, multiple_of, same_unit, unit_of
from knowledge.frozen import quick_init
from knowledge.given_names import (
    GIVEN_NAMES,
    in_nicknames_data,
    is_title,
    names_a_person,
    same_given_name,
)
from knowledge.search._aliases import country_words, initials
from knowledge.search._dictionary import is_english
from knowledge.search._real_words import is_real_word
from knowledge.text import americanise, drop_article, fold

MAX_ANSWER_CHARS = 300
"""Longer input is not an answer to a 1-4 word question; it is rejected without being read."""
_SHOWN_CHARS = 200
_MIN_FIRST_NAME = 3  # "Li", "Xi": too short to tell a first name from an abbreviation
_PLAN_CACHE_SIZE = 4096
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]+")
_INVISIBLE = re.compile(r"[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]+")
# A space not sitting between two digits (the space found first, then what is either side of it:
# a look-behind first is tried at every character of every name a deck's grader reads).
_SPACE_BETWEEN = re.compile(r" (?<!\d )| (?!\d)")
_DIGITS = re.compile(r"\d+")
_DIGIT = re.compile(r"\d")
_ROMAN = re.compile(r"[ivx]{1,5}")  # a ruler's number, folded ("ii", "xiv")
_LETTER_THEN_DIGIT = re.compile(r"[^\W\d_]\d")  # "C60", "CO2": a name with a number in it
# Between the parts of a multi-part answer: "and", "&", "+", ";" or a comma not inside a number.
_PART_SEPARATORS = re.compile(r"(?:\s*(?:\band\b|&|\+|;|(?<!\d),|,(?!\d))\s*)+", re.IGNORECASE)
# What each separator holds (the expression's search tries every position of every name).
_MAY_SEPARATE = re.compile(r"and|[&+;,]", re.IGNORECASE)


class Verdict(enum.StrEnum):
    """Why an answer was accepted or rejected."""

    EXACT = "exact"  # the accepted answer, up to case, accents, punctuation and articles
    ALIAS = "alias"  # another accepted answer, or part of / more of a name ("Nagy" for "Imre Nagy")
    TYPO = "typo"  # accepted with a spelling slip; the reason shows the right spelling
    NUMBER = "number"  # numerically equal ("thirty thousand" for "30,000")
    WRONG = "wrong"
    CLOSE_TO_OTHER = "close_to_other"  # near the answer, but as near to another entity of the deck
    EMPTY = "empty"  # nothing to grade


@quick_init
@dataclass(frozen=True, slots=True)
class Grade:
    """The outcome of grading one answer (made for every answer graded: `quick_init`)."""

    correct: bool
    verdict: Verdict
    expected: str  # the accepted answer that matched, else the first accepted answer
    given: str  # what the student typed, cleaned for display (no control characters, trimmed)
    reason: str  # one short sentence the student reads


class _Form(NamedTuple):
    """Text folded for comparison: a named tuple, made for every answer typed (half the cost of
    a frozen dataclass's construction) and pickled as its fields."""

    key: str  # folded words separated by single spaces
    compact: str  # the key without spaces (except between digits: "1 6" must not become "16")
    words: tuple[str, ...]
    digits: tuple[str, ...]  # the numbers inside, which must match exactly


# A `_Form` (or `_Given`) made without its Python-level `__new__`: one is made for every answer
# typed, and the named tuple's own constructor costs twice the tuple's.
_new_form = tuple.__new__


@lru_cache(maxsize=65536)
def _form(text: str) -> _Form:
    key = americanise(drop_article(fold(text.replace("&", " and ") if "&" in text else text)))
    if _DIGIT.search(key) is None:  # most answers: no number, so every space goes
        return _new_form(_Form, (key, key.replace(" ", ""), tuple(key.split()), ()))
    digits = tuple(_DIGITS.findall(key))
    return _new_form(_Form, (key, _SPACE_BETWEEN.sub("", key), tuple(key.split()), digits))


@lru_cache(maxsize=16384)
def _as_written(text: str) -> tuple[str, ...]:
    """The folded words of `text` without a leading article and with British -ise spellings
    kept: what word lists (given names, titles) are looked up with."""
    return tuple(drop_article(fold(text)).split())


@lru_cache(maxsize=16384)
def _with_article(text: str) -> tuple[str, ...]:
    """The folded words of `text`, a leading article kept."""
    return tuple(americanise(fold(text.replace("&", " and "))).split())


@dataclass(frozen=True, slots=True)
class _Answer:
    """An accepted answer or a deck entity, prepared once."""

    text: str
    form: _Form
    name: bool  # written like a proper name, so parts of it may stand for it
    quantity: Quantity | None
    date: CalendarDate | None
    numeric: bool  # a quantity or a date, graded by value
    squashed: str  # casefolded without spaces: the same text as written ("20 %" = "20%")
    value_shown: str  # the quantity or date as a student reads it ("30,000", "4 November")
    parts: tuple[_Answer, ...]  # "Warsaw and NATO": Warsaw, NATO; empty for a single answer
    year: int | None  # the year a bare number stands for ("1915"), read once, not per answer
    unit: str | None  # the unit written after the number ("61 km": "km"), likewise

    def __reduce__(self) -> tuple[Callable[..., _Answer], tuple[object, ...]]:
        """Pickled as its fields in order, its form's fields among them: a big deck's grader,
        built in a worker, holds tens of thousands, and a slots dataclass's own pickling looks
        its fields up again for each (a 44,000-card deck's grader pickled in 0.37 CPU-s that
        way); the form pickled apart cost a Python call more each (named tuples pickle through
        their `__getnewargs__`): 0.31 CPU-s, 0.22 so."""
        key, compact, words, digits = self.form
        fields = (self.text, key, compact, words, digits, self.name, self.quantity, self.date)
        return _unpickled_answer, (
            *fields,
            self.numeric,
            self.squashed,
            self.value_shown,
            self.parts,
            self.year,
            self.unit,
        )


def _unpickled_answer(
    text: str,
    key: str,
    compact: str,
    words: tuple[str, ...],
    digits: tuple[str, ...],
    *rest: Any,
) -> _Answer:
    """An `_Answer` from its pickled fields (`_Answer.__reduce__`)."""
    return _Answer(text, _new_form(_Form, (key, compact, words, digits)), *rest)


@lru_cache(maxsize=16384)
def _answer(text: str) -> _Answer:
    date = parse_date(text)
    quantity = None if date is not None else parse_quantity(as_quantity_text(text))
    if quantity is not None and names_a_thing(text, quantity):
        quantity = None
    numeric = quantity is not None or date is not None
    squashed = "".join(as_quantity_text(text).split()).casefold() if numeric else ""
    shown = date.shown if date is not None else quantity.shown if quantity is not None else text
    pieces = () if numeric else _split_parts(text)
    parts = tuple(_answer(piece) for piece in pieces) if len(pieces) > 1 else ()
    year = None if quantity is None else as_year(quantity)
    unit = unit_of(text) if numeric else None
    return _Answer(
        text,
        _form(text),
        looks_like_name(text),
        quantity,
        date,
        numeric,
        squashed,
        shown,
        parts,
        year,
        unit,
    )


@lru_cache(maxsize=16384)
def _split_parts(text: str) -> tuple[str, ...]:
    """The parts of an answer written as a list ("Warsaw and NATO", "NATO, Warsaw")."""
    if _MAY_SEPARATE.search(text) is None:  # most names: no separator to split at
        return (text,) if text.strip() else ()
    return tuple(piece for piece in _PART_SEPARATORS.split(text) if piece.strip())


@lru_cache(maxsize=16384)
def _given_parts(text: str) -> tuple[_Form, ...]:
    return tuple(_form(piece) for piece in _split_parts(text))


class _Given(NamedTuple):
    """A typed answer, read once however many questions it is graded against."""

    text: str  # without surrounding whitespace
    shown: str  # safe to echo: control characters gone, spaces collapsed, cut to a sane length
    form: _Form | None  # None when the text is too long to be an answer


@lru_cache(maxsize=65536)
def _read(given: str) -> _Given:
    if given.isascii() and given.isprintable():  # most answers: no mark or control to remove
        text = given.strip()
        cleaned = " ".join(text.split())
    else:
        text = _INVISIBLE.sub("", given).strip()  # zero-width and direction marks (copy-paste)
        cleaned = " ".join(_CONTROL.sub(" ", text).split())
    shown = cleaned if len(cleaned) <= _SHOWN_CHARS else cleaned[: _SHOWN_CHARS - 1] + "…"
    form = _form(text) if len(text) <= MAX_ANSWER_CHARS else None
    return _new_form(_Given, (text, shown, form))


@dataclass(frozen=True, slots=True)
class _Plan:
    """One question's accepted answers and the deck entities they must be told apart from."""

    answers: tuple[_Answer, ...]
    several: tuple[_Answer, ...]  # the accepted answers made of several parts ("Warsaw and NATO")
    exact: dict[str, int]  # compact form of a text answer -> its index
    # The deck's entities (shared by every plan, built once per deck): compact forms for
    # rapidfuzz, the same as written, and (first letter, length) -> indexes into both; the
    # `excluded` ones are left out when a window is read.
    others: list[str]
    other_texts: list[str]
    by_shape: dict[tuple[str, int], list[int]]
    excluded: frozenset[int]  # entity indexes that are the expected answer itself (or part of it)
    windows: dict[tuple[str, int, int], tuple[list[str], list[int]]]  # filled as queries come
    # (answer index, formula) of the answers that name a substance or an ion ("sodium hydroxide":
    # "naoh"), read once per question
    formulas: tuple[tuple[int, str], ...] = ()
    # the dividing/adding/subtracting signs of each answer written as an equation ("F = BIL": "")
    equations: tuple[str, ...] = ()
    # (answer index, sides) of each answer written as an equation or a difference ("F = BIL",
    # "Income - Costs"), whose terms may not move across a dividing or subtracting sign
    sides: tuple[tuple[int, tuple[tuple[tuple[str, str], ...], ...]], ...] = ()
    # (answer index, symbol or molecule as written) of each answer naming an element ("zinc":
    # "Zn"; "oxygen": "O", "O2")
    elements: tuple[tuple[int, str], ...] = ()
    # every accepted answer a number or a date: no form of a text answer can match
    numeric_only: bool = False
    # (unit, currency) of each number answer that names either ("61 km": "km", None), read once
    # per question for `_unit_refused`; empty when none does, so a typed unit is not even read
    units: tuple[tuple[str | None, str | None], ...] = ()
    # the texts of the accepted answers (and their parts) written as acronyms (`_is_acronym`:
    # a dictionary look-up each), read once per question
    acronyms: frozenset[str] = frozenset()
    # (answer index, the other forms of its country `same_country` accepts) of each capitalised
    # text answer that names a country ("Russia": "russian", "russians", …), read once per question
    countries: tuple[tuple[int, frozenset[str]], ...] = ()
    # what `_shortened` reads of each accepted answer alone (None for a number), read once per
    # question rather than for each answer typed
    shortening: tuple[_Shortening | None, ...] = ()

    def nearest_other(self, query: str, limit: int) -> tuple[str, int] | None:
        """The other entity (as written) closest to `query` within `limit` edits, and its distance.

        Closeness to another entity is judged like a typo (`_spelling`): the first letter is kept
        (or swapped with the second), so only entities starting with one of the query's first two
        letters, and with a length within `limit` of the query's, can be that close — rapidfuzz
        is handed those few instead of the whole deck."""
        key = (query[:2], len(query), limit)
        window = self.windows.get(key)
        if window is None:
            n = len(query)
            near = [
                k
                for first in dict.fromkeys(query[:2])
                for size in range(n - limit, n + limit + 1)
                for k in self.by_shape.get((first, size), ())
                if k not in self.excluded
            ]
            window = self.windows[key] = ([self.others[k] for k in near], near)
        choices, near = window
        if not choices:
            return None
        found = process.extractOne(query, choices, scorer=OSA.distance, score_cutoff=limit)
        return None if found is None else (self.other_texts[near[found[2]]], int(found[1]))


class _Shortening(NamedTuple):
    """What `Grader._shortened` reads of an accepted text answer alone, once per question."""

    words: frozenset[str]  # its folded words
    initials: frozenset[str]  # every way it may be shortened to its initials (`initial_forms`)
    formula: bool  # a letter before a digit: a formula ("H2O"), maybe typed with a zero
    acronym: bool  # an acronym as written, so words may spell it out (`may_be_spelt_out`)


def _shortening(answer: _Answer) -> _Shortening:
    return _Shortening(
        frozenset(answer.form.words),
        initial_forms(answer.text),
        _LETTER_THEN_DIGIT.search(answer.text) is not None,
        may_be_spelt_out(answer.text),
    )


class _Match(NamedTuple):
    """How `given` matched one accepted answer; tuples compare best first: exact or equal in
    value, then a form of the name, then a misspelling (fewest edits), then the earlier answer."""

    level: int
    distance: int
    position: int  # which accepted answer
    kind: str  # exact, number, reorder, part, extended, typo


def _matched(index: int, kind: str, distance: int) -> _Match:
    level = 2 if distance else (0 if kind in ("exact", "number") else 1)
    return _Match(level, distance, index, kind)


class Grader:
    """Grades answers for one deck, telling its entities (names, places, terms) apart.

    Build it once per deck: entity forms, name-part indexes and each question's plan are cached,
    so grading an answer costs a dictionary lookup when it is exactly right and a few C-level edit
    distance calls otherwise.
    """

    def __init__(self, entities: Iterable[str]) -> None:
        self._entities: list[_Answer] = []
        self._synonyms: dict[str, list[str]] = {}  # `_synonym_key` -> the other names given
        seen: set[str] = set()
        for text in entities:
            if not isinstance(text, str):
                raise TypeError(f"deck entities must be strings, not {type(text).__name__}")
            if _ALSO_CALLED in text:  # "Selective breeding, also called artificial selection"
                self._add_synonyms(text)
                continue
            sides = _with_acronym_sides(text) if "(" in text or "/" in text else ()
            if len(sides) == 3:  # "New Economic Policy (NEP)", "Vagabondage / vagrancy": either
                # side answers the other (a big deck: most entities have neither)
                self._add_synonyms(f"{sides[1]}{_ALSO_CALLED}{sides[2]}")
            prepared = _answer(text.strip())
            if prepared.form.compact and not prepared.numeric and prepared.form.compact not in seen:
                seen.add(prepared.form.compact)
                self._entities.append(prepared)
        # Each entity's words, and the trailing runs of name-like ones ("nagy" -> Imre Nagy).
        self._tails: dict[tuple[str, ...], list[int]] = {}
        for k, entity in enumerate(self._entities):
            words = entity.form.words
            for start in range(len(words)):
                if start == 0 or is_trailing_part(words[start:], words, entity.name):
                    self._tails.setdefault(words[start:], []).append(k)
            if len(words) == 2 and entity.name and family_name_first(words, entity.text):
                self._tails.setdefault(words[:1], []).append(k)  # "Saigō" of "Saigō Takamori"
        self._by_compact = {entity.form.compact: k for k, entity in enumerate(self._entities)}
        # Indexes read by each question's plan, so a plan costs the few entities that can be its
        # answer's own forms rather than a pass over the whole deck (44,000 cards: 0.1-0.5 s
        # per new question on the event loop): entities by their words, two-word ones by their
        # first word, and every entity by its first letter and length (`_Plan.nearest_other`).
        self._compacts = [entity.form.compact for entity in self._entities]
        self._texts = [entity.text for entity in self._entities]
        self._by_words: dict[tuple[str, ...], list[int]] = {}
        self._pairs_by_first: dict[str, list[int]] = {}
        self._by_shape: dict[tuple[str, int], list[int]] = {}
        for k, compact in enumerate(self._compacts):
            words = self._entities[k].form.words
            self._by_words.setdefault(words, []).append(k)
            if len(words) == 2:
                self._pairs_by_first.setdefault(words[0], []).append(k)
            self._by_shape.setdefault((compact[0], len(compact)), []).append(k)
        # One-word entities by their first letters, and names by all but their first word
        # ("germany" -> West Germany, East Germany, Germany): the rivals of another form.
        self._by_stem: dict[str, list[int]] = {}
        self._by_rest: dict[tuple[str, ...], list[int]] = {}
        for k, entity in enumerate(self._entities):
            words = entity.form.words
            if len(words) == 1:
                self._by_stem.setdefault(words[0][:MIN_STEM], []).append(k)
            self._by_rest.setdefault(words[1:] if len(words) > 1 else words, []).append(k)
        self._plans: dict[str | tuple[str, ...], _Plan] = {}
        self._owners: dict[str, list[int]] | None = None  # word -> entities with it, when asked
        self._initials: dict[str, list[int]] | None = None  # initials -> entities, when asked
        # Acronyms among the entities by their letters ("jps" -> "jp"), and the names of two
        # words or more by every set of initials they may be shortened to: built when asked.
        self._acronyms: dict[str, list[int]] | None = None
        self._spelt: dict[str, list[int]] | None = None
        # Whether an accepted answer (or a part of one) names a person (`_a_person`), by its
        # text: asked for most answers to a name, the same for every student, so it is kept
        # with the questions' plans rather than worked out again (dictionary look-ups) for each.
        self._persons: dict[str, bool] = {}
        # True while an answer is graded again with "St" / "Saint" written the other way
        # (`written_otherwise`), so that grading does not turn it back.
        self._respelling = False

    def _add_synonyms(self, text: str) -> None:
        """Both names of "X, also called Y" (the notes' own words for one thing) answer for
        each other."""
        name, _, other = text.partition(_ALSO_CALLED)
        name, other = name.strip(), other.strip()
        if _form(name).compact and _form(other).compact:
            self._synonyms.setdefault(_synonym_key(name), []).append(other)
            self._synonyms.setdefault(_synonym_key(other), []).append(name)

    def grade(self, expected: str | Sequence[str], given: str) -> Grade:
        """Grade `given` against the accepted answer(s) in `expected`."""
        key = expected if isinstance(expected, str) else tuple(expected)
        plan = self._plans.get(key)
        if plan is None:
            plan = self._plan(key)
        if not isinstance(given, str):
            raise TypeError(f"the given answer must be a string, not {type(given).__name__}")
        first = plan.answers[0].text
        stripped, shown, g = _read(given)
        if g is None:
            return Grade(False, Verdict.WRONG, first, shown, _TOO_LONG)
        if not g.compact:
            return Grade(False, Verdict.EMPTY, first, shown, "No answer given.")
        if plan.equations and signs_differ(plan.equations, stripped):
            return Grade(False, Verdict.WRONG, first, shown, _SIGNS_DIFFER.format(first))
        index = plan.exact.get(g.compact)
        if index is not None:  # fast path: exactly an accepted answer
            verdict = Verdict.EXACT if index == 0 else Verdict.ALIAS
            return Grade(True, verdict, plan.answers[index].text, shown, _accepted(verdict, first))
        if len(g.words) == 1 and not plan.numeric_only:
            deed = _doer_or_deed(plan, g.key, shown)
            if deed is not None:  # "usurper" for "usurpation", "crusader" for "Crusade"
                return Grade(False, Verdict.WRONG, first, shown, deed)
        if plan.sides:
            moved = self._moved_terms(plan, stripped, shown)
            if moved is not None:  # "F = B x I x L", "volume / mass" for "mass / volume"
                return moved

        best: _Match | None = None
        for i, answer in enumerate(plan.answers):
            if answer.numeric:
                match = self._match_number(i, answer, stripped, g, plan)
            else:
                match = self._match_text(i, answer, g, plan)
                if match is None and answer.parts:
                    match = self._match_parts(i, answer, stripped, plan)
            if match is not None and (best is None or match < best):
                best = match
        if best is None:
            if plan.numeric_only:  # none of the text answers' other forms below can apply
                return Grade(False, Verdict.WRONG, first, shown, _wrong_reason(plan, stripped, g))
            numbered = next((a for a in plan.answers if self._other_number(g, a)), None)
            if numbered is not None:  # "church" for "churches": too far for a slip, still right
                reason = _number_reason(g, numbered)
                return Grade(True, Verdict.ALIAS, numbered.text, shown, reason)
            other_form = self._other_form(plan, g)
            if other_form is not None:
                return Grade(
                    True, Verdict.ALIAS, other_form.text, shown, _NOTES_SAY.format(other_form.text)
                )
            head = self._head_variant(plan, g)
            if head is not None:  # "covalent bonding" for "Covalent bond"
                return Grade(True, Verdict.ALIAS, head.text, shown, _NOTES_SAY.format(head.text))
            country = self._country(plan, g)
            if country is not None:
                reason = f"Accepted — the answer is “{country.text}”."
                return Grade(True, Verdict.ALIAS, country.text, shown, reason)
            variant = self._variant(plan, g, stripped)
            if variant is not None:  # "Provisional Govt", "Kronstadt rebellion", "3 to 1"
                answer, verdict, reason = variant
                return Grade(True, verdict, answer.text, shown, reason)
            substance = _substance(plan, stripped) or (
                self._element(plan, g, stripped) if plan.elements else None
            )
            if substance is not None:  # "NaOH" for sodium hydroxide, "Fe3+" for iron(III)
                reason = _NAME_REASONS["extended"].format(substance.text)
                return Grade(True, Verdict.ALIAS, substance.text, shown, reason)
            unarticled = _without_inner_articles(plan, g)
            if unarticled is not None and not self._is_other(plan, g.compact):
                # "Valley of Kings", "Book of Dead"
                reason = _NOTES_SAY.format(unarticled.text)
                return Grade(True, Verdict.ALIAS, unarticled.text, shown, reason)
            regnal = self._by_regnal_name(plan, g)
            if regnal is not None:  # "Louis VII" for "Louis VII of France", "Philip II Augustus"
                reason = _NAME_REASONS["part"].format(regnal.text)
                return Grade(True, Verdict.ALIAS, regnal.text, shown, reason)
            untitled = self._without_title_after(plan, g)
            if untitled is not None:  # "Kara Mustafa" for "Kara Mustafa Pasha"
                reason = _NAME_REASONS["part"].format(untitled.text)
                return Grade(True, Verdict.ALIAS, untitled.text, shown, reason)
            called = self._by_first_name(plan, g)
            if called is not None:  # "Godfrey" for "Godfrey of Bouillon", the only Godfrey
                reason = _NAME_REASONS["part"].format(called.text)
                return Grade(True, Verdict.ALIAS, called.text, shown, reason)
            shortened = self._shortened(plan, g, stripped)
            if shortened is not None:  # "non renewable", "GPE", "W" for watt, "H20", "Nile river"
                answer, reason = shortened
                return Grade(True, Verdict.ALIAS, answer.text, shown, reason)
            titled = self._by_title(key, plan, g, stripped) if is_title(g.words[0]) else None
            if titled is not None:  # "Captain Preston", "General Gage" for "Thomas Gage"
                return Grade(titled.correct, titled.verdict, titled.expected, shown, titled.reason)
            longer = len(g.words) > len(plan.answers[0].form.words)  # no part to keep else
            prefix = said_with_more(stripped) if longer and not plan.answers[0].numeric else None
            if prefix is not None:  # "Homestead Act 1862", "Joseph McCoy who built Abilene"
                inner = self.grade(key, prefix)
                if inner.correct:
                    return Grade(True, inner.verdict, inner.expected, shown, inner.reason)
            respelt = self._respelt(key, stripped, shown)
            if respelt is not None:  # "Fort Saint Elmo" for "Fort St Elmo", "St Denis"
                return respelt
            k = self._by_compact.get(g.compact)
            if k is not None and k not in plan.excluded and _another_word(plan, g):
                # "nitrite" for "Nitrate" when the notes name both: say it is their other answer
                name = self._entities[k].text
                reason = _ANOTHER_ANSWER.format(name, first)
                return Grade(False, Verdict.CLOSE_TO_OTHER, first, shown, reason)
            partly = plan.several and self._partly_right(plan, stripped)
            reason = _PARTLY_RIGHT.format(first) if partly else _wrong_reason(plan, stripped, g)
            return Grade(False, Verdict.WRONG, first, shown, reason)
        return self._verdict(best, plan, g, shown)

    def _respelt(self, key: str | tuple[str, ...], given: str, shown: str) -> Grade | None:
        """The grade of `given` with "St" / "Saint", "Mt" / "Mount" or "Ft" / "Fort" before a
        name written the other way (`written_otherwise`), when that is right; else None."""
        if self._respelling:
            return None
        for other in written_otherwise(given):
            self._respelling = True
            try:
                inner = self.grade(key, other)
            finally:
                self._respelling = False
            if inner.correct:
                exact = inner.verdict is Verdict.EXACT
                reason = _NOTES_SAY.format(inner.expected) if exact else inner.reason
                return Grade(True, Verdict.ALIAS, inner.expected, shown, reason)
        return None

    def _by_title(
        self, key: str | tuple[str, ...], plan: _Plan, g: _Form, given: str
    ) -> Grade | None:
        """The grade of the surname alone, when `given` puts a title or rank where the name
        has its first name ("Captain Preston", "Dr Jekyll" for "Henry Jekyll"): the title says
        no more than the surname does, so it is right when the surname alone is, and refused
        when that is another entity's too. Not a title that differs from the key's own
        ("General Kennedy" for "President Kennedy"), nor a title and surname that are another
        entity of the deck."""
        words = g.words
        if len(words) < 2 or not is_title(words[0]) or self._is_other(plan, g.compact):
            return None
        first = plan.answers[0].form.words
        if len(first) < 2 or is_title(first[0]) or not plan.answers[0].name:
            return None
        rest = given.split(None, 1)
        if len(rest) < 2:
            return None
        inner = self.grade(key, rest[1])
        if inner.verdict is Verdict.CLOSE_TO_OTHER or (
            inner.correct and inner.verdict is Verdict.ALIAS
        ):
            return inner  # the surname's verdict: right, or another entity's too
        return None

    def _plan(self, key: str | tuple[str, ...]) -> _Plan:
        answers = _accepted_answers(key)
        if self._entities:
            answers = self._without_shared_titles(key, answers)
        if self._synonyms:
            answers = self._with_synonyms(answers)
        exact: dict[str, int] = {}
        for i, answer in enumerate(answers):
            if not answer.numeric:
                exact.setdefault(answer.form.compact, i)
        excluded = self._same_as_expected(answers)
        several = tuple(answer for answer in answers if answer.parts)
        equations = tuple(
            signs for signs in (equation_signs(a.text) for a in answers) if signs is not None
        )
        sides = tuple(
            (i, found)
            for i, answer in enumerate(answers)
            if not answer.numeric and (found := equation_sides(answer.text)) is not None
        )
        plan = _Plan(
            answers,
            several,
            exact,
            self._compacts,
            self._texts,
            self._by_shape,
            excluded,
            {},
            _formulas(answers),
            equations,
            sides,
            tuple(
                (i, symbol)
                for i, answer in enumerate(answers)
                if not answer.numeric
                for symbol in element_formulas(answer.text)
            ),
            all(answer.numeric for answer in answers),
            _units_named(answers),
            frozenset(
                part.text
                for answer in answers
                for part in (answer, *answer.parts)
                if _is_acronym(part.text)
            ),
            tuple(
                (i, forms)
                for i, answer in enumerate(answers)
                if not answer.numeric
                and answer.text[:1].isupper()
                and (forms := country_forms(answer.form.key))
            ),
            tuple(None if a.numeric else _shortening(a) for a in answers),
        )
        if len(self._plans) >= _PLAN_CACHE_SIZE:
            self._plans.clear()
        self._plans[key] = plan
        return plan

    def _without_shared_titles(
        self, key: str | tuple[str, ...], answers: tuple[_Answer, ...]
    ) -> tuple[_Answer, ...]:
        """`answers` without the title or the name a key "Name, Title of Place" is accepted by
        (`title_sides`) when another entity of the deck holds it too: "Earl of Warwick" says
        no one where the notes have Edward, Earl of Warwick and Richard Neville, Earl of Warwick.
        A bare `grade()` knows no other holder, so it takes the title."""
        items = (key,) if isinstance(key, str) else key
        sides = {_form(side).compact for item in items for side in title_sides(item)}
        if not sides:
            return answers
        own = {_form(item).compact for item in items}
        shared = {
            side
            for side in sides
            if any(
                side in compact and compact != side and compact not in own
                for compact in self._compacts
            )
        }
        if not shared:
            return answers
        return tuple(answer for answer in answers if answer.form.compact not in shared)

    def _moved_terms(self, plan: _Plan, given: str, shown: str) -> Grade | None:
        """The grade of `given` read as an equation or a difference answer (`same_equation`):
        right with a product's factors in any order, wrong with the same terms moved across a
        dividing or subtracting sign; None when it is read as any other answer."""
        moved = False
        for i, sides in plan.sides:
            same = same_equation(sides, given)
            if same:
                verdict = Verdict.EXACT if i == 0 else Verdict.ALIAS
                first = plan.answers[0].text
                return Grade(True, verdict, plan.answers[i].text, shown, _accepted(verdict, first))
            moved = moved or same is not None
        if not moved:
            return None
        first = plan.answers[0].text
        return Grade(False, Verdict.WRONG, first, shown, _TERMS_MOVED.format(first))

    def _with_synonyms(self, answers: tuple[_Answer, ...]) -> tuple[_Answer, ...]:
        """The accepted answers and the other names the notes give them, in the answer's number
        ("sex cells" for "gametes" where the notes define "Gamete: a sex cell")."""
        texts = {answer.text for answer in answers}
        more: list[_Answer] = []
        for answer in answers:
            key = _synonym_key(answer.text)
            plural = answer.form.compact != key
            for other in self._synonyms.get(key, ()):
                forms = _in_number(other, plural)
                for form in forms:
                    if form not in texts:
                        texts.add(form)
                        more.append(_answer(form))
        return (*answers, *more)

    def _same_as_expected(self, answers: tuple[_Answer, ...]) -> frozenset[int]:
        """The deck entities that are an accepted answer (or one of its parts) itself: the same
        text, a shorter form of it ("Nagy" for "Imre Nagy"), or its one longer form in the deck
        ("Imre Nagy" for "Nagy"). When the deck holds several longer forms ("Robert Kennedy" and
        "John F. Kennedy" for "Kennedy"), or an accepted answer already gives the full name, the
        surname does not say which one is meant, so each longer form stays a rival."""
        forms = [form for answer in answers for form in (answer, *answer.parts)]
        same: set[int] = set()
        for form in forms:
            k = self._by_compact.get(form.form.compact)
            if k is not None:
                same.add(k)
            words = form.form.words
            same.update(
                k
                for start in range(1, len(words))  # only a shorter entity can be a trailing part
                for k in self._by_words.get(words[start:], ())
                if is_trailing_part(self._entities[k].form.words, words, form.name)
            )
        same.update(k for form in forms if (k := self._first_name_used_alone(form)) is not None)
        same.update(  # "Kara Mustafa" in the notes is "Kara Mustafa Pasha" without the title
            k
            for form in forms
            if len(form.form.words) > 1
            and form.form.words[-1] in TITLES_AFTER
            and (k := self._by_compact.get("".join(form.form.words[:-1]))) is not None
        )
        same.update(self._short_forms_of(answers))
        same.update(self._symbols_of(answers))
        same.update(self._turned_forms_of(answers))
        for form in forms:
            longer = {
                self._entities[k].form.compact: k
                for k in self._tails.get(form.form.words, ())  # the entities ending with it
                if is_trailing_part(
                    form.form.words, self._entities[k].form.words, self._entities[k].name
                )
            }
            for answer in answers:
                if is_trailing_part(form.form.words, answer.form.words, answer.name):
                    longer.setdefault(answer.form.compact, -1)
            if len(longer) == 1:
                same.update(k for k in longer.values() if k >= 0)
        return frozenset(same)

    def _turned_forms_of(self, answers: tuple[_Answer, ...]) -> set[int]:
        """The entities that are an accepted answer in the other number ("Igneous rock" beside
        "Igneous rocks"), or name it the other way round ("Uniformity Act" beside "Act of
        Uniformity", `inverted`), a peer by the place of the title ("Danby" beside "Earl of
        Danby", `peer_by_seat`) or by his rank ("Earl of Danby" beside "Lord Danby"), the
        answer without the place it is of ("Great Plague" beside "Great Plague of Naples",
        `without_place_of`) or the place a battle, siege or treaty is named after ("Wakefield"
        beside "Battle of Wakefield": a table of battles names each by its place): the notes'
        own other name for it, no rival. Where two answers share that name, the grader finds
        the other holding it."""
        same: set[int] = set()
        for answer in answers:
            words = answer.form.words
            if answer.numeric or not words:
                continue
            # Each such entity holds the answer's first, last or third word, or is one word
            # starting as the answer does: only those are read.
            near = {words[0], words[-1], *words[2:3]}
            found = {k for word in near for k in self._owners_of(word)}
            if len(words) == 1:
                found.update(self._by_stem.get(words[0][:MIN_STEM], ()))
            for k in found:
                theirs = self._entities[k].form.words
                if (
                    other_number(theirs, words)  # "Thermosetting polymer" beside "… polymers"
                    or inverted(theirs, words) == 0
                    or peer_by_seat(theirs, words) == 0
                    or (words[0] == "lord" and peer_by_seat(words, theirs) == 0)
                    or without_place_of(theirs, words, answer.text)
                    or (named_after(theirs, words) and theirs in (words[2:], words[3:]))
                ):
                    same.add(k)
        return same

    def _symbols_of(self, answers: tuple[_Answer, ...]) -> set[int]:
        """The entities that are an accepted answer with or without its noun for a measured
        value ("Rf" beside "Rf value", `symbol_without_measure`): one thing, no rival."""
        same: set[int] = set()
        for answer in answers:
            words = answer.form.words
            if answer.numeric or len(words) not in (1, 2):
                continue
            # One side is the other's first word alone: only those entities are read.
            if len(words) == 2:
                same.update(
                    k
                    for k in self._by_words.get(words[:1], ())
                    if symbol_without_measure(self._entities[k].form.words, words, answer.text)
                )
            else:
                same.update(
                    k
                    for k in self._pairs_by_first.get(words[0], ())
                    if symbol_without_measure(
                        words, self._entities[k].form.words, self._entities[k].text
                    )
                )
        return same

    def _short_forms_of(self, answers: tuple[_Answer, ...]) -> set[int]:
        """The entities that are an accepted answer's acronym ("GDP" beside "Gross Domestic
        Product"): the same thing, no rival. An acronym two names of the deck may be shortened
        to ("PC": police constable, personal computer) stays a rival of both. The other way, a
        name with an acronym answer's initials is no proof ("Gregor Mendel" for "GM", which
        stands for genetically modified): the notes' own pairs (`Grader._synonyms`) say."""
        acronyms, spelt = self._acronym_indexes()
        if not acronyms:
            return set()
        compacts = {answer.form.compact for answer in answers}
        same: set[int] = set()
        for answer in answers:
            if answer.numeric:
                continue
            if _ACRONYM_IN_NUMBERS.fullmatch(answer.text):
                continue  # "GM" beside "Gregor Mendel": only the notes say what it stands for
            for letters in initial_forms(answer.text) if len(answer.form.words) > 1 else ():
                found = acronyms.get(letters)
                rivals = [
                    k
                    for k in spelt.get(letters, ())
                    if self._entities[k].form.compact not in compacts
                    # the answer in the other number ("low-income countries") is no rival
                    and not other_number(self._entities[k].form.words, answer.form.words)
                ]
                if found and not rivals:
                    same.update(found)
        return same

    def _acronym_indexes(self) -> tuple[dict[str, list[int]], dict[str, list[int]]]:
        """(letters -> the acronym entities, letters -> the names that may be shortened so)."""
        if self._acronyms is None or self._spelt is None:
            acronyms: dict[str, list[int]] = {}
            spelt: dict[str, list[int]] = {}
            for k, entity in enumerate(self._entities):
                if _ACRONYM_IN_NUMBERS.fullmatch(entity.text):
                    acronyms.setdefault(_acronym_letters(entity.text), []).append(k)
            if acronyms:
                for k, entity in enumerate(self._entities):
                    if len(entity.form.words) > 1:
                        for letters in initial_forms(entity.text):
                            if letters in acronyms:
                                spelt.setdefault(letters, []).append(k)
            self._acronyms, self._spelt = acronyms, spelt
        return self._acronyms, self._spelt

    def _match_number(
        self, i: int, answer: _Answer, given: str, g: _Form, plan: _Plan
    ) -> _Match | None:
        if g.compact == answer.form.compact and _LETTER_THEN_DIGIT.search(answer.text):
            return _matched(i, "exact", 0)  # a formula as written: "C-60" for "C60" is no -60
        kind = match_number(
            answer.quantity, answer.date, answer.squashed, as_quantity_text(given), answer.year
        )
        if kind is None or _unit_refused(plan, given) or _unit_differs(answer, given):
            if not _in_another_multiple(answer, given):
                return None  # the same number in another unit ("61 miles" for "61 km") is wrong
            kind = "number"  # "400 kV" for "400 000 V"
        return (
            _matched(i, kind, 0) if kind in ("exact", "number", "year") else _Match(2, 1, i, kind)
        )

    def _match_text(self, i: int, answer: _Answer, g: _Form, plan: _Plan) -> _Match | None:
        if g.digits != answer.form.digits:
            return None  # numbers inside a name are never fuzzy: "MiG-21" is not "MiG-23"
        if answer.text in plan.acronyms and g.compact not in (e := answer.form.compact, e + "s"):
            return None  # each letter stands for a word: "MSRA" is no slip of "MRSA"
        gw, ew = g.words, answer.form.words
        if len(gw) == len(ew) + 1 and len(ew) > 1:
            # A slip in the answer's leading article ("Tce Return of the King").
            whole = _with_article(answer.text)
            if len(whole) == len(gw) and whole[1:] == gw[1:]:
                d = words_distance(gw, whole)
                if d is not None:
                    return _matched(i, "typo", d)
        if len(gw) == len(ew):
            if answer.name and initials_for(gw, ew) and self._a_person(answer):
                d = word_distance(gw[-1], ew[-1])  # "N. Bohr" for "Niels Bohr"
                return None if d is None else _matched(i, "part", d)
            reordered = len(ew) > 1 and sorted(gw) == sorted(ew)
            if reordered and answer.name and not ends_in_category(ew):
                return _matched(i, "reorder", 0)
            if len(gw) == 1 and _titled(answer.text):  # "The Beetles": a title, no word
                d = word_distance(gw[0], ew[0], alone=False)
            else:
                d = words_distance(gw, ew)
            if (
                d is None
                and answer.name
                and _surname_spelt_longer(gw, ew)
                and self._a_person(answer)
            ):
                d = 1  # "Louise Browne" for "Louise Brown": the first name says who
            if d is None and answer.name and len(ew) > 1 and same_given_name(gw[0], ew[0]):
                return self._by_short_name(i, plan, gw, ew)  # "Sam Adams" for "Samuel Adams"
            return None if d is None else _matched(i, "typo", d)
        if (
            len(gw) < len(ew)
            and _ROMAN.fullmatch(ew[-1])
            and len(ew[-1]) < len(ew[-2])
            and ew[-1] not in gw
        ):
            return None  # "Murad" for "Murad I": a ruler's number left out is no slip of a letter
        # Words split or joined ("co existance" for "coexistence"): one slip at most.
        d = word_distance(g.compact, answer.form.compact, alone=len(ew) == 1)
        if d is not None and d <= 1:
            return _matched(i, "typo", d)
        if not answer.name:
            return None
        if len(gw) < len(ew):  # a surname for the full name
            if len(gw) == 2 and same_given_name(gw[0], ew[0]) and self._a_person(answer):
                return self._by_short_name(i, plan, (gw[0], *ew[1:-1], gw[-1]), ew)
            if len(gw) == 2 and _without_middle(gw, ew) and self._a_person(answer):
                if self._namesake(plan, ew):
                    return None  # "George Bush" beside "George W. Bush": either of them
                d = word_distance(gw[-1], ew[-1])  # "John McAdam" for "John Loudon McAdam"
                return None if d is None else _matched(i, "part", d)
            if len(gw) == 1 and family_name_first(ew, answer.text):
                d = word_distance(gw[0], ew[0])  # "Saigo" for "Saigō Takamori": family name first
                if d is not None and not self._kin(plan, ew[0]):
                    return _matched(i, "part", d)
            tail = ew[-len(gw) :]
            if not is_trailing_part(tail, ew, True):
                return None
            if not (self._a_person(answer) or self._known_by_surname(answer, tail)):
                return None
            d = words_distance(gw, tail)
            return None if d is None else _matched(i, "part", d)
        extras = gw[: len(gw) - len(ew)]  # a first name or title added to the name
        # "Stephenson's Rocket": whose it is, so a maker who is another entity is no rival
        owner = len(extras) > 1 and extras[-1] == "s"
        if not acceptable_extras(extras) or (not owner and self._names_other(extras, plan)):
            return None
        if _another_first_name(extras, ew, plan.answers) and not self._near_other(plan, g):
            return None  # "Louis Armstrong" where the key says "Neil Armstrong"
        d = words_distance(gw[len(extras) :], ew)
        return None if d is None else _matched(i, "extended", d)

    def _by_short_name(
        self, i: int, plan: _Plan, gw: tuple[str, ...], ew: tuple[str, ...]
    ) -> _Match | None:
        """`gw` is the name `ew` with the short form of its first name ("Sam Adams", "Ben
        Franklin") or the full name for a short one ("Robert Cratchit" for "Bob Cratchit"):
        the same person, with a slip in the rest at most, unless another entity of the deck
        has that surname and a first name the short form stands for too ("Samantha Adams")."""
        d = words_distance(gw[1:], ew[1:])
        if d is None:
            return None
        for k in self._owners_of(ew[-1]):
            rival = self._entities[k].form.words
            if k in plan.excluded or len(rival) < 2 or rival[1:] != ew[1:]:
                continue
            if rival[0] == gw[0] or same_given_name(gw[0], rival[0]):
                return None
        return _matched(i, "part", d)

    def _match_parts(self, i: int, answer: _Answer, given: str, plan: _Plan) -> _Match | None:
        """All the parts of a multi-part answer, in any order ("NATO and Warsaw")."""
        given_parts = _given_parts(given)
        if len(given_parts) != len(answer.parts):
            return None
        pairs = self._pair_parts(answer, given_parts, plan, _split_parts(given))
        if len(pairs) != len(answer.parts):
            return None
        in_order = all(g == e for g, (e, _) in pairs.items())
        if in_order and any(  # a part by its symbol or another word of its family: as written?
            self._match_text(e, answer.parts[e], given_parts[k], plan) is None
            for k, (e, _) in pairs.items()
        ):
            in_order = False  # then the reason says how the notes write it
        distance = sum(d for _, d in pairs.values())
        return _matched(i, "exact" if in_order else "reorder", distance)

    def _pair_parts(
        self,
        answer: _Answer,
        given_parts: tuple[_Form, ...],
        plan: _Plan,
        pieces: tuple[str, ...] = (),
    ) -> dict[int, tuple[int, int]]:
        """Given part index -> (expected part index, edits), each paired with a different part.
        A part typed as an element's symbol (`pieces`, the parts as written: "N, P and K")
        answers the part naming that element."""
        options: list[list[tuple[int, int]]] = []
        for k, g in enumerate(given_parts):
            found: list[tuple[int, int]] = []
            for e, part in enumerate(answer.parts):
                m = self._match_text(e, part, g, plan)
                if m is not None:
                    found.append((e, m.distance))
                elif (pieces and self._symbol_of_part(part, pieces[k], g)) or self._family_of_part(
                    part, g, plan
                ):
                    found.append((e, 0))
            options.append(found)
        return pair_parts(options)

    def _family_of_part(self, part: _Answer, g: _Form, plan: _Plan) -> bool:
        """True when `g`, one word, is a word of the family of the one-word term `part` of a
        multi-part answer ("manufacture" in "manufacturing and packaging"), as a one-word
        answer is taken (`_other_form`): never when another entity of the deck is that word
        or of its family."""
        if len(g.words) != 1 or len(part.form.words) != 1 or part.numeric:
            return False
        word = g.words[0]
        if not same_family(word, part.form.words[0]) or not _a_term(part):
            return False
        return not any(
            k not in plan.excluded and same_family(word, self._entities[k].form.words[0])
            for k in self._by_stem.get(word[:MIN_STEM], ())
        ) and not self._is_other(plan, g.compact)

    def _symbol_of_part(self, part: _Answer, piece: str, g: _Form) -> bool:
        """True when `piece`, a part of a typed answer, is the symbol of the element `part`
        names, and no other entity of the deck."""
        return (
            len(piece) <= _MAX_SYMBOL_CHARS
            and written_formula(piece) in element_formulas(part.text)
            and g.compact not in self._by_compact
        )

    def _kin(self, plan: _Plan, family: str) -> bool:
        """True when another person of the deck, named in two words, opens with `family`
        ("Minamoto Yoshitsune" beside "Minamoto Yoritomo"): the family name alone says neither.
        A thing named after the family ("Minamoto clan") is no rival, as "Kennedy" is no less
        the president where the notes name the Kennedy Center."""
        return any(
            k not in plan.excluded and self._a_person(self._entities[k])
            for k in self._pairs_by_first.get(family, ())
        )

    def _namesake(self, plan: _Plan, ew: tuple[str, ...]) -> bool:
        """True when another entity of the deck has the first name and the surname of the
        person `ew` ("George W. Bush", "John Adams" beside "John Quincy Adams"): the two names
        left when the middle ones go say neither."""
        return any(
            k not in plan.excluded
            and self._entities[k].form.words[0] == ew[0]
            and self._entities[k].form.words[-1] == ew[-1]
            for k in self._owners_of(ew[-1])
        )

    def _a_person(self, answer: _Answer) -> bool:
        """True when `answer` names a person, so a surname may stand for it ("Nagy" for "Imre
        Nagy", never "Tennis" for "Table Tennis"). The words are looked up as written, not as
        compared: "Louise" is a given name, its -ize spelling "Louize" none."""
        found = self._persons.get(answer.text)
        if found is None:
            if len(self._persons) >= _PLAN_CACHE_SIZE:
                self._persons.clear()
            words = answer.form.words if "iz" not in answer.form.key else _as_written(answer.text)
            found = (
                names_a_person(words)
                or reads_as_a_name(words)
                or _named_so(answer, words)
                or rare_surname(words, answer.text)
                or particle_name(answer.text)
            )
            self._persons[answer.text] = found
        return found

    def _known_by_surname(self, answer: _Answer, tail: tuple[str, ...]) -> bool:
        """True when the notes name `answer`, a first name no word of English and a surname,
        both capitalised ("Nikola Tesla", "Brigham Young"), by the surname alone as well: the
        deck's entities hold it written capitalised ("Tesla"). A surname that is a word of
        English too ("tesla", "young") says nothing of a person alone (`_a_person`), but the
        notes' own use of it does."""
        ew = answer.form.words
        if len(ew) != 2 or len(tail) != 1 or not self._entities:
            return False
        k = self._by_compact.get(tail[0])
        written = answer.text.split()
        first = ew[0]
        return (
            k is not None
            and self._entities[k].text[:1].isupper()
            and len(written) == 2
            and all(word[:1].isupper() for word in written)
            and first.isalpha()
            and len(first) >= _MIN_FIRST_NAME
            and not is_english(first)
            and first not in country_words()
        )

    def _element(self, plan: _Plan, g: _Form, given: str) -> _Answer | None:
        """The accepted element `given` names by its symbol (`_element_of`), unless the symbol
        is itself another entity of the deck ("N" for the newton)."""
        found = _element_of(plan, given)
        return None if found is None or self._is_other(plan, g.compact) else found

    def _country(self, plan: _Plan, g: _Form) -> _Answer | None:
        """The accepted answer `g` names in another form of the country ("Great Britain" for
        Britain, "Russians" for Russia) — unless `g` is itself another entity of the deck."""
        k = self._by_compact.get(g.compact)
        if k is not None and k not in plan.excluded:
            return None
        return next((plan.answers[i] for i, forms in plan.countries if g.key in forms), None)

    def _other_form(self, plan: _Plan, g: _Form) -> _Answer | None:
        """The accepted answer `g` gives in another form a teacher accepts: a word of its family
        ("social" for "sociable") or its country without the compass point ("Germany" for "West
        Germany"). Never when `g` is another entity of the deck, of the same family as one, or
        when the deck names the country or another part of it."""
        if self._is_other(plan, g.compact) or len(g.words) != 1:
            return None
        word = g.words[0]
        for answer in plan.answers:
            if answer.numeric:
                continue
            ew = answer.form.words
            if len(ew) == 1 and same_family(word, ew[0]) and _a_term(answer):
                rivals = self._by_stem.get(word[:MIN_STEM], ())
                if not any(
                    k not in plan.excluded and same_family(word, self._entities[k].form.words[0])
                    for k in rivals
                ):
                    return answer
            country = without_compass(ew)
            if country is not None and country == g.words and answer.name:
                parts = self._by_rest.get(country, ())
                if all(k in plan.excluded for k in parts):
                    return answer
        return None

    def _head_variant(self, plan: _Plan, g: _Form) -> _Answer | None:
        """The accepted term `g` gives with its head noun in another form a teacher accepts:
        the same words before it, and the noun or its -ing form ("covalent bonding" for "Covalent
        bond") or the compound English makes of it ("Dalmatian coastline" for "Dalmatian
        coast"). Never for a name, nor a compound that is another entity of the deck."""
        for answer in plan.answers:
            ew = answer.form.words
            if answer.numeric or len(ew) < 2 or len(g.words) != len(ew):
                continue
            if g.words[:-1] != ew[:-1]:
                if not answer.name and self._describing_variant(plan, g, ew):
                    return answer  # "cultural bias" for "culture bias"
                continue
            mine, theirs = g.words[-1], ew[-1]
            if (
                head_family(mine, theirs)
                and is_english(theirs)
                and is_english(mine)
                and not self._is_other(plan, g.compact)
                and not (answer.name and self._a_person(answer))  # "Browning" is no "Brown"
            ):
                return answer  # "Great Sioux reserve" for "Great Sioux Reservation"
            if answer.name:
                continue
            if gerund_of(mine, theirs):
                return answer
            if compound_of(mine, theirs) and not self._is_other(plan, g.compact):
                return answer
        return None

    def _describing_variant(self, plan: _Plan, g: _Form, ew: tuple[str, ...]) -> bool:
        """True when `g` is the term `ew` with one word before its head noun in another word of
        its family, a noun for a describing word or back (`describing_form`): "cultural bias"
        for "culture bias". Never when `g` is another entity of the deck."""
        gw = g.words
        if gw[-1] != ew[-1]:
            return False
        changed = [k for k in range(len(ew) - 1) if gw[k] != ew[k]]
        return (
            len(changed) == 1
            and describing_form(gw[changed[0]], ew[changed[0]])
            and not self._is_other(plan, g.compact)
        )

    def _shortened(self, plan: _Plan, g: _Form, given: str) -> tuple[_Answer, str] | None:
        """The accepted answer `given` gives shorter or longer in a way a teacher accepts
        (`_grade_shortened`, `_units.same_unit`), and the reason; never when `given` is another
        entity of the deck or the words it keeps, or its initials, name another one too."""
        if self._is_other(plan, g.compact):
            return None
        gw = g.words
        # "p.d.", "a.c.": initials with stops read as one word (and "a" is no article)
        letters = "".join(fold(given).split()) if dotted(given) else gw[0] if len(gw) == 1 else ""
        for answer, shape in zip(plan.answers, plan.shortening, strict=True):
            if shape is None:  # a number
                continue
            ew = answer.form.words
            # Most forms below keep a word of the answer as it is; a given answer sharing none
            # (most wrong answers) is none of those.
            shares = not shape.words.isdisjoint(gw)
            if len(gw) == 1 and same_unit(gw[0], answer.form.key, given, answer.text):
                return answer, _NAME_REASONS["extended"].format(answer.text)
            if shape.formula and formula_with_zero(g.compact, answer.form.compact):
                return answer, f"Accepted — the spelling is “{answer.text}” (the letter O)."
            if (
                letters
                and initials_of(letters, given, answer.text, ew, shape.initials)
                and not self._initials_elsewhere(plan, letters, ew)
                and not self._initials_elsewhere(plan, letters.removesuffix("s"), ew)
            ):
                return answer, _NAME_REASONS["part"].format(
                    answer.text
                )  # "SHC", "PCSOs" for "Police Community Support Officers"
            if (
                shape.acronym
                and (spelt_out(given, answer.text) or spelt_out_numbered(given, answer.text))
                and not self._spelt_otherwise(answer)
            ):
                return answer, _NAME_REASONS["extended"].format(answer.text)  # "in vitro …"
            if (
                shares
                and answer.name
                and without_place(gw, ew, answer.text)
                and not self._held_elsewhere(plan, gw, ew)
            ):
                return answer, _NAME_REASONS["part"].format(
                    answer.text
                )  # "Black Act" for "Waltham Black Act"
            if (
                shares
                and without_place_of(gw, ew, answer.text)
                and not self._a_person(answer)
                and not self._held_elsewhere(plan, gw, ew)
            ):
                return answer, _NAME_REASONS["part"].format(
                    answer.text
                )  # "Great Plague" for "Great Plague of Naples"
            if (
                shares
                and without_head(gw, ew, answer.name)
                and not self._a_person(answer)
                and not self._held_elsewhere(plan, gw, ew)
            ):
                return answer, _NAME_REASONS["part"].format(answer.text)
            if shares and self._head_alone(plan, answer, gw):
                return answer, _NAME_REASONS["part"].format(
                    answer.text
                )  # "Hebrides" for "Outer Hebrides", "third law"
            if answer.name and same_feature(gw, ew):
                return answer, _NAME_REASONS["extended"].format(answer.text)
            if (
                shares
                and (answer.form.digits or answer.name or _BRACKETED_NUMERAL.search(answer.text))
                and number_in_name(gw, ew)
            ):
                return answer, _NOTES_SAY.format(answer.text)  # "Henry the Eighth", "copper 2"
            if place_in_sequence(gw, ew):  # ("two" for "Stage 2" shares no word)
                return answer, _NOTES_SAY.format(answer.text)  # "2" for "Stage 2"
            if not shares:
                continue
            if g.digits and not answer.form.digits and number_in_name(ew, gw):
                return answer, _NOTES_SAY.format(answer.text)  # "14 Points", "Fourteen Points"
            kind = self._with_or_without_kind(plan, answer, gw)
            if kind is not None:
                return answer, kind
        return None

    def _head_alone(self, plan: _Plan, answer: _Answer, gw: tuple[str, ...]) -> bool:
        """True when `gw` is `answer`, a name, without a word for the part of a place
        ("Hebrides" for "Outer Hebrides"), or a term without the person it is named after
        ("third law"), `head_alone`, and the deck says that is enough: it has other entities
        than the answer (a bare `grade()` knows no other name), and none of them has the words
        kept with other words ("Kepler's third law", "Outer London"). The words kept being an
        entity themselves was refused by the caller."""
        return (
            head_alone(gw, answer.form.words, answer.name)
            and len(self._entities) > len(plan.excluded)  # other names than the answer's own
            and not self._a_person(answer)
            and not self._held_elsewhere(plan, gw, answer.form.words)
        )

    def _with_or_without_kind(
        self, plan: _Plan, answer: _Answer, gw: tuple[str, ...]
    ) -> str | None:
        """The reason when `gw` is `answer` with or without the noun saying what kind of thing
        it names (`_grade_kinds`): "Mukden" for "Mukden Incident", "Rf" for "Rf value",
        "nichrome wire" for "nichrome", "Treaty of Versailles" for "Versailles"; None otherwise,
        or when the words kept are held by another entity of the deck ("Lytton Report" beside
        "Lytton Commission")."""
        ew = answer.form.words
        if len(gw) < len(ew):
            deck_knows = len(self._entities) > len(plan.excluded)  # other names than its own
            shorter = (
                (answer.name and name_without_kind(gw, ew, any_noun=deck_knows))
                or symbol_without_measure(gw, ew, answer.text)
                or substance_without_form(gw, ew)
            )
            if shorter and not self._held_elsewhere(plan, gw, ew):
                return _NAME_REASONS["part"].format(answer.text)
            return None
        if with_form_noun(gw, ew) or (answer.name and kind_of_name(gw, ew)):
            return _NAME_REASONS["extended"].format(answer.text)
        return None

    def _spelt_otherwise(self, answer: _Answer) -> bool:
        """True when the notes spell the acronym `answer` out themselves ("PC (police
        constable)"): then their words, not any words with its initials, answer for it."""
        return bool(self._synonyms) and _synonym_key(answer.text) in self._synonyms

    def _initials_elsewhere(self, plan: _Plan, letters: str, words: tuple[str, ...] = ()) -> bool:
        """True when another entity of the deck has the initials `letters` too (the index is
        built at the first ask); the answer's `words` in the other number ("low-income
        countries" for "low-income country") are no other entity."""
        if self._initials is None:
            found: dict[str, list[int]] = {}
            for k, entity in enumerate(self._entities):
                if len(entity.form.words) > 1:
                    found.setdefault(initials(entity.text), []).append(k)
            self._initials = found
        return any(
            k not in plan.excluded and not other_number(self._entities[k].form.words, words)
            for k in self._initials.get(letters, ())
        )

    def _variant(self, plan: _Plan, g: _Form, given: str) -> tuple[_Answer, Verdict, str] | None:
        """The accepted answer `given` writes another way a teacher accepts (`_grade_variants`),
        with the verdict and the reason; never when `given` is another entity of the deck or the
        words it keeps name another one too."""
        gw = g.words
        other = self._is_other(plan, g.compact)
        for answer in plan.answers:
            if answer.numeric:
                continue  # "62" for "62 million" stays wrong: a scale word is part of the value
            if same_ratio(answer.text, given):  # "3 to 1" for "3:1"
                return answer, Verdict.NUMBER, f"Correct — that's {answer.text}."
            ew = answer.form.words
            if other or not gw or answer.form.digits != g.digits:
                continue
            if (
                abbreviated(gw, ew)
                and not self._abbreviates_other(plan, gw, ew)
                and not self._person_cut(answer, gw, ew)
            ):
                return answer, Verdict.ALIAS, _NAME_REASONS["part"].format(answer.text)
            if same_event(gw, ew) and not self._other_event(plan, gw):
                return answer, Verdict.ALIAS, _NOTES_SAY.format(answer.text)
            if named_after(gw, ew) and not self._held_elsewhere(plan, ew[2:], ew):
                return answer, Verdict.ALIAS, _NOTES_SAY.format(answer.text)
            if halves_turned(gw, ew, answer.text):  # "stress-diathesis model"
                return answer, Verdict.ALIAS, _NAME_REASONS["reorder"].format(answer.text)
            turned = inverted(gw, ew)  # "Uniformity Act", "Medway raid"
            if turned is not None and (turned == 0 or not self._near_other(plan, g)):
                return answer, Verdict.ALIAS, _NAME_REASONS["reorder"].format(answer.text)
            seat = peer_by_seat(gw, ew)  # "Shaftesbury", "Lord Shaftesbury"
            if (
                seat is not None
                and not self._held_elsewhere(plan, ew[2:], ew)
                and (seat == 0 or not self._near_other(plan, g))
            ):
                return answer, Verdict.ALIAS, _NAME_REASONS["part"].format(answer.text)
            ranked = gw if gw[1:2] == ("of",) else (*gw[:1], "of", *gw[1:])
            lord = peer_by_seat(ew, ranked) if ew[0] == "lord" and len(gw) > 1 else None
            if lord is not None and (lord == 0 or not self._near_other(plan, g)):
                # "Earl of Carnarvon", "Viscount Palmerston" for "Lord Carnarvon", "Lord
                # Palmerston": a peer below a duke is "Lord" and the place of his title; the key
                # says no rank for the student's to contradict
                return answer, Verdict.ALIAS, _NOTES_SAY.format(answer.text)
            if answer.text[:1].isupper() and with_group_word(gw, ew):
                return answer, Verdict.ALIAS, _NOTES_SAY.format(answer.text)
            if answer.name and ye_variant(gw, ew):
                return answer, Verdict.ALIAS, f"Accepted — the notes spell it “{answer.text}”."
            if (
                not answer.name
                and len(gw) == 1
                and len(ew) == 2  # (the structure first: the deck is only asked then)
                and distinctive_word(gw, ew, self._kinds_of(plan, ew))
                and not self._held_elsewhere(plan, ew[:1])
            ):
                return answer, Verdict.ALIAS, _NAME_REASONS["part"].format(answer.text)
        return None

    def _by_regnal_name(self, plan: _Plan, g: _Form) -> _Answer | None:
        """The accepted answer "Name Numeral …" ("Louis VII of France", "Philip II Augustus")
        that `g` gives as its name and number alone: a ruler's regnal name says who, the
        country or the epithet after it adding nothing — unless another entity of the deck
        opens with that name and number too ("Henry II of France" beside "Henry II of
        England"). A slip in the name is allowed, never in the number."""
        gw = g.words
        if len(gw) != 2 or _REGNAL_NUMERAL.fullmatch(gw[1]) is None:
            return None
        for answer in plan.answers:
            ew = answer.form.words
            if answer.numeric or len(ew) < 3 or ew[1] != gw[1] or not answer.text[:1].isupper():
                continue
            if _REGNAL_NUMERAL.fullmatch(ew[1]) is None or word_distance(gw[0], ew[0]) is None:
                continue
            rivals = (
                k
                for k in self._owners_of(ew[0])
                if k not in plan.excluded
                and self._entities[k].form.words[:2] == ew[:2]
                and len(self._entities[k].form.words) > 2
            )
            if next(rivals, None) is None:
                return answer
        return None

    def _by_first_name(self, plan: _Plan, g: _Form) -> _Answer | None:
        """The accepted answer "First of Place" ("Godfrey of Bouillon", "Guy of Lusignan") that
        `g`, its first name alone, names: such men went by the first name, the place saying
        only which one. Only when the deck says that is enough — it has other entities (a bare
        `grade()` knows no other name) and none but the answer opens with that name
        ("Margaret" says no one beside Margaret of Anjou and Margaret of York); the name as
        written is a given name or no word of English ("Bohemond"), not a title or a thing's
        noun ("House of Lords", "Act of Union")."""
        if len(g.words) != 1 or len(self._entities) <= len(plan.excluded):
            return None
        name = g.words[0]
        for answer in plan.answers:
            ew = answer.form.words
            if answer.numeric or len(ew) < 3 or ew[1] != "of":
                continue
            if not all(word[:1].isupper() for word in answer.text.split()[2:] if word != "the"):
                continue  # a name is capitalised but for "of the" ("Rupert of the Rhine")
            if not answer.text[:1].isupper():
                continue
            if ew[0] != name or len(name) < _MIN_FIRST_NAME or not name.isalpha():
                continue
            first = _as_written(answer.text)[0]
            if is_title(first) or ends_in_category((first,)):
                continue
            if not (first in GIVEN_NAMES or in_nicknames_data(first) or not is_english(first)):
                continue
            rivals = (
                k
                for k in self._owners_of(name)
                if k not in plan.excluded
                and self._entities[k].form.words[0] == name
                and self._entities[k].form.words != (name,)
            )
            if next(rivals, None) is None:
                return answer
        return self._by_name_used_alone(plan, name)

    def _without_title_after(self, plan: _Plan, g: _Form) -> _Answer | None:
        """The accepted answer, a name with a title written after it ("Kara Mustafa Pasha",
        "Hülegü Khan"), that `g` is without the title: the name says who, the title only what
        he was; only when the deck says that is enough — it has other names (a bare `grade()`
        knows none) and no other holds the same name ("Ali Bey" beside "Damat Ali Pasha": "Ali"
        says neither), nor is the name itself."""
        if len(self._entities) <= len(plan.excluded):
            return None
        for answer in plan.answers:
            ew = answer.form.words
            if answer.numeric or len(ew) < 2 or ew[-1] not in TITLES_AFTER or not answer.name:
                continue
            if g.words != ew[:-1] or self._is_other(plan, g.compact):
                continue
            if not any(
                _holds(self._entities[k].form.words, g.words)
                for k in self._owners_of(g.words[0])
                if k not in plan.excluded
            ):
                return answer
        return None

    def _by_name_used_alone(self, plan: _Plan, name: str) -> _Answer | None:
        """The accepted answer, a person's two names ("Tycho Brahe", "Galileo Galilei"), that
        `name`, its first, names where the notes call him by it alone: the deck's entities
        hold the name capitalised by itself ("Tycho's observations", a heading "Galileo"), and
        no other name of the deck opens with it. A ruler's name without his number ("Louis"
        for "Louis II", "Sultan Murad" for "Murad I") likewise, when no other entity of the
        deck bears that name at all (Louis VI beside Louis VII: "Louis" says neither)."""
        k = self._by_compact.get(name)
        for answer in plan.answers:
            ew = answer.form.words
            if answer.numeric or len(ew) != 2 or ew[0] != name or not answer.name:
                continue
            if _ROMAN.fullmatch(ew[1]):
                # Every name the key goes by ("Kaikhosru II", also spelled "Kaikhosrow II"):
                # another ruler of any of them ("Kaikhosrow III") makes the name say neither.
                names = {a.form.words[0] for a in plan.answers if not a.numeric and a.form.words}
                if not any(
                    not names.isdisjoint(self._entities[j].form.words)
                    for n in names
                    for j in self._rivals_of(plan, k, n)
                ):
                    return answer
                continue
            if k is None or not self._entities[k].text[:1].isupper():
                continue  # the notes never call him by the first name alone
            if is_title(_as_written(answer.text)[0]) or not self._a_person(answer):
                continue
            if not any(
                self._entities[j].name and self._entities[j].form.words[0] == name
                for j in self._rivals_of(plan, k, name)
            ):
                return answer
        return None

    def _first_name_used_alone(self, answer: _Answer) -> int | None:
        """The entity that is the first name of the person `answer` ("Galileo" of "Galileo
        Galilei"), written capitalised by itself in the notes, when no other name of the deck
        opens with it: the notes' own short name for him, not a rival."""
        ew = answer.form.words
        if answer.numeric or len(ew) != 2 or not answer.name or _ROMAN.fullmatch(ew[1]):
            return None
        k = self._by_compact.get(ew[0])
        if k is None or not self._entities[k].text[:1].isupper():
            return None
        if is_title(_as_written(answer.text)[0]) or not self._a_person(answer):
            return None
        own = answer.form.compact
        for j in self._owners_of(ew[0]):
            entity = self._entities[j]
            if (
                j != k
                and entity.name
                and entity.form.words[0] == ew[0]
                and not entity.form.compact.startswith(own)  # "Galileo Galilei" himself
            ):
                return None  # "Galileo Vivaldi" too: the first name says neither
        return k

    def _rivals_of(self, plan: _Plan, alone: int | None, name: str) -> Iterator[int]:
        """The entities of the deck with `name` among their words, but the answer's own forms
        and the name alone (`alone`)."""
        return (k for k in self._owners_of(name) if k not in plan.excluded and k != alone)

    def _person_cut(self, answer: _Answer, gw: tuple[str, ...], ew: tuple[str, ...]) -> bool:
        """True when `gw` shortens a word of a person's name other than a title: "Andrew John"
        names someone else than "Andrew Johnson"; "Gen Franco" is "General Franco"."""
        cut = [e for g, e in zip(gw, ew, strict=True) if g != e]
        return any(not is_title(e) for e in cut) and self._a_person(answer)

    def _owners_of(self, word: str) -> list[int]:
        """The entities with `word` among their words (the index is built at the first ask)."""
        if self._owners is None:
            owners: dict[str, list[int]] = {}
            for k, entity in enumerate(self._entities):
                for w in dict.fromkeys(entity.form.words):
                    owners.setdefault(w, []).append(k)
            self._owners = owners
        return self._owners.get(word, [])

    def _rivals(self, plan: _Plan, word: str) -> list[tuple[str, ...]]:
        """The words of the other entities (not the expected answer) with `word` among them."""
        return [
            self._entities[k].form.words for k in self._owners_of(word) if k not in plan.excluded
        ]

    def _held_elsewhere(
        self, plan: _Plan, words: tuple[str, ...], whole: tuple[str, ...] = ()
    ) -> bool:
        """True when another entity of the deck has all of `words` among its words: "Versailles"
        names the palace too when the deck has "Palace of Versailles". An entity holding all of
        `whole`, the answer's words, is the answer with more ("Treaty of Brest-Litovsk (March
        1918)"), no other one."""
        kept, entire = set(words), set(whole)
        return bool(words) and any(
            kept <= set(rival) and not (entire and entire <= set(rival))
            for rival in self._rivals(plan, words[0])
        )

    def _abbreviates_other(self, plan: _Plan, gw: tuple[str, ...], ew: tuple[str, ...]) -> bool:
        """True when `gw`, abbreviating `ew`, would shorten another entity of the deck as well."""
        full = next(g for g, e in zip(gw, ew, strict=True) if g == e)
        return any(abbreviated(gw, rival) for rival in self._rivals(plan, full))

    def _other_event(self, plan: _Plan, gw: tuple[str, ...]) -> bool:
        """True when the deck names another event by the same words and a noun of the same kind
        ("Kronstadt mutiny" beside "Kronstadt Rising"): then the noun says which."""
        nouns = event_nouns(gw[-1])
        return any(
            len(rival) == len(gw) and rival[:-1] == gw[:-1] and rival[-1] in nouns
            for rival in self._rivals(plan, gw[0])
        )

    def _kinds_of(self, plan: _Plan, ew: tuple[str, ...]) -> bool:
        """True when another entity of the deck is another kind of the same thing as the two-word
        term `ew` ("Discontinuous variation" beside "Continuous variation")."""
        return len(ew) == 2 and any(
            len(rival) == 2 and rival[1] == ew[1] and rival[0] != ew[0]
            for rival in self._rivals(plan, ew[1])
        )

    def _other_number(self, g: _Form, answer: _Answer, words: bool | None = None) -> bool:
        """`g` is `answer` in the other number. The plural of a capitalised answer is always its
        plural ("ions" for "Ion", a definition's first word); its singular only when the notes
        write that form too ("Nazi" beside "Nazis"): "Mar" is no singular of "Mars". `words`:
        `other_number` of the two, when the caller has it already."""
        if answer.numeric:
            return False
        if _ACRONYM_IN_NUMBERS.fullmatch(answer.text) and g.compact in _acronym_numbers(answer):
            return True  # "YOI" for "YOIs", "PCSOs" for "PCSO"
        if not (other_number(g.words, answer.form.words) if words is None else words):
            return False
        if not answer.text[:1].isupper() or len(g.compact) > len(answer.form.compact):
            return True
        return g.compact in self._by_compact

    def _near_other(self, plan: _Plan, g: _Form) -> bool:
        """True when `g` is another entity of the deck or a slip of one ("Robert Kenedy")."""
        limit = allowance(len(g.compact))
        return self._is_other(plan, g.compact) or plan.nearest_other(g.compact, limit) is not None

    def _is_other(self, plan: _Plan, compact: str) -> bool:
        k = self._by_compact.get(compact)
        return k is not None and k not in plan.excluded

    def _partly_right(self, plan: _Plan, given: str) -> bool:
        """True when some parts of a multi-part answer are right but not all of them."""
        parts, pieces = _given_parts(given), _split_parts(given)
        return any(self._pair_parts(answer, parts, plan, pieces) for answer in plan.several)

    def _names_other(self, words: tuple[str, ...], plan: _Plan) -> bool:
        """True when `words`, or one of them, is itself another entity or its surname ("gero nagy"
        names two people; a shared first name such as "john" does not count, nor a title such
        as "president" that the notes also use on its own)."""
        candidates: list[tuple[str, ...]] = [(w,) for w in words if not is_title(w)]
        if len(words) > 1:
            candidates.append(words)
        return any(k not in plan.excluded for c in candidates for k in self._tails.get(c, ()))

    def _verdict(self, best: _Match, plan: _Plan, g: _Form, shown: str) -> Grade:
        answer = plan.answers[best.position]
        if best.kind == "part" and best.distance == 0:
            other = next((k for k in self._tails.get(g.words, ()) if k not in plan.excluded), None)
            if other is not None:
                name = self._entities[other].text
                reason = (
                    f"Not accepted — “{shown}” could also be “{name}”; "
                    f"the answer is “{answer.text}”."
                )
                return Grade(False, Verdict.CLOSE_TO_OTHER, answer.text, shown, reason)
        if best.kind in ("year", "respelt"):
            verdict = Verdict.NUMBER if best.kind == "year" else Verdict.TYPO
            reason = f"Correct — that's {answer.value_shown}."
            return Grade(True, verdict, answer.text, shown, reason)
        near = None
        in_number = bool(best.distance) and other_number(g.words, answer.form.words)
        if best.distance and self._other_number(g, answer, in_number):
            # "Nazi" for "Nazis": the same group, even when the notes also write it singular
            return Grade(True, Verdict.ALIAS, answer.text, shown, _number_reason(g, answer))
        if best.distance:  # a misspelling as close to another entity of the deck
            near = plan.nearest_other(g.compact, best.distance)
        elif best.kind == "extended":  # a longer name that is another entity ("Robert Kennedy")
            k = self._by_compact.get(g.compact)
            if k is not None and k not in plan.excluded:
                near = self._entities[k].text, 0
        if near is not None:
            name, distance = near
            reason = (
                _ANOTHER_ANSWER.format(name, answer.text)
                if distance == 0
                else f"Not accepted — that looks as much like “{name}” as “{answer.text}”."
            )
            return Grade(False, Verdict.CLOSE_TO_OTHER, answer.text, shown, reason)
        if best.distance:
            if in_number:  # "Nazi" for "Nazis": no misspelling
                return Grade(True, Verdict.TYPO, answer.text, shown, _number_reason(g, answer))
            reason = f"Accepted — the spelling is “{answer.text}”."
            return Grade(True, Verdict.TYPO, answer.text, shown, reason)
        if best.kind == "number":
            # "1.8 m per year" is read as 1.8 million too: with a unit, show the answer as written
            value = answer.text if answer.unit not in (None, "percent") else answer.value_shown
            reason = f"Correct — that's {value}."
            return Grade(True, Verdict.NUMBER, answer.text, shown, reason)
        if best.kind == "exact":
            verdict = Verdict.EXACT if best.position == 0 else Verdict.ALIAS
            reason = _accepted(verdict, plan.answers[0].text)
            return Grade(True, verdict, answer.text, shown, reason)
        reason = _NAME_REASONS[best.kind].format(answer.text)
        return Grade(True, Verdict.ALIAS, answer.text, shown, reason)


_NAME_REASONS = {
    "reorder": "Accepted — usually written “{}”.",
    "part": "Accepted — in full, “{}”.",
    "extended": "Accepted — the answer is “{}”.",
}

_NOTES_SAY = "Accepted — the notes say “{}”."
_ANOTHER_ANSWER = "Not accepted — “{}” is another answer in these notes; we wanted “{}”."
_IN_THE_NOTES_NUMBER = "Accepted — the notes write it in the {}: “{}”."


def _number_reason(g: _Form, answer: _Answer) -> str:
    """Why an answer in the other number is right, said as that: not a spelling correction."""
    singular = len(g.compact) > len(answer.form.compact)
    mine, theirs = answer.form.compact.endswith("um"), g.compact.endswith("um")
    if mine != theirs:  # a Latin plural is the shorter word: "spectrum" / "spectra"
        singular = mine
    number = "singular" if singular else "plural"
    return _IN_THE_NOTES_NUMBER.format(number, answer.text)


_PARTLY_RIGHT = "Partly right — the full answer is “{}”."
_TOO_LONG = "That answer is too long to check — a few words are enough."
_SIGNS_DIFFER = "Not quite — check the signs: the equation is “{}”."
_TERMS_MOVED = "Not quite — check what is divided or taken away: the answer is “{}”."


_ARTICLES = frozenset({"the", "a", "an"})
# A ruler's number after the name, folded: "i" to "xxxix" ("Richard I", "Louis XIV").
_REGNAL_NUMERAL = re.compile(r"x{0,3}(ix|iv|v?i{0,3})")


def _without_inner_articles(plan: _Plan, g: _Form) -> _Answer | None:
    """The accepted answer of three words or more that `g` gives with an article inside it left
    out or put in ("Valley of Kings", "Book of Dead" for "Valley of the Kings", "Book of the
    Dead"), a slip in the rest at most: an article is never what a name's question tests.
    A leading article is dropped from every form already (`_form`)."""
    gw = g.words
    if len(gw) < 2:
        return None
    bare = tuple(word for word in gw if word not in _ARTICLES)
    for answer in plan.answers:
        ew = answer.form.words
        if answer.numeric or len(ew) < 3 or len(ew) == len(gw):
            continue
        theirs = tuple(word for word in ew if word not in _ARTICLES)
        if len(theirs) == len(bare) > 1 and words_distance(bare, theirs) is not None:
            return answer
    return None


def _doer_or_deed(plan: _Plan, given: str, shown: str) -> str | None:
    """The reason when the one word `given` names the doer of what every one-word accepted
    answer names, or the deed of the doer it names (`doer_for_deed`: "usurper" for
    "usurpation"): a word of the family a letter or two away, but another thing. None when
    some accepted answer is no such pair with it, or none is one word."""
    words = [answer for answer in plan.answers if len(answer.form.words) == 1]
    if not words:
        return None
    doers = [doer_for_deed(given, answer.form.key) for answer in words]
    if any(doer is None for doer in doers):
        return None
    first = plan.answers[0].text
    if doers[0] == given.removesuffix("s"):
        return f"Not quite — “{shown}” names who does it; the answer is “{first}”."
    return f"Not quite — the answer names who does it: “{first}”."


def _holds(words: tuple[str, ...], run: tuple[str, ...]) -> bool:
    """True when `run` is a run of `words` ("ali" of "damat ali pasha")."""
    size = len(run)
    return any(words[i : i + size] == run for i in range(len(words) - size + 1))


def _accepted(verdict: Verdict, first: str) -> str:
    return "Correct." if verdict is Verdict.EXACT else f"Accepted — also known as “{first}”."


def _named_so(answer: _Answer, words: tuple[str, ...]) -> bool:
    """True when `answer`, written capitalised, is a given name the nicknames dataset knows and
    a surname that is no word of English ("Norman Bowen", "Jacob Marley"): a person, though the
    name is not among the common ones. A surname that is a word ("Norman Conquest") proves
    nothing."""
    if len(words) < 2 or not answer.name or not in_nicknames_data(words[0]):
        return False
    written = answer.text.split()
    return all(w[:1].isupper() for w in written) and not is_english(words[-1])


def _titled(text: str) -> bool:
    """True for a title or proper name written with its article ("The Beatles", "The Hobbit"):
    its word, mistyped into a word of English ("Beetles"), is still a slip of the name."""
    return text.startswith("The ") and text[4:5].isupper()


def _a_term(answer: _Answer) -> bool:
    """True when a one-word answer is a word of English, not a proper name, though written
    with a capital ("Streamlining", "Lubrication" as a flashcard writes them): its family's
    other words ("streamlined", "lubricant") answer for it."""
    if not answer.name:
        return True
    word = answer.form.key
    return is_real_word(word) and word not in country_words()


def _another_first_name(
    extras: tuple[str, ...], ew: tuple[str, ...], answers: tuple[_Answer, ...]
) -> bool:
    """True when the accepted answers give the full name ending in `ew` and none has a first
    name added in `extras` ("louis" before "armstrong" when the key is "Neil Armstrong"): the
    surname was accepted alone, not for anyone who bears it."""
    firsts = [
        a.form.words[: -len(ew)]
        for a in answers
        if len(a.form.words) > len(ew) and a.form.words[-len(ew) :] == ew
    ]
    return bool(firsts) and not any(
        _same_first_name(mine, theirs) for names in firsts for mine in extras for theirs in names
    )


def _without_middle(given: tuple[str, ...], expected: tuple[str, ...]) -> bool:
    """True when folded `given`, two words, is the first name of the person `expected` (three
    words or more), or its initial, before a surname: the middle names left out ("John McAdam",
    "I Brunel"); the surname itself is compared by the caller."""
    first, mine = expected[0], given[0]
    return len(expected) > len(given) and (mine == first or (len(mine) == 1 and first[0] == mine))


_MIN_SURNAME = 4


def _surname_spelt_longer(given: tuple[str, ...], expected: tuple[str, ...]) -> bool:
    """True when `given` is the full name `expected` with one letter added to the end of its
    surname ("louise browne" for "louise brown", "robert peele"): a surname's other spelling,
    while the first name, typed as the notes write it, says who is meant."""
    return (
        len(expected) >= 2
        and given[:-1] == expected[:-1]
        and len(expected[-1]) >= _MIN_SURNAME
        and len(given[-1]) == len(expected[-1]) + 1
        and given[-1].startswith(expected[-1])
        and given[-1].isalpha()
    )


def _same_first_name(mine: str, theirs: str) -> bool:
    """One first name, an initial of it ("j" / "joanne"), a slip of it, its abbreviation ("mt"
    / "mount"), or a title."""
    if mine == theirs or is_title(mine) or abbreviates(mine, theirs):
        return True
    if mine[0] != theirs[0]:
        return False
    if min(len(mine), len(theirs)) <= _SHORT_NAME:  # "j" for "joanne", "bb" or "evs" slipped
        return len(mine) == 1 or len(theirs) == 1 or OSA.distance(mine, theirs) <= 1
    return word_distance(mine, theirs, alone=False) is not None


_SHORT_NAME = 4


def _unit_refused(plan: _Plan, given: str) -> bool:
    """True when `given` names a unit (or currency) and the accepted answers that name one all
    name another: "61 miles" against "61" and "61 km" (a blank's number and the unit the line
    writes after it), or against "61 km" alone."""
    if not plan.units:
        return False  # most questions: no answer names a unit, so there is none to refuse
    theirs, paid = unit_of(given), currency_of(given)
    if theirs is None and paid is None:
        return False  # most answers: a bare number, nothing to tell apart
    return all(differ(ours, theirs, money, paid) for ours, money in plan.units)


def _unit_differs(answer: _Answer, given: str) -> bool:
    """True when both the answer and `given` name a unit and they differ: "60 ft" is not "60 m"
    where the notes also give that length as "197 ft" (an accepted answer in feet)."""
    if answer.unit is None:
        return False
    theirs = unit_of(given)
    return theirs is not None and differ(answer.unit, theirs, currency_of(answer.text), None)


def _units_named(answers: tuple[_Answer, ...]) -> tuple[tuple[str | None, str | None], ...]:
    """`_Plan.units`: the unit and the currency of each number answer that names one."""
    named = [(a.unit, currency_of(a.text)) for a in answers if a.numeric]
    return tuple((ours, money) for ours, money in named if ours or money)


def _in_another_multiple(answer: _Answer, given: str) -> bool:
    """True when `given` is `answer`'s value in another multiple of its unit ("400 kV" for "400
    000 V", "1500 g" for "1.5 kg": `_units.multiple_of`); read only when the plain comparison
    has refused it."""
    factor = multiple_of(answer.unit, unit_of(given))
    if factor is None or answer.quantity is None:
        return False
    quantity = parse_quantity(as_quantity_text(given))
    return quantity is not None and any(
        isinstance(value, Fraction) and value * factor in answer.quantity.values
        for value in quantity.values  # (a range, "1953-64", is no value of a unit)
    )


def _another_word(plan: _Plan, g: _Form) -> bool:
    """True when `g` is one word of English a letter away from the one-word answer."""
    answer = plan.answers[0]
    return (
        not answer.numeric
        and len(g.words) == len(answer.form.words) == 1
        and another_word(g.key, answer.form.key)
    )


def _wrong_reason(plan: _Plan, given: str, g: _Form) -> str:
    """Why a wrong answer is wrong; for numbers and dates, the two values side by side when the
    student's text is wholly a number or a date; for another word one letter away, that."""
    answer = plan.answers[0]
    if _another_word(plan, g):
        return f"Not quite — “{given}” is another word; the answer is “{answer.text}”."
    if answer.text in plan.acronyms and _slip_of(g.compact, answer.form.compact):
        return f"Not quite — in an acronym each letter stands for a word: the answer is “{answer.text}”."
    if answer.numeric and _unit_refused(plan, given):
        said = next((a.text for a in plan.answers if a.numeric and a.unit), answer.text)
        return f"Not quite — check the unit: the notes say “{said}”."
    if (
        answer.quantity is not None
        and len(answer.quantity.values) > 1
        and answer.unit not in (None, "percent")
    ):
        return f"Not quite — the answer is “{answer.text}”."  # "5 m/s": not "5 million"
    if answer.numeric:
        reason = number_reason(answer.quantity, answer.date, as_quantity_text(given))
        if reason is not None:
            return reason
    return f"Not quite — the answer is “{answer.text}”."


_MIN_ACRONYM = 4  # shorter words take no slip at all (`_spelling.allowance`)
_MAX_ACRONYM = 6
_CONSONANT_RUN = re.compile(r"[B-DF-HJ-NP-TV-XZ]{3}")
# How the deck's grader is told two names are one thing (`bot.questions._aliases.synonyms`).
_ALSO_CALLED = ", also called "


def _formulas(answers: tuple[_Answer, ...]) -> tuple[tuple[int, str], ...]:
    """The formulas the accepted answers name (`_Plan.formulas`). An answer written as a formula
    takes no name: a question asking for the formula ("H2SO4") is not answered by the name."""
    return tuple(
        (i, formula)
        for i, answer in enumerate(answers)
        if not answer.numeric and (formula := formula_of(answer.text)) is not None
    )


def _substance(plan: _Plan, given: str) -> _Answer | None:
    """The accepted answer `given` names by its formula ("NaOH" for sodium hydroxide,
    `_grade_formulas`)."""
    if plan.formulas and may_be_formula(given):
        typed = canonical(given)
        for i, formula in plan.formulas:
            if formula == typed:
                return plan.answers[i]
    return None


def _element_of(plan: _Plan, given: str) -> _Answer | None:
    """The accepted answer naming the element whose symbol (or molecule) `given` is, as written:
    "Zn" for zinc, "O2" for oxygen (`element_formulas`)."""
    if plan.elements and len(given) <= _MAX_SYMBOL_CHARS:
        typed = written_formula(given)
        for i, symbol in plan.elements:
            if symbol == typed:
                return plan.answers[i]
    return None


_MAX_SYMBOL_CHARS = 8  # "Cl2", "O 2": longer text is no element's symbol


def _in_number(name: str, plural: bool) -> tuple[str, ...]:
    """`name` as written, and first in the number of the answer it stands for ("sex cells" for
    "gametes", "sex cell" for "Gamete"): then the student reads it as also known, not respelt."""
    if plural and not name.endswith("s"):
        return (name + "s", name)
    if not plural and name.endswith("s") and not name.endswith("ss"):
        return (name[:-1], name)
    return (name,)


# An acronym in either number as written: "YOIs", "PCSO".
_ACRONYM_IN_NUMBERS = re.compile(r"[A-Z]{2,6}s?")


def _acronym_letters(text: str) -> str:
    """The folded letters of an acronym as written, without a plural "s" ("PCSOs" -> "pcso")."""
    return text.removesuffix("s").casefold() if text.endswith("s") else text.casefold()


def _acronym_numbers(answer: _Answer) -> tuple[str, str]:
    """The folded acronym `answer` in the singular and the plural ("yoi", "yois")."""
    one = (
        answer.form.compact.removesuffix("s") if answer.text.endswith("s") else answer.form.compact
    )
    return one, one + "s"


def _synonym_key(text: str) -> str:
    """A name's folded form without a plural "s": "gametes" finds what the notes say of
    "Gamete"."""
    return _form(text).compact.removesuffix("s")


@lru_cache(maxsize=1024)
def _is_acronym(text: str) -> bool:
    """True for an answer written as an acronym ("MRSA", "USSR", "ICBM"): capitals, three
    consonants running, no word of English. A changed letter in it is another word's initial,
    so another acronym, not a slip of this one. An answer list in capitals ("PARIS", "SPRING")
    and acronyms read as words ("NATO", "UNESCO") keep the slips of a word."""
    if not (_MIN_ACRONYM <= len(text) <= _MAX_ACRONYM and text.isalpha() and text.isupper()):
        return False
    return _CONSONANT_RUN.search(text) is not None and not is_real_word(text.casefold())


def _slip_of(given: str, expected: str) -> bool:
    """True when `given` is `expected` with one letter changed or two swapped ("MSRA")."""
    return len(given) == len(expected) and OSA.distance(given, expected, score_cutoff=1) == 1


# A Roman numeral in brackets after a name: an oxidation state ("copper(II)", "iron (III)"),
# which a student may write in digits ("copper 2").
_BRACKETED_NUMERAL = re.compile(r"\(\s*[IVX]+\s*\)")
# "New Economic Policy (NEP)", "NEP (New Economic Policy)": a name with its acronym in brackets.
_BRACKETED = re.compile(r"^\s*([^()]+?)\s*\(\s*([^()]+?)\s*\)\s*$")


# What opens a bracket that gives the thing's other name: "(also called …)", "(aka …)", "(or …)".
_NAMED_SO = re.compile(
    r"(?:also\s+(?:called|known\s+as|named|termed)|sometimes\s+called|aka|a\.k\.a\.|or|i\.e\.|=)"
    r"\s+(?:the\s+)?",
    re.IGNORECASE,
)


def _acronym_of(acronym: str, words: str) -> bool:
    """Whether `acronym` ("NEP", "GM", "IPCC") is made of the initials of `words` ("New Economic
    Policy", "Genetically modified", "Intergovernmental Panel on Climate Change")."""
    letters = acronym.replace(".", "")
    return letters.isalpha() and letters.isupper() and letters.casefold() == initials(words)


def _with_acronym_sides(item: str) -> tuple[str, ...]:
    """An answer written with its acronym in brackets, then each side alone: a teacher accepts
    "NEP" or "New Economic Policy" for "New Economic Policy (NEP)"; likewise either spelling of
    a key written "Vagabondage / vagrancy" (`slash_sides`), and either name of a key that gives
    the other in brackets, saying so ("sodium hydroxide (also called caustic soda)", "stanza (or
    verse)"). A bare bracket may say what the thing is like ("conglomerate (rounded)"), so its
    words alone are not taken for the answer."""
    if "/" in item:
        sides = slash_sides(item)
        return (item,) if sides is None else (item, *sides)
    found = _BRACKETED.match(item)
    if found is None:
        return (item,)
    outside, inside = found.group(1), found.group(2)
    if _acronym_of(inside, outside) or _acronym_of(outside, inside) or _clipped(inside, outside):
        return (item, outside, inside)
    named = _NAMED_SO.match(inside)
    if named is not None and named.end() < len(inside):  # "caustic soda" of "sodium hydroxide
        return (item, outside, inside[named.end() :])  # (also called caustic soda)"
    return (item,)


def _clipped(short: str, word: str) -> bool:
    """True when `short` is the one word `word` cut to its first letters, as notes abbreviate a
    term in brackets ("Perpendicular (Perp)", "Decorated (Dec.)", "Carboniferous (Carb)"): the
    notes' own short form of the answer. Two letters at least: one is a symbol or an initial."""
    short = short.rstrip(".")
    if " " in word or not short.isalpha() or not _MIN_CLIPPED <= len(short) < len(word):
        return False
    return fold(word).startswith(fold(short))


_MIN_CLIPPED = 2


def _accepted_answers(expected: str | tuple[str, ...]) -> tuple[_Answer, ...]:
    """The accepted answers, prepared; a clear error when there is nothing to grade against."""
    given_items = (expected,) if isinstance(expected, str) else expected
    for item in given_items:
        if not isinstance(item, str):
            raise TypeError(f"accepted answers must be strings, not {type(item).__name__}")
    items = [
        side for item in given_items for side in (*_with_acronym_sides(item), *title_sides(item))
    ]
    answers: list[_Answer] = []
    seen: set[str] = set()
    for item in items:
        answer = _answer(_INVISIBLE.sub("", item).strip())  # as a typed answer is read
        if (answer.form.compact or answer.numeric) and answer.text not in seen:
            seen.add(answer.text)
            answers.append(answer)
    if not answers:
        raise ValueError(f"no accepted answer to grade against in {expected!r}")
    return tuple(answers)


@lru_cache(maxsize=32)
def _grader(others: tuple[str, ...]) -> Grader:
    return Grader(others)


def grade(expected: str | Sequence[str], given: str, *, others: Sequence[str] = ()) -> Grade:
    """Grade a typed answer.

    `expected` is the accepted answer, or several (the first is the one to show). `others` are the
    other entities of the deck (names, places, terms): an answer as close to one of them as to the
    expected answer is not accepted as a typo, nor words another one holds too. They also tell when
    a name without a word for a place's part is enough ("Hebrides" for "Outer Hebrides"): only
    when the deck has other names and none of them has those words; a bare call refuses it. A
    term's head noun alone ("condenser" for "separate condenser") is refused either way.
    For many answers on one deck, build a `Grader` once.
    This is the one grading path: a quiz's grader is `Grader(generator.entities())`, so `grade(…,
    others=generator.entities())` gives the same verdict and reason for every answer.
    """
    return _grader(tuple(others)).grade(expected, given)
