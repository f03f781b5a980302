"""Finding what in a fact is worth blanking: names, numbers, capitalised phrases, rare words.

Rules run in order of trust and never overlap: numbers and dates first (their shape is certain),
then the deck's own names, then acronyms and capitalised phrases found by shape alone, then rare
words. Author markup (`{{c1::…}}`) is handled by the caller and always comes first.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from bot.questions._entities import Entity, EntityIndex
from bot.questions._everyday import frequency, is_everyday
from bot.questions._ions import ion_ranges
from bot.questions._numbers import NumberScan, scan_numbers
from bot.questions._spans import Span, SpanKind
from bot.questions._tokens import Token, Tokens, joinable, starts_sentence, tokenize
from bot.questions._words import STOP_WORDS
from knowledge.given_names import is_title, names_a_person
from knowledge.model import Deck
from knowledge.search._dictionary import is_english

# Lower-case words that may sit inside a capitalised name: "Bay of Pigs", "Charles de Gaulle".
_CONNECTORS = frozenset(
    {"of", "de", "von", "van", "der", "den", "la", "le", "du", "da", "di", "del", "ibn", "bin"}
)
_MAX_PHRASE_WORDS = 4
# A rare word must be long enough to be a real piece of vocabulary, not just an unusual word.
_MIN_RARE_LETTERS = 8
# Verb forms and adverbs are rarely the point of a fact ("completed", "following", "usually").
_INFLECTED = ("ed", "ing", "ly")
# Long everyday words a small deck may use only once, which say nothing about its subject.
_COMMON = frozenset(
    """
    although another anything becoming believed between business children complete contains
    continue describe different division everyone everything example financial followed general
    however hundred identify important increase interest involved language material measured
    military million billion national northern southern eastern western particular political
    possible probably question relative remember research security separate several something
    sometimes straight students thousand together whatever whenever whether without yourself
    """.split()  # noqa: SIM905
)


@dataclass(frozen=True, slots=True)
class DeckStats:
    """What the whole deck says about its words, used to judge one fact's words."""

    fact_frequency: Counter[str]  # folded word -> number of facts it occurs in
    proper_nouns: frozenset[str]  # folded words the notes capitalise in mid-sentence
    acronyms: tuple[str, ...]  # acronyms the notes use, in order of first use
    articled: frozenset[str]  # entity names the notes write after "the" ("the Nile")
    bare: frozenset[str]  # entity names the notes write without "the" ("Egypt")
    # The first and last year the notes (facts and topic titles) name, or None without years.
    era: tuple[int, int] | None = None
    # Folded words the notes write in lower case somewhere: a common noun of this deck, however
    # rare in general English ("favelas"), is no name when it opens a line.
    lower_case: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class Read:
    """A line read for the deck's statistics, kept for `find_spans`: each line of a deck is then
    tokenized, scanned for numbers and matched against the deck's names once, not twice."""

    tokens: Tokens
    names: tuple[tuple[int, int, Entity], ...]
    numbers: NumberScan
    # Ions written with their charge ("Fe2+", "SO4 2-"): no blank takes any of their words.
    ions: tuple[tuple[int, int], ...] = ()


def read_line(text: str, index: EntityIndex) -> Read:
    tokens = tokenize(text)
    return Read(tokens, tuple(index.matches(text, tokens)), scan_numbers(text), ion_ranges(text))


