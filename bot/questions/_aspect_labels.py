"""Lead-in labels that name an aspect of the topic, not a term: "Goal: bring back the first egg",
"Wing shape: long, narrow wings", "Animals brought: chickens and the Polynesian rat".

The importer reads every "Label: text" line (bold lead-in or not) as a term and its definition.
The blind review of round 28 (class 1, 12-13 questions a run) found such labels asked as terms
("What does “Hanging” mean?"), blanked as answers ("_____: bring back the first egg" → Goal),
offered as wrong options and used as matching keys. A glossary term ("Moai: monolithic human
figures …", "Spring tide: a tide with the largest range …") must keep working, so the label is
judged by general evidence, never by a list of one deck's words:
- a label holding a rare word is subject vocabulary, a term ("Moai", "Torpor", "Syzygy");
- a label glossed in brackets is a term ("Sweet potato (kumara)");
- a label whose head is a slot noun or a time ("Goal", "Exception", "Today"), opened by a
  ranking word ("Largest colony", "First phase", "Not blind") or closed by a participle
  ("Animals brought", never "Wind speed") names a side of the topic; so does one headed by an
  aspect noun that is also a glossary noun ("Wing shape", "Material", "Spring") when its text
  does not define it ("Weight: the force of gravity …" does) and no glossary list holds it (a
  section whose lines are nearly all defined terms: "Habitat", "Pressure" there are terms);
- a text opening with a quantity ("about 164 km²"), a past verb ("died in Scarborough …") or a
  proper name ("Haworth Parsonage, …") says something of the label; it does not define it;
- a text stating a fact of its own says something of the label ("Hanging: a tendon-locking
  mechanism keeps the toes closed"), unless the label is a theory or a law;
- otherwise one everyday word that the notes never use again, outside its own lead-in, is the
  note-taker's heading for the line, unless its text reads as a definition ("a tide with …",
  "a very long molecule made from …") or a gerund glossed by a gerund ("Hawking – catching
  insects in the air").
"""

from __future__ import annotations

import re

from bot.questions._context import DeckContext
from bot.questions._everyday import frequency
from bot.questions._label_lines import in_glossary, states_a_fact
from knowledge.importers.terms import split_glossary
from knowledge.model import Term
from knowledge.text import fold

