"""What kind of thing a key term names, so a wrong option is of the same kind.

A deck's key terms mix weapons, policies, states and periods: "new American _____" with ICBMs
among Security, Containment and Sovietisation puts a weapon among policies, and the odd one out is
the answer. Each term is classed by the head noun of its definition ("ICBM: Intercontinental
Ballistic Missile, …" -> weapon; "Police state: a state that …" -> state; "a Western aim" ->
concept; "keeping a country safe" -> process). A term whose definition names no known kind
("attempts to liberalise USSR") gets no wrong options: it is asked typed. (Topic titles are never
options of a blank at all: they are the options of "which topic".)
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache

from bot._names import ends_in_category
from bot.questions._words import STOP_WORDS
from knowledge.given_names import names_a_person
from knowledge.search._lemma import is_dictionary_word, lemma, word_family
from knowledge.text import fold

CONCEPT = "concept"
PROCESS = "process"
CONDITION = "condition"
# A definition saying what a thing has or is ("Homozygous: having two identical alleles"): a
# quality, which stands among a section's other ideas; a process ("touching an enemy …",
# "moving cattle …") is told from another section's by its topic alone (`_terms._same_kind`).
QUALITY = "quality"
# ("being expelled …" is something done to a person: a process, as before.)
_STATIVE = frozenset({"having"})
# A definition telling what happened ("Foreign intervention: Britain, France, the USA and Japan
# sent troops to help the Whites"): an event, which reads apart among factions or ideas (round 13).
EVENT = "event"
UNKNOWN = ""  # a definition whose head names no known kind: the term gets no wrong options
# What people are by trade or rank (round s17-quizb: "Titian: Venetian painter famous for colour"
# was no person, so a card list offered him among techniques and asked "What does “Titian”
# mean?"), and what a story's people are ("Hera: Queen of the gods", "Ares: God of war", "Icarus:
# Son of Daedalus …", a flashcard deck's gods and heroes asked "What does “Dionysus” mean?" among
# a mountain and a wooden horse). Nouns, never verbs or clauses: a definition may open with one
# and no article.
_OCCUPATIONS = frozenset(
    """
    painter painters sculptor sculptors architect architects artist artists writer writers
    author authors poet poets playwright playwrights novelist novelists composer composers
    philosopher philosophers scientist scientists historian historians mathematician
    mathematicians physicist physicists chemist chemists inventor inventors explorer explorers
    king kings queen queens emperor emperors empress pharaoh pharaohs pope popes tyrant tyrants
    monk monks friar friars priest priests bishop bishops archbishop general generals admiral
    politician politicians reformer reformers speaker chancellor secretary treasurer chamberlain
    steward governor mayor clerk
    god gods goddess goddesses hero heroes heroine heroines titan son daughter youth prince
    princess warrior warriors musician musicians ferryman wife husband mother father brother
    sister
    """.split()  # noqa: SIM905
)
_ONE_PERSON = frozenset(
    {word for word in _OCCUPATIONS if not word.endswith("s") or word == "empress"}
    | {"person", "leader", "man", "woman", "official", "figure", "individual", "adult"}
)
_CLASSES = {
    "weapon": "missile missiles weapon weapons bomb bombs warhead warheads rocket rockets gun guns "
    "tank tanks submarine submarines aircraft",
    "state": "state states country countries nation nations kingdom republic empire colony colonies",
    "period": "period periods era age years time mood climate phase",
    "agreement": "treaty agreement declaration proposal pact accord plan charter act law doctrine "
    "settlement",
    "organisation": "organisation organization alliance party agency committee council union "
    "league army force forces group groups band bands",
    CONCEPT: "policy policies aim aims strategy strategies goal idea belief approach",
    # Round 13: "Autocracy: a system in which one person has complete power" among economic
    # policies (War Communism, the NEP). A way a state or an economy is run is no policy.
    "system": "system systems regime regimes",
    CONDITION: "situation situations condition conditions",
    "person": "person leader leaders man woman people official figure figures caregiver "
    "caregivers individual individuals adult adults someone parent parents informant "
    + " ".join(sorted(_OCCUPATIONS)),
    "contest": "race competition contest rivalry",
    "place": "city town region area zone border sea river mountain",
    "organism": "microorganism microorganisms organism organisms bacterium bacteria virus viruses "
    "protist protists fungus fungi cell cells animal animals plant plants",
    "treatment": "treatment treatments drug drugs medicine medicines vaccine vaccines therapy",
    PROCESS: "process processes",
    "procedure": "trial trials test tests experiment experiments method methods procedure "
    "technique techniques study studies survey surveys questionnaire questionnaires interview "
    "interviews observation observations investigation",
    # Added after review 9: a key-term list mixing a research method, a person, a feeling and a
    # bond let the odd one out be picked without the subject.
    "feeling": "distress anxiety feeling feelings emotion emotions upset sadness",
    "relationship": "bond bonds relationship relationships tie ties attachment attachments "
    "friendship",
    "effect": "effect effects consequence consequences outcome outcomes",
    # Added for term questions (issue 14, round 8): "the amount of substance …" (a mole) among
    # "a mixture of a metal …" (an alloy) is an odd one out a student can spot without chemistry.
    "quantity": "amount amounts number numbers mass sum total value percentage proportion ratio "
    "rate measure measurement volume concentration level quantity",
    "part": "part parts organelle organelles",
    "movement": "movement movements diffusion transport flow",
    "change": "rise fall increase decrease growth decline",
    "attitude": "hatred prejudice hostility dislike fear",
    "substance": "substance substances material materials mixture mixtures compound compounds "
    "element elements molecule molecules",
    "charge": "tax taxes duty duties levy fee fees",
    "action": "attempt attempts attack attacks",
    # Added for review 10: "Cystic fibrosis: a disorder of …" among "Genotype: the alleles …" and
    # "IVF: a technique …" reads apart at a glance, in any subject that names illnesses.
    "illness": "disease diseases disorder disorders illness illnesses syndrome syndromes "
    "infection infections",
    # Round 14 (and 13's "The Kronstadt Rising" among economic policies): a term named as a
    # fighting or a rising ("… Massacre", "Battle of …", "… War") is an event, whatever its
    # definition's first words say ("sailors … rebelled").
    EVENT: "war wars battle battles massacre massacres rising uprising uprisings revolt revolts "
    "rebellion rebellions riot riots invasion invasions siege sieges mutiny",
}
# Policies, practices and attitudes rather than things, times or states of affairs: key terms of
# one section may stand among each other when they are of these kinds (or of none the deck can
# tell), as teachers list "key terms and aims" together.
ABSTRACT = frozenset({CONCEPT, PROCESS, QUALITY, UNKNOWN, "action", "attitude"})
# Kinds a key-term list mixes that read apart at a glance (a research method, a person, a feeling,
# a bond): a term of one never stands beside a term of another kind, nor of an unknown one.
# An illness too (review 10: "Which term means …" offered genotype, cystic fibrosis and IVF).
PERSON = "person"
ROLE = "role"
# A post with a name of its own ("Black Rod", "Lord Speaker"): not someone named, nor a role
# anyone of a group has ("backbencher", "whips"), which a student tells apart at a glance.
OFFICE = "office"
APART = frozenset({PERSON, ROLE, OFFICE, "procedure", "feeling", "relationship", "illness", EVENT})
# The kind of terms whose definitions share a head noun the lists above do not know ("a tectonic
# plate …", "a landform …"): the deck itself says they are one kind of thing.
_SHARED_HEAD = "those defined as a “{}”"
# The kind of terms defined as sorts of another key term of the deck ("Dominant: an allele that
# …", "Recessive: an allele that …"): ideas of the deck's own vocabulary, which stand among its
# other ideas.
_TERM_HEAD = "sorts of “{}”"
# Both are the deck's own families, not concrete kinds: a "process" or a "change" is as much an
# idea as the unknown kinds beside it, and is preferred, not required.
_NAMED_HEAD = "those named “… {}”"
_DECK_KINDS = tuple(kind.split("“")[0] for kind in (_SHARED_HEAD, _TERM_HEAD, _NAMED_HEAD))
_DEFINED_AS = _SHARED_HEAD.split("{}", maxsplit=1)[0]
# Kinds a definition's own head names more surely than the term's name does ("Gene therapy: a
# technique that …" is a technique, whatever "therapy" suggests).
_DEFINED_FIRST = frozenset({PERSON, ROLE, "procedure", "illness"})
_WORD_CLASS = {word: kind for kind, words in _CLASSES.items() for word in words.split()}
# Words that end a definition's first noun phrase: "a state [that] …", "period [of] …",
# "punishment [as] revenge …", "physical punishment [e.g.] whipping …" (folded: "e g").
_CLAUSE_END = re.compile(
    r"[,;:(]|\b(?:that|which|who|whom|whose|where|when|of|to|from|for|by|with|in|on|after|"
    r"before|between|against|held|used|where|as|like|e\s?g|i\s?e)\b"
)
# A relative clause about a person: "the naturalist who proposed …", "a monk whose …".
_WHO = re.compile(r"^\s*(?:who|whom|whose)\b")
# Words that start a new noun phrase: after the head, they open a clause with no "that"
# ("the alleles [an individual has]", "the characteristics [an organism shows]").
_NEW_PHRASE = frozenset(
    """
    a an the this these those its their his her our your my one two some any each every
    he she it they we you i
    """.split()  # noqa: SIM905
)


# Finite verbs that follow a clause's subject: after the first words of a definition they make it
# a statement ("energy is transferred …"), not a noun phrase.
_FINITE = frozenset(
    "is are was were has have had can could will would may might must shall should does did".split()  # noqa: SIM905
)
_PARTICIPLE = re.compile(
    r"[a-z]{3,}(?:ed|ing)|left|made|known|held|given|taken|built|found|seen|shown|kept|sent|"
    r"brought|caught|set|put|run|won|lost|paid|led|fought|thrown|worn|chosen|written|spoken|"
    r"meant|spent|felt|dealt|bought|taught|thought"
)


@lru_cache(maxsize=4096)
def term_class(definition: str) -> str:
    """The kind of thing a definition describes, from the head of its first noun phrase."""
    folded = fold(definition)
    if folded.startswith(("when ", "where ")):
        return CONDITION  # "when prices rise extremely quickly …", "when imports exceed exports"
    if _HAPPENED.match(definition.strip()):
        return EVENT
    return _class_of(folded, *_phrase_of(definition))


# Names, then a verb in the past: "Britain, France, the USA and Japan sent troops …", "Lenin
# dissolved …". A possessive or a noun after the names ("Lenin's programme") is a noun phrase.
_HAPPENED = re.compile(
    r"(?!(?:A|An|The|This|These|Those|Its|Their|His|Her|One|Some)\b)[A-Z][\w.-]*"
    r"(?:(?:,\s*|\s+and\s+|\s+)(?:the\s+)?[A-Z][\w.-]*)*"
    r"\s+(?:sent|took|led|fought|won|lost|seized|signed|invaded|declared|attacked|rebelled"
    r"|joined|made|gave|began|ended|became|set up|[a-z]{3,}ed)\b"
)


def _class_of(folded: str, head: list[str], rest: str) -> str:
    """`term_class` of a folded definition not opening with "when"/"where", given its first
    noun phrase's words and what follows them (`_first_phrase`)."""
    if not head:
        return UNKNOWN
    if head[0] in _STATIVE:
        return QUALITY  # "having two identical alleles": what a thing has, not what it does
    if _gerund(head[0]):
        return PROCESS  # "keeping a country safe", "making a country copy …"
    if _WHO.match(rest) and not (
        # "River whose yearly flood …", "a country whose …", "river through Paris whose banks
        # …": "whose" follows a thing named before it (a word of a known kind in the phrase)
        rest.lstrip().startswith("whose")
        and any(_WORD_CLASS.get(word) not in (None, PERSON) for word in head)
    ):
        return _person(folded)  # "the naturalist who …", "the monk who bred pea plants"
    if len(head) >= _CLAUSE_WORDS and _WORD_CLASS.get(head[0]) == PROCESS:
        # "the process plants use to make glucose": a clause with no "that" follows the head,
        # whose last word ("use") and its subject ("plants") say nothing of what the term is
        return PROCESS
    if _adjective_alone(head, rest):
        # "the official written record of …": the phrase was cut at "written"; "official" is
        # the record's adjective, not a person (round 21, B16 offered Hansard among officials)
        return UNKNOWN
    for position, word in enumerate(reversed(head)):
        kind = _WORD_CLASS.get(word) or (PERSON if _agent(word) else None)
        if kind is None:
            continue
        if position and _unclassed_noun(head[-1]):
            # "plant hormone that …": the phrase's own head ("hormone") is a noun of no known
            # kind; the word before it only says which sort ("plant" is no organism here)
            return UNKNOWN
        # Without an article the words may be a clause, not a noun phrase ("humans choose
        # parents …", "one parent, no fusion …"): a kind kept apart needs "a person …".
        if (
            kind in APART
            and not folded.startswith(("a ", "an ", "the "))
            and word not in _OCCUPATIONS
        ):
            return UNKNOWN
        return _person(folded) if kind == PERSON else kind
    return UNKNOWN


