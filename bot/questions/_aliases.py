"""Other answers a teacher accepts for a typed blank, found in the deck itself.

A blank's text is not the only right answer a student can type:

- a gloss the notes give: "the Reichstag (parliament)" -> "parliament" answers "Reichstag";
- a name's initials the notes give, and the name for them: "Monetary Policy Committee (MPC)";
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
from itertools import chain

from bot._names import TITLES_AFTER, ends_in_category
from bot.questions._column_names import describing_word
from bot.questions._context import DeckContext
from bot.questions._equal_pairs import equal_pairs
from bot.questions._everyday import is_everyday
from bot.questions._notes_glosses import (
    bracket_aka,
    dash_gloss,
    named_formula,
    numbered_name,
    short_forms,
)
from bot.questions._notes_names import acronym_pairs, also_pairs, label_gloss, nickname
from bot.questions._spans import Span, SpanKind
from bot.questions._table_names import cell_texts, table_pairs
from bot.questions._words import STOP_WORDS, spells_initials
from knowledge.given_names import is_title, names_a_person
from knowledge.search._dictionary import is_english
from knowledge.search._lemma import lemma
from knowledge.text import fold

# "Reichstag (parliament)", '"Diktat" (dictated peace)': a name, then a short lower-case gloss in
# brackets.
_GLOSSED = re.compile(
    r"(?P<name>[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|de|von|van|der|la|le))*)[\"”’']?\s*"
    r"\((?P<gloss>[a-z][a-z'’-]+(?:\s+[a-z][a-z'’-]+){0,2})\)"
)
# "Monetary Policy Committee (MPC)": a name, then its initials in brackets.
_EXPANDED = re.compile(
    r"(?P<name>[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|for|and|the|de|on))*)\s*"
    r"\((?P<initials>[A-Z][A-Z&]{1,5})\)"
)
_CONNECTORS = frozenset({"of", "for", "and", "the", "de", "on", "&"})
# A gloss starting so is a comment, not another name: "(from the Greek …)", "(see below)".
_NOT_A_GLOSS = frozenset(
    {"from", "see", "eg", "e", "ie", "i", "c", "about", "approx", "now", "aka", "also", "known"}
)
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


def _plural(word: str) -> bool:
    """A plural noun by its ending ("knitters", "croppers"; not "glass", "census", "analysis")."""
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is"))


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
    yield from ctx.once(_glosses).get(fold(span.text), ())
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
    rivals = ctx.once(_endings).get(fold(last), set())
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


_ACRONYM_WORD = re.compile(r"[A-Z]{2,6}s?")


def _glosses(ctx: DeckContext) -> dict[str, tuple[str, ...]]:
    """Folded name (and each shorter end of it) -> the glosses the notes give it."""
    found: dict[str, dict[str, str]] = {}
    for ref in ctx.facts:
        # Both shapes hold a bracket: a line with none is read for neither (most of a big upload).
        bracketed = "(" in ref.text
        for match in _GLOSSED.finditer(ref.text) if bracketed else ():
            gloss = match.group("gloss")
            words = fold(gloss).split()
            if words[0] in _NOT_A_GLOSS or words[0] in STOP_WORDS:
                continue  # "(from the Greek …)", "(a green pigment)": a comment or a description
            if _names_something(ctx, gloss):
                continue  # a gloss that is itself another name of the deck
            if describing_word(gloss):
                continue  # "Chlorite (low), then biotite …": a grade, not a name (round 20, A32)
            name = match.group("name").split()
            if _ACRONYM_WORD.fullmatch(name[-1]) and not spells_initials(name[-1], gloss):
                # "elected by MPs (secret ballot)": how they voted; an acronym's other name is
                # the words it stands for (round 21, deck B accepted "secret ballot" for MPs)
                continue
            if _plural(words[-1]) and not _plural(fold(name[-1])):
                # "began in Nottinghamshire (framework knitters)": who did it there, not another
                # name of the place (round 19, B49); "Reichstag (parliament)" says what it is
                continue
            for start in range(len(name)):
                key = fold(" ".join(name[start:]))
                if key and key not in STOP_WORDS:
                    found.setdefault(key, {}).setdefault(fold(gloss), gloss)
        for match in _EXPANDED.finditer(ref.text) if bracketed else ():
            initials = match.group("initials")
            expansion = _expansion(match.group("name").split(), initials)
            if expansion:
                found.setdefault(fold(expansion), {}).setdefault(fold(initials), initials)
                found.setdefault(fold(initials), {}).setdefault(fold(expansion), expansion)
        for term, other in ctx.once(_line_pairs).get(ref.text, ()):
            if describing_word(other) or describing_word(term):
                continue  # "chlorite (low)": a grade, not another name (round 20, A32)
            found.setdefault(fold(term), {}).setdefault(fold(other), other)
            found.setdefault(fold(other), {}).setdefault(fold(term), term)
    for word, short in (*ctx.once(_short_forms), *ctx.once(_table_pairs)):
        found.setdefault(fold(word), {}).setdefault(fold(short), short)
        found.setdefault(fold(short), {}).setdefault(fold(word), word)
    return {key: tuple(glosses.values()) for key, glosses in found.items()}


def all_glosses(ctx: DeckContext) -> tuple[str, ...]:
    """Every other name the notes give a term ("corrasion" beside "Abrasion"): each is a term of
    the deck, which a misspelling of another term must not be taken for ("corrasion" is no
    slip of "corrosion" when the notes name both)."""
    return tuple(gloss for glosses in ctx.once(_glosses).values() for gloss in glosses)


def _line_pairs(ctx: DeckContext) -> dict[str, tuple[tuple[str, str], ...]]:
    """Each line of the notes giving pairs -> its pairs (`_term_pairs`), read once for both the
    glosses and the synonyms: a 44,000-card upload's lines were read twice."""
    found: dict[str, tuple[tuple[str, str], ...]] = {}
    for ref in ctx.facts:
        if ref.text not in found:
            found[ref.text] = tuple(_term_pairs(ctx, ref.text))
    return {text: pairs for text, pairs in found.items() if pairs}