# A word at least this common in general English is everyday ("tidal" 3.7, "hawking" 3.2); a
# rarer one is subject vocabulary ("asexual" 2.9, "pumice" 2.5, "torpor" 2.4, "neap" 1.6).
_EVERYDAY_ZIPF = 3.0
# A lone word heads a line as its label only when it is common in everyday English ("Thumb",
# "Tail"); a rarer one is the subject's word ("Quartz: silicon dioxide …", "Basalt: small …").
_LONE_LABEL_ZIPF = 4.0
# Head nouns that are never a term: a slot of the notes or a time ("Goal", "Exception", "Today").
_SLOT_HEADS = frozenset(
    """
    goal goals aim aims objective objectives exception exceptions debate debates dispute
    controversy tip tips reminder remember note notes tradition traditions legacy centre center
    today now nowadays currently later earlier afterwards meanwhile
    """.split()  # noqa: SIM905
)
# Head nouns naming a side of a topic ("Wing shape: long, narrow wings", "Material: tuff …") that
# are also glossary nouns ("Weight: the force of gravity on a mass", "Habitat: the place where
# …"): a label only when its text does not read as a definition and no glossary list holds it.
_ATTRIBUTE_HEADS = frozenset(
    """
    material materials shape size sizes number numbers name names language languages colour
    color colours colors diet habitat weight height length width lifespan population format
    setting settings narrator narrators location origin origins home father mother wife husband
    parents children family death birth career tools equipment site leader founder ruler
    spring summer autumn winter fall season seasons
    """.split()  # noqa: SIM905
)
# A section is a glossary list ("- **Weight**: the force of gravity on a mass" line after line)
# when at least this many of its lines are terms, they make up this share of its lines and this
# share of them read as definitions.
_LIST_TERMS = 5
_LIST_TERM_SHARE = 0.8
_LIST_DEFINED_SHARE = 0.8
# Words opening a label that ranks or picks one of a kind: "Largest colony", "First phase".
_RANKING = frozenset(
    """
    first second third fourth fifth last final next only main key typical early late
    earlier later earliest latest not other another one
    """.split()  # noqa: SIM905
)
_SUPERLATIVE = re.compile(r"(?i)^[a-z]{3,}est$")
_PARTICIPLE = re.compile(
    r"(?i)^(?:[a-z]{3,}(?<!e)ed|brought|built|made|kept|found|used|sold|taken|given|known|seen"
    r"|held|written|spoken|drawn|shown|grown|worn|done)$"
)
# Words ending "-ed" that are no participle ("speed", "seed" fail the pattern by their "-eed").
_NOT_PARTICIPLES = frozenset(
    """
    hundred hundreds kindred hatred sacred infrared naked wicked rugged ragged jagged crooked
    wretched beloved seabed riverbed flowerbed hotbed seedbed sled shred
    """.split()  # noqa: SIM905
)
# Heads of terms a statement defines: "Collision theory: reactions happen only when …".
_STATEMENT_HEADS = frozenset(
    "theory theories law laws principle rule effect hypothesis model paradox doctrine".split()  # noqa: SIM905
)
_PROCESS_NOUN = re.compile(r"(?:tion|sion|sis|ment|ance|ence)$")
_NOT_SUPERLATIVE = frozenset({"forest", "interest", "harvest", "honest", "modest", "conquest"})
_CLAUSE_PREPOSITIONS = frozenset("in on at by from with into as for to".split())  # noqa: SIM905
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
# A gloss in words after a label: "Sweet potato (kumara)", "Stone gardens (lithic mulch)".
_GLOSS = re.compile(r"\((?![^()]*\d)[^()]*[^\W\d_][^()]*\)")
# A text opening with a quantity: "about 164 km²", "up to 1,000 beats", "c. 1250", "887 moai".
_QUANTITY = re.compile(r"(?i)^\W*(?:about|around|roughly|nearly|almost|over|under|up\s+to|c\.|\d)")
# A past verb opening the text: "died in Scarborough", "came to run the household".
_PAST_OPENING = re.compile(
    r"(?i)^(?:died|married|came|went|became|was|were|had|led|wrote|published|founded|built"
    r"|opened|moved|lived|worked|left|won|lost|took|gave|made|sailed|watched|ruled)\b"
)
_ARTICLE = re.compile(r"^(?:[Aa]|[Aa]n|[Tt]he|[A-Z][\w-]*['’]s)\s")
# A proper name opening the text: "Haworth Parsonage, …", "Pliny the Younger watched …".
_NAME_OPENING = re.compile(r"^(?!(?:A|An|The|This|These|Its|It)\b)[A-Z][\w-]*\b(?!['’])")
# A bare noun then what describes it: "lines joining places …", "electricity made from …".
_DESCRIBED = re.compile(
    r"(?i)^[a-z-]+\s+(?:[a-z]+ing|[a-z]{3,}ed|made|built|used|found|kept|held|that|which|who"
    r"|where|of|for|from|with|in)\b"
    # or a verb and its object: what a test or method does ("drop a spoonful of starter …")
    r"|^[a-z]+\s+(?:a|an|the|its|their|some)\s"
)
# What opens a glossary's definition of an aspect noun: "the force …", "all the organisms …".
_NOUN_DEFINITION = re.compile(r"(?i)^(?:a|an|the|all|any|each|every|what|how|where|when)\s")
# Name particles that stay lower case inside a name: "House of the Faun", "Pliny the Elder".
_PARTICLES = frozenset("of the de la le von van da di del du y and".split())  # noqa: SIM905


def aspect_label(ctx: DeckContext, term: Term) -> bool:
    """True when `term` is a lead-in label naming an aspect of its topic (module docstring).
    Read once per term and deck: the blanks' told labels, the term questions and the options'
    siblings each ask it of every term (three readings of a 44,000-card deck's terms before its
    first part was in)."""
    read = ctx.once(_labels_read)
    found = read.get(term)
    if found is None:
        found = read[term] = _aspect_label(ctx, term)
    return found


def _labels_read(ctx: DeckContext) -> dict[Term, bool]:
    """`aspect_label`'s answers so far, by term (use `ctx.once(_labels_read)`)."""
    return {}


