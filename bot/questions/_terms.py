"""Key-term questions: pick a term's definition, or the term for a definition.

Wrong options are other terms (or their definitions) of the deck naming the same kind of thing
(`_kinds.term_kinds`: bond types among bond types, quantities among quantities, states among
states); a term whose kind the deck cannot tell takes them only from key terms of its own section
whose kind is not known to differ. A term with too few of either is not asked this way (its line
is still a cloze). A wrong definition that shares a word root with the asked term is left out,
since it would look right for the wrong reason.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from functools import lru_cache

from bot.questions._aspect_labels import aspect_label
from bot.questions._attribute_lists import (
    attribute_item,
    attribute_prompt,
    is_filled_slot,
    is_notes_label,
    say_the_same,
)
from bot.questions._context import DeckContext
from bot.questions._distractors import defining_line, defining_lines_fitting, siblings
from bot.questions._draw import Joined, sample_where
from bot.questions._everyday import is_everyday
from bot.questions._instances import case_of, names_the_other
from bot.questions._kinds import (
    APART,
    PERSON,
    PROCESS,
    THING_HEADS,
    UNKNOWN,
    defines_one_person,
    head_noun,
    is_abstract,
    is_family,
    name_has_kind,
    name_head,
)
from bot.questions._label_lines import labels_a_line
from bot.questions._loose_ends import breaks_off
from bot.questions._model import (
    MAX_EXPLANATION,
    MAX_OPTION,
    MAX_TYPED_WORDS,
    Question,
    QuestionKind,
    shorten,
)
from bot.questions._near_terms import LONG_LIST, fits_long_list, near_terms, terms_in_list
from bot.questions._not_definitions import told_terms
from bot.questions._other_names import term_glosses
from bot.questions._part import WHOLE, Part
from bot.questions._phrasing import letters_hint
from bot.questions._repeated_labels import describes_a_statement, is_repeated_label
from bot.questions._spelt_out import spelt_out
from bot.questions._term_forms import is_plural, one_named_person, read_apart
from bot.questions._twice_defined import defined_twice
from bot.questions._words import (
    contains_phrase,
    content_words,
    gives_away,
    is_cross_reference,
    roots,
    spells_initials,
)
from knowledge.headings import is_advice_title
from knowledge.importers.definitions import is_member_list
from knowledge.importers.terms import is_formula, split_glossary
from knowledge.model import Term, stable_id
from knowledge.search._lemma import lemma
from knowledge.text import fold

WRONG_OPTIONS = 3
MIN_WRONG_OPTIONS = 2
# Terms looked at for one question's wrong options: every term of any deck under this size,
# and a bounded draw (so a linear pool build) in a 44,000-card upload whose terms are mostly
# of other kinds (scanning them all for each term took minutes).
MAX_OPTION_TRIES = 2_000


def term_questions(ctx: DeckContext, part: Part = WHOLE) -> Iterator[tuple[Term, Question]]:
    """Both directions for every term the notes define, where enough other terms make wrong
    options; a definition added from a glossary (`Term.added`) is never asked. Only the terms
    of `part` (all by default) are asked; every term serves as a wrong option."""
    terms, _ = ctx.once(_askable_terms)
    all_lists, short_lists = ctx.once(_option_lists)
    for position, term in enumerate(terms):
        if position not in part:
            continue

        def other(candidate: Term, term: Term = term) -> bool:
            return (
                fold(candidate.term) != fold(term.term)
                and fold(candidate.definition) != fold(term.definition)
                # "Huri mo’ai (“statue-toppling”)" beside "huri mo’ai" (round 28, A54)
                and not defined_twice(term, candidate)
                and _same_kind(ctx, term, candidate)
                # "Pure" beside "Pure substance": the notes define one thing twice (round 16, A19)
                and not say_the_same(term, candidate)
                # Shell under "TNCs in Nigeria" is a TNC: each is also true of the other.
                and not case_of(ctx, term, candidate)
                # "Galvanising = … works as a barrier and sacrificial protection" (round 18, B11)
                and not names_the_other(term, candidate)
            )

        # "Which term means: the joining (fusion) of male and female gametes?": fertilisation's
        # line says so too, so it is no wrong option, and the question is never typed (a student
        # typing "fertilisation" would be as right by the notes).
        defining = defining_line(ctx, term.term)
        fitting = (
            frozenset(fold(name) for name in defining_lines_fitting(ctx, defining, term.definition))
            if defining is not None
            else frozenset()
        )

        def unfitting(
            candidate: Term,
            other: Callable[[Term], bool] = other,
            fitting: frozenset[str] = fitting,
        ) -> bool:
            return other(candidate) and fold(candidate.term) not in fitting

        for question in (
            _term_to_definition(ctx, term, short_lists.for_term(ctx, term), other),
            _definition_to_term(
                ctx, term, all_lists.for_term(ctx, term), unfitting, open_answer=bool(fitting)
            ),
        ):
            if question is not None:
                yield term, question


def _same_kind(ctx: DeckContext, term: Term, candidate: Term) -> bool:
    """True when `candidate` may stand as a wrong option for `term`: both name the same known
    kind of thing, or they are key terms of one section (or of a glossary filed under none) that
    name ideas (policies, practices, attitudes, sorts of another key term) or no kind the deck
    can tell (graphite, diamond and fullerenes, described by their structure under one heading;
    "Détente" beside "Brinkmanship" in a list of key terms and aims). A concrete kind (a state, a
    quantity, a weapon) never mixes with another known kind, and a kind that reads apart at a
    glance (a person, a technique, an illness, a feeling) not with an unknown one either:
    "genotype" among "cystic fibrosis" and "IVF" is picked out without the subject. A term with
    enough of its own kind takes only those."""
    if read_apart(ctx, term.term, candidate.term):
        return False  # "Unreliable" among things, one person among groups of people
    mine = ctx.term_kinds.get(fold(term.term), UNKNOWN)
    theirs = ctx.term_kinds.get(fold(candidate.term), UNKNOWN)
    if mine == PROCESS and not _shares_section(term, candidate):
        # A practice named by what is done ("Counting coup", "touching an enemy …") is told
        # from another section's ("Long drive", "moving cattle …") by its topic alone.
        return False
    if mine != UNKNOWN and mine == theirs:
        return True
    if mine in APART or theirs in APART:
        return False  # a reflection among two people, a method among feelings, stands out
    known = UNKNOWN not in (mine, theirs)
    if known and not (is_abstract(mine) and is_abstract(theirs)):
        return False  # a state, a quantity, a weapon: never among other known kinds
    if mine != UNKNOWN and _enough_of_kind(ctx, term, mine):
        return False  # enough of its own kind: no stranger from the same section
    if is_family(theirs) and _enough_of_kind(ctx, candidate, theirs):
        # one of a family the notes define alike ("punishment as revenge …", "punishment meant
        # to …") is asked among its family, and offered to none outside it ("being homeless …")
        return False
    # Terms filed under no section are one glossary list.
    if not _shares_section(term, candidate):
        return False
    if _listed_apart(ctx, term, candidate):
        return False
    if terms_in_list(ctx, term) > LONG_LIST:
        # a flashcard export's one list: "report stage" not among acts and conventions (round
        # 21, B42), only near terms of no concrete kind
        return fits_long_list(ctx, mine, theirs, fold(term.term), fold(candidate.term))
    return True


def _listed_apart(ctx: DeckContext, term: Term, candidate: Term) -> bool:
    """True when the two terms' lines sit in one section under different lead-ins ("Features:"
    holding "Regmaglypts: shallow hollows …", "Finds and falls:" holding "Find: a meteorite picked
    up later …"): two lists of different things, so a definition of one is told from the other's
    at a glance (own meteorites handout: "What does Find mean?" among surface features)."""
    mine, theirs = defining_line(ctx, term.term), defining_line(ctx, candidate.term)
    if mine is None or theirs is None or mine.topic.id != theirs.topic.id:
        return False
    groups = (mine.fact.group, theirs.fact.group)
    return None not in groups and fold(groups[0] or "") != fold(groups[1] or "")


def _enough_of_kind(ctx: DeckContext, term: Term, kind: str) -> bool:
    """True when a term's own kind gives it enough wrong options. A process takes only terms of
    its own sections (`_same_kind`), so the processes of other sections do not count: "Heating"
    and "Lubrication" in another list leave "Streamlining" with its section's other ways."""
    if kind != PROCESS:
        return _kind_count(ctx, kind) > MIN_WRONG_OPTIONS
    counts = ctx.once(_section_process_counts)
    return sum(counts.get(section, 0) for section in set(term.topics)) > MIN_WRONG_OPTIONS


