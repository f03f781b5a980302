"""Lines shaped "X: Y" or "X = Y" that do not say what X means: a mnemonic, an equality, a label.

The importer reads "Term: definition" and "Term = definition" lines as key terms, and most are.
The round-17 blind review (class 2) found seven that are not, each asked "What does X mean?":
- a memory aid's lines ("thuMb = Motion (force)", "First finger = Field (north to south)"):
  the letters the aid capitalises leak, and the stem never names the rule they belong to;
- an equality of two quantities ("Frequency of the sound = frequency of the a.c."): the two sides
  name the same kind of thing, neither defines the other;
- an item of a method and its number ("Tube 3: air dried with anhydrous calcium chloride …",
  round 18);
- a list's labels with examples or a benefit after them ("Road: smart motorways, e.g. the M6",
  "Tourism – brings in money and jobs (e.g. Jamaica)"), or a fact file's slot with a name after it
  ("Capital: Abuja. Largest city: Lagos").
Round 20 (class 2) found outline lines of another sort, each a note on the story, not a term:
- what happened, told with its own subject ("Camden: Cornwallis beat General Horatio Gates") or
  as what something did ("Washington's leadership: kept the army together", "Tea Act 1773:
  helped the struggling East India Company …");
- a slot and the person filling it ("main author: Thomas Jefferson");
- one person's thing, named by its owner ("Paul Revere's engraving = propaganda"), where
  "Hooke's law" or "Maslow's hierarchy" are the subject's own terms;
- a clause cut at its colon ("agreed the Continental Association: a boycott …", "based on John
  Locke's ideas: natural rights …"), a connective ("BUT: …") or a sentence carried on ("colonists
  furious: they had fought …").
Session 20 found more of the same sort in a Markdown handout and an outline: a past form before
a bare object ("Reaction against Impressionism: wanted structure, symbol or emotion"), a past form
the lists above lacked ("Deccan wars: Aurangzeb spent his last 26 years in the south"), and a
person or a reign named with the dates of a life ("Babur (ruled 1526–1530) = descendant of Timur",
"Edgar Degas (1834-1917) - dancers, racecourses"), asked "Which term means …?".
Such a term is neither asked nor offered as a wrong option; its line is still asked as a line
(a cloze with its section as context).
"""

from __future__ import annotations

import re

from bot.questions._aspect_labels import aspect_label
from bot.questions._context import DeckContext, FactRef
from bot.questions._distractors import defining_line
from bot.questions._label_lines import labels_a_line
from bot.questions._label_values import labels_examples
from bot.questions._not_meanings import example_or_summary
from bot.questions._note_labels import is_note_label
from bot.questions._spans import Span
from bot.questions._trivia_blanks import numbers_an_item
from bot.questions._words import content_words, root
from knowledge.given_names import names_a_person
from knowledge.model import Term
from knowledge.text import fold

# "thuMb", "seCond", "LaNd": a capital inside a word after two letters or more, the letter a
# memory aid singles out ("McCarthy", "MacDonald" are names, "pH" a symbol).
_AID_CAPITAL = re.compile(r"\b(?!Mc|Mac)[A-Za-z][a-z]+[A-Z]")
# "Label = value": the sign between a term and what the line says of it.
_EQUALS = re.compile(r"\s=\s")
# "e.g. the M6", "(e.g. Jamaica)", "such as …": what follows is an example, not a meaning.
# "Abuja. Largest city: Lagos": a name of a word or two, then the fact file's next slot. A card
# "Haus: House" or "Dog: Hund" is a word and its meaning, and is asked.
_NAMED_VALUE = re.compile(r"[A-Z0-9][\w,.%-]*(?:\s+[\w%-]+)?[.;]\s+[A-Z][\w ]{0,30}:\s")


