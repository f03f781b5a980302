"""Lines shaped "Label: text" whose label is no term a teacher tests, and whose text no meaning.

The importer reads "Label: text" as a key term and its definition, and in a glossary it is one.
Outside a glossary a note-taker writes the same shape for other things, and the blind review of
round 25 (class 3) found each asked "Which term means …?" or "What does … mean?":
- a statement about the label, with a subject and verb of its own ("Oddity: the Pacific end is
  further EAST than the Atlantic end", "Labour-intensive: good tea is still hand-plucked",
  "Antarctica: meteorites are easy to spot …"): the text says something of the label, it does
  not say what the label means. A label of rare subject vocabulary stays a term however its
  definition is worded ("Plasmogamy: cytoplasm of two hyphae fuses");
- a clause cut at its colon ("Boosted US naval power: fleets could …", "Atahualpa offered a
  ransom: to fill a room …");
- a record of one named thing, dated or placed in a bracket after its name ("Hoba (Namibia,
  found 1920): the largest known meteorite …", "Tunguska (Siberia, 30 June 1908): …"): a named
  event or object means nothing; its line is asked as a line;
- a strip of values ("Brewing guide: green tea 70–80 °C for 2–3 min · black tea …") or a list
  of effects run into an arrow ("Climate change: droughts, erratic monsoon, heavier rain →
  erosion");
- how a thing spreads or is caused ("Malaria: spread by Anopheles mosquitoes"), or the species
  that causes or makes it ("Thrush: Candida albicans, a yeast"): a property;
- one item of a list of reasons, causes or effects ("Reasons for wanting a canal" over "Trade:
  faster, cheaper route …");
- a course or a qualification ("GCSE Art & Design: Materials and techniques – glass"): the
  handout's subtitle.
Such a "term" is neither asked nor offered as a wrong option; its line is still a line.
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.questions._context import DeckContext
from bot.questions._distractors import defining_line
from bot.questions._everyday import frequency
from bot.questions._label_texts import bare_list, names_only
from knowledge.importers.terms import split_glossary
from knowledge.model import Term

# A label whose rarest word is at least this common in general English is no subject
# vocabulary ("Oddity" 2.8, "Prestige" 3.8); "Hanse" (2.1), "Plasmogamy" (0) are.
_COMMON_LABEL_ZIPF = 2.5
# A section holding key terms: its lines are terms whatever their shape.
_GLOSSARY_TITLE = re.compile(r"(?i)\b(?:key|glossary|terms?|words?|vocabulary|definitions?)\b")
# The first clause of a definition: up to a semicolon, a comma or a spaced dash ("one parent,
# no fusion of gametes, offspring are clones" lists what the term is).
_CLAUSE_END = re.compile(r"[;,]|\s[–—-]\s")
# Words opening a clause inside the definition ("the change … as it crosses a boundary", "a
# group of families who shared land"): what follows describes, it is not the line's own verb.
_RELATIVE = frozenset(
    """who whom whose which that where when while whereby as if because since until unless
    after before once although though whenever whereas""".split()  # noqa: SIM905
)
_FINITE = frozenset(
    """is are was were has have had can could will would may might must shall should does do
    did isn't aren't wasn't weren't hasn't haven't hadn't can't couldn't won't wouldn't""".split()  # noqa: SIM905
)
# Past forms that are never participles ("came", "took"), and those that may be ("made", "held").
_PAST_ONLY = frozenset(
    """came went took gave began became brought fought wrote beat met fell rose ran saw grew
    knew drew threw""".split()  # noqa: SIM905
)
_PAST = _PAST_ONLY | frozenset(
    """made won lost led sent held sold left said told spent got kept paid built""".split()  # noqa: SIM905
)
# What opens an object after a verb: "flattened about 80 million trees", "made the …".
_OBJECT_START = frozenset(
    """the a an his her its their this that these those some all many most much no about over
    nearly almost around""".split()  # noqa: SIM905
)
# Words that end no subject: a past form after them describes the next noun ("on unglazed
# tile", "a shared pair", "and collected soon after").
_NO_SUBJECT_END = frozenset(
    """a an the its their his her this that these those some no each every any of in on at by
    to from for with into onto as and or but nor not very so too also than""".split()  # noqa: SIM905
)
# A statement's verb comes right after its subject, which is short ("the Pacific end (Balboa)
# is", "fleets could"): within this many words, before any preposition.
_SUBJECT_WORDS = 5
_ARTICLES = frozenset({"a", "an", "the"})
_PREPOSITIONS = frozenset(
    """of by in on at from with for to into onto about across over under between through like
    than within without during per""".split()  # noqa: SIM905
)
# After an "-s" form these make it a verb ("a fridge magnet sticks to most meteorites").
_SHORT_WORD = 3  # "as", "has", "its": no "-s" verb
_VERB_S_NEXT = frozenset("the a an its their his her".split())  # noqa: SIM905
_WORD = re.compile(r"[\w'’-]+")
_BRACKET = re.compile(r"\([^()]*\)")
# A bracket after a label: "(Namibia, found 1920)", "(Siberia, 30 June 1908)", "(Arizona)".
_LABEL_BRACKET = re.compile(r"\(([^()]{1,60})\)\s*$")
# A "definition" naming this many years tells one thing's history ("ALH84001: a Martian
# meteorite found … in 1984; in 1996 NASA scientists claimed …").
_RECORD_YEARS = 2
_YEAR = re.compile(r"\b(?:1\d{3}|20\d{2})\b")
_LIFE = re.compile(
    r"(?:c\.\s*)?\d{3,4}\s*[-–]\s*(?:c\.\s*)?\d{2,4}|(?:b|d|r)\.\s*\d{3,4}|born\s.*|died\s.*"
)
_PLACE = re.compile(
    r"[A-Z][a-z][\w'’.-]*(?:\s+[A-Z][\w'’.-]+)*(?:,\s*[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)*)*"
)
# A label that is itself a clause: a name then a past form ("Atahualpa offered a ransom"), or a
# past form opening it ("Boosted US naval power").
_CLAUSE_LABEL = re.compile(
    r"^(?:[A-Z][\w'’-]+\s+){1,3}(?:[a-z]{3,}ed|" + "|".join(sorted(_PAST)) + r")\s+\S"
)
# A process named by a noun says what happens as a clause: "Ingestion: food is taken into the
# mouth and chewed" is its definition.
_PROCESS = re.compile(r"(?i)^[a-z-]+(?:tion|sion|ing|sis|ment|ance|ence|age)$")
# A species' name: a capitalised genus and a lower-case epithet, then a stop, a comma or a bracket.
_BINOMIAL = re.compile(r"(?P<genus>[A-Z][a-z]{2,})\s+(?P<species>[a-z][a-z-]{2,})\s*(?:[,;(]|$)")
_GENUS_ZIPF = 3.5
# A heading or lead-in over a list of reasons, causes or effects.
_REASONS = re.compile(
    r"(?i)\s*(?:reasons?|causes?|effects?|consequences?|results?|impacts?|factors?"
    r"|advantages?|disadvantages?|benefits?|why)\b"
)
_ARROW = re.compile(r"→|->|⇒|=>")
_PROPERTY = re.compile(
    r"(?i)^\W*(?:spread|caused|carried|transmitted|passed\s+on|brought)\s+(?:by|through|via)\b"
)
_COURSE = re.compile(
    r"\b(?:GCSE|IGCSE|A[- ]?[Ll]evel|AS[- ][Ll]evel|BTEC|KS[1-5]|Key Stage\s*\d|Year\s+\d{1,2})\b"
)
_VALUE_STRIP = re.compile(r"\s[·•|]\s")