def _section_process_counts(ctx: DeckContext) -> dict[str, int]:
    counts: dict[str, int] = {}
    for term in ctx.once(_askable_terms)[0]:
        if ctx.term_kinds.get(fold(term.term), UNKNOWN) == PROCESS:
            for section in set(term.topics):
                counts[section] = counts.get(section, 0) + 1
    return counts


def _kind_count(ctx: DeckContext, kind: str) -> int:
    counts = ctx.once(_kind_counts)
    return counts.get(kind, 0)


def _kind_counts(ctx: DeckContext) -> dict[str, int]:
    counts: dict[str, int] = {}
    for term in ctx.once(_askable_terms)[0]:
        kind = ctx.term_kinds.get(fold(term.term), UNKNOWN)
        counts[kind] = counts.get(kind, 0) + 1
    return counts


class _OptionLists:
    """One list of option terms (every askable term, or those with short definitions) grouped
    the ways `_same_kind` lets a term's wrong options come: by kind, by section, and those filed
    under none. A term's options are drawn from the smallest of these holding every term that
    may stand beside it (`for_term`), in a lazily shuffled order, so the draw is the same uniform
    choice among the terms that fit as one over the whole list, but looks at a few terms rather
    than walking the whole deck past terms of other kinds: a deck's kinds grow with it, and the
    share of the deck a term's kind makes shrinks."""

    def __init__(self, ctx: DeckContext, terms: Sequence[Term]) -> None:
        self.by_kind: dict[str, list[Term]] = {}
        self.by_section: dict[str, list[Term]] = {}
        self.unfiled: list[Term] = []
        self.by_name: dict[str, list[Term]] = {}
        for term in terms:
            self.by_name.setdefault(fold(term.term), []).append(term)
            self.by_kind.setdefault(ctx.term_kinds.get(fold(term.term), UNKNOWN), []).append(term)
            for section in dict.fromkeys(term.topics):
                self.by_section.setdefault(section, []).append(term)
            if not term.topics:
                self.unfiled.append(term)
        self._sections: dict[tuple[str, ...], Sequence[Term]] = {}

    def for_term(self, ctx: DeckContext, term: Term) -> Sequence[Term]:
        """Every term of the list that `_same_kind` may accept for `term` (others too, which
        its check still refuses), each once."""
        mine = ctx.term_kinds.get(fold(term.term), UNKNOWN)
        if mine != UNKNOWN and _enough_of_kind(ctx, term, mine):
            return self.by_kind.get(mine, [])  # enough of its own kind: only those
        if terms_in_list(ctx, term) > LONG_LIST:
            # A long unsorted list: its own kind, and near terms for an idea (`fits_long_list`).
            own = self.by_kind.get(mine, []) if mine != UNKNOWN else []
            if not is_abstract(mine):
                return own
            near = [
                other
                for name in near_terms(ctx).neighbours(fold(term.term))
                for other in self.by_name.get(name, ())
                if ctx.term_kinds.get(name, UNKNOWN) != mine or mine == UNKNOWN
            ]
            return Joined([own, near]) if own else near
        sections = self._in_sections(term.topics)
        if mine == UNKNOWN:
            return sections
        # A kind with one or two terms: its own kind from anywhere, and its sections' terms.
        extra = [other for other in self.by_kind.get(mine, []) if not _shares_section(term, other)]
        return Joined([sections, extra]) if extra else sections

    def _in_sections(self, topics: tuple[str, ...]) -> Sequence[Term]:
        if not topics:
            return self.unfiled
        if len(set(topics)) == 1:
            return self.by_section.get(topics[0], [])
        key = tuple(sorted(set(topics)))
        merged = self._sections.get(key)
        if merged is None:  # each term once, however many of the sections file it
            found = {id(t): t for section in key for t in self.by_section.get(section, [])}
            merged = self._sections[key] = list(found.values())
        return merged


