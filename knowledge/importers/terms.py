"""Key terms written inline in notes: "Détente = period of lessened tension", "Veto: a power"."""

from __future__ import annotations

import re
from functools import lru_cache

from knowledge.headings import is_numbered_label
from knowledge.text import fold

_EQUALS = re.compile(r"^(?P<term>[^=]+?)\s*(?<![=<>!])=(?![=>])\s*(?P<definition>.+)$")
_COLON = re.compile(r"^(?P<term>[^:]+?)\s*:\s+(?P<definition>.+)$")
_DASH = re.compile(r"^(?P<term>.+?)\s+[-–—]\s+(?P<definition>.+)$")
_QUOTES = {'"': '"', "'": "'", "“": "”", "‘": "’"}
_MAX_TERM_WORDS = 6
_WORD = re.compile(r"[^\W\d_]{2,}")
# A sentence break, a URL, or characters of code and maths: never in a key term's name.
_NOT_TERMLIKE = re.compile(r"[.!?;]\s|://|www\.|[$\\^_{}<>|#=@`*\[\]]|\w\(|\d\s*[-+*/]\s*\d")
_MAX_TERM_CHARS = 80
# A formula's operators: "distance / time", "mass x acceleration", "I×R", "a + b". A slash without
# spaces ("middle class/capitalists") and a dash ("war - to avoid war") are as often asides.
_OPERATOR = re.compile(r"\s*[×*÷+−]\s*|\s[x/]\s")
_RATIO = re.compile(r"[^\W\d_]+/[^\W\d_]+")  # "mass/volume": the whole body one ratio
_PARENTHETICAL = re.compile(r"\([^()]*\)")
# What `is_formula` needs, short of "=": a spaced hyphen (a difference), a slash (a ratio), an
# operator sign, or an "x" that `_OPERATOR` can read as one once parentheticals are blanked and
# the body is cut at a comma or a comment (spaces or a bracket either side, or the body's end).
_MAY_BE_SUM = re.compile(r"[/×*÷+−]| - |(?<![^\s)])x(?![^\s(,:;])")
# Labels notes put before advice, not names of things to learn: "Exam tip: …", "NB: …".
_META_LABEL = re.compile(
    r"(?i)(?:(?:exam|top|revision|study|quick)\s+)?(?:tip|hint|note|nb|n\.b|remember|warning"
    r"|watch out|careful|important|key point|reminder|don't forget|do not forget)s?"
    r"(?:\s*:.*)?"  # "Exam tip: 6-mark questions — …" is advice whatever follows the label
)
# A line that tells where something came from or who found it: a fact about it, not its meaning.
_ORIGIN = re.compile(
    r"(?i)(?:was\s+|were\s+|first\s+)?(?:developed|discovered|invented|extracted|isolated|derived"
    r"|founded|introduced|named\s+after|(?:comes?|came)\s+from|from)\b"
    r"(?:\s+(?:by|from|in|at|out\s+of|after|for))?"
)
_COMMENT = re.compile(r":\s|\s[—–-]\s|;")
_ARTICLE = re.compile(r"(?i)(?:a|an|the)\b")
_MAX_OPERAND_WORDS = 4
_DIFFERENCE_SIDES = 2
_MAX_DIFFERENCE_WORDS = 3


def split_equals(text: str) -> tuple[str, str] | None:
    """("Détente", "period of lessened tension") from "Détente = period of lessened tension"."""
    return _split(_EQUALS, text)


def is_equation_line(text: str) -> bool:
    """True for a line shaped "left = right", whether a key term or a formula ("speed = d / t")."""
    return _EQUALS.match(text.strip()) is not None


_GLOSSARY_WORDS = (
    "key term",
    "glossary",
    "vocabulary",
    "definition",
    "keyword",
    "key word",
    "terminology",
    "key concept",
)


def is_glossary_title(heading: str) -> bool:
    """True for a section that lists terms and their meanings: "Key terms", "Glossary"."""
    folded = fold(heading)
    return any(word in folded for word in _GLOSSARY_WORDS)


_KEY_WORD_LABEL = re.compile(
    r"(?i)^\s*(?:key\s*(?:word|term|concept)s?|keywords?|definition|vocab(?:ulary)?|kw)"
    r"\s*[:\-–—]\s*(?P<rest>\S.*)$"
)


def split_labelled(text: str) -> tuple[str, str] | None:
    """A term from a line that says it is one, anywhere in the notes: "Key word: Capacity: how much
    a store holds", "Key term - Détente = easing of tension"."""
    labelled = _KEY_WORD_LABEL.match(text)
    return split_glossary(labelled.group("rest")) if labelled else None