def labels_a_line(ctx: DeckContext, term: Term, *, records: bool = True) -> bool:
    """True when `term` is a line's label, not a term (see the module's docstring). With
    `records` False a named record ("Hoba (Namibia, found 1920): …"), a list of effects
    ("Climate change: droughts, erratic monsoon … → erosion") or a species' name ("Thrush: Candida
    albicans, a yeast") is not counted: its name is no term, but it is a fair blank of its
    line.

    Each term is read once per deck (`_readings`): blanks ask with `records` False and term
    questions with it True, and a big deck's every term was read twice (about 1 CPU-s of a
    44,000-card upload's first part). The records' checks only add reasons to say True after
    the glossary's False, so the answer with them is the answer without, or those checks."""
    readings = ctx.once(_readings)
    found = readings.get(term)
    if found is None:
        found = readings[term] = _Reading(_labels(ctx, term))
    if found.labels or not records:
        return found.labels
    if found.records is None:
        found.records = _records(ctx, term)
    return found.records


class _Reading:
    """What `labels_a_line` found of one term: without the records' checks, and with them once
    asked (None until then)."""

    __slots__ = ("labels", "records")

    def __init__(self, labels: bool) -> None:
        self.labels = labels
        self.records: bool | None = None


def _readings(_ctx: DeckContext) -> dict[Term, _Reading]:
    """The per-deck memo of `labels_a_line` (use `ctx.once(_readings)`)."""
    return {}