def _shares_section(term: Term, other: Term) -> bool:
    return bool(set(term.topics) & set(other.topics)) or not (term.topics or other.topics)


def _option_lists(ctx: DeckContext) -> tuple[_OptionLists, _OptionLists]:
    """The option lists of every askable term and of those with short definitions."""
    terms, short = ctx.once(_askable_terms)
    return _OptionLists(ctx, terms), _OptionLists(ctx, short)


def _askable_terms(ctx: DeckContext) -> tuple[tuple[Term, ...], tuple[Term, ...]]:
    """The terms asked about, and those of them whose definitions are short enough to be options
    (listed once per deck: drawing from them is per question)."""
    # Only definitions the teacher's notes give are asked, or offered as wrong options.
    terms = tuple(
        term
        for term in ctx.deck.terms
        if not term.added
        and _askable(term)
        and not is_repeated_label(ctx, term.term)
        and not describes_a_statement(term.term, term.definition)
        and not _case_of_a_term(ctx, term)
        and not is_notes_label(term.term)  # "Worked example: spot moves 3.0 cm, …"
        and not is_filled_slot(ctx, term)  # "Output = a line spectrum"
        and fold(term.term) not in ctx.once(told_terms)  # "thuMb = Motion", "Camden: … beat …"
        and not _in_advice_sections(ctx, term)  # "Historic environment essay - the site changes …"
        and not everyday_label(ctx, term)  # "food: pemmican, biscuits, cocoa, sugar"
        and not labels_a_line(ctx, term)  # "Oddity: the Pacific end is further EAST …"
        and not aspect_label(ctx, term)  # "Goal: bring back the first egg …"
    )
    return terms, tuple(term for term in terms if len(term.definition) <= MAX_OPTION)


