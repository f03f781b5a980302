"""Other answers a teacher accepts for a typed blank, found in the deck itself.

A blank's text is not the only right answer a student can type:

- another name the notes give it (`_other_names`, the one reader every part that grades
  uses): "the Reichstag (parliament)" -> "parliament" answers "Reichstag"; "Monetary Policy
  Committee (MPC)"; "Part: Cap; Other name: pileus";
- a surname for a full name the notes write by shape alone, when the name reads as a person's
  (a common given name or a title first, or words no everyday English uses): "Grynszpan" for
  "Herschel Grynszpan";
- a name alone for the name after a describing word the deck uses before several names:
  "Germany" for "Nazi Germany" (the deck also writes "Nazi Party", "Nazi ideal").

- the word naming which kind, for a kind the deck names several of: "disinhibited" for
  "disinhibited attachment" where the notes also write "secure attachment" (`type_word`).

An extra answer is accepted outright, so each is taken only when it names nothing else in the
deck: no other name of the deck ends in the same word, and no gloss names another entity.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from bot._names import TITLES_AFTER, ends_in_category
from bot.questions._context import DeckContext
from bot.questions._everyday import is_everyday
from bot.questions._name_checks import endings, is_entity
from bot.questions._other_names import other_names
from bot.questions._spans import Span, SpanKind
from bot.questions._words import STOP_WORDS
from knowledge.given_names import is_title, names_a_person
from knowledge.search._lemma import lemma
from knowledge.text import fold

# Words before a name that say which one it is rather than describe it ("East Germany").
_WHICH_ONE = frozenset(
    {
        "east", "west", "north", "south", "eastern", "western", "northern", "southern", "central",
        "upper", "lower", "inner", "outer", "new", "old", "great", "greater", "little", "lesser",
        "latin", "far", "near", "middle", "united", "holy", "first", "second", "third",
    }
)  # fmt: skip

_PERSON_BEFORE = re.compile(r"(?:[a-z],\s+|\bled by\s+|\bby\s+)$")

_PERSON_AFTER = re.compile(r",?\s+(?:who|whose|was|were|had|said|argued|wrote)\b")

_WORD = re.compile(r"[A-Z][\w'’-]*\s+([A-Za-z][\w'’-]*)")

MAX_NAME_WORDS = 3
_BRACKET_AFTER = re.compile(r"\s*\([^()]*\)")


def fuller_name(ctx: DeckContext, topic_id: str, span: Span) -> str | None:
    """The one longer name the topic's lines give that starts with the one-word `span`:
    "Catherine of Aragon" for "_____ had been married to Henry's brother Arthur" -> Catherine,
    where another line of the topic names her in full. A teacher accepts the full name; the
    deck's other Catherines, in other topics, are no reading of this line."""
    if span.kind not in (SpanKind.PHRASE, SpanKind.PERSON) or " " in span.text.strip():
        return None
    start = f"{fold(span.text)} "
    found = {
        other.text
        for ref in ctx.topic_facts(topic_id)
        for other in ctx.spans(ref.fact)
        if other.kind in (SpanKind.PHRASE, SpanKind.PERSON) and fold(other.text).startswith(start)
    }
    return found.pop() if len(found) == 1 else None


def extra_answers(ctx: DeckContext, text: str, span: Span) -> Iterator[str]:
    """Further answers for `span` of the line `text`, each safe to accept outright."""
    # An other name the rest of the line shows is no answer to its blank ('Slogan Eendracht
    # maakt macht = "unity makes strength"'): the stem holds it. A gloss in brackets right
    # after the blank goes with it ("Vellum (calfskin)").
    after = _BRACKET_AFTER.match(text, span.end)
    rest = f" {fold(text[: span.start])} {fold(text[after.end() if after else span.end :])} "
    for other in ctx.once(other_names).get(fold(span.text), ()):
        if f" {fold(other)} " not in rest:
            yield other
    yield from defined_as(ctx, text, span.text)
    kind_word = type_word(ctx, span.text)
    if kind_word is not None:
        yield kind_word
    if span.kind is not SpanKind.PHRASE:
        return
    words = span.text.split()
    if not 2 <= len(words) <= MAX_NAME_WORDS or not all(_name_word(w) for w in words):
        return
    folded = tuple(fold(w) for w in words)
    if ends_in_category(folded) or folded[0] in _WHICH_ONE:
        return
    last = words[-1]
    phrase = " ".join(folded)
    rivals = ctx.once(endings).get(fold(last), set())
    if any(not f" {rival}".endswith(f" {phrase}") for rival in rivals):
        return  # "Olympics" could be Berlin's or Munich's ("Life in Nazi Germany" is no rival)
    if names_a_person(folded) or _described_name(ctx, folded):
        yield last
    elif not any(is_everyday(word) for word in words) and _said_of_a_person(text, span):
        yield last  # "a Jewish student, Herschel Grynszpan, shot …"