def split_colon(text: str) -> tuple[str, str] | None:
    """("Focus", "the point underground …") from "Focus: the point underground …", when the left
    side is term-like; whether it is a definition is `definitions.defines_term`'s call."""
    return _split(_COLON, text)


def split_dash(text: str) -> tuple[str, str] | None:
    """("Cystic fibrosis", "a disorder …") from "Cystic fibrosis - a disorder …", when the left
    side is term-like; whether it is a definition is `definitions.inline_definition`'s call."""
    return _split(_DASH, text)


# Question building asks it of the same line from several checks (attribute lists, repeated
# labels, cases of a term, slots): five times per askable term of a 44,000-card upload.
@lru_cache(maxsize=65536)
def split_glossary(text: str) -> tuple[str, str] | None:
    """A term from a glossary line: "Term = definition", "Term: definition", "Term - definition"."""
    return _split(_EQUALS, text) or _split(_COLON, text) or _split(_DASH, text)


def glossary_names(text: str) -> tuple[str, ...]:
    """Every term name `split_glossary` could take from `text`, one a way of writing a term
    ("=", ":", "-"), before it checks that the name is term-like and the rest a meaning: what
    `split_glossary` returns, if anything, is one of these with its definition. Much cheaper
    than those checks, so a deck's lines can be indexed by the names they might define and
    split only when one of those names is asked for."""
    stripped = text.strip()
    names = []
    for pattern in (_EQUALS, _COLON, _DASH):
        match = pattern.match(stripped) if _has_mark(pattern, stripped) else None
        if match is not None:
            names.append(_term_of(match))
    return tuple(names)


def _term_of(match: re.Match[str]) -> str:
    return match.group("term").strip(" \t-–—:•*")


# The marks each way of writing a term needs, one of them at least: a line holding none is not
# matched against its pattern (whose lazy term group tries every length of the line first).
_MARKS = {_EQUALS: ("=",), _COLON: (":",), _DASH: ("-", "–", "—")}


def _has_mark(pattern: re.Pattern[str], text: str) -> bool:
    return any(mark in text for mark in _MARKS[pattern])


def _split(pattern: re.Pattern[str], text: str) -> tuple[str, str] | None:
    match = pattern.match(text.strip()) if _has_mark(pattern, text) else None
    if match is None:
        return None
    term = _term_of(match)
    definition = _unquote(match.group("definition").strip())
    if not _plausible_term(term) or not _WORD.search(definition) or is_formula(definition):
        return None  # no term, or a sum ("Mr of CO2 = 12 + 16 + 16 = 44") rather than a meaning
    if _ORIGIN.match(definition):
        return None  # "Aspirin — developed from willow" says where it came from, not what it is
    if _names_a_person(term, definition) or _names_the_term(definition):
        return None
    return term, definition


# Nouns that say what a person was: "Malcolm X = leading spokesman of the Nation of Islam".
_PERSON_ROLES = frozenset(
    """
    leader founder co-founder president vice-president spokesman spokeswoman spokesperson
    commissioner governor king queen emperor empress tsar sultan pharaoh general admiral minister
    premier chancellor secretary judge justice lawyer attorney activist campaigner reformer writer
    author poet novelist playwright journalist scientist physicist chemist biologist doctor
    physician surgeon nurse inventor explorer philosopher economist artist painter sculptor
    composer singer preacher priest minister bishop pope monk politician senator mp chairman
    chairwoman head chief captain commander officer soldier pilot student teacher professor
    director owner wife husband son daughter mother father brother sister widow heir ruler dictator
    revolutionary ambassador diplomat mayor sheriff marshal astronaut engineer mathematician
    psychologist sociologist historian architect businessman industrialist banker worker
    """.split()  # noqa: SIM905
)
# Endings of abstract nouns, which name an idea or a practice, never a person.
_ABSTRACT_NOUN = re.compile(r"(?:ism|isms|tion|sion|ment|ness|ity|ance|ence|ship|acy|ology)$")
_ROLE_PHRASE_END = re.compile(r"\s+(?:of|who|for|to|in|at|from|and)\b|[,(;:]")
_PROPER_WORD = re.compile(r"[A-Z][\w'’.-]*")


def _names_a_person(term: str, definition: str) -> bool:
    """True for "Name = role" lines ("Malcolm X = leading spokesman of …", "Bull Connor =
    Birmingham's Commissioner of Public Safety"): a person, whom a teacher asks "Who was …?",
    not a term with a meaning. The name is capitalised throughout; the words before the
    definition's first "of"/"who" hold a noun that says what a person was."""
    words = term.split()
    if not 1 <= len(words) <= 4 or not all(_PROPER_WORD.fullmatch(word) for word in words):
        return False
    if len(words) == 1 and _ABSTRACT_NOUN.search(term):
        return False  # "Pluralism – one priest holding several parishes": a practice, no person
    head = _ROLE_PHRASE_END.split(definition, maxsplit=1)[0]
    return any(
        word.strip("'’s").lower() in _PERSON_ROLES or word.lower() in _PERSON_ROLES
        for word in re.findall(r"[\w'’-]+", head)
    )