def deck_stats(deck: Deck, index: EntityIndex, lines: dict[str, Read] | None = None) -> DeckStats:
    """Word statistics over every fact of the deck; each fact's line as read is kept in `lines`
    (by text) when given."""
    frequency: Counter[str] = Counter()
    proper: set[str] = set()
    acronyms: dict[str, str] = {}
    articled: set[str] = set()
    bare: set[str] = set()
    lower: set[str] = set()
    read_lines: dict[str, Read] = {} if lines is None else lines
    # Each fact's distinct words, counted at the end in one call (Counter.update's own checks,
    # made per fact, were a big deck's tens of thousands of calls).
    fact_words: list[str] = []
    for topic in deck.topics:
        for fact in topic.facts:
            text = fact.text
            read = read_lines.get(text)
            if read is None:
                read = read_lines[text] = read_line(text, index)
            tokens = read.tokens
            fact_words += {token.folded for token in tokens}
            lower.update(token.folded for token in tokens if token.text.islower())
            for position, token in enumerate(tokens):
                if token.is_acronym:
                    acronyms.setdefault(token.folded, token.text)
                elif (
                    token.is_capitalised
                    and not starts_sentence(text, tokens, position)
                    and not tokens[position - 1].is_capitalised
                ):
                    # Only a name's first word counts: "Sea" in "Mediterranean Sea" proves nothing.
                    proper.add(token.folded)
            for first, _, entity in read.names:
                if first > 0 and tokens[first - 1].folded == "the":
                    articled.add(entity.name)
                else:
                    bare.add(entity.name)
    frequency.update(fact_words)
    scanned = [(text, read_lines[text].numbers) for text in _fact_texts(deck)]
    scanned += [(topic.title, scan_numbers(topic.title)) for topic in deck.topics]
    years = sorted(_years_named(scanned))
    return DeckStats(
        frequency,
        frozenset(proper),
        tuple(acronyms.values()),
        frozenset(articled),
        frozenset(bare),
        (years[0], years[-1]) if years else None,
        frozenset(lower),
    )


_YEAR_IN = re.compile(r"(?<![\d,.])(1\d{3}|20\d{2})(?![\d,.]\d)")


def _fact_texts(deck: Deck) -> dict[str, None]:
    return dict.fromkeys(fact.text for topic in deck.topics for fact in topic.facts)


def _years_named(scanned: Iterable[tuple[str, NumberScan]]) -> set[int]:
    """The years texts name (each with its numbers scanned): as years, in dates ("9 November
    1918") and in ranges ("1918–23")."""
    found: set[int] = set()
    for text, scan in scanned:
        pieces = [span.text for span in scan.spans if span.kind in (SpanKind.YEAR, SpanKind.DATE)]
        pieces += [text[start:end] for start, end in scan.reserved]
        for piece in pieces:
            found.update(int(year) for year in _YEAR_IN.findall(piece))
    return found


def find_spans(
    text: str, index: EntityIndex, stats: DeckStats, read: Read | None = None
) -> list[Span]:
    """Every blankable span of `text`, left to right, none overlapping (`read`: the line as
    `deck_stats` read it, if it did)."""
    if read is None:
        read = read_line(text, index)
    spans: list[Span] = [
        span
        for span in read.numbers.spans
        if not any(span.overlaps(start, end) for start, end in read.ions)
    ]  # "SO4 _____-" -> 2
    free = _before_phrases(text, read, stats, spans)
    tokens = read.tokens
    for first, last in _capitalised_runs(text, tokens, free, stats):
        spans.append(_span(text, tokens[first], tokens[last], SpanKind.PHRASE))
        free[first : last + 1] = [False] * (last + 1 - first)

    for position, token in enumerate(tokens):
        if free[position] and _is_rare(token, stats):
            spans.append(_span(text, token, token, SpanKind.RARE_WORD))

    spans.sort(key=lambda span: span.start)
    return spans


def find_phrases(text: str, stats: DeckStats, read: Read) -> list[Span]:
    """The capitalised phrases `find_spans` finds in `text` (its PHRASE spans, left to right),
    without the rest: a deck's grader lists every line's phrases, and finding all its spans
    (rare words too) for that was a fifth of a big deck's build before its first questions; each
    line's whole spans are found when a question asks for them."""
    free = _before_phrases(text, read, stats, None)
    tokens = read.tokens
    return [
        _span(text, tokens[first], tokens[last], SpanKind.PHRASE)
        for first, last in _capitalised_runs(text, tokens, free, stats)
    ]