_CLAUSE_WORDS = 3


def _gerund(word: str) -> bool:
    """True for a verb's "-ing" form opening a definition ("keeping a country safe"), not a noun
    ending so: "king" (a person: a definition "king who united …" was read as a process), "thing",
    "string"."""
    if not word.endswith("ing") or word in _WORD_CLASS:
        return False
    return lemma(word) != word or len(word) > _SHORT_ING


_SHORT_ING = 6
# Words naming a person that are adjectives too: "an official record", "individual rights".
_ADJECTIVE_TOO = frozenset({"official", "individual", "adult", "general"})


def _adjective_alone(head: list[str], rest: str) -> bool:
    """True when a first noun phrase is one word that may be an adjective, cut off from its noun
    at a participle ("the official [written record]"): it names no kind."""
    return (
        len(head) == 1 and head[0] in _ADJECTIVE_TOO and bool(rest) and not _CLAUSE_END.match(rest)
    )


# "lawman", "highwayman", "statesman", "fishermen": a noun ending so names a person.
# Agent nouns that name people whatever comes before them: "kingmakers", "brass casters",
# "wood carvers", "goalkeeper" (round 27, A28: "the seven hereditary kingmakers" offered
# among a shell, a bracelet and regalia).
_AGENT_ENDINGS = (
    "man",
    "men",
    *(
        f"{agent}{plural}"
        for agent in ("maker", "keeper", "worker", "carver", "caster", "smith", "trader", "dealer")
        for plural in ("", "s")
    ),
)
_MIN_AGENT = 6  # "human", "woman", "roman" and "german" are too short to tell