def _aspect_label(ctx: DeckContext, term: Term) -> bool:
    name, text = term.term.strip(), term.definition.strip()
    if not name or not text or _GLOSS.search(name) or in_glossary(ctx, term):
        return False
    words = _WORD.findall(name)
    if not words or any(len(word) > 1 and word.isupper() for word in words):
        return False  # "FM calls", "DNA study": an abbreviation is subject vocabulary
    if not words[0][:1].isupper() or _proper_name(ctx, words):
        return False  # "atrium – the central hall …": a glossary's word; "Lord Kelvin": a name
    lowered = [word.casefold() for word in words]
    listed = term.topics in ctx.once(_glossary_lists)
    if _clause_label(lowered) or _labels_an_aspect(ctx, words, text, listed=listed):
        return True
    if min(frequency(word) for word in words) < _EVERYDAY_ZIPF or term.aliases:
        return False  # subject vocabulary, or a term the notes give another name for ("TIR")
    if lowered[-1] in _SLOT_HEADS:
        return True  # "Goal: …", "Exception: …"
    if lowered[-1] in _ATTRIBUTE_HEADS and not listed and not _defines_noun(text):
        return True  # "Material: tuff – compressed volcanic ash …", not "Weight: the force …"
    if _QUANTITY.match(text) or _PAST_OPENING.match(text) or _NAME_OPENING.match(text):
        return True
    if _defines(text) or _gerund_glossed(lowered, text) or _PROCESS_NOUN.search(lowered[-1]):
        # a process is defined by what happens ("Precipitation: droplets grow too heavy …")
        return False
    if states_a_fact(text):
        # "Hanging: a tendon-locking mechanism keeps the toes closed"; a theory or a law is
        # defined by what it states ("Collision theory: reactions happen only when …")
        return lowered[-1] not in _STATEMENT_HEADS
    # One everyday word the notes never use again is the line's heading ("Thumb: short, clawed
    # and free …"); a phrase of them is more often a term ("Surface area: how much of …").
    # In a glossary list it is a term ("- **Pressure**: force per unit area" among such lines).
    return (
        len(words) == 1
        and not listed
        and frequency(words[0]) >= _LONE_LABEL_ZIPF
        and not _used_elsewhere(ctx, name)
    )


def _clause_label(words: list[str]) -> bool:
    """A label that is a clause cut at its colon: "Written in reverse boustrophedon: …"."""
    return len(words) > 1 and _participle(words[0]) and words[1] in _CLAUSE_PREPOSITIONS


def _labels_an_aspect(ctx: DeckContext, words: list[str], text: str, *, listed: bool) -> bool:
    """A phrase headed by a slot noun ("Oral tradition") or by an aspect noun its text does not
    define ("Wing shape: long, narrow wings", not "Mass number: the number of protons …"), opened
    by a ranking word ("Largest colony", "Not blind") or closed by a participle ("Animals
    brought"), or one superlative ("Largest: …"). A proper name ("First Fleet") is none of
    these, and a ranked phrase the notes use and define as a noun ("Main sequence: the band of
    stars …") is a term. In a glossary list (`listed`) an aspect noun heads a term."""
    lowered = [word.casefold() for word in words]
    if len(words) == 1:
        return _SUPERLATIVE.match(lowered[0]) is not None and lowered[0] not in _NOT_SUPERLATIVE
    if all(word[:1].isupper() for word in words[1:]):
        return False
    if lowered[-1] in _SLOT_HEADS or _participle(lowered[-1]):
        return True
    if lowered[-1] in _ATTRIBUTE_HEADS and not listed and not _defines_noun(text):
        return True
    if lowered[0] in _RANKING or _SUPERLATIVE.match(lowered[0]):
        return not (_defines(text) and _used_elsewhere(ctx, " ".join(words)))
    return False


def _participle(word: str) -> bool:
    """A past participle closing or opening a label ("Animals brought", "Written in …"), not a
    word that only ends "-ed" ("Wind speed", "Sea bed", "Two hundred")."""
    return _PARTICIPLE.match(word) is not None and word.casefold() not in _NOT_PARTICIPLES


def _glossary_lists(ctx: DeckContext) -> frozenset[tuple[str, ...]]:
    """The sets of sections (`Term.topics`) that are glossary lists: most of their lines are
    terms and most of those read as definitions ("- **Weight**: the force of gravity on a mass"
    line after line), whatever the section's title. A slide mixing lead-ins and facts ("Goal:
    bring back the first egg" beside "Makemake: creator god") is none. One pass over the terms
    (use `ctx.once(_glossary_lists)`)."""
    grouped: dict[tuple[str, ...], list[Term]] = {}
    for term in ctx.deck.terms:
        grouped.setdefault(term.topics, []).append(term)
    lists: set[tuple[str, ...]] = set()
    for topics, terms in grouped.items():
        if len(terms) < _LIST_TERMS:
            continue
        sections = [topic for topic in map(ctx.deck.topic, topics) if topic is not None]
        lines = sum(len(topic.facts) for topic in sections)
        if len(terms) >= _LIST_TERM_SHARE * lines and _mostly_defined(terms):
            lists.add(topics)
    return frozenset(lists)


def _mostly_defined(terms: list[Term]) -> bool:
    """True when at least `_LIST_DEFINED_SHARE` of `terms` read as definitions: counted until
    the share is reached or can no longer be (a flashcard deck is one list of 44,000 terms)."""
    needed = _LIST_DEFINED_SHARE * len(terms)
    defined = 0
    for counted, term in enumerate(terms):
        if defined >= needed:
            return True
        if defined + len(terms) - counted < needed:
            return False
        defined += _reads_as_definition(term.definition)
    return defined >= needed