# "secure attachment", "Demand-pull inflation": a word, then the noun it says the kind of.
_KIND_PAIR = re.compile(r"(?<![\w'’-])([A-Za-z][a-z-]{3,})(?=\s+([a-z][a-z]{3,})(?![\w'’-]))")

_MIN_KINDS = 2  # a noun the deck puts two or more kind-words before names a kind of thing


def type_word(ctx: DeckContext, answer: str) -> str | None:
    """The first word of a two-word lowercase answer when it alone says which one is meant: the
    deck names other kinds of the same thing ("secure attachment", "insecure attachment" beside
    "disinhibited attachment"), and the notes never put the word before another noun. A teacher
    takes "disinhibited" for "disinhibited attachment" then; "Table" for "Table Tennis" (a name)
    is never asked."""
    words = answer.split()
    if len(words) != 2 or not answer.islower() or not all(w.isalpha() or "-" in w for w in words):
        return None
    first, head = (fold(w) for w in words)
    kinds, heads = ctx.once(_kinds)
    if heads.get(first, set()) != {head} or len(kinds.get(head, set())) < _MIN_KINDS:
        return None
    if first in STOP_WORDS or ("-" not in words[0] and is_everyday(words[0])):
        return None  # "high inflation": "high" alone says nothing a teacher would mark
    return words[0]


_SHARED_BEFORE = re.compile(r"(?<![\w'’-])([A-Za-z][a-z-]+)\s+(?:and|or)\s+$")


def shares_its_noun(ctx: DeckContext, text: str, span: Span) -> bool:
    """True when the blank's last word is also the noun of the word before "and"/"or": in
    "very high stranger and separation anxiety" a blank on "separation anxiety" leaves "stranger
    and _____" with no noun (the notes also write "stranger anxiety")."""
    words = span.text.split()
    if len(words) != 2 or not span.text.islower():
        return False
    before = _SHARED_BEFORE.search(text[: span.start])
    if before is None:
        return False
    kinds, _ = ctx.once(_kinds)
    return fold(before.group(1)) in kinds.get(fold(words[1]), set())


def _kinds(ctx: DeckContext) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """(folded noun -> the words the notes put before it, folded word -> the nouns it goes
    before), over every lowercase pair of words in the deck's lines."""
    kinds: dict[str, set[str]] = {}
    heads: dict[str, set[str]] = {}
    for ref in ctx.facts:
        for match in _KIND_PAIR.finditer(ref.text):
            first, head = fold(match.group(1)), fold(match.group(2))
            if first in STOP_WORDS or head in STOP_WORDS:
                continue
            kinds.setdefault(head, set()).add(first)
            heads.setdefault(first, set()).add(head)
    return kinds, heads


def _name_word(word: str) -> bool:
    return word[:1].isupper() and word.replace("-", "").replace("'", "").isalpha()


def said_surname(text: str, span: Span) -> str | None:
    """The surname of a name of two or three capitalised words that the line writes as a
    person's ("negotiated by Townsend Harris", "a Jewish student, Herschel Grynszpan, shot"),
    or None: not a name ending in a kind of thing ("Harris Treaty"), nor one opening with a
    word saying which ("East Germany"), nor a title and a name ("Commodore Perry": the surname
    follows the title already)."""
    words = span.text.split()
    if not 2 <= len(words) <= MAX_NAME_WORDS or not all(_name_word(w) for w in words):
        return None
    folded = tuple(fold(w) for w in words)
    if ends_in_category(folded) or folded[0] in _WHICH_ONE or is_title(folded[0]):
        return None
    if is_title(folded[-1]) or folded[-1] in TITLES_AFTER:
        return None  # "Hülegü Khan": a title after the name is no surname
    return words[-1] if _said_of_a_person(text, span) else None