def not_a_definition(ctx: DeckContext, term: Term) -> bool:
    """True when `term`'s line does not say what the term means (see the module's docstring)."""
    definition = term.definition.strip()
    if _aid_capital(term.term) or _in_a_memory_aid(ctx, term):
        return True
    if _equality(ctx, term):
        return True
    if _NAMED_VALUE.match(definition) or _instruction(term.term) or numbers_an_item(term.term):
        return True
    if labels_examples(term.term, definition) or narrative(term.term, definition):
        return True
    if _life_dates(term.term) or example_or_summary(ctx, term):
        return True  # "Degas (1834-1917) - …"; "Red herring: the creosote barrel (ch. 7) …"
    if _DONE_BY.match(definition) or is_note_label(term.term, definition):
        return True  # "ordered by Viceroy Lord Curzon."; "Mnemonic: …", "proof for sound: …"
    return _under_why(ctx, term)


# What was done to the thing, by whom: "ordered by Viceroy Lord Curzon.", "passed by
# Parliament in July 1947.", "written by Luther" (round 32, A21 and A56): done by someone
# named, it tells the thing's story. "held by an object because it is moving" (kinetic
# energy) says what the thing is, by what has it, and is asked.
_DONE_BY = re.compile(
    r"(?:[a-z]{3,}(?:ed|en|wn)|made|built|held|led|sent|sold|brought|bought|taught|won|begun"
    r"|sung|spun|split|set up|put|run)\s+by\s+(?:the\s+)?[A-Z]",
)


def _under_why(ctx: DeckContext, term: Term) -> bool:
    """True for a line filed under a heading (or a sub-heading) asking why ("Why did the colonists win?"):
    its "home advantage: huge area …" is one of the reasons the heading asks for, not a term
    of the subject (round 20, B59), and is asked as one."""
    groups, topics = ctx.once(_why_headings)
    if not groups and not topics:
        return False  # most decks ask no why in a heading: nothing to look up
    if topics and term.topics and all(topic in topics for topic in term.topics):
        return True
    if not groups:
        return False
    line = _line(ctx, term)
    return line is not None and line.fact.group in groups


def _why_headings(ctx: DeckContext) -> tuple[frozenset[str], frozenset[str]]:
    """The sub-headings (line groups) and the topic ids whose headings ask why."""
    groups = {ref.fact.group for ref in ctx.facts if ref.fact.group}
    topics = frozenset(topic.id for topic in ctx.deck.topics if _WHY.search(topic.title))
    return frozenset(group for group in groups if group and _WHY.search(group)), topics


_WHY = re.compile(r"(?i)(?:^|[\s:.)])why\b.*\?\s*$")


def blanks_a_told_label(ctx: DeckContext, text: str, span: Span) -> bool:
    """True when `span` is the whole label of a "label: text" line that is no term
    (`not_a_definition`): "_____: kept the army together …" asks "Which term means …?" in
    other words (round 20, B59 and B11 came back as clozes)."""
    if text[: span.start].strip():
        return False
    found = _LABEL_FIRST.match(text)
    if found is None:
        return False
    label = found.group("label")
    # "Embedded narrative (frame): …" blanks "Embedded narrative": the label less its gloss
    if fold(span.text) not in (fold(label), fold(_GLOSS.sub("", label))):
        return False
    told = ctx.once(told_terms)
    return fold(span.text) in told or fold(label) in told


def told_terms(ctx: DeckContext) -> frozenset[str]:
    """The folded names of the deck's terms whose lines are no definitions (use
    `ctx.once(told_terms)`): each term read once, for term questions and blanks alike."""
    return frozenset(
        fold(term.term)
        for term in ctx.deck.terms
        if not_a_definition(ctx, term)
        or labels_a_line(ctx, term, records=False)
        or aspect_label(ctx, term)
    )


_LABEL_FIRST = re.compile(r"\s*(?P<label>[^:=]{1,80}?)\s*(?::|=|\s[–—-])\s")
# A gloss in words, not a date: "Truman Doctrine (1947)" is told by its year, not glossed.
_GLOSS = re.compile(r"\s*\((?![^()]*\d)[^()]*\)\s*$")