def _agent(word: str) -> bool:
    return len(word) >= _MIN_AGENT and word.endswith(_AGENT_ENDINGS)


def _person(folded: str) -> str:
    """ "the naturalist who …" is one person; "a person who …" ("Carrier", "Respondent") a role
    any person may have: the one is not a wrong option for the other."""
    return ROLE if folded.startswith(("a ", "an ")) else PERSON


def defines_one_person(definition: str) -> bool:
    """True when a definition's first noun phrase ends on a word for one person ("Mathematician
    and inventor of Syracuse", "a leader who …"), not a group ("the people; …", "women who …")."""
    head, _ = _phrase_of(definition)
    return bool(head) and head[-1] in _ONE_PERSON


def head_noun(definition: str) -> str:
    """The last word of a definition's first noun phrase, singular and folded ("" for a phrase
    starting with a verb form or a "when" clause): "a disorder of cell membranes" -> disorder,
    "the alleles an individual has" -> allele."""
    return _read_definition(definition)[1]


def _read_definition(definition: str) -> tuple[str, str]:
    """`term_class` and `head_noun` of a definition, from one reading of its first noun phrase
    (`term_kinds` asks both of each of a deck's definitions, tens of thousands in a glossary)."""
    folded = fold(definition)
    if folded.startswith(("when ", "where ")):
        return CONDITION, ""
    if _HAPPENED.match(definition.strip()):
        return EVENT, ""
    head, rest = _phrase_of(definition)
    if not head or _gerund(head[0]) or _adjective_alone(head, rest):
        return _class_of(folded, head, rest), ""
    word = head[-1]
    return _class_of(folded, head, rest), _singular(word) if word.isalpha() else ""