def _term_pairs(ctx: DeckContext, text: str) -> Iterator[tuple[str, str]]:
    """(key term, other name) for each other name a line of the notes gives a term the deck
    defines: "Term (other name)", "Term: … (also called other name)", "other name called term",
    and each a line gives the name it opens with (`_line_names`)."""
    yield from _term_glosses(ctx, text)
    yield from _also_called(ctx, text)
    yield from _called(ctx, text)
    yield from _line_names(ctx, text)


def _line_names(ctx: DeckContext, text: str) -> Iterator[tuple[str, str]]:
    """(name, other name) for each other name a line gives by its shape (`_notes_names`): an
    acronym spelt out, "X (aka Y)" where X opens the line, a gloss in brackets after the line's
    label, a nickname in quotes after it. The other name, when no acronym's words, names nothing
    else of the deck; a gloss reads as a name, not a comment."""
    yield from acronym_pairs(text)
    for name, other in also_pairs(text):
        if fold(other) != fold(name) and not _names_something(ctx, other):
            yield name, other
    for found in (label_gloss(text), nickname(text)):
        if found is not None and fold(found[1]) != fold(found[0]) and _a_gloss(ctx, found[1]):
            yield found
    yield from _more_line_names(ctx, text)


def _more_line_names(ctx: DeckContext, text: str) -> Iterator[tuple[str, str]]:
    """(name, other name) for the shapes `_notes_glosses` reads: "Name (…, aka Other)" — the
    notes say it is the same thing, so the other name may be an entity of the deck too, though
    not another term it defines —, "Name (Article 231)", "a diktat – a dictated peace", "iron(III)
    ions (Fe3+)". A word glossed in brackets ("explicit (declarative)") is not read so: the
    notes' own term in the bracket is asked, and the word before it would give it away."""
    found = bracket_aka(text)
    if found is not None and fold(found[1]) not in {fold(found[0]), *ctx.term_names}:
        yield found
    for name, other in numbered_name(text):
        if not _names_something(ctx, other):
            yield name, other
    for word, gloss in dash_gloss(text):
        if fold(word) in ctx.term_names and _a_gloss(ctx, gloss):
            yield word, gloss
    yield from named_formula(text)


def _short_forms(ctx: DeckContext) -> tuple[tuple[str, str], ...]:
    """(word, short form) of each short form the notes use for one of their words ("ppt" for
    "precipitate", `_notes_glosses.short_forms`), read over all of the deck's lines."""
    lines = (*(ref.text for ref in ctx.facts), *group_labels(ctx))
    return tuple(short_forms(lines))