def narrative(name: str, definition: str) -> bool:
    """True for a "name: text" line that tells what happened or who did it rather than what the
    name means (see the module's docstring): read from the two texts alone, in any subject."""
    if not name or not definition:
        return False
    if fold(name) in _CONNECTIVES or _CARRIED_ON.match(definition):
        return True
    lower = name == name.lower()
    if name[:1].islower() and _CLAUSE_NAME.match(name):
        return True
    if ("'" in name or "’" in name) and _POSSESSED.match(name) and not _NAMED_FOR.search(name):
        return True
    if lower and (definition[:1].isupper() or definition.startswith("the ")):
        if _NAME_ONLY.match(definition):
            return True  # "western border: the Mississippi River": a slot and what fills it
        if _PERSON_FIRST.match(definition):
            return names_a_person(tuple(fold(" ".join(definition.split()[:2])).split()))
    if definition[:1].islower():
        # "kept the army together": one person's deeds are asked "Who was …?"
        return bool(_DID.match(definition)) and not names_a_person(tuple(fold(name).split()))
    return bool(_TOLD.match(definition))


# Words that join a line to the one before it: "BUT: Brit national debt nearly doubled".
_CONNECTIVES = frozenset(
    "but and so however also then therefore thus hence although because nb note".split()  # noqa: SIM905
)
# A sentence carried on from the line before: "they had fought the war …".
_CARRIED_ON = re.compile(r"(?:they|he|she|we|his|her|their|these|those)\s", re.IGNORECASE)
# A clause cut at its colon: a verb's past form then its object ("agreed the …", "based on …").
_CLAUSE_NAME = re.compile(
    r"[a-z]{3,}ed\s+(?:the|a|an|on|upon|by|to|with|his|her|their|its|that|this|[A-Z0-9])"
)
# One person's thing: "Paul Revere's engraving", "Washington's leadership".
_POSSESSED = re.compile(r"(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w-]*[’']s\s+[a-z][\w-]*$")
# What a subject names after the person who found it: "Hooke's law", "Maslow's hierarchy".
_NAMED_FOR = re.compile(
    r"(?i)[’']s\s+(?:laws?|principle|rule|theorem|constant|equation|paradox|razor|cycle|scale"
    r"|test|model|hierarchy|pyramid|experiments?|effect|hypothesis|theory|disease|syndrome"
    r"|method|series|number|ratio|triangle|wager|sign|reflex|sequence|apparatus|solution"
    r"|reagent|postulates?|conjecture|formula|notation|code|diagram|cube|spiral|line|circle)$"
)
# A definition that is only a name ("the Mississippi River", "Thomas Jefferson (Committee …)").
_NAME_ONLY = re.compile(
    r"(?:the\s+)?[A-Z][\w.'-]*(?:\s+(?:of\s+|the\s+)?[A-Z][\w.'-]*)*\s*(?:\(|$)"
)
# A definition that opens with a person's name: "Thomas Jefferson (Committee of Five …)".
_PERSON_FIRST = re.compile(r"[A-Z][\w.-]*\s+[A-Z][\w-]+")
# What something did, with no subject: a verb's past form, then its object ("kept the army",
# "helped the struggling …", "wanted structure, symbol …"); a past participle before "by", "in",
# "to", "from" describes ("used to mix paint", "caused by bacteria").
_DID = re.compile(
    r"[a-z]{3,}ed\s+(?:the|a|an|his|her|their|its|[A-Z0-9])|(?:kept|took|won|lost|led|made|gave"
    r"|sent|built|began|became|brought|fought|wrote|held|beat|sold|spent)\s+(?:the|a|an|his|her"
    r"|their|its|[A-Z0-9])"
    r"|[a-z]{3,}ed\s+(?!(?:by|in|on|to|from|for|with|as|at|into|of|upon|under|over|through"
    r"|and|or|but)\b)[a-z]{3,},"
)
# The dates of a life or a reign after a name: "Babur (ruled 1526–1530)", "Jahangir (r.
# 1605–1627)", "Degas (1834-1917)": a person, asked "Who …?", never "Which term means …?".
_REIGN = re.compile(r"\((?:ruled|reigned|r\.|b\.|born|d\.|died)\s*(?:c\.\s*)?1\d{3}\b")
_LIFE = re.compile(r"\((?:c\.\s*)?(1\d{3})\s*[-–—]\s*(1\d{3})\)")
# A life lasts this many years; an event's dates ("Boshin War (1868–69)") are no life.
_LIFE_YEARS = range(20, 101)
_EVENT_WORDS = frozenset(
    "war wars battle treaty revolution act age era period dynasty empire rebellion crisis".split()  # noqa: SIM905
)


