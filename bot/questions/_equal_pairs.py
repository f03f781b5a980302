"""The other names the notes set equal to a name (`_notes_equals`), checked against the deck.

A line's shape says "these two are one" ("Taiwan (= Formosa)", "genrō = elder statesmen who
…"); the deck says which words before the cue are the name and whether the pair is safe:

- the name is an ending of the words before the cue that the deck knows (a term, an entity, a
  capitalised name), or a lower-case phrase no everyday word ends ("grand vizier (i.e. chief
  minister)"); where none is, the label of the definition line it sits in ("Choir = E arm
  where clergy sang the services (= chancel)");
- a bare name in brackets is another name only after a thing, not a person (a person's bracket
  names his domain, party or navy: "Itagaki Taisuke (Tosa)"), unless it says in whose sources
  or is a title and his own name ("Louis IX (St Louis)");
  and only a name the notes write nowhere else ("Kagoshima bombarded 1863 (British)": the
  British appear elsewhere, so the bracket says who, not what), that shares no word with the
  name unless it holds it whole ("Principia (Philosophiae Naturalis Principia Mathematica)";
  "Nasir al-Din al-Tusi (Tusi couple)" names a thing after the man);
- a name after "now", "born", "nicknamed" likewise is one the notes write nowhere else
  ("(born Hamburg)" where Hamburg is a town of the deck says where, not who);
- the other name is never another term the deck defines.

The pairs go to the deck's grader only (`_aliases.synonyms`), as "term, also called other"
entities: they add accepted answers, never rivals.
"""

from __future__ import annotations

from bot._grade_persons import family_name_first
from bot.questions._context import DeckContext
from bot.questions._everyday import is_everyday
from bot.questions._notes_equals import (
    Equal,
    bracket_name,
    converted,
    defined_name,
    marked,
    name_endings,
)
from bot.questions._spans import SpanKind
from knowledge.given_names import GIVEN_NAMES, is_title, names_a_person
from knowledge.search._dictionary import is_english
from knowledge.search._lemma import MONTH_NAMES, month_or_ordinal
from knowledge.text import fold

_LABEL_CUT = (" = ", ": ")


def equal_pairs(ctx: DeckContext) -> tuple[tuple[str, str], ...]:
    """(name, other name) for every other name the deck's lines set equal to a name."""
    found: dict[tuple[str, str], None] = {}
    texts = dict.fromkeys(ref.text for ref in ctx.facts)
    texts.update(
        dict.fromkeys(fact.group for t in ctx.deck.topics for fact in t.facts if fact.group)
    )
    # A glossary's entries are lines of the notes too ("kapudan pasha = grand admiral …").
    texts.update(dict.fromkeys(f"{term.term} = {term.definition}" for term in ctx.deck.terms))
    for text in texts:
        if "(" not in text and "=" not in text and "," not in text:
            continue  # most lines of a big upload: no cue to read
        for equal in converted(text):  # "123 m (404 ft)": one height in two units
            found[(equal.before, equal.other)] = None
        for equal in (*marked(text), *bracket_name(text), *defined_name(text)):
            for name in _names_for(ctx, text, equal):
                if _a_date_word(name):
                    continue  # "Riots of 9 Jan 1964 ("Martyrs' Day")": a month names nothing
                if fold(name) != fold(equal.other) and fold(equal.other) not in ctx.term_names:
                    found[(name, equal.other)] = None
    return tuple(found)


def _scientific(name: str) -> bool:
    """True for a genus, or a genus and its species, no word of English ("Helopeltis",
    "Camellia sinensis"): a thing's scientific name, which names the whole common name."""
    words = name.split()
    return (
        0 < len(words) <= 2
        and words[0][:1].isupper()
        and all(word.isalpha() and not is_english(fold(word)) for word in words)
        and all(word.islower() for word in words[1:])
    )


def _a_date_word(name: str) -> bool:
    """True when `name` is a month's name or its short form ("Jan", "September")."""
    word = fold(name)
    return (month_or_ordinal(word) or word) in MONTH_NAMES