_QUOTED_NAME = re.compile(r"^(?:[Tt]he\s+)?[\"“‘'](?P<name>[^\"“”‘’']+)[\"”’']$")
_LEADING_ACRONYM = re.compile(r"^[A-Z]{2,}\b")


def _names_the_term(definition: str) -> bool:
    """True when the right-hand side is a name, not a meaning: "Nickname = the 'Cat and Mouse
    Act'", "Nine students enrolled = the 'Little Rock Nine'" (the line names what the left side
    was called), "Late stage = AIDS, when …" (the line names a stage, whose term is "AIDS")."""
    quoted = _QUOTED_NAME.match(definition)
    if quoted is not None:
        inner = definition[quoted.start("name") : quoted.end("name")].split()
        # A name is capitalised ("Little Rock Nine"); "'first and mightiest'" is a description.
        return all(word[:1].isupper() or word in _NAME_LINKS for word in inner)
    return _LEADING_ACRONYM.match(definition) is not None


_NAME_LINKS = frozenset({"and", "of", "the", "a", "an", "in", "on", "for", "de", "von", "van"})


@lru_cache(maxsize=65536)  # a big deck's question builds ask it of each definition twice
def is_formula(definition: str) -> bool:
    """True when a "definition" is an equation's right-hand side, not a meaning: "distance / time",
    "mass x gravitational field strength", "IR, so resistance = p.d. / current".

    "speed = distance / time" is a formula to learn, not a key term: asked as "What does speed
    mean?" its answer is a sum, and its options give each other away. A meaning that merely holds
    a plus ("a tax + a quota") starts with an article, so it is not read as one.
    """
    if "=" in definition:
        return True
    if _MAY_BE_SUM.search(definition) is None:
        return False  # most definitions: no sign of a sum, a ratio or a difference
    # "mass number - atomic number": a difference written with a spaced hyphen and nothing else
    # (a spaced hyphen after a sum starts a comment instead: "I² × R - handy when …").
    sides = definition.strip().rstrip(".").split(" - ")
    if len(sides) == _DIFFERENCE_SIDES and all(
        0 < len(side.split()) <= _MAX_DIFFERENCE_WORDS and not _ARTICLE.match(side.strip())
        for side in sides
    ):
        return True
    # The sum before a comment ("I² × R — handy when you don't know the p.d.") is still a sum.
    body = _PARENTHETICAL.sub(" ", definition)
    body = _COMMENT.split(body.split(",")[0], maxsplit=1)[0].strip()
    if _RATIO.fullmatch(body):
        return True
    operands = [part.strip() for part in _OPERATOR.split(f" {body} ")]
    operands = [part for part in operands if part]
    return len(operands) >= 2 and all(
        len(part.split()) <= _MAX_OPERAND_WORDS and not _ARTICLE.match(part) for part in operands
    )


def _plausible_term(term: str) -> bool:
    """A term is a short name that starts like a word: not a sentence ("Overgrazing. More animals"),
    a URL (a YouTube link split at its "="), code or maths ("x_1", "$E$", "f(x)"), a sum ("1+1"),
    or a heading's number ("Section 2", "Unit 3")."""
    return (
        1 < len(term) <= _MAX_TERM_CHARS  # one letter is a symbol ("P = V × I"), not a term
        and len(term.split()) <= _MAX_TERM_WORDS
        and term[0].isalpha()
        and not term.endswith(("?", ".", ","))
        and _NOT_TERMLIKE.search(term) is None
        and _META_LABEL.fullmatch(term) is None
        and not is_numbered_label(term)  # "Section 2 - The settlement" heads a section
        and not _opens_a_bracket(term)
    )


def _opens_a_bracket(term: str) -> bool:
    """True when the mark fell inside a bracket the term left open: "Edo renamed Tokyo (= 'eastern
    capital') 1868" glosses one word in passing, so neither side of its "=" is a term or a meaning."""
    return any(term.count(open_) > term.count(close) for open_, close in ("()", "[]"))


def _unquote(text: str) -> str:
    """A definition without quotes around it: "'first and mightiest'" -> "first and mightiest"."""
    if len(text) >= 2 and _QUOTES.get(text[0]) == text[-1]:
        inner = text[1:-1].strip()
        if inner and text[0] not in inner:
            return inner
    return text