def _life_dates(name: str) -> bool:
    if _REIGN.search(name):
        return True
    life = _LIFE.search(name)
    if life is None or int(life.group(2)) - int(life.group(1)) not in _LIFE_YEARS:
        return False
    return not _EVENT_WORDS & set(fold(name[: life.start()]).split())


# What happened, told with its own subject: a name (or two), then a verb's past form ("Cornwallis
# beat General Gates", "Howe took New York", "Wordsworth and Coleridge published it").
_TOLD = re.compile(
    r"(?:[A-Z][\w.-]*\s+(?:(?:and|&)\s+)?){1,3}(?:[a-z]{3,}ed|beat|won|lost|took|led|made|gave|sent|built|began"
    r"|became|brought|fought|wrote|held|sold|met|left|fell|rose|ran|saw|said|told|spent|went"
    r"|came|paid|bought|chose|drove|struck|taught|thought|sought|got|grew|knew|drew|threw)\s"
)


def _aid_capital(name: str) -> bool:
    """`_AID_CAPITAL` found in `name`; its capital comes third or later, so a name with none
    there (most names) is not searched."""
    rest = name[2:]
    return rest != rest.lower() and _AID_CAPITAL.search(name) is not None


def _instruction(name: str) -> bool:
    """True for a "term" that is an instruction to the student ("Learn the units: g, mol, dm3",
    "Remember the order: …"): it opens with a verb of studying."""
    words = name.lower().split()
    return len(words) >= _MIN_INSTRUCTION and words[0] in _STUDY_VERBS


_MIN_INSTRUCTION = 2
# What notes tell a student to do; a strategy named with a verb ("Hold the line") is a term.
_STUDY_VERBS = frozenset(
    {"learn", "remember", "revise", "practise", "practice", "memorise", "memorize", "know"}
    | {"always", "never", "dont", "don't", "check", "show", "label", "draw", "quote"}
)


def _line(ctx: DeckContext, term: Term) -> FactRef | None:
    return defining_line(ctx, term.term)


def _equality(ctx: DeckContext, term: Term) -> bool:
    """True for "X = Y" where both sides name the same quantity (their first content words are
    one word): "Frequency of the sound = frequency of the a.c.", "Power in = power out". A
    definition naming its term's head ("Eustatic change = a global change in sea level") opens
    with a word of its own."""
    line = _line(ctx, term)
    if line is None or not _EQUALS.search(line.text):
        return False
    return _head(term.term) == _head(term.definition) != ""


def _head(text: str) -> str:
    """The root of a text's first content word: "frequency" of "Frequency of the sound"."""
    words = content_words(text)
    return root(words[0]) if words else ""


def _in_a_memory_aid(ctx: DeckContext, term: Term) -> bool:
    """True for a term whose line sits among lines of a memory aid: a line of the same section
    and group whose term capitalises a letter inside a word ("First finger = Field" beside
    "thuMb = Motion")."""
    line = _line(ctx, term)
    return line is not None and (line.topic.id, line.fact.group) in ctx.once(_aid_sections)


def _aid_sections(ctx: DeckContext) -> frozenset[tuple[str, str | None]]:
    found = set()
    for term in ctx.deck.terms:
        if _aid_capital(term.term):
            line = _line(ctx, term)
            if line is not None:
                found.add((line.topic.id, line.fact.group))
    return frozenset(found)