def _table_pairs(ctx: DeckContext) -> tuple[tuple[str, str], ...]:
    """(name, other name) for each other name the deck's tables give (`_table_names`): a name
    column's cell for its row's key, and a cell's "name (gloss)" whose gloss reads as a name
    (`_a_gloss`, as for a line's)."""
    found: dict[tuple[str, str], None] = {}
    for key, other, _ in table_pairs(ctx):
        found[(key, other)] = None
    for text in cell_texts(ctx):
        name, _, gloss = text.partition("(")
        gloss = gloss.removesuffix(")").strip()
        if not describing_word(gloss) and _a_gloss(ctx, gloss):
            found[(name.strip(), gloss)] = None
    return tuple(found)


def _bracket_tags(ctx: DeckContext) -> frozenset[str]:
    """What brackets hold after two or more different words of the deck's lines, headings and
    titles ("THE EYE (triple only)", "Other plant hormones (triple)"): a tag the notes put on
    several things (a course, a tier, a date), which names none of them."""
    before: dict[str, set[str]] = {}
    texts = (
        *(ref.text for ref in ctx.facts),
        *group_labels(ctx),
        *(topic.title for topic in ctx.deck.topics),
    )
    for text in texts:
        for match in _BRACKET.finditer(text) if "(" in text else ():
            words = text[: match.start()].split()
            inside = fold(match.group(1)).removesuffix(" only")
            before.setdefault(inside, set()).add(fold(words[-1]) if words else "")
    return frozenset(inside for inside, words in before.items() if len(words) > 1)


def group_labels(ctx: DeckContext) -> tuple[str, ...]:
    """The deck's group labels, each once: a sub-heading is a line of the notes too ("ADH
    (anti-diuretic hormone): released by the pituitary …" over the lines it leads)."""
    return tuple(
        dict.fromkeys(fact.group for topic in ctx.deck.topics for fact in topic.facts if fact.group)
    )


def synonyms(ctx: DeckContext) -> tuple[str, ...]:
    """Each other name the notes give a term the deck defines, or a line (or a sub-heading) gives
    the name it opens with, written "term, also called other name" (both ways round): the deck's
    grader reads these among its entities, so that `grade(…, others=…)` accepts "artificial
    selection" for a bare "Selective breeding", or "anti-diuretic hormone" for "ADH", just as a
    quiz on the deck does. A name's gloss ("Flamborough Head (chalk)") is no term's other name,
    nor a tag the notes put in brackets after several things ("(HT only)")."""
    return ctx.once(_synonyms)


def _synonyms(ctx: DeckContext) -> tuple[str, ...]:
    found: dict[str, None] = {}
    lines = ctx.once(_line_pairs)
    pairs = chain(
        (lines.get(ref.text, ()) for ref in ctx.facts),
        (_term_pairs(ctx, label) for label in group_labels(ctx)),
    )
    for line in pairs:
        for term, other in line:
            tags = ctx.once(_bracket_tags)  # read when a deck gives a pair, not before
            if fold(other) in tags or fold(term) in tags:
                continue  # "(triple)", "(HT only)": a tag of the course, not another name
            found[f"{term}, also called {other}"] = None
            found[f"{other}, also called {term}"] = None
    for word, short in (*ctx.once(_short_forms), *ctx.once(_table_pairs)):
        found[f"{word}, also called {short}"] = None
        found[f"{short}, also called {word}"] = None
    for name, other in ctx.once(equal_pairs):  # "Taiwan (= Formosa)", "genrō = elder statesmen"
        found[f"{name}, also called {other}"] = None
        found[f"{other}, also called {name}"] = None
    return tuple(found)


def term_glosses(ctx: DeckContext, term: str) -> tuple[str, ...]:
    """The other names the notes give a key term (or the term for them): each is accepted as
    the term typed, as the blank's extra answers are."""
    return ctx.once(_glosses).get(fold(term), ())


# A bracket right after some words: "Selective breeding (artificial selection)", "IVF (in vitro
# fertilisation)". What comes before it is matched against the deck's key terms.
_BRACKET = re.compile(r"\(([^()]{2,60})\)")
_GLOSS_WORDS = re.compile(r"[a-z][a-z'’-]+(?: [a-z][a-z'’-]+){0,3}")
_MAX_TERM_WORDS = 6