def _phrase_of(definition: str) -> tuple[list[str], str]:
    """`_first_phrase` of a definition, ended at its first semicolon, colon, bracket or arrow:
    folding drops them, and "a sex cell (sperm and egg …)" has "cell" for its head, not "egg"."""
    cut = _PHRASE_STOP.search(definition)
    if cut is None:
        return _first_phrase(fold(definition))
    head, rest = _first_phrase(fold(definition[: cut.start()]))
    return head, f"{rest} {fold(definition[cut.end() :])}".strip()


_PHRASE_STOP = re.compile(r"[;:(\[]|->|=>|[→⇒]|\s[–—-]\s")


def _first_phrase(folded: str) -> tuple[list[str], str]:
    """The words of a folded definition's first noun phrase (its determiner dropped), and what
    follows it."""
    match = _CLAUSE_END.search(folded)
    phrase, rest = (folded[: match.start()], folded[match.start() :]) if match else (folded, "")
    words = phrase.split()
    bare = bool(words) and words[0] not in _NEW_PHRASE
    while words and words[0] in _NEW_PHRASE:
        words = words[1:]
    for position, word in enumerate(words):
        if position and word in _FINITE:
            # "energy is transferred …", "no electricity is generated …": a clause with its own
            # subject, which says what happens, not what kind of thing the term is (its subject
            # read as a head made "Heating", "Unreliable" and "Pumped storage" one kind, "i").
            return [], " ".join(words[position:]) + " " + rest
        if word in _NEW_PHRASE or (position and _PARTICIPLE.fullmatch(word)):
            # a clause with no "that" starts here, or a participle after the head ("a state
            # ruled by …", "a landform left standing …")
            return words[:position], " ".join(words[position:]) + " " + rest
        if position and bare and _verb_after(words[position - 1], word):
            # "body cells no longer respond …", "small molecules pass through …": a plural
            # subject's verb ends the phrase, and the definition is a clause ("respond" or
            # "through" is no head noun). After an article the words are a noun phrase with a
            # clause of its own ("the process plants use …").
            return [], " ".join(words[position:]) + " " + rest
    return words, rest