def everyday_label(ctx: DeckContext, term: Term) -> bool:
    """True for a "term" that is one everyday lower-case word labelling a line outside a
    glossary ("winter = four months of darkness; …", "food: pemmican …, biscuits, cocoa",
    "duties: trimming the wick, cleaning the lens, …"): a note-taker's label, not a term a
    teacher tests; asked ("Which term means: “four months of darkness …”?" → winter) or offered
    beside real terms ("What is “South Polar Times”?" among the definitions of food and winter),
    it is not worth testing (own decks, session 22). A glossary's own everyday words
    ("Character – the pattern of flashes …" under "Key terms") stay terms."""
    titles = [topic.title for topic in map(ctx.deck.topic, term.topics) if topic is not None]
    return everyday_name(term.term, titles)


def everyday_name(name: str, titles: list[str]) -> bool:
    """True for one everyday lower-case word named outside every glossary section of `titles`
    (`everyday_label`)."""
    name = name.strip()
    if " " in name or not name.islower() or not is_everyday(name):
        return False
    return not any(_GLOSSARY_TITLE.search(title) for title in titles)


# A section holding key terms: "Key terms", "KEY WORDS", "Glossary", "Vocabulary".
_GLOSSARY_TITLE = re.compile(r"(?i)\b(?:key|glossary|terms?|words?|vocabulary|definitions?)\b")


def _in_advice_sections(ctx: DeckContext, term: Term) -> bool:
    """True for a "term" found only in sections of advice on the exam ("Exam practice", "Exam
    tips"): "Historic environment essay (16 marks) - the site changes every year" names a kind
    of exam question, not a term of the subject (round 18, A11)."""
    # Worked out once per set of sections: a big deck's terms share a few (one, in a TSV).
    known = ctx.once(_advice_sections)
    found = known.get(term.topics)
    if found is None:
        titles = [topic.title for topic in map(ctx.deck.topic, term.topics) if topic is not None]
        found = known[term.topics] = bool(titles) and all(map(is_advice_title, titles))
    return found


def _advice_sections(ctx: DeckContext) -> dict[tuple[str, ...], bool]:
    """`_in_advice_sections` by a term's sections, filled as terms ask."""
    return {}


# "Vagabondage / vagrancy": a key term's two names.
_ALTERNATIVES = re.compile(r"\s*/\s*")


def _case_of_a_term(ctx: DeckContext, term: Term) -> bool:
    """True for a "name: what happens" line indented under a key term's own definition line
    ("Accommodation: changing the shape of the lens …" over "near object: ciliary muscles
    contract …" and "far object: …"): the cases of that term, which its line sorts, not key
    terms of their own (round 15, A12 and A51: "What does “far object” mean?"). A list under a
    lead-in ("neurone types:", "Parts:") holds key terms as before."""
    line = defining_line(ctx, term.term)
    if line is None or not line.fact.group:
        return False
    above = split_glossary(line.fact.group)
    return above is not None and len(above[1].split()) >= _DEFINITION_WORDS