def _term_glosses(ctx: DeckContext, text: str) -> Iterator[tuple[str, str]]:
    """(key term, other name) for each "Term (other name)" of a line of the notes, where the
    term is one the deck defines, in any case: an acronym and the words its letters stand for,
    either way round ("IVF (in vitro fertilisation)", "in vitro fertilisation (IVF)"), or a term
    and a lower-case synonym ("Selective breeding (artificial selection)"). A bracket that is a
    comment ("(from the Greek)"), an example ("(sperm or egg)") or another name of the deck is
    no synonym."""
    for before, inside in _bracketed_terms(ctx, text):
        if spells_initials(before, inside) or spells_initials(inside, before):
            yield before, inside  # an acronym and its expansion, either way round
            continue
        if fold(before) in ctx.once(_terms_with_examples):
            continue  # "white precipitate (silver chloride)", "… (silver iodide)": examples
        if _a_gloss(ctx, inside):
            yield before, inside


def _terms_with_examples(ctx: DeckContext) -> frozenset[str]:
    """The folded terms the notes follow with two or more different brackets of lower-case
    words ("white precipitate (silver chloride)", "yellow precipitate (silver iodide)"): those
    brackets name examples of the term, not another name for it."""
    seen: dict[str, set[str]] = {}
    for ref in ctx.facts:
        for before, inside in _bracketed_terms(ctx, ref.text):
            if _GLOSS_WORDS.fullmatch(inside) and not spells_initials(before, inside):
                seen.setdefault(fold(before), set()).add(fold(inside))
    return frozenset(term for term, insides in seen.items() if len(insides) > 1)


def _bracketed_terms(ctx: DeckContext, text: str) -> Iterator[tuple[str, str]]:
    """(key term, what the bracket after it holds) for each "Term (…)" of a line, the term one
    the deck defines; quotes and an "aka" in the bracket are left out ('Lebensraum ("living
    space")')."""
    names = ctx.term_names
    for match in _BRACKET.finditer(text) if "(" in text else ():
        # "relay neurone (aka relay neuron)": the other name, without the words saying it is one
        inside = _NAMING.sub("", match.group(1).strip()).strip("\"'“”‘’ ")
        opening = text[: match.start()].split()
        words = opening[-_MAX_TERM_WORDS:]
        before = next(
            (
                " ".join(words[i:])
                for i in range(len(words))
                if _a_term(names, words[i:])
                and not (_inside_a_name(words, i) and not _opening_verb(ctx, opening, i))
            ),
            None,
        )
        if before is not None and inside:
            yield before, inside


def _opening_verb(ctx: DeckContext, opening: list[str], start: int) -> bool:
    """True when the capitalised word before a term is the line's first word, a word of English
    and with the term no name of the deck: 'Gain Lebensraum ("living space")' opens with a verb,
    while "Flamborough Head (chalk)" is a name."""
    if len(opening) > _MAX_TERM_WORDS or start != 1:
        return False
    return is_english(fold(opening[0])) and not _names_something(ctx, " ".join(opening[:2]))


def _a_gloss(ctx: DeckContext, inside: str) -> bool:
    """True when what a bracket (or quotes) holds reads as another name: a few lower-case
    words, not a comment ("from the Greek"), a description ("a green pigment"), an example
    ("sperm or egg"), an "aka" (read as such elsewhere), nor another name of the deck
    (accepting it would accept a wrong answer)."""
    if not _GLOSS_WORDS.fullmatch(inside):
        return False  # capitals, digits or punctuation: a name, a date, a note
    folded = fold(inside).split()
    if folded[0] in _NOT_A_GLOSS or folded[0] in STOP_WORDS or " or " in f" {inside} ":
        return False  # "(from the Greek)", "(a green pigment)", "(sperm or egg)"
    return not _names_something(ctx, inside)


_NAMING = re.compile(
    r"^(?:aka|a\.k\.a\.|also\s+(?:called|known\s+as|named|termed)|sometimes\s+called)\s+",
    re.IGNORECASE,
)


