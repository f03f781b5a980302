"""Who "he", "she", "it" or "they" is: a pronoun opening a sentence of prose notes, resolved.

Notes written as paragraphs lean on the sentence before: "Marie Curie was born in Warsaw in
1867. She moved to Paris in 1891. In Paris she studied physics…". Read alone, "She moved to
Paris in 1891" is about nobody: /ask cannot find it for "when did curie move to paris?", and a
quiz cannot ask it ("_____ moved to Paris in 1891" has no answer a student could know). This
module finds what the pronoun opening a sentence (or its first clause, after a fronted phrase:
"In Paris she studied …") stands for, and only when that is clear:

- "he"/"she" (and "his"/"her" opening a sentence) stand for a person named in the sentence
  before: the one person there of that sex, or the sentence's subject when nobody else there
  could be meant. A sentence that names nobody but goes on about "him" keeps the person the
  sentence before it was about ("He was wounded. Most of his friends died. After the war he
  …"). Who is a person, and of which sex, the notes tell: a title (Mr, Queen), a common given
  name, the deck's own list of people, the other words of such a name ("Marie Curie", then
  "Curie"), and a sentence naming one person with "he" or "she" in it;
- "it"/"its" stand for a thing: the sentence before's subject when that is no person ("The
  pump drained mines. It was powered by steam"), or else the object right after its verb
  ("Smith wrote the report in 1850. It was published…"), when no other name competes; an "it"
  that stands for nothing ("It is thought that …") is left alone;
- "they"/"their" for a plural subject ("The colonists …", "Sam and Ella …").

Anything less clear gives nothing, and the sentence is read as it is: two people and no way to
tell which, a person for "it", a pronoun after a new group heading. `restored` writes the
sentence with its pronoun replaced ("In Paris Marie Curie studied physics"), for a question.

Both /ask (`knowledge.search._facts`, the subject a line carries) and the quiz builder
(`bot.questions`, pronoun-led sentences asked with their subject restored) use it. Plain regular
expressions, and a sentence is read only in a run where some sentence opens with a pronoun.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from knowledge.given_names import EITHER_SEX, FEMALE_NAMES, GIVEN_NAMES, TITLES
from knowledge.search._lemma import MONTH_NAMES


def _word_set(text: str) -> frozenset[str]:
    """The whitespace-separated words of `text` (word lists kept readable)."""
    return frozenset(text.split())


_NAME_STARTS = GIVEN_NAMES | TITLES
_MALE_TITLES = _word_set(
    "mr sir lord king prince emperor tsar czar kaiser pope bishop archbishop cardinal"
)
_FEMALE_TITLES = _word_set("mrs miss ms lady queen princess empress dame")
_MALE = frozenset({"he", "his", "him", "himself"})
_FEMALE = frozenset({"she", "her", "hers", "herself"})
_THING = frozenset({"it", "its"})
_PLURAL = frozenset({"they", "their"})
_POSSESSIVE = frozenset({"his", "her", "its", "their"})
_OPENERS = frozenset({"he", "she", "it", "they", "his", "her", "its", "their"})

# Words a sentence opens with before its subject: "After the war he …", "In 1942 she …".
_FRONTING = frozenset(
    """
    after in during by at on when before later then finally soon eventually meanwhile while as
    once since from with also but and so however afterwards today now still until within a
    throughout following despite although though because over under between among around
    """.split()  # noqa: SIM905
)
# Words that are never names, though a sentence opens with them capitalised.
_FUNCTION = _FRONTING | frozenset(
    """
    a an the this that these those some many most much more few all both each every any no
    his her its their our my your he she it they we i you there here what which who when where
    why how if of to for or yet not only even just
    """.split()  # noqa: SIM905
)
_ORDINALS = _word_set("first second third one two three")  # "First, …": no name
_VERBS = frozenset(
    """
    is are was were has have had can could will would did does do may might must became becomes
    become be been shall should began begins wrote writes made makes took takes gave gives went
    goes came comes found finds kept keeps held holds led leads met meets ran runs saw sees set
    sets sent sends built builds won wins lost loses fought fights grew grows knew knows thought
    thinks told tells says said read reads spent spends taught teaches sold sells paid pays
    brought brings bought buys chose chooses drew draws fell falls felt feels flew got gets hid
    lay meant means rose sang sat spoke stood stole struck swam threw wore
    """.split()  # noqa: SIM905
)
_ARTICLES = frozenset({"the", "a", "an"})
# What a name in a fronted phrase comes after: "In Paris", "During the War", "Since Easter".
_BEFORE_PLACE = _word_set("in at on from near during after before since until the across")
_DETERMINERS = frozenset({"the", "his", "her", "its", "their"})  # before a subject of its own
# Before a place or a time, not a thing an "it" goes on about ("founded in 1858 in France").
_PREPOSITIONS = _word_set(
    "in at on from to into near by across along over under of for with against towards"
)
_WORD = re.compile(r"[A-Za-z][\w'’-]*")
_NAME_WORD = re.compile(r"[A-Za-z][\w-]*")
_CONNECTOR = frozenset({"of", "the", "de", "von", "van", "der", "la", "le", "du", "da"})
_MAX_FRONTED = 8  # words of a fronted phrase before its clause's pronoun ("After the long war he")
_MAX_SUBJECT = 5  # words of a subject read up to its verb ("The first steam pump")
# "It is thought that …", "It was not until 1928 that …", "It took ten years to …": no thing.
_DUMMY_IT = re.compile(
    r"it\s+(?:is|was|has been|had been|seems|seemed|took|takes|became|becomes)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:that|to|until|for|when|whether|how|why)\b",
    re.IGNORECASE,
)
_INNER_IT = re.compile(r"\b(?:it|its)\b", re.IGNORECASE)
_UNCLEAN = re.compile(r"[:;–—()\[\]\"“”=|/]| - ")
# The end of a sentence's main clause: a comma, a dash, a relative or joining word.
_CLAUSE_END = re.compile(
    r"[,;:–—(]| - |\b(?:which|who|whom|whose|that|where|when|because|although|while|but|and)\b"
)
# A line of prose ends as a sentence does; an outline's fragments mostly do not.
_SENTENCE_END = re.compile(r"[.!?][\"”’')\]]*\s*$")
_MONTHS = MONTH_NAMES | _word_set("monday tuesday wednesday thursday friday saturday sunday")


@dataclass(frozen=True, slots=True)
class Resolved:
    """What the pronoun opening a sentence stands for: the pronoun's place in the sentence and
    the name (as the notes wrote it) it is replaced by."""

    start: int
    end: int
    pronoun: str  # folded: "he", "its"
    name: str  # "Marie Curie", "the pump"
    # what an "it" later in the sentence stands for: "He used it to …" after "Curie built an
    # electrometer." (for /ask's context; a question restores only the opening pronoun)
    also: str = ""


@dataclass(frozen=True, slots=True)
class _Name:
    """A capitalised run of one sentence ("Marie Curie", "Royal Society"), with its folded words."""

    text: str
    start: int
    words: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class _Read:
    """What one sentence offers the sentence after it."""

    people: tuple[_Name, ...]  # the people it names, a person it is about first
    subject: str | None  # its subject, as written
    person: bool  # … a person
    plural: bool  # … plural ("The colonists", "Sam and Ella")
    thing: str | None  # the one thing an "it" after it could be, None when unclear
    sexes: frozenset[str]  # "m", "f": the sexes of the he/she/his/her it uses
    named: bool  # it names anything (a person, a place, a thing)
    objects: frozenset[str]  # "m", "f", "it": whom its main clause's "him"/"her"/"it" is about
    maybe: bool  # its subject is a lone name that may be a person's ("Ada met …")


def resolve(
    sentences: Sequence[str],
    groups: Sequence[str | None] | None = None,
    cast: Cast | None = None,
) -> list[Resolved | None]:
    """For each sentence of a run (one topic's lines, in order), what its opening pronoun stands
    for, or None (no such pronoun, or no clear antecedent in the sentence before). `groups`:
    each sentence's group, over whose change no pronoun reaches back; `cast`: the deck's people
    (by default, those of `sentences` alone)."""
    found: list[Resolved | None] = [None] * len(sentences)
    openings = [_opening(sentence) for sentence in sentences]
    if not any(openings[1:]):
        return found
    known = cast if cast is not None else Cast(lambda: sentences)
    focus: dict[str, str] = {}  # sex -> the person the last sentences were about
    before: _Read | None = None
    for position, sentence in enumerate(sentences):
        opening = openings[position]
        new_group = position > 0 and groups is not None and groups[position] != groups[position - 1]
        if new_group:
            focus.clear()
        if (
            opening is not None
            and before is not None
            and not new_group
            and _SENTENCE_END.search(sentence)
            and _SENTENCE_END.search(sentences[position - 1])
        ):
            name = _antecedent(opening[2], before, known, focus)
            if name is not None:
                also = ""
                if opening[2] not in _THING and _INNER_IT.search(sentence, opening[1]):
                    also = before.thing or ""
                found[position] = Resolved(opening[0], opening[1], opening[2], name, also)
        before = _read(sentence, found[position], known)
        _refocus(focus, before, known)
    return found


def restored(sentence: str, resolved: Resolved) -> str:
    """`sentence` with its opening pronoun replaced by what it stands for: "She moved to Paris"
    -> "Marie Curie moved to Paris", "His laboratory …" -> "Pasteur's laboratory …"."""
    name = resolved.name
    if resolved.pronoun in _POSSESSIVE:
        name = f"{name}'" if resolved.pronoun == "their" and name.endswith("s") else f"{name}'s"
    article, _, rest = name.partition(" ")
    if article.casefold() in {"a", "an"} and rest:
        name = f"the {rest}"  # "Curie built an electrometer. It …": the electrometer
    if resolved.start == 0:
        name = name[:1].upper() + name[1:]
    elif name.split()[0] == "The":
        name = name[:1].lower() + name[1:]
    return sentence[: resolved.start] + name + sentence[resolved.end :]


def _opening(sentence: str) -> tuple[int, int, str] | None:
    """The pronoun that is the subject (or the subject's owner) of a sentence's first clause:
    its first word, or its first "he"/"she"/"it"/"they" after a short fronted phrase ("In 1942
    he …", "A week later, on 5 May, she …") with no name or verb before it (then the clause has a
    subject of its own: "In 1898 Curie and …")."""
    previous, previous_end, previous_capital = "", 0, False
    for index, match in enumerate(_WORD.finditer(sentence)):
        word = match.group(0).casefold()
        if index == 0:
            if word in _OPENERS:
                if word == "it" and _DUMMY_IT.match(sentence, match.start()):
                    return None
                return match.start(), match.end(), word
            if word not in _FRONTING:
                return None
            previous, previous_end = word, match.end()
            continue
        if word in _OPENERS and word not in _POSSESSIVE:
            if word == "it" and _DUMMY_IT.match(sentence, match.start()):
                return None
            if previous in _PREPOSITIONS and not sentence[previous_end : match.start()].strip():
                return None  # "In it a ploughman …": no subject
            return match.start(), match.end(), word
        # "In Paris she …", "During the Second World War he …", not "After Curie's death he …"
        capital = match.group(0)[:1].isupper() and not (
            word in _MONTHS or previous in _BEFORE_PLACE or previous_capital
        )
        if index >= _MAX_FRONTED or _is_verb(word) or capital:
            return None
        previous_capital = match.group(0)[:1].isupper()
        previous, previous_end = word, match.end()
    return None


def _antecedent(pronoun: str, before: _Read, known: Cast, focus: dict[str, str]) -> str | None:
    """What `pronoun` stands for, given the sentence before (None when not clear)."""
    if pronoun in _THING:
        # "Respiration releases energy from it. It is …": the "it" of the sentence before
        return before.thing if "it" not in before.objects else None
    if pronoun in _PLURAL:
        return before.subject if before.plural and not before.person else None
    sex = "m" if pronoun in _MALE else "f"
    if not before.people and not before.person:
        if before.subject is not None and _role(before.subject):
            # "The emperor was the Sapa Inca. His chief wife …": the emperor, whom nobody names
            # (own Inca deck: the table row before named Pizarro, read "Pizarro's chief wife")
            return before.subject
        # "Most of his friends died.", "A film followed in 1939.": nobody named, so still about
        # the person before
        return focus.get(sex)
    if before.subject is None or sex in before.objects:
        return None  # "Edward named him as his heir. He …": the "him", not Edward
    return _pick(sex, before, known)


# Nouns naming a person by a role: a sentence about "the emperor" is about someone it does not
# name, so a pronoun after it stands for that person, not for one named earlier.
_ROLE_NOUNS = (
    _MALE_TITLES
    | _FEMALE_TITLES
    | _word_set(
        """ruler leader chief president governor general commander founder pharaoh sultan shah khan
    caliph chieftain priest priestess monk nun monarch sovereign heir father mother son
    daughter wife husband man woman boy girl soldier worker farmer merchant author artist
    scientist engineer inventor writer explorer pilot captain admiral consul senator"""
    )
)


def _role(subject: str) -> bool:
    """True for a subject that names a person by a role: "the emperor", "the first president"."""
    last = subject.rsplit(maxsplit=1)[-1].casefold() if subject.split() else ""
    return last in _ROLE_NOUNS


def _pick(sex: str, read: _Read, known: Cast) -> str | None:
    """The person of `sex` a sentence is about, when clear: its subject, unless someone else it
    names could be meant as well, or the one person it names who could be of that sex."""
    fits = [p for p in read.people if known.sex(p.words) in (sex, None)]
    if read.maybe and fits and read.subject and known.sex(_folded(read.subject)) in (sex, None):
        return None  # "Ada met Mary Somerville. She …": Ada may be the one meant
    if read.person and read.subject is not None:
        subject = _folded(read.subject)
        others = [p for p in fits if known.key(p.words) != known.key(subject)]
        if known.sex(subject) not in (sex, None):
            fits = others
        elif not others or (
            known.sex(subject) == sex and all(known.sex(p.words) is None for p in others)
        ):
            return read.subject
        else:
            return None
    keys = {known.key(p.words) for p in fits}
    return fits[0].text if len(keys) == 1 else None


def _refocus(focus: dict[str, str], read: _Read, known: Cast) -> None:
    """The person of each sex the sentences so far were about, after sentence `read`: kept over
    a sentence naming nobody, replaced by the one a sentence naming someone is about."""
    if not read.people and not read.person:
        return
    for sex in ("m", "f"):
        pick = _pick(sex, read, known)
        if pick is None:
            focus.pop(sex, None)
        else:
            focus[sex] = pick


class Cast:
    """The people of a deck: who is a person (a title, a common given name, the deck's own list
    of people; the other words of such a name: "Marie Curie", then "Curie") and, where the notes
    say, of which sex ("Curie … she …" in a sentence naming nobody else). Read from all the
    deck's lines, so a name given in full in one topic is known in the next; worked out on first
    use, so a deck whose lines never open with a pronoun never reads them."""

    def __init__(
        self, sentences: Callable[[], Iterable[str]], people: frozenset[str] = frozenset()
    ) -> None:
        self._source: Callable[[], Iterable[str]] | None = sentences
        self._words: set[str] = set(people)
        self._sex: dict[tuple[str, ...], str | None] = {}  # by surname
        self._named: dict[tuple[str, ...], str | None] = {}  # by the whole name
        self._proper: set[str] = set()  # words the notes capitalise inside a sentence

    def _ready(self) -> None:
        source, self._source = self._source, None
        if source is None:
            return
        sentences = list(source())
        runs = [_names(sentence) for sentence in sentences]
        for names in runs:
            for name in names:
                words = name.words
                if name.start > 0:
                    self._proper.update(words)
                if not _office(words) and (words[0] in TITLES or words[0] in GIVEN_NAMES):
                    self._words.update(w for w in words if w not in TITLES)
        # "Mr Byron", then "Annabella Byron": a known surname makes its given name known too
        extra = {
            name.words[0]
            for names in runs
            for name in self._split(names)
            if len(name.words) == 2
            and name.words[1] in self._words
            and name.words[1] not in GIVEN_NAMES
            and name.words[0] not in self._words
            and name.words[0] not in TITLES
        }
        self._words.update(extra)
        # Whether a name is a man's or a woman's: "Ada changed her name", the he or she of the
        # first clause of a sentence opening with it (or of the whole sentence, when it names
        # no one else); "… Edison sits in the middle: he shows …", of the one person a sentence
        # names, as its subject.
        for sentence, names in zip(sentences, runs, strict=True):
            named = {self.key(n.words): n for n in self._split(names) if self.is_person(n.words)}
            first = names[0] if names and names[0].start == 0 else None
            if first is not None:
                cut = _CLAUSE_END.search(sentence, len(first.text))
                said = _own_sexes(sentence[: cut.start() if cut else len(sentence)])
                others = [n for n in names[1:] if self.is_person(n.words)]
                if len(said) != 1 and not others:
                    said = _own_sexes(sentence)  # "Rivers is a vicar and he …": nobody else
                if len(said) == 1:
                    self._note(first.words, next(iter(said)))
                    continue
            if len(named) != 1 or next(iter(named.values())).start != 0:
                continue
            said = _own_sexes(sentence)
            if len(said) == 1:
                self._note(next(iter(named.values())).words, next(iter(said)))

    def proper(self, words: tuple[str, ...]) -> bool:
        """True for a name whose words the notes capitalise inside a sentence too ("Stalin")."""
        if self._source is not None:
            self._ready()
        return all(w in self._proper for w in words)

    def people(self, names: list[_Name]) -> tuple[_Name, ...]:
        """The names among `names` that are people's."""
        if self._source is not None:
            self._ready()
        return tuple(n for n in self._split(names) if self.is_person(n.words))

    def is_person(self, words: tuple[str, ...]) -> bool:
        """True for a name of a person: a title, a given name, a word known to name someone."""
        if self._source is not None:
            self._ready()
        if _office(words):
            return False
        return words[0] in TITLES or words[0] in GIVEN_NAMES or any(w in self._words for w in words)

    def key(self, words: tuple[str, ...]) -> str:
        """One person's key: the last word of their name ("Marie Curie", "Curie")."""
        return words[-1]

    def sex(self, words: tuple[str, ...]) -> str | None:
        """ "m", "f", or None when the notes do not say (or say both). A title first, then
        its given name, what the notes said of this very name, what they said of its surname."""
        if self._source is not None:
            self._ready()
        first = words[0]
        if first in _MALE_TITLES:
            return "m"
        if first in _FEMALE_TITLES:
            return "f"
        if first in GIVEN_NAMES and first not in EITHER_SEX:
            return "f" if first in FEMALE_NAMES else "m"
        for name in (words, words[:1]):
            if name in self._named:
                return self._named[name]
        return self._sex.get((self.key(words),))

    def _note(self, words: tuple[str, ...], sex: str) -> None:
        for said, key in ((self._named, words), (self._sex, (self.key(words),))):
            if key in said and said[key] != sex:
                said[key] = None  # "Mr and Mrs Smith": a surname two people share
            else:
                said[key] = sex

    def _split(self, names: list[_Name]) -> list[_Name]:
        """`names` with a person's name cut from the run it ends ("During the Second World War
        Curie": "Curie")."""
        cut: list[_Name] = []
        for name in names:
            words = name.words
            at = next(
                (i for i in range(1, len(words)) if all(w in self._words for w in words[i:])),
                None,
            )
            # "Second World War Curie": the person is the last word; "Eve Curie" is one name;
            # "At Lowood Jane", "Great Exhibition Joseph Paxton": a name starts at a given name
            given = next((i for i in range(1, len(words)) if words[i] in _NAME_STARTS), None)
            if given is not None and not any(
                w in self._words or w in _NAME_STARTS for w in words[:given]
            ):
                at = given
            elif at is None or at < 2 or any(w in self._words for w in words[:at]):
                cut.append(name)
                continue
            offset = name.text.casefold().index(words[at])
            cut.append(_Name(name.text[offset:], name.start + offset, words[at:]))
        return cut


def _read(sentence: str, opened: Resolved | None, known: Cast) -> _Read:
    """What `sentence` offers the one after it (see `_Read`)."""
    names = _names(sentence)
    people = known.people(names)
    things = [n for n in names if not known.is_person(n.words) and not _dated(n)]
    # "… founded in 1858 in France": a place or time after a preposition is no "it"
    rivals = [n for n in things if not _after_preposition(sentence, n.start)]
    sexes = _sexes(sentence)
    named = bool(people or things)
    objects = _objects(sentence, opened)
    words = list(_WORD.finditer(sentence))
    verb = next((i for i, m in enumerate(words) if _is_verb_at(words, i)), None)
    if opened is not None and opened.pronoun not in _POSSESSIVE:
        # "She moved to Paris": about whom the pronoun stands for
        person = opened.pronoun in _MALE or opened.pronoun in _FEMALE
        if person:
            people = (_Name(opened.name, -1, _folded(opened.name)), *people)
        if opened.pronoun in _THING:
            thing = None if rivals else opened.name
        else:
            thing = _object(sentence, words, verb, rivals) if person else None
        plural = opened.pronoun in _PLURAL
        return _Read(people, opened.name, person, plural, thing, sexes, named, objects, False)
    subject, person = _subject(sentence, words, verb, names=names, people=people, known=known)
    plural = False
    if subject is not None and not person and verb is not None:
        last = words[verb - 1].group(0)
        # "The Chartists", "Farmers", not "Rivers"
        determined = last.islower() or subject.split()[0] in {"The", "the"}
        plural = " and " in subject or (
            determined and last.endswith("s") and not last.endswith(("ss", "us", "is", "'s", "’s"))
        )
    thing = None
    if subject is not None and not person and not plural:
        if not [n for n in rivals if n.text not in subject]:
            thing = subject
    elif person and verb is not None:
        thing = _object(sentence, words, verb, rivals)
    lone = bool(names) and names[0].start == 0 and len(names[0].words) == 1
    maybe = lone and not person and subject == names[0].text
    if subject is not None and not person:
        # "Inflation is …" -> "In the UK inflation is measured …": capitalised only as it began
        # the sentence ("The Suez Canal Company" keeps its name's capitals)
        first = _WORD.match(subject)
        if first is not None and not known.proper((first.group(0).casefold(),)):
            common = subject[:1].lower() + subject[1:]
            thing = common if thing == subject else thing
            subject = common
    return _Read(people, subject, person, plural, thing, sexes, named, objects, maybe)


def _objects(sentence: str, opened: Resolved | None) -> frozenset[str]:
    """Whom the pronouns in a sentence's main clause, other than its subject, are about: "m"
    for "him", "f" for an object "her", "it" for "it" ("Edward named him as his heir, …")."""
    start = opened.end if opened is not None else 0
    clause = sentence[start:]
    cut = _CLAUSE_END.search(clause, 1)
    if cut is not None:
        clause = clause[: cut.start()]
    found: set[str] = set()
    matches = list(_WORD.finditer(clause))
    for index, match in enumerate(matches):
        word = match.group(0).casefold()
        if word in {"him", "himself"}:
            found.add("m")
        elif word in {"it", "its", "itself"}:
            found.add("it")
        elif word == "her":
            after = matches[index + 1].group(0).casefold() if index + 1 < len(matches) else ""
            if not after or after in _FUNCTION or after.endswith("ly"):
                found.add("f")  # "met her later", not "her name"
    return frozenset(found)


def _subject(
    sentence: str,
    words: list[re.Match[str]],
    verb: int | None,
    *,
    names: list[_Name],
    people: tuple[_Name, ...],
    known: Cast,
) -> tuple[str | None, bool]:
    """A sentence's subject and whether it is a person: the words before its first verb, or
    the person named last before it after a fronted phrase ("During the war Curie drove …")."""
    if verb is None or verb == 0:
        return None, False
    at = words[verb].start()
    first = words[0].group(0).casefold()
    head = sentence[:at].strip()
    named = [p for p in people if 0 <= p.start < at]
    lead = names[0] if names and names[0].start == 0 else None
    if lead is not None and sentence[len(lead.text) :].startswith(","):
        # "Candy, the old swamper, lost his hand": the name before its apposition
        if known.is_person(lead.words) or _unknown_name(lead.text, names, known):
            return lead.text, True
        return None, False
    if first in _DETERMINERS and named and named[-1].start + len(named[-1].text) == len(head):
        return named[-1].text, True  # "The economist Thomas Malthus …", "Her son Ivan …"
    if first in _FRONTING or "," in head:
        if named and sentence[named[-1].start + len(named[-1].text) : at].strip() == "":
            return named[-1].text, True
        return None, False
    if verb > _MAX_SUBJECT or first in {"a", "an"} or first in _FUNCTION - _DETERMINERS:
        return None, False
    if _UNCLEAN.search(head):
        return None, False  # "Fair trade – producers …", "Investment: FDI …": a label, no subject
    if named and named[0].start == 0 and named[0].text == head:
        return head, True
    if any(n.start < at for n in names if known.is_person(n.words)):
        return None, False  # "Curie's husband Pierre …": who, of the two?
    if len(named) == 0 and _unknown_name(head, names, known):
        # "Rosalind Franklin took …", "Stalin tricked …": a name the notes do not place, maybe
        # a person's (so no "it"; "he"/"she" only when nobody else is named)
        return head, True
    return head, False


def _unknown_name(head: str, names: list[_Name], known: Cast) -> bool:
    """True when a subject is a name the notes do not place: two or three capitalised words
    ("Rosalind Franklin"), or a word the notes capitalise inside their sentences too."""
    if not names or names[0].start != 0 or names[0].text != head:
        return False
    words = names[0].words
    if set(words) & _CONNECTOR:
        return False
    return 2 <= len(words) <= 3 or known.proper(words)


def _after_preposition(sentence: str, start: int) -> bool:
    """True when the name at `start` follows a preposition ("in France", "by the Empress", "in
    France and Egypt")."""
    before = _WORD.findall(sentence[:start])[-6:]
    while before and before[-1].casefold() in _ARTICLES:
        before.pop()
    if before and before[-1].casefold() in {"and", "or"}:
        before.pop()
        while before and before[-1][:1].isupper():
            before.pop()
    return bool(before) and before[-1].casefold() in _PREPOSITIONS


def _object(
    sentence: str, words: list[re.Match[str]], verb: int | None, things: list[_Name]
) -> str | None:
    """The object right after a sentence's verb ("wrote the report", "discovered Radium"), when
    it is the only thing the sentence names."""
    if verb is None:
        return None
    after = words[verb + 1 : verb + 8]
    if not after:
        return None
    first = after[0].group(0)
    if first.casefold() in _ARTICLES and len(after) > 1:
        end = after[1].end()
        previous = ""
        for match in after[2:]:  # "the new engine of a ship": the phrase, up to a function word
            word = match.group(0).casefold()
            joined = word == "of" or (previous == "of" and word in _ARTICLES)
            if sentence[end : match.start()] != " " or (word in _FUNCTION and not joined):
                break
            end, previous = match.end(), word
        phrase = sentence[after[0].start() : end]
        while phrase.rsplit(" ", 1)[-1] in {"of", *_ARTICLES}:
            phrase = phrase.rsplit(" ", 1)[0]
    elif first[:1].isupper():
        phrase = next((t.text for t in things if t.start == after[0].start()), "")
    else:
        return None
    # "During the war Curie built a van. It …": a name before the subject competes with nothing
    at = words[verb].start()
    if not phrase or any(t.text not in phrase and t.start > at for t in things):
        return None
    return phrase


def _names(sentence: str) -> list[_Name]:
    """The capitalised runs of a sentence ("Marie Curie", "Royal Society of London"), each cut
    after a possessive ("Curie's"); its first word only when it is no function word."""
    runs: list[_Name] = []
    current: list[re.Match[str]] = []

    def close() -> None:
        while current and current[-1].group(0).casefold() in _CONNECTOR:
            current.pop()
        if current:
            start, end = current[0].start(), current[-1].end()
            text = re.sub(r"['’]s?$", "", sentence[start:end])
            words = tuple(w.casefold() for w in _NAME_WORD.findall(text))
            if words:
                runs.append(_Name(text, start, words))
        current.clear()

    previous_end = 0
    for index, match in enumerate(_WORD.finditer(sentence)):
        word = match.group(0)
        if current and sentence[previous_end : match.start()].strip():
            close()  # a comma, a bracket, a quotation mark: a new run
        previous_end = match.end()
        folded = word.casefold()
        if word[:1].isupper() and folded not in _FUNCTION and (index or folded not in _ORDINALS):
            current.append(match)
            if word.endswith(("'s", "’s", "'", "’")):
                close()
        elif current and word in _CONNECTOR:
            current.append(match)
        else:
            close()
    close()
    return runs


def _is_verb(word: str) -> bool:
    return word in _VERBS or (len(word) > 4 and word.endswith("ed"))


def _is_verb_at(words: list[re.Match[str]], index: int) -> bool:
    """True for a sentence's word that is a verb: a common one, a past "-ed", or a present
    "-s" right after a name ("Curie believes")."""
    word = words[index].group(0)
    folded = word.casefold()
    if _is_verb(folded):
        return True
    return (
        index > 0
        and word.islower()
        and folded.endswith("s")
        and not folded.endswith(("ss", "us", "is", "'s", "’s"))
        and words[index - 1].group(0)[:1].isupper()
        and words[index - 1].group(0).casefold() not in _FUNCTION
        # "Egyptian peasants were": a noun, the verb follows
        and not any(_is_verb(m.group(0).casefold()) for m in words[index + 1 : index + 3])
    )


def _office(words: tuple[str, ...]) -> bool:
    """True for a title of an office ("Lord Mayor of London"), which is no one's name."""
    return words[0] in TITLES and "of" in words


def _dated(name: _Name) -> bool:
    """True for a month or a day named in capitals, which no "it" stands for."""
    return name.words[0] in _MONTHS


def _sexes(sentence: str) -> frozenset[str]:
    """The sexes of the personal pronouns a sentence uses ("m" for he/his/him)."""
    said = {w.casefold() for w in _WORD.findall(sentence)}
    return frozenset(s for s, words in (("m", _MALE), ("f", _FEMALE)) if said & words)


def _own_sexes(sentence: str) -> frozenset[str]:
    """The sexes of the pronouns a sentence's subject could be or own: he, his, she, her name;
    not "him" or "met her", which are someone else ("Ada married him": no man named Ada)."""
    words = [w.casefold() for w in _WORD.findall(sentence)]
    said: set[str] = set()
    for index, word in enumerate(words):
        if word in {"he", "his", "himself"}:
            said.add("m")
        elif word in {"she", "hers", "herself"}:
            said.add("f")
        elif word == "her":
            after = words[index + 1] if index + 1 < len(words) else ""
            if after and after not in _FUNCTION and not after.endswith("ly"):
                said.add("f")  # "her name", not "met her later"
    return frozenset(said)


def _folded(name: str) -> tuple[str, ...]:
    return tuple(w.casefold() for w in _NAME_WORD.findall(name))