# Words a heading's own definition has at least: "Accommodation: changing the shape of …".
_DEFINITION_WORDS = 3


def _askable(term: Term) -> bool:
    """False for a "term" that is a formula or a symbol ("V: IR, so resistance = …", "speed:
    distance / time", "Power: potential difference x current (P = IV)", where the symbol names the
    answer) and for an acronym whose definition is its expansion ("LAN: local area network": the
    initials give it away, and expansions stand out among real definitions)."""
    return (
        not is_formula(term.definition)
        and not is_member_list(
            term.definition
        )  # "Group 0: helium, neon, …", in decks imported before
        and len(term.term.strip()) > 1
        and ": " not in term.term  # "LH: stimulates release of the egg = ovulation": a line
        and not spells_initials(term.term, term.definition)
        and not is_cross_reference(term.definition)  # "Attainder: see 2.2"
        and not breaks_off(term.definition)  # "Sterilisation – kill microbes using one of:"
    )


def _term_to_definition(
    ctx: DeckContext, term: Term, short: Sequence[Term], other: Callable[[Term], bool]
) -> Question | None:
    if len(term.definition) > MAX_OPTION:
        return None
    if any(spells_initials(word, term.definition) for word in _ACRONYM.findall(term.term)):
        # "What does “2011 AV referendum” mean?": the one option saying "Alternative Vote"
        # (round 21, B45)
        return None
    term_roots = set().union(*(roots(name) for name in (term.term, *term.aliases)))
    if roots(term.definition) & term_roots or echoes_term(term.term, term.definition):
        # "lost-wax casting" -> the one option saying "wax" (round 27, A5): no wrong option may
        # echo the term (`fits`), so a key that does stands out.
        return None

    def fits(candidate: Term) -> bool:
        return (
            other(candidate)
            and not roots(candidate.definition) & term_roots
            and same_form(term.definition, candidate.definition)
        )

    return _build(
        ctx,
        term,
        QuestionKind.TERM_TO_DEFINITION,
        # A person's name means nothing: "What does “Joseph McCoy” mean?" (round 14) is asked
        # "Who was …?", among what the notes say of other people (`_same_kind`).
        prompt=attribute_prompt(item, name=term.term)
        if (item := attribute_item(ctx, term)) is not None
        else f"Who was “{term.term}”?"
        if _is_person(ctx, term)
        else f"What is “{term.term}”?"
        if names_a_thing(term)
        else f"What does “{term.term}” mean?",
        answer=term.definition,
        pool=short,
        fits=fits,
        option=lambda candidate: candidate.definition,
    )


_NUMBER_TERM = re.compile(r"\W*(?:c\.\s*)?\d[\d\s,.–-]*(?:BCE|BC|CE|AD|s)?\W*")


def echoes_term(term: str, text: str) -> bool:
    """True when `text` holds a word of `term` or its root, each half of a hyphened word read
    as a word and short words compared whole ("lost-wax casting" in "… using a wax model …")."""
    term, text = term.replace("-", " "), text.replace("-", " ")
    short = {w for w in content_words(term) if len(w) >= _SHORT_ECHO and w.isalpha()}
    return gives_away(term, text) or bool(short & set(content_words(text)))


# Words this long or longer are compared whole when no root is read from them ("wax").
_SHORT_ECHO = 3
_CAPITALISED = re.compile(r"(?<=\s)[A-Z][\w'’-]+")


def _prints_its_name(term: str, text: str) -> bool:
    """True when a capitalised word inside `text` is a word of `term`: "… on Igun Street" for
    "Igun Eronmwon". A common word shared ("a technique that adds sand to a beach" for "Beach
    nourishment") leaves the name to type, and is asked typed."""
    mine = {fold(word) for word in term.replace("-", " ").split()}
    found = _CAPITALISED.findall(f" {text.replace('-', ' ')}")
    return any(fold(word) in mine for word in found)


def names_a_thing(term: Term) -> bool:
    """True for a term that is a year or number ("1886") or a name its definition calls a place,
    building, institution, date or work ("Arles: town in Provence …", "Orangerie: Paris museum …"):
    asked "What is “Arles”?", as it names something and means nothing."""
    if _NUMBER_TERM.fullmatch(term.term):
        return True
    return head_noun(term.definition) in THING_HEADS