def _labels(ctx: DeckContext, term: Term) -> bool:
    """`labels_a_line` without the records' checks."""
    name, definition = term.term.strip(), term.definition.strip()
    if not name or not definition:
        return False
    if names_only(definition):
        return True  # "Lord Mayor :: Sir Thomas Bloodworth": who held it, not what it means
    if in_glossary(ctx, term):
        return False
    if bare_list(definition):
        return True  # "Threats today: ship strikes, entanglement in fishing gear, …"
    if _COURSE.search(name) or _CLAUSE_LABEL.match(name):
        return True
    if _PROPERTY.match(definition) or _values(definition):
        return True
    if _listed_as_a_reason(ctx, name):
        return True
    return states_a_fact(definition) and not _subject_word(name) and not _PROCESS.search(name)


def _records(ctx: DeckContext, term: Term) -> bool:
    """The records' checks of `labels_a_line`, for a term `_labels` said False of: a named
    record, a list of effects, a species' name or a line of many years (never in a glossary)."""
    name, definition = term.term.strip(), term.definition.strip()
    if not name or not definition or in_glossary(ctx, term):
        return False
    if _effects(definition) or _organism(definition):
        return True
    return _record_of_one(ctx, name) or len(_YEAR.findall(definition)) >= _RECORD_YEARS


# Sized for a 44,000-card deck's distinct definitions: a text is read once per build.
_STATED_KEPT = 1 << 17


@lru_cache(maxsize=_STATED_KEPT)
def states_a_fact(definition: str) -> bool:
    """True when the definition's first clause has a subject and a verb of its own, so it says
    something of the label rather than what the label is: "the Pacific end (Balboa) is further
    EAST", "fleets could move quickly", "an airburst flattened about 80 million trees"; not "a
    group of families who shared land" nor "a meteorite found in the Allan Hills".

    Memoized: a term's definition is asked this by the glossary-list test, `_labels`, and
    `aspect_label` twice (88,000 readings of a 44,000-card deck's 29,000 distinct texts before
    its first part was in)."""
    first = _CLAUSE_END.split(definition, maxsplit=1)[0]
    cased = _WORD.findall(_BRACKET.sub(" ", first))
    # the loop reads up to the word after the last it looks at: only those are lowered
    words = [word.lower() for word in cased[: _SUBJECT_WORDS + 2]]
    for index, word in enumerate(words[: _SUBJECT_WORDS + 1]):
        if word in _RELATIVE or (index > 0 and (word in _PREPOSITIONS or word in _ARTICLES)):
            # "a group of families who shared land", "the combination of alleles an organism
            # has": a verb after these describes the head noun (an article opens a clause of
            # its own), so the line's subject has no verb
            return False
        if index == 0 or "-" in word:
            continue  # "twists the leaf …": a verb opening it is what the term does
        before = words[index - 1]
        after = words[index + 1] if index + 1 < len(words) else ""
        if before in _NO_SUBJECT_END or before.endswith("ly"):
            continue
        if word in _FINITE or word in _PAST_ONLY:
            return True
        objected = after in _OBJECT_START or after[:1].isdigit()
        if (word in _PAST or (word.endswith("ed") and len(word) > 4)) and objected:
            return True
        if (
            len(word) > _SHORT_WORD
            and word.endswith("s")
            and not word.endswith(("ss", "us", "is"))
            and after in _VERB_S_NEXT
            and cased[index - 1].islower()  # "Candida albicans, a yeast": a name
        ):
            return True
    return False