def _names_for(ctx: DeckContext, text: str, equal: Equal) -> list[str]:
    """The names `equal.other` is another name of (none when the pair is unsafe)."""
    endings = name_endings(equal.before)
    if not endings:
        return []
    if equal.shape == "head":
        # The head of a definition names a foreign term the deck defines ("genrō = elder
        # statesmen who …"), not a place ("Chartres = glass", "Reims = coronation church"); a
        # capitalised one only when it names who does something ("Ratsherr = town councillor
        # who …", a noun capitalised as German writes nouns).
        term = endings[0]
        role = " who " in f" {text[text.find(equal.other) :]} "
        common = term.islower() or (" " in equal.other and role)  # "Ratsherr = town councillor who"
        return [term] if common and fold(term) in ctx.term_names else []
    if endings[0][:1].isupper() and endings[0].split()[-1][:1].isupper():
        # A capitalised name: the whole of it, and any shorter ending the deck names itself
        # ("Taiwan" of "gave Japan Taiwan"), not "Party" of "Liberal Party".
        names = [endings[0]]
        last = endings[-1]
        joined = any(not word[:1].isupper() for word in endings[0].split())
        if last not in names and " " not in last and not joined and _a_name_alone(last):
            names.append(last)  # "Taiwan" of "gave Japan Taiwan (= Formosa)"
        # (not "Utrecht" of "Union of Utrecht (= alliance of the northern provinces)")
    else:
        # The longest ending the deck names, else the longest rare phrase opening with no
        # everyday word: one name, not each shorter end of it ("Eendracht maakt macht = …": not
        # "macht" alone; "the bigger hulk (Holk)": "hulk")
        named = [name for name in endings if _named(ctx, name)]
        rare = [name for name in endings if _rare_phrase(name)]
        plain = [name for name in rare if not is_everyday(name.split()[0])]
        names = named[:1] or plain[:1] or rare[:1]
    if equal.shape == "defined":
        return names or endings[:1]
    if equal.shape == "bracket":
        if names and _scientific(equal.other) and not names[0][:1].isupper():
            # "tea mosquito bug (Helopeltis)": the common name whole, and its shorter ends
            longer = [e for e in endings if len(e.split()) > len(names[0].split())]
            names = [*longer[-1:], *names]
        return names if names and _bracket_is_a_name(ctx, text, names, equal.other) else []
    if equal.shape == "named":
        return names
    if equal.shape == "renamed" and not _used_once(ctx, equal.other):
        return []  # "(born Hamburg)" where the notes name Hamburg elsewhere: a place, no name
    if names:
        return names
    label = _label(text)
    return [label] if label else []


def _named(ctx: DeckContext, name: str) -> bool:
    """True when the deck names `name` itself: a term it defines or an entity of its index."""
    return fold(name) in ctx.term_names or ctx.index.lookup(name) is not None


def _a_name_alone(word: str) -> bool:
    """True for a capitalised word that names one thing alone: no everyday word ("Party" of
    "Liberal Party"), no given name ("Arthur" of "Port Arthur")."""
    key = fold(word)
    return not is_everyday(key) and key not in GIVEN_NAMES and not is_title(key)


def _rare_phrase(name: str) -> bool:
    """A lower-case name whose last word no everyday English uses ("vizier", "shogunate"), or
    a noun phrase of two words ("reflecting telescope"); not "services" alone."""
    words = name.split()
    return len(words) == 2 or not is_everyday(words[-1])


def _a_person(ctx: DeckContext, name: str) -> bool:
    """True when `name` reads as a person's: an entity of that kind, a given name or a title
    first, or an East Asian name in its own order ("Iwasaki Yatarō")."""
    entity = ctx.index.lookup(name)
    words = tuple(fold(name).split())
    return (
        (entity is not None and entity.kind is SpanKind.PERSON)
        or names_a_person(words)
        or is_title(words[0])
        or family_name_first(words, name)
    )


def _bracket_is_a_name(ctx: DeckContext, text: str, names: list[str], other: str) -> bool:
    """Whether a bare bracket after `names` gives another name (see the module's rules)."""
    inside = fold(other).split()
    if len(inside) > 1 and is_title(inside[0]):
        # "Louis IX (St Louis)": a title and his own name, the name he went by
        return inside[-1] in fold(names[0]).split()
    if _a_person(ctx, names[0]) or _a_person(ctx, other):
        return False  # "Itagaki Taisuke (Tosa)", "Mitsubishi (Iwasaki Yatarō)"
    if set(inside) & set(fold(names[0]).split()) and not all(
        word in inside for word in fold(names[-1]).split()
    ):
        return False  # "Nasir al-Din al-Tusi (Tusi couple)": a thing named after him
    return _used_once(ctx, other)


def _used_once(ctx: DeckContext, name: str) -> bool:
    """True when a word of `name` is on no other line of the deck than the one giving it."""
    lines = ctx.once(_lines_with)
    return any(lines.get(word, 0) <= 1 for word in fold(name).split() if len(word) > 2)


def _lines_with(ctx: DeckContext) -> dict[str, int]:
    """Folded word -> how many of the deck's lines and group labels use it."""
    counts: dict[str, int] = {}
    texts = {ref.text for ref in ctx.facts}
    texts.update(fact.group for topic in ctx.deck.topics for fact in topic.facts if fact.group)
    for text in texts:
        for word in set(fold(text).split()):
            counts[word] = counts.get(word, 0) + 1
    return counts


def _label(text: str) -> str:
    """The label of a definition line ("Choir = …": "Choir"), up to four words, or ""."""
    cuts = [i for i in (text.find(cut) for cut in _LABEL_CUT) if i > 0]
    if not cuts:
        return ""
    label = text[: min(cuts)].strip().lstrip("-*• ").strip()
    return label if 0 < len(label.split()) <= 4 else ""