# A definition of at most `_BARE_WORDS` words names something ("testosterone",
# "exhaust fumes"); beside one saying `_FORM_RATIO` times as many it is of another form.
_BARE_WORDS = 2
_FORM_RATIO = 3
_ARROW = re.compile(r"->|→|=>|⇒")
# A definition opening on a date: "1701 – …", "c. 2686–2181 BC – …".
_DATED = re.compile(r"^\W*(?:c\.\s*)?\d{3,4}\b")
# An acronym in a term's name: "AV" of "2011 AV referendum".
_ACRONYM = re.compile(r"\b[A-Z]{2,6}s?\b")


def same_form(key: str, candidate: str) -> bool:
    """True when `candidate` reads as the same sort of answer as the definition `key`, so it
    can stand beside it as a wrong option of "What does X mean?". Round 15 offered "testosterone"
    and "thyroxine -> controls metabolic rate" (what a gland makes, a table row) beside "chemical
    messenger carried in the blood to a target organ": a bare name among descriptions, or an
    "A -> B" row among prose, is ruled out at a glance, without knowing the subject."""
    if bool(_ARROW.search(candidate)) != bool(_ARROW.search(key)):
        return False
    if bool(_DATED.match(candidate)) != bool(_DATED.match(key)):
        return False  # "1701 – secured the Protestant succession …" alone among undated ones
    short, long = sorted((len(key.split()), len(candidate.split())))
    return not (short <= _BARE_WORDS and long >= max(short, 1) * _FORM_RATIO)


def _definition_to_term(
    ctx: DeckContext,
    term: Term,
    terms: Sequence[Term],
    other: Callable[[Term], bool],
    *,
    open_answer: bool = False,
) -> Question | None:
    """ "Which term means …?"; with `open_answer` (another term's line says what the definition
    says) only with options, which leave that term out."""

    def fits(candidate: Term) -> bool:
        # A term the notes pair with a bare name or an "A -> B" row ("ovaries: oestrogen") is
        # a row of a table, not a term defined as this one is: no wrong option for it.
        return (
            other(candidate)
            and not contains_phrase(term.definition, candidate.term)
            and not _named_apart(term, candidate)
            and same_form(term.definition, candidate.definition)
        )

    # A definition cut from a longer line may end on its separator: "… between the layers;".
    described = term.definition.rstrip(" ;,:")
    # "transnational corporation – a company …" spells "TNC" out: the stem shows the rest, and
    # the spelt-out words are right typed.
    spelt = spelt_out(term.term, described)
    if spelt is not None:
        described = spelt[1]
    if _prints_its_name(term.term, described):
        # "… (still working on Igun Street today)" -> Igun Eronmwon (round 27, A39): the stem
        # prints a name the answer is made of, which typing does not hide.
        return None
    item = attribute_item(ctx, term)
    prompt = (
        attribute_prompt(item, value=described)
        if item is not None
        else f"Who is this: “{described}”?"
        if _is_person(ctx, term)
        else f"Which {head} is this: “{described}”?"
        if (head := told_kind(term.term, described))
        else f"Which term means: “{described}”?"
    )
    # Typed when the deck has too few terms of its kind to offer, or when the definition shares
    # a word with the term (the one option echoing it would stand out; typing it still asks for
    # the words the definition does not give).
    name, short = without_acronym(term.term)
    return _build(
        ctx,
        term,
        QuestionKind.DEFINITION_TO_TERM,
        prompt=prompt,
        answer=name,
        pool=terms,
        fits=fits,
        option=lambda candidate: without_acronym(candidate.term)[0],
        typed=not open_answer and len(name.split()) <= MAX_TYPED_WORDS,
        typed_only=echoes_term(term.term, described),
        also=(*((spelt[0],) if spelt is not None else ()), *((short,) if short else ())),
    )


# A term's own short form in a bracket after it: "Turtle excluder devices (TEDs)".
_BRACKETED_ACRONYM = re.compile(r"^(?P<name>.+?)\s*\((?P<short>[A-Z][A-Za-z]{1,6})\)$")


def without_acronym(term: str) -> tuple[str, str]:
    """The term without the bracketed acronym its initials spell, and that acronym ("" when it
    has none): a key "Turtle excluder devices (TEDs)" asks the student to type both, and its
    hint prints "( _ _ _ _ )" (round 30, B41). Either is right typed."""
    found = _BRACKETED_ACRONYM.match(term.strip())
    if found is None or not spells_initials(found["short"], found["name"]):
        return term, ""
    return found["name"], found["short"]