# "Atomic number: the number of protons … (also called the proton number)": the other name a
# definition line gives its term, after "also called", "also known as", "aka".
_ALSO_CALLED = re.compile(
    r"(?:\(|,|;|\s[-–—]\s)\s*(?:also\s+(?:called|known\s+as|named|termed)|sometimes\s+called|"
    r"aka|a\.k\.a\.)\s+(?:the\s+|a\s+|an\s+)?[\"'“‘]?"
    r"(?P<other>[A-Za-z][a-z'’-]+(?:\s+[A-Za-z][a-z'’-]+){0,3})"
)


def _label_and_definition(text: str) -> tuple[str, str, str]:
    """A definition line cut at its label: "Term: definition", or "term = definition" as a
    flashcard export is read (the card's two sides), whichever comes first."""
    colon, equals = text.find(":"), text.find(" = ")
    if equals >= 0 and (colon < 0 or equals < colon):
        return text[:equals], " = ", text[equals + 3 :]
    return text.partition(":")


# "pharaoh born Amenhotep IV", "born Tutankhaten", "also spelled Rameses", "formerly Akhetaten":
# the name a person or place went by before, or another spelling of it, a capitalised name (a
# regnal number may follow) after the word that says so.
_NAMED_BEFORE_CUE = re.compile(
    r"(?<![\w'’-])(?:born|formerly|originally|previously|also\s+spel(?:t|led))\s+(?=[A-Z])"
)
_NAMED_BEFORE = re.compile(
    r"(?<![\w'’-])(?:born|formerly|originally|previously|also\s+spel(?:t|led))\s+"
    r"(?P<other>[A-Z][\w'’-]+(?:\s+(?:[A-Z][\w'’-]+|[IVX]{1,4}\b)){0,2})"
)


_REGNAL = re.compile(r"[IVX]{1,4}")


def _named_before(ctx: DeckContext, head: str, definition: str) -> Iterator[tuple[str, str]]:
    """(term, other name) for each name a definition says the term went by before, or spelt
    otherwise ("Tutankhamun: … born Tutankhaten", "Ramesses II: … also spelled Rameses"): the
    same one, so a student's answer by either name is right. A spelling of a king's name keeps
    his number ("Rameses II"). Not another term the deck defines, nor the term itself."""
    numeral = head.rsplit(maxsplit=1)[-1]
    for match in _NAMED_BEFORE.finditer(definition):
        other = match.group("other")
        if "spel" in match.group(0) and _REGNAL.fullmatch(numeral) and " " not in other:
            other = f"{other} {numeral}"  # "Rameses" spells the name of Ramesses II, not the king
        if fold(other) != fold(head) and fold(other) not in ctx.term_names:
            yield head, other


def _inside_a_name(words: list[str], start: int) -> bool:
    """True when `words[start:]` ends a longer capitalised name: "Head" of "Flamborough Head
    (chalk)" is not the term "Head" glossed."""
    return start > 0 and words[start - 1][:1].isupper() and words[start][:1].isupper()


def _a_term(names: frozenset[str], words: list[str]) -> bool:
    """True when `words` are a term the deck defines, in either number ("gametes", "Gamete")."""
    key = fold(" ".join(words))
    return key in names or key.removesuffix("s") in names


def _also_called(ctx: DeckContext, text: str) -> Iterator[tuple[str, str]]:
    """(key term, other name) for a definition line of a term the deck defines that gives the
    term another name ("Atomic number: … (also called the proton number)", "Loyalists: …; also
    called Tories"); the other name is cut at its first function word, and is no other name
    of the deck — a capitalised one, no other term the deck defines (the line itself may make
    it a name of the deck)."""
    head, colon, definition = _label_and_definition(text)
    if not colon or fold(head.strip()) not in ctx.term_names:
        return
    if "also" not in definition and _NAMED_BEFORE_CUE.search(definition) is None:
        return
    yield from _named_before(ctx, head.strip(), definition)
    for match in _ALSO_CALLED.finditer(definition) if "also" in definition else ():
        words: list[str] = []
        for word in match.group("other").split():
            if fold(word) in STOP_WORDS:
                break
            words.append(word)
        other = " ".join(words)
        if not other or fold(other) == fold(head):
            continue
        # The notes say the two are one: the other name may be a name of the deck too (the
        # line itself makes "Tories" one), though not another term the deck defines.
        named = (
            fold(other) in ctx.term_names if other[:1].isupper() else _names_something(ctx, other)
        )
        if not named:
            yield head.strip(), other


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
        if _is_entity(ctx, other) or fold(other) == fold(term.term):
            continue
        found.setdefault(fold(term.term).removesuffix("s"), {}).setdefault(fold(other), other)
    return {key: tuple(names.values()) for key, names in found.items()}