def _before_phrases(
    text: str, read: Read, stats: DeckStats, spans: list[Span] | None
) -> list[bool]:
    """Which tokens are left free for capitalised phrases by what `find_spans` finds before
    them (numbers and dates, the deck's names, acronyms); the names and acronyms found are
    added to `spans` when given."""
    scan = read.numbers
    taken: list[tuple[int, int]] = [
        *scan.reserved,
        *((s.start, s.end) for s in scan.spans),
        *read.ions,
    ]
    tokens = read.tokens
    # A chemical formula is never blanked, nor part of a blanked name ("Mr of CaCO₃"); nor is an
    # ion's symbol, which a blank would cut from its charge ("iron(II) ions (_____+)" -> Fe2).
    # A formula starts with a capital (`_tokens.is_formula`): most words are not asked.
    if taken:
        free = [
            not ("A" <= t.text[0] <= "Z" and t.is_formula)
            and not any(t.start < b and a < t.end for a, b in taken)
            for t in tokens
        ]
    else:  # most lines hold no number: nothing else to step over
        free = [not ("A" <= t.text[0] <= "Z" and t.is_formula) for t in tokens]

    for first, after, entity in read.names:
        if _inside_longer_name(text, tokens, first, after, stats):
            continue  # "Nile" in "Blue Nile": the whole name is found as a capitalised phrase
        if all(free[first:after]):
            if spans is not None:
                spans.append(
                    _span(text, tokens[first], tokens[after - 1], entity.kind, entity.name)
                )
            free[first:after] = [False] * (after - first)

    for position, token in enumerate(tokens):
        if free[position] and token.is_acronym:
            if spans is not None:
                spans.append(_span(text, token, token, SpanKind.ACRONYM))
            free[position] = False
    return free


def _inside_longer_name(
    text: str, tokens: Tokens, first: int, after: int, stats: DeckStats
) -> bool:
    """True when capitalised words run on from the match on either side, into a longer name."""
    neighbours = []
    if first > 0 and joinable(text, tokens[first - 1], tokens[first]):
        neighbours.append(first - 1)
    if after < len(tokens) and joinable(text, tokens[after - 1], tokens[after]):
        neighbours.append(after)
    return any(
        tokens[i].is_capitalised
        and (not starts_sentence(text, tokens, i) or tokens[i].folded in stats.proper_nouns)
        for i in neighbours
    )


def _span(text: str, first: Token, last: Token, kind: SpanKind, entity: str | None = None) -> Span:
    return Span(first.start, last.end, text[first.start : last.end], kind, entity)


def _capitalised_runs(
    text: str, tokens: Tokens, free: list[bool], stats: DeckStats
) -> list[tuple[int, int]]:
    """(first, last) token positions of each run of capitalised words that names something.

    A capital at the start of a sentence proves nothing, so a run's first word counts there only
    when the notes capitalise that word in mid-sentence somewhere too.
    """
    runs: list[tuple[int, int]] = []
    position = 0
    while position < len(tokens):
        if not (free[position] and tokens[position].is_capitalised):
            position += 1
            continue
        first = last = position
        cursor = position + 1
        while (
            cursor < len(tokens)
            and free[cursor]
            and joinable(text, tokens[cursor - 1], tokens[cursor])
            and not starts_sentence(text, tokens, cursor)
        ):
            token = tokens[cursor]
            if token.is_capitalised:
                last = cursor
            elif token.folded not in _CONNECTORS and not _particle(text, tokens, cursor):
                break
            cursor += 1
        position = last + 1
        if (
            starts_sentence(text, tokens, first)
            and tokens[first].folded not in stats.proper_nouns
            and not (last > first and _opens_name(tokens, first, last))
            and not any(_particle(text, tokens, i) for i in range(first + 1, last))
            and not _unknown_word(tokens[first], stats)
        ):
            first += 1
            while first <= last and not tokens[first].is_capitalised:
                first += 1
        named = sum(tokens[i].is_capitalised for i in range(first, last + 1))
        if first <= last and named <= _MAX_PHRASE_WORDS:
            runs.append((first, last))
    return runs