def _subject_word(name: str) -> bool:
    """True when the label holds a word of rare subject vocabulary ("Hanse", "Plasmogamy")."""
    words = [w for w in _WORD.findall(name) if w[:1].isalpha()]
    return bool(words) and min(frequency(w) for w in words) < _COMMON_LABEL_ZIPF


def _organism(definition: str) -> bool:
    """A definition opening with a species' two-part name ("Candida albicans, a yeast",
    "Ophiostoma novo-ulmi, spread by elm bark beetles"): what causes or makes the label, not
    what it means (round 24b: "Which term means: Candida albicans, a yeast?" -> Thrush)."""
    found = _BINOMIAL.match(definition)
    return (
        found is not None
        and frequency(found.group("genus")) < _GENUS_ZIPF
        and frequency(found.group("species")) < _COMMON_LABEL_ZIPF
    )


def _values(definition: str) -> bool:
    """A strip of values: "green tea 70–80 °C for 2–3 min · black tea 95–100 °C …"."""
    parts = _VALUE_STRIP.split(definition)
    return len(parts) >= 2 and sum(bool(re.search(r"\d", part)) for part in parts) >= 2


def _effects(definition: str) -> bool:
    """A list run into an arrow: "droughts, erratic monsoon, heavier rain → erosion"."""
    arrow = _ARROW.search(definition)
    return arrow is not None and definition[: arrow.start()].count(",") >= 2


def _record_of_one(ctx: DeckContext, name: str) -> bool:
    """True when the line names one dated or placed thing: a bracket after its label holding a
    year ("Hoba (Namibia, found 1920): …") or only a place ("Chicxulub (Mexico): …")."""
    line = defining_line(ctx, name)
    if line is None:
        return False
    split = split_glossary(line.text)
    label = split[0] if split is not None else ""
    found = _LABEL_BRACKET.search(label)
    if found is None:
        colon = line.text.find(":")
        head = line.text[:colon] if colon > 0 else ""
        found = _LABEL_BRACKET.search(head)
    if found is None:
        return False
    inside = found.group(1).strip()
    if _LIFE.fullmatch(inside):
        return False  # "Beatrix Potter (1866–1943)": a person, asked "Who was …?"
    return bool(_YEAR.search(inside)) or _PLACE.fullmatch(inside) is not None


def _listed_as_a_reason(ctx: DeckContext, name: str) -> bool:
    """True when the line sits in a list of reasons, causes or effects ("Reasons for wanting a
    canal" over "Trade: faster, cheaper route …", "Causes:" over "internal rivalry: inland towns
    vs Baltic towns"): its label names one reason, it is no term (round 25, A19; round 24)."""
    line = defining_line(ctx, name)
    if line is None:
        return False
    return any(_REASONS.match(head) for head in (line.fact.group or "", line.topic.title))


def in_glossary(ctx: DeckContext, term: Term) -> bool:
    """True when one of the term's sections is titled as a glossary. Read once per set of
    sections (`_glossaries`): a big deck's tens of thousands of terms share a few."""
    glossaries = ctx.once(_glossaries)
    found = glossaries.get(term.topics)
    if found is None:
        titles = [topic.title for topic in map(ctx.deck.topic, term.topics) if topic is not None]
        found = glossaries[term.topics] = any(_GLOSSARY_TITLE.search(title) for title in titles)
    return found


def _glossaries(_ctx: DeckContext) -> dict[tuple[str, ...], bool]:
    """The per-deck memo of `in_glossary` (use `ctx.once(_glossaries)`)."""
    return {}