def _reads_as_definition(text: str) -> bool:
    """`_defines`, and opening with no value, past verb or name ("Pliny the Younger watched …"
    is matched by `_defines`' verb-and-object shape)."""
    says_of = _QUANTITY.match(text) or _PAST_OPENING.match(text) or _NAME_OPENING.match(text)
    return says_of is None and _defines(text)


def _defines_noun(text: str) -> bool:
    """The text defines an aspect noun as a glossary does: an article or a determiner opening a
    noun phrase that states nothing of its own ("the force of gravity on a mass", "all the
    organisms of one species …"), not a bare noun naming one instance ("walls of tuff and brick,
    covered in …", "long, narrow wings")."""
    return _NOUN_DEFINITION.match(text) is not None and not states_a_fact(text)


def _defines(text: str) -> bool:
    """The text reads as a definition: an article opening a noun phrase that states nothing of
    its own ("a tide with the largest range …", not "the moai walked to their ahu"), or a bare
    noun and what describes it ("lines joining places where …"), or what a method does ("Float
    test: drop a spoonful of starter into water …")."""
    if _ARTICLE.match(text):
        return not states_a_fact(text)
    return _DESCRIBED.match(text) is not None


def _proper_name(ctx: DeckContext, words: list[str]) -> bool:
    """A name, not a label: several capitalised words ("Lord Kelvin", "House of the Faun"), or
    one the notes capitalise inside a sentence too ("… drawn from Anne's own work")."""
    if len(words) > 1:
        return all(word[:1].isupper() or word in _PARTICLES for word in words)
    word = words[0]
    if not word[:1].isupper():
        return False
    read = ctx.once(_names_read)
    found = read.get(word)
    if found is None:
        found = read[word] = any(said_inside(ref.text, word) for ref in ctx.facts_with(fold(word)))
    return found


def _names_read(ctx: DeckContext) -> dict[str, bool]:
    """`_proper_name`'s answers for one word so far (use `ctx.once(_names_read)`)."""
    return {}


_SENTENCE_ENDS = frozenset(".!?:;–—")


def said_inside(text: str, word: str) -> bool:
    r"""True when `text` holds `word` (as written, ending at a word boundary) after a space that
    follows no end of a sentence or clause: what `re.search(rf"[^.!?:;–—\s]\s+{re.escape(word)}\b",
    text)` finds, without compiling an expression for each word (a 44,000-card deck's words
    outgrew `re`'s cache of 512: a compile per reading, most of its first part's CPU time).
    Hand-written for that reason; `\s` and `\w` are `str.isspace` and `str.isalnum` or "_" as
    `re` reads them (tested against the expression)."""
    size = len(word)
    if not size:
        return False
    word_ends = _word_char(word[-1])
    start = text.find(word, 2)  # (a character and a space before it at least)
    while start != -1:
        end = start + size
        if word_ends != (end < len(text) and _word_char(text[end])):  # `\b` after the word
            before = start
            while before > 0 and text[before - 1].isspace():
                before -= 1
            if 0 < before < start and text[before - 1] not in _SENTENCE_ENDS:
                return True
        start = text.find(word, start + 1)
    return False


def _word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


def _gerund_glossed(words: list[str], text: str) -> bool:
    """ "Hawking – catching insects in the air": a gerund glossed by a gerund."""
    first = _WORD.match(text)
    return (
        len(words) == 1
        and words[0].endswith("ing")
        and first is not None
        and first.group().casefold().endswith("ing")
    )


def _used_elsewhere(ctx: DeckContext, name: str) -> bool:
    """True when a line of the notes other than the label's own lead-in uses the label's words
    (singular or plural): a thing the notes talk about, not only a heading for one line."""
    key = fold(name)
    forms = {key, key + "s", key + "es", key[:-1] if key.endswith("s") else key}
    first = key.split()[0] if key.split() else key
    for ref in (*ctx.facts_with(first), *ctx.facts_with(first + "s")):
        body = ref.text
        split = split_glossary(body)
        if split is not None and fold(split[0]) == key:
            body = split[1]
        padded = f" {fold(body)} "
        if any(f" {form} " in padded for form in forms):
            return True
    return any(
        f" {form} " in f" {fold(topic.title)} " for topic in ctx.deck.topics for form in forms
    )


def aspect_labels(ctx: DeckContext) -> frozenset[str]:
    """The folded lead-in labels of the deck that are no terms (use `ctx.once(aspect_labels)`):
    a list under one is no matching key ("The moai: match each to the list …" → Material)."""
    return frozenset(fold(term.term) for term in ctx.deck.terms if aspect_label(ctx, term))