# A verb's past form a few words into a definition, not followed by a preposition: the definition
# tells what happened ("Mughal army defeated Hemu …", "Denmark gave the Hanse …"), not what the
# term is ("poll tax paid by non-Muslims").
_TOLD = re.compile(
    r"^\W*(?P<subject>(?:\S+\s+){1,3}?)(?:[a-z]{3,}ed|gave|took|held|won|lost|made|led|set|sent|"
    r"built|began|became|fought|signed)\s+(?!(?:by|in|to|from|for|with|at|on|as|into|under)\b)\S"
)
# Before a past form these make it an adjective of a noun ("a shared pair"), not a verb.
_BEFORE_ADJECTIVE = frozenset(
    "a an the its their his her this that these those some no each every any".split()  # noqa: SIM905
)


def told_kind(term: str, definition: str) -> str:
    """The kind a term's own name gives ("battle" of "Second Battle of Panipat", "treaty" of
    "Treaty of Stralsund"), when its definition tells what happened rather than what it is:
    "Which term means: “Mughal army defeated Hemu, who had seized Delhi”?" framed a battle as a
    term (round 23b, A57); it is asked "Which battle is this: …?". "" otherwise."""
    told = _TOLD.match(definition)
    if not name_has_kind(term) or told is None:
        return ""
    if told["subject"].split()[-1].lower() in _BEFORE_ADJECTIVE:
        return ""  # "a shared pair of electrons …" says what a covalent bond is
    return name_head(term)


def _read_alike(one: str, other: str) -> bool:
    """True when one definition says all but a word of the other's (the shorter one's words,
    three or more, found in the longer bar one) with the same figures: "a large crystal in a
    finer groundmass" beside "large crystals (phenocrysts) set in a fine-grained groundmass"
    (round 20, A43). Two definitions of one field sharing its words ("the minimum energy
    particles need to collide and react", "reactions happen only when particles collide with
    enough energy") say different things; a proton's "relative charge +1" and a neutron's "…
    0" differ in what is learnt."""
    if _FIGURES.findall(one) != _FIGURES.findall(other):
        return False
    mine, theirs = roots(one), roots(other)
    shared = len(mine & theirs)
    return shared >= _ALIKE_WORDS and shared >= min(len(mine), len(theirs)) - 1


_ALIKE_WORDS = 3
_FIGURES = re.compile(r"[-+−]?\d[\d.,]*")


def _named_apart(term: Term, candidate: Term) -> bool:
    """True when the definition names what sets a wrong term apart from the key: "in the CNS,
    connects sensory to motor" rules out "sensory neurone" and "motor neurone" beside "relay
    neurone" (round 15, A44), and the key comes out by elimination. The words the two terms
    share ("neurone") say nothing; a term with a word the definition does not name ("Atomic
    number" beside "… the same number of protons …") is not ruled out."""
    own = _forms(term.term)
    apart = _forms(candidate.term) - own
    return bool(apart) and apart <= _forms(term.definition)


@lru_cache(maxsize=16384)
def _forms(text: str) -> frozenset[str]:
    """The dictionary forms of a text's words, but for words of grammar: a word as the notes
    write it, in either number ("elements" names "Element"; "metal" does not name "metallic")."""
    return frozenset(lemma(word) for word in content_words(text) if word.isalpha())


# A post held in order: "last Viceroy", "the first President of …", "2nd Prime Minister".
_HOLDER = re.compile(
    r"(?:the\s+)?(?:first|last|second|third|fourth|fifth|final|only|\d{1,2}(?:st|nd|rd|th))\s+"
    r"(?:[A-Z][\w-]*\s+)*[A-Z][\w-]*(?:[\s;,.]|$)"
)


def _is_person(ctx: DeckContext, term: Term) -> bool:
    """True for a term naming one person (`_kinds.PERSON`), not a group of people: a name
    ending like a plural ("Archimedes", "Sophocles") is one person when its definition says
    so ("Mathematician and inventor of Syracuse"), not "women who …"."""
    if _HOLDER.match(term.definition) and term.term[:1].isupper() and " " not in term.term:
        # "Mountbatten – last Viceroy; first Governor-General …": a surname and the post held
        # first or last, one person (round 32, A12 asked "Which term means …?")
        return True
    if ctx.term_kinds.get(fold(term.term)) != PERSON:
        return False
    return (
        not is_plural(term.term)
        or defines_one_person(term.definition)
        or one_named_person(term.term)
    )