def _inflected_s(word: str) -> bool:
    """True for a word the lemmatizer reads as another word's "-s" form ("maintains",
    "controls", "cells"), not for a word ending so ("gas", "lens", "series")."""
    return word.endswith("s") and lemma(word) != word


# "sex cells called gametes", "a process known as osmosis": a name, then the term it is called.
_CALLED = re.compile(
    r"(?<![\w'’-])(?P<other>[a-z][a-z'’-]+\s+[a-z][a-z'’-]+)\s+(?:called|known\s+as|termed)\s+"
    r"(?P<term>[A-Za-z][a-z'’-]+(?:\s+[a-z][a-z'’-]+)?)"
)


_CALLING = re.compile(r"called|known|termed")


def _called(ctx: DeckContext, text: str) -> Iterator[tuple[str, str]]:
    """(key term, other name) for "sex cells called gametes": two words, then "called" (or
    "known as", "termed") and a term the deck defines (in either number); neither of the two
    words a function word, the two names not of one noun ("leaf cells called palisade cells"
    names a kind), and they no other name of the deck."""
    if not _CALLING.search(text):
        return  # no word `_CALLED` needs: its search tries each place of the line, far slower
    for match in _CALLED.finditer(text):
        other, term = match.group("other"), match.group("term")
        key = fold(term)
        if key not in ctx.term_names and key.removesuffix("s") not in ctx.term_names:
            continue
        if any(fold(word) in STOP_WORDS for word in other.split()):
            continue
        if _head(other) == _head(term):
            continue  # "leaf cells called palisade cells": a kind of leaf cell, not its name
        if not _names_something(ctx, other):
            yield term, other


def _head(name: str) -> str:
    """A name's last word, folded, without a plural "s"."""
    return fold(name).split()[-1].removesuffix("s")


def _is_entity(ctx: DeckContext, text: str) -> bool:
    """True when `text` is an entity of the deck or a proper noun its lines use. A definition
    that is only another name is lower case (`_NAME_ONLY`), so the capitalised phrases of every
    line (`_endings`, which reads all of a deck's lines: seconds for a 44,000-card upload) are
    not needed to check it."""
    return ctx.index.lookup(text) is not None or fold(text) in ctx.stats.proper_nouns


def _names_something(ctx: DeckContext, text: str) -> bool:
    """True when `text` is a name of the deck: an entity, or a name its lines capitalise."""
    key = fold(text)
    if _is_entity(ctx, text):
        return True
    words = key.split()
    return bool(words) and key in ctx.once(_endings).get(words[-1], ())


def _expansion(words: list[str], initials: str) -> str:
    """The end of `words` whose capitalised words' first letters spell `initials` ("" if none)."""
    letters = initials.replace("&", "").casefold()
    for start in range(len(words)):
        kept = [w for w in words[start:] if w.casefold() not in _CONNECTORS]
        first = words[start]
        if (
            first.casefold() not in _CONNECTORS
            and "".join(w[0] for w in kept).casefold() == letters
        ):
            return " ".join(words[start:])
    return ""


def _endings(ctx: DeckContext) -> dict[str, set[str]]:
    """Folded last word -> the folded names of two or more words ending in it (the deck's names
    and the capitalised phrases of its lines)."""
    ends: dict[str, set[str]] = {}
    names = [entity.name for entity in ctx.index.entities]
    for ref in ctx.facts:
        names += [span.text for span in ctx.spans(ref.fact) if span.kind is SpanKind.PHRASE]
    for name in names:
        words = fold(name).split()
        if len(words) > 1:
            ends.setdefault(words[-1], set()).add(" ".join(words))
    return ends


def _followers(ctx: DeckContext) -> dict[str, set[str]]:
    """Folded capitalised word -> the different words the notes put right after it."""
    after: dict[str, set[str]] = {}
    for ref in ctx.facts:
        for match in _WORD.finditer(ref.text):
            first = fold(match.group(0).split()[0])
            after.setdefault(first, set()).add(fold(match.group(1)))
    return after