_PARTICLE_LETTERS = 3
_PARTICLE_JOIN = frozenset({"-", "'", "’"})


def _particle(text: str, tokens: Tokens, position: int) -> bool:
    """True for a short lower-case word joined by a hyphen or an apostrophe to the capitalised
    word after it, inside a name: "al" of "Nasir al-Din al-Tusi", "ad" of "Nur ad-Din", "d" of
    "Jean d'Orbais". The name is whole then, not "Nasir", "Din" and "Tusi"."""
    token = tokens[position]
    if len(token.text) > _PARTICLE_LETTERS or position + 1 >= len(tokens):
        return False
    after = tokens[position + 1]
    return after.is_capitalised and text[token.end : after.start] in _PARTICLE_JOIN


# Below this Zipf frequency a capitalised word opening a line is no everyday word put first, but
# part of the name it runs into: "Mauna Loa", "Emmeline Pankhurst" ("The", "Shield" are common).
_NAME_WORD_ZIPF = 3.0


def _opens_name(tokens: Tokens, first: int, last: int) -> bool:
    """Whether a line's capitalised first word is part of the name it runs into: a rare word
    ("Emmeline Pankhurst") or a given name ("Samuel Pepys"). A title stays out of the blank
    ("Governor _____ stood …"), as it does in mid-sentence."""
    words = tuple(tokens[position].folded for position in range(first, last + 1))
    if words[0] in _NAME_ADJECTIVES:
        return True  # "Grand Trunk Road rebuilt …", "Great Fire of London …": the name's own word
    return _name_word(tokens[first]) or (names_a_person(words) and not is_title(words[0]))


# Everyday words that open many names of things and events ("Grand Trunk Road", "Black Death",
# "First World War", "New Model Army"): opening a line before another capitalised word, they are
# the name's first word, not a sentence's (session 20: "_____ rebuilt" had been "Trunk Road").
_NAME_ADJECTIVES = frozenset(
    """
    great grand holy black red white long new old north south east west northern southern
    eastern western upper lower high first second third fourth fifth last little royal united
    """.split()  # noqa: SIM905
)


_MIN_NAME_LETTERS = 4


def _unknown_word(token: Token, stats: DeckStats) -> bool:
    """Whether a line's capitalised first word is a name by itself: English does not know it
    (simplemma's dictionary: "Rocinha", "Vauban", "Stalin"; not "Photosynthesis") and the notes
    never write it in lower case. Its capital is then the name's, not the sentence's."""
    word, folded = token.text, token.folded
    if not word.isalpha() or len(word) < _MIN_NAME_LETTERS or folded in stats.lower_case:
        return False
    if is_english(folded):
        return False
    # "Unreactive", "Nonmetals": an English word with a prefix the dictionary does not list.
    prefix = _PREFIX.match(folded)
    rest = folded[prefix.end() :] if prefix is not None else ""
    return not (len(rest) >= _MIN_NAME_LETTERS and is_english(rest))


_PREFIX = re.compile(r"(?:un|non|in|im|dis|anti|de|re|pre|over|under|semi|sub|super|multi)")


def _name_word(token: Token) -> bool:
    return token.text.isalpha() and frequency(token.text) < _NAME_WORD_ZIPF


def _is_rare(token: Token, stats: DeckStats) -> bool:
    return (
        token.text.isalpha()
        and not token.folded.endswith(_INFLECTED)
        and token.folded not in _COMMON
        and token.text.islower()
        and len(token.folded) >= _MIN_RARE_LETTERS
        and token.folded not in STOP_WORDS
        and stats.fact_frequency[token.folded] == 1
        and not is_everyday(token.folded)
    )