# What a term's own name ends in, before "of" or a bracket: "Relative formula mass (Mr)" -> mass,
# "Rate of photosynthesis" -> rate, "Covalent bonding" -> bonding.
_NAME_HEAD = re.compile(r"\s*(?:\(.*|\bof\b.*)$")
# A year or number after a name says which one, not what it is: "Parliament Act 1911" is an act,
# "Human Rights Act 1998" no family of things "named … 1998" (round 21, deck B).
_NAME_NUMBER = re.compile(r"(?:\s+(?:c\.\s*)?\d[\d–-]*)+$")


def name_has_kind(term: str) -> bool:
    """True when a term's own name ends in a word naming a known kind ("New Economic Policy",
    "Sand Creek Massacre"): a named thing of that kind, not a person's or a place's name."""
    head = name_head(term)
    return head in _WORD_CLASS or _singular(head) in _WORD_CLASS


def name_head(term: str) -> str:
    """The last word of a term's name before "of" or a bracket, folded ("" for none)."""
    words = fold(_NAME_NUMBER.sub("", _NAME_HEAD.sub("", term))).split()
    head = words[-1] if words else ""
    if _WORD_CLASS.get(head) or _WORD_CLASS.get(_singular(head)):
        return head  # "Acts of Union" are acts
    last = _NAME_NUMBER.sub("", term).split()
    if len(last) > 1 and last[-1][:1].isupper() and fold(last[-1]) in _WORD_CLASS:
        return fold(last[-1])  # "Recall of MPs Act 2015" is an act, as a capital says
    return head