def _said_of_a_person(text: str, span: Span) -> bool:
    """True when the line writes the name as a person's: set off by commas after a noun ("a
    Jewish student, Herschel Grynszpan, shot"), after "led by", or before a verb in the past
    ("Wolfgang Kapp seized"); a book's or a place's name stands otherwise ("wrote Mein Kampf")."""
    before, after = text[: span.start], text[span.end :]
    return bool(_PERSON_BEFORE.search(before) or _PERSON_AFTER.match(after))


def _described_name(ctx: DeckContext, folded: tuple[str, ...]) -> bool:
    """True for "Nazi Germany": the last word is a name the notes use on its own, and the words
    before it describe several things in the deck ("Nazi Party", "Nazi ideal")."""
    if len(folded) != 2 or folded[-1] not in ctx.stats.proper_nouns:
        return False
    return len(ctx.once(_followers).get(folded[0], ())) >= 2


# "Gamete: a sex cell (sperm and egg …)": a definition that is only another name for the term:
# an article and two or three words, then the end, a semicolon, or a bracket closing the line.
# Possessive (`++`, `*+`): a word, a space or an aside is never given back to try a shorter one,
# which could not match anyway; backtracking through every prefix of a long definition's first
# words made this match most of `_definition_names`, asked of every term of a deck.
_NAME_ONLY = re.compile(
    r"^\s*+(?:(?:a|an|the)\s+)?(?P<other>[a-z][a-z'’-]++(?:\s++[a-z][a-z'’-]++){1,2})"
    r"\s*+(?:\([^()]*+\)\s*+)?(?:[;.]|$)"
)


def defined_as(ctx: DeckContext, text: str, answer: str) -> Iterator[str]:
    """The other name a definition line gives the term `answer` ("sex cells" for "gametes" where
    the notes define "Gamete: a sex cell (…)"), in the answer's number — for a blank on another
    line only: on the definition's own line, or asked from the definition, it gives itself away."""
    key = fold(answer)
    for other in ctx.once(_definition_names).get(key.removesuffix("s"), ()):
        if fold(other) in fold(text):
            continue
        plural = key.endswith("s") and not other.endswith("s")
        yield f"{other}s" if plural else other


def _definition_names(ctx: DeckContext) -> dict[str, tuple[str, ...]]:
    """Folded term without a plural "s" -> the other names its definitions are (`_NAME_ONLY`):
    two words or three, no function word, no ing-word ("taking goods" is a description), and no
    other name of the deck."""
    found: dict[str, dict[str, str]] = {}
    for term in ctx.deck.terms:
        match = _NAME_ONLY.match(term.definition)
        if match is None:
            continue
        other = match.group("other")
        words = fold(other).split()
        if any(w in STOP_WORDS for w in words) or words[0].endswith("ing"):
            continue
        if _inflected_s(words[0]):
            # "Progesterone: maintains uterus lining" says what it does: a verb's "-s" form (or
            # a plural) opens no name, whose first word says which one ("sex cell"). Accepted
            # for a blank on "progesterone", it took a description for the word (round 15, A30).
            continue
        if is_entity(ctx, other) or fold(other) == fold(term.term):
            continue
        found.setdefault(fold(term.term).removesuffix("s"), {}).setdefault(fold(other), other)
    return {key: tuple(names.values()) for key, names in found.items()}


def _inflected_s(word: str) -> bool:
    """True for a word the lemmatizer reads as another word's "-s" form ("maintains",
    "controls", "cells"), not for a word ending so ("gas", "lens", "series")."""
    return word.endswith("s") and lemma(word) != word


def _followers(ctx: DeckContext) -> dict[str, set[str]]:
    """Folded capitalised word -> the different words the notes put right after it."""
    after: dict[str, set[str]] = {}
    for ref in ctx.facts:
        for match in _WORD.finditer(ref.text):
            first = fold(match.group(0).split()[0])
            after.setdefault(first, set()).add(fold(match.group(1)))
    return after