def _listed_beside(
    ctx: DeckContext, term: Term, pool: Sequence[Term], fits: Callable[[Term], bool]
) -> list[Term]:
    """The terms of `pool` that `fits` and are defined beside `term` under the same sub-heading."""
    defining = defining_line(ctx, term.term)
    if defining is None or defining.fact.group is None:
        return []
    kin = siblings(ctx, defining)
    if len(kin) > len(pool):
        return [t for t in pool if fold(t.term) in kin and fits(t)]
    by_name = {fold(t.term): t for t in pool}
    return [t for name in kin if (t := by_name.get(name)) is not None and fits(t)]


def _build(
    ctx: DeckContext,
    term: Term,
    kind: QuestionKind,
    *,
    prompt: str,
    answer: str,
    pool: Sequence[Term],
    fits: Callable[[Term], bool],
    option: Callable[[Term], str],
    typed: bool = False,
    typed_only: bool = False,
    also: tuple[str, ...] = (),
) -> Question | None:
    """The question with wrong options drawn at random from the terms of `pool` that `fits`;
    asked typed (when `typed` allows it) where too few fit, or always with `typed_only`."""
    rng = ctx.rng(kind.value, term.id)
    # The terms the notes list beside it under one sub-heading ("Sub-atomic particles: proton,
    # neutron, electron") make its options when two or more fit: three options of one list beat
    # four with a stranger ("the number of protons …" among particles).
    listed = _listed_beside(ctx, term, pool, fits)
    if len(listed) >= MIN_WRONG_OPTIONS:
        pool = listed
    drawn = (
        [] if typed_only else sample_where(pool, rng, WRONG_OPTIONS, fits, tries=MAX_OPTION_TRIES)
    )
    # Two wrong options saying one thing ("Pure" and "Pure substance", two definitions of a
    # roadside inn) give both away as wrong.
    # A wrong option whose definition says nearly what the key's does ("a large crystal in a
    # finer groundmass" beside "large crystals (phenocrysts) set in a fine-grained groundmass")
    # reads right too (round 20, A43): checked on the few drawn, not on every candidate.
    drawn = [
        t
        for i, t in enumerate(drawn)
        if not _read_alike(term.definition, t.definition)
        and not any(
            say_the_same(t, o) or _read_alike(t.definition, o.definition) for o in drawn[:i]
        )
    ]
    wrong = [option(chosen) for chosen in drawn]
    if len(wrong) < MIN_WRONG_OPTIONS and not typed:
        return None
    options = [answer, *wrong] if len(wrong) >= MIN_WRONG_OPTIONS else []
    rng.shuffle(options)
    topic_id = term.topics[0] if term.topics else None
    statement = f"{term.term}: {term.definition}"
    # Typed, the other names the notes give the term are right too ("artificial selection" for
    # "Selective breeding", "in vitro fertilisation" for "IVF").
    # A term written "Vagabondage / vagrancy" is either name typed, the first shown as the key
    # (its letters make the hints), then the whole (round 15, B40: the key "Vagabondage /
    # vagrancy" and its hint "V _ … / v _ … (3 words)").
    names = [name for name in _ALTERNATIVES.split(answer) if name] if not options else []
    keys = (*names, answer) if len(names) > 1 else (answer,)
    # An other name the prompt itself shows is no answer to it: "Which term means: 'ultraviolet
    # radiation'?" asks for "UV", whose other name the definition is.
    shown = f" {fold(prompt)} "
    others = () if options else term_glosses(ctx, answer)
    others = tuple(o for o in others if f" {fold(o)} " not in shown)
    others = (*others, *also) if not options else others
    answers = tuple(dict.fromkeys((*keys, *(o for o in others if fold(o) != fold(answer)))))
    return Question(
        id=stable_id(topic_id or "", term.id, kind.value, answer),
        kind=kind,
        prompt=prompt,
        answers=answers,
        options=tuple(options),
        correct=(options.index(answer),) if options else (),
        hint=None if options else letters_hint(answers[0]),
        explanation=shorten(statement, MAX_EXPLANATION),
        source_fact=statement,
        topic_id=topic_id,
        fact_id=None,
    )