def term_kinds(terms: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Folded term name -> the kind of thing it names, for a deck's (term, definition) pairs.

    In order of trust: the head of the definition when it names a known kind ("Gene therapy: a
    technique …" -> procedure, "Charles Darwin: the naturalist who …" -> person); the term's own
    head noun when it names one ("Weimar Republic" -> state, "Relative formula mass" -> quantity);
    a head noun several terms' names share ("Ionic bonding", "Covalent bonding": the deck lists
    them as one family whatever their definitions say); a head noun several definitions share
    ("a disorder of …", "a landform …": the teacher's own wording says they are one kind); the
    head of the definition in the lists' other words. UNKNOWN when none of these tells."""
    # Each pair read once: (folded term, several words, its name's head, the definition's
    # class, the definition's head noun).
    people: set[str] = set()
    lower: set[str] = set()
    read: list[tuple[str, bool, str, str, str]] = []
    said_by: dict[str, str] = {}
    # Each definition read once: a big upload's cards share many (44,000 cards, 29,080 texts).
    definitions: dict[str, tuple[str, str]] = {}
    for term, definition in terms:
        folded = fold(term)
        if term == term.lower():
            lower.add(folded)
        said_by.setdefault(folded, definition)
        reading = definitions.get(definition)
        if reading is None:
            reading = definitions[definition] = _read_definition(definition)
        read.append((folded, len(folded.split()) > 1, name_head(term), *reading))
        if (
            _person_name(term, read[-1][3], read[-1][4])
            and not _DATED.match(definition)
            and not _OFFICE.match(definition)
        ):
            # (a card dated by one year is a thing that happened or was made: "Bill of Rights:
            # 1689 – …" is no Bill; a person's card gives a life span, "1809–1882")
            people.add(folded)
    heads = Counter(head for _, several, head, _, _ in read if several)
    defined = Counter(shared for *_, shared in read)
    names = {_singular(folded) for folded, *_ in read}
    kinds: dict[str, str] = {}
    for folded, several, head, said, shared in read:
        kind = said if said in _DEFINED_FIRST else None
        if folded in people and kind in (None, ROLE):
            # "Joseph McCoy: built the cow town …", "Wyatt Earp: a lawman …": one person,
            # named, whatever role the definition gives them
            kind = PERSON
        if kind == PERSON and folded in lower:
            kind = ROLE  # "sheriff: the man who …": written in lower case, a role, not someone
        if kind == PERSON and folded not in people and _ANYONE_WHO.match(said_by[folded]):
            # "Entrepreneur – person who takes a risk …": anyone who does so, a role, not one
            # named person (round 19, B3 offered it among John Metcalf and Richard Trevithick)
            kind = ROLE
        named = _WORD_CLASS.get(head) or _WORD_CLASS.get(_singular(head))
        if named == PERSON and folded in lower:
            # "crimes against the person", "rights of the individual": a common-noun phrase
            # written in lower case is never one person, whatever word it ends on
            named = None
        kind = kind or named
        if (
            kind == PERSON
            and folded not in people
            and folded not in lower
            and (_OFFICE.match(said_by[folded]) or _WORD_CLASS.get(head) == PERSON)
        ):
            # "Black Rod: official who summons MPs …", "Lord Speaker: presides over …": a post
            # someone holds, not someone named; among "Walter Bagehot" and "Gina Miller" it
            # reads apart (round 21, B22 and B53)
            kind = OFFICE
        if (
            kind is None
            and head
            and heads[head] > 1
            and several
            and not _DATED.match(said_by[folded])
        ):
            # ("Bill of Rights: 1689 – …" is a dated document, no kind of "public bill")
            kind = _NAMED_HEAD.format(head)
        if kind is None and said == UNKNOWN and shared and defined[shared] > 1:
            kind = (_TERM_HEAD if shared in names else _SHARED_HEAD).format(shared)
        if not (kind or said) and (
            _gerund_name(folded)
            or (_deverbal_name(folded) and is_clause_definition(said_by[folded]))
        ):
            # "Heating: energy is transferred …", "Absorption: small molecules pass …": named
            # by what is done, and defined by what happens
            kind = PROCESS
        kinds.setdefault(folded, kind or said)
    _names_done_nothing(kinds, read, lower)
    # "Capital punishment", "Corporal punishment" (named so) and "Deterrence: punishment meant
    # to …", "Retribution: punishment as revenge …" (defined so) are one family of the deck.
    named_families = {
        _NAMED_HEAD.format(head) for _, several, head, _, _ in read if several and heads[head] > 1
    }
    for folded, kind in kinds.items():
        if kind.startswith(_DEFINED_AS):
            named = _NAMED_HEAD.format(kind[len(_DEFINED_AS) : -1])
            if named in named_families:
                kinds[folded] = named
    return kinds


def _names_done_nothing(
    kinds: dict[str, str], read: list[tuple[str, bool, str, str, str]], lower: set[str]
) -> None:
    """A name is no process where the deck writes its processes in lower case: "La
    Grenouillère: bathing spot and floating café on the Seine" opens with an "-ing" word used
    as a noun's (a bathing spot), and beside "cropping" and "alla prima" it was offered as a
    technique (round 23, B7 and B53). Such a name gets no kind (no wrong options by kind)."""
    done = [folded for folded, kind in kinds.items() if kind in _DONE]
    if sum(folded in lower for folded in done) < _MIN_LOWER_DONE:
        return
    for folded, *_ in read:
        if kinds.get(folded) in _DONE and folded not in lower:
            kinds[folded] = UNKNOWN


# Kinds of terms that name what is done or had; a deck writing this many of them in lower case
# writes its common terms so, and a capitalised term among them is a name.
_DONE = frozenset({PROCESS, QUALITY, CONDITION})
_MIN_LOWER_DONE = 2


# A definition opening on one year (not a life span): "1689 – after the Glorious Revolution …".
_DATED = re.compile(r"^\W*(?:c\.\s*)?\d{3,4}(?!\d|\s*[–-]\s*\d)")
# A definition of a post: "official who …", "the officer in charge of …".
_OFFICE = re.compile(
    r"(?i)^\W*(?:an?\s+|the\s+)?(?:senior\s+|chief\s+)?(?:official|officer|post|office)\b"
)
# A definition of anyone who does something: "person who …", "someone that …", "a people who …".
_ANYONE_WHO = re.compile(
    r"(?i)^\W*(?:an?\s+|the\s+)?(?:person|people|someone|somebody|anyone|one|individual"
    r"|individuals)\s+(?:who|that|whose|which)\b"
)


def _gerund_name(folded: str) -> bool:
    """True for a name that is a verb's "-ing" form, alone or before its object ("heating",
    "counting coup"): what is done. Short words ("king", "string") are left out."""
    words = folded.split()
    return (
        0 < len(words) <= _GERUND_WORDS
        and len(words[0]) > _MIN_GERUND
        and (words[0].endswith("ing"))
    )


_GERUND_WORDS = 2
_MIN_GERUND = 5


def is_clause_definition(definition: str) -> bool:
    """True when a definition is a statement with a subject of its own ("no electricity is
    generated when …"), not a noun phrase saying what the term is (see `_FINITE`)."""
    folded = fold(definition)
    if folded.startswith(("when ", "where ")):
        return False
    head, _ = _phrase_of(definition)
    return not head and bool(folded.split()) and folded.split()[0] not in _NEW_PHRASE


def _person_name(term: str, said: str, head: str) -> bool:
    """True for a term written as one person's name: capitalised words (a lower-case particle
    between them: "Billy the Kid") not ending in a word naming a kind of thing ("General
    Strike", "Homestead Act"), that start with a title, an initial or a common given name
    ("Joseph McCoy", "Sir Robert Peel"), or that the definition calls a person or a role ("Wyatt
    Earp: a lawman …")."""
    words = term.split()
    if len(words) < _NAME_WORDS or not words[-1][:1].isupper():
        return False
    if not all(word[:1].isupper() or word in _NAME_PARTICLES for word in words):
        return False
    folded = tuple(fold(term).split())
    if ends_in_category(folded) or name_has_kind(term):
        return False
    if folded[-1] in _OCCUPATIONS:
        return False  # "Lord Speaker", "Lord Chancellor": a title before an office, no one's name
    if names_a_person(folded):
        return True
    # The definition's own head names a person ("a lawman …"), not a word before it ("an
    # official English Bible …").
    return said in (PERSON, ROLE) and (_WORD_CLASS.get(head) == PERSON or _agent(head))


_NAME_WORDS = 2
# Lower-case words a person's name may hold: "Billy the Kid", "Charles de Gaulle".
_NAME_PARTICLES = frozenset("the of de da di del der den van von la le du".split())  # noqa: SIM905


# What a definition says a place, a building, an institution, a date or a named work is: its
# term is a name, not a word with a meaning (round 23: "What does “Arles” mean?", "… “1886”
# mean?", "… “Art Institute of Chicago” mean?").
THING_HEADS = frozenset(
    """
    village town city capital port river island mountain region province country state street
    road boulevard square museum gallery station venue building palace fort castle church
    cathedral temple mosque abbey monastery theatre school university college academy newspaper
    journal magazine year decade century date series serie sculpture statue
    """.split()  # noqa: SIM905
)


def concrete_family(kind: str) -> bool:
    """True for a family the deck's own definitions make of places, buildings, institutions,
    dates or named works ("those defined as a “village”", "… “museum”"): a card of another kind
    or of none reads apart among them, however near its card's words."""
    if not is_family(kind):
        return False
    head = kind[kind.find("“") + 1 : kind.rfind("”")]
    return head in THING_HEADS


def is_family(kind: str) -> bool:
    """True for a kind the deck's own wording makes (`_DECK_KINDS`: "sorts of “allele”", "those
    defined as a “punishment”"), not one of the kinds known in any subject."""
    return kind.startswith(_DECK_KINDS)


def is_abstract(kind: str) -> bool:
    """True for kinds naming ideas (policies, practices, attitudes, sorts of a deck's own key
    term) or none the deck can tell: key terms of one section of these kinds may stand among
    each other."""
    return kind in ABSTRACT or kind.startswith(_DECK_KINDS)


def _verb_after(previous: str, word: str) -> bool:
    """True when `word`, after the plural noun `previous`, opens a predicate: a verb of the
    present ("cells detect", "vessels widen") or an adverb before one ("cells no longer …").
    English puts a plural noun before another noun seldom ("plant cells", not "plants cells"),
    and an adjective after one seldom, so a plain word there is the clause's verb."""
    if not _plural(previous) or not word.isalpha():
        return False
    if word in _BEFORE_VERB:
        return True
    return len(word) >= _MIN_VERB and word not in STOP_WORDS and not _plural(word)


# Adverbs that stand between a subject and its verb.
_BEFORE_VERB = frozenset("no not never also only often usually always then still".split())  # noqa: SIM905
_MIN_VERB = 3


def _plural(word: str) -> bool:
    """A word's look of an English plural: "-s" after a letter other than s, u or i ("cells",
    "molecules"; not "gas", "virus", "crisis" nor "glass")."""
    return len(word) > _MIN_PLURAL and word.endswith("s") and word[-2] not in "siu'"


_MIN_PLURAL = 3


def _deverbal_name(folded: str) -> bool:
    """True for a one-word name that is a verb's noun ("absorption" of absorb, "assimilation"
    of assimilate, "punishment" of punish), by the lemmatizer's derivational links: named by
    what is done, as a verb's "-ing" form is."""
    if " " in folded or len(folded) < _MIN_DEVERBAL or not folded.endswith(("ion", "ment")):
        return False
    return any(
        not form.startswith(folded) and is_dictionary_word(form) for form in word_family(folded)
    )


_MIN_DEVERBAL = 7


def _unclassed_noun(word: str) -> bool:
    """True for a noun phrase's last word that names no known kind, singular or plural (not a
    word of grammar: "through" of "pass through" is none; nor a verb's form, which the
    lemmatizer takes to another word: "rebuilt" of "a country rebuilt in 1919")."""
    return (
        word.isalpha()
        and word not in STOP_WORDS
        and lemma(word) in (word, _singular(word))
        and len(word) > _MIN_NOUN
        and _WORD_CLASS.get(word) is None
        and _WORD_CLASS.get(_singular(word)) is None
        and not _agent(word)
    )


_MIN_NOUN = 2


def _singular(word: str) -> str:
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word
