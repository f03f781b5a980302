"""Other names a line of notes gives a thing, read off the line's shape, for the quiz's grader.

Notes name a thing twice in a few set ways, and a teacher accepts either name typed:

- an acronym spelt out: "CID (Criminal Investigation Department)", "IVF = in vitro
  fertilisation", "ADH (anti-diuretic hormone): released by …", "DNA (deoxyribonucleic acid)"
  — the pairs /ask reads (`knowledge.search._spans.expansion_pairs`), but a list ("MAIN =
  Militarism, Alliances, …"), which names no one thing;
- "also called", "aka", "also known as": "Gravitropism (aka geotropism): growth …" — the pairs
  /ask reads too (`knowledge.search._also_called.also_called_pairs`), the first name opening
  the line;
- a line's label with a gloss in brackets before its separator: "Myopia (short sightedness) -
  light focused in front of retina";
- a term's label with a nickname in quotes after its colon: 'Conscientious objectors WW1 +
  WW2: "conchies", refused to fight' (not a name's: 'Hitler: "lebensraum"' quotes an idea);
- a ruler's or a person's byname in quotes after the name: 'Valdemar IV "Atterdag" of
  Denmark' -> "Valdemar Atterdag", 'Manuel I "the Fortunate"' -> "Manuel the Fortunate"
  (`bynames`);
- a capitalised name with a short lower-case gloss in brackets anywhere in the line: "the
  Reichstag (parliament)" (`glossed_names`), or with its initials: "Monetary Policy Committee
  (MPC)" (`initials_spelt`).

The label rules read a line's opening (a fact's text or a group's label); an acronym is found
anywhere in it. A proper name's bracket says what the place or person is, not another name
("Flamborough Head (chalk) - …"), so a label of capitalised words takes no gloss. The one
reader (`bot.questions._other_names`) checks each pair against the deck (`_name_checks`): the
other name must name nothing else in it, and a gloss must read as a name, not a comment.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from knowledge.given_names import is_title, names_a_person
from knowledge.search._also_called import also_called_pairs
from knowledge.search._spans import expansion_pairs, spells_acronym_words
from knowledge.text import fold

# A line's label: up to four words at its start (after a bullet), letters only.
_LABEL = r"(?P<label>[A-Za-z][A-Za-z'’-]*(?:\s+[A-Za-z][A-Za-z'’-]*){0,3})"
_BULLET = r"^\s*(?:[-*•]\s+)?"
# "Myopia (short sightedness) - light …", "Term (gloss): …", "Term (gloss) = …", "… -> …".
_LABEL_GLOSS = re.compile(
    _BULLET + _LABEL + r"\s*\((?P<gloss>[^()]{2,60})\)\s*(?::|=|[-–—]\s|->|→|⇒)"
)
# 'Conscientious objectors WW1 + WW2: "conchies", …': a nickname in quotes opening what the
# label's colon leads to, then a comma, a full stop, a semicolon or the end.
_NICKNAME = re.compile(
    _BULLET
    + _LABEL
    + r"(?![\w'’])[^:\"“”]{0,30}:\s*[\"“‘'](?P<nick>[a-z][a-z'’-]+(?:\s+[a-z][a-z'’-]+){0,2})"
    + r"[\"”’'](?=\s*(?:[,;.]|$))"
)
_CAPITAL_PAIR = re.compile(r"[A-Z][A-Z]")
_WORDS_ONLY = re.compile(r"[^\W\d_]+(?:(?:\s+|[-'’])[^\W\d_]+)*")
_MAX_ACRONYM = 6


def acronym_pairs(text: str) -> Iterator[tuple[str, str]]:
    """(acronym in capitals, the words it stands for) of each acronym the line spells out."""
    if _CAPITAL_PAIR.search(text) is None:
        return
    for letters, expansion in expansion_pairs(text):
        # "DDT = dichlorodiphenyltrichloroethane; a pesticide …": the words before the ";"
        words = expansion.split(";", 1)[0].strip()
        if " " not in words and not spells_acronym_words(letters.casefold(), (fold(words),)):
            continue  # one word must hold the letters in order ("ddt" in dichloro…ethane)
        if len(letters) > _MAX_ACRONYM or not _WORDS_ONLY.fullmatch(words):
            continue  # a list ("MAIN = Militarism, Alliances, …"), a sum ("… = brain + spinal cord")
        if fold(words)[:1] == letters[:1]:
            yield letters.upper(), words


def also_pairs(text: str) -> Iterator[tuple[str, str]]:
    """(name, other name) of each "X (also called Y)" or "X (or Y)" of the line whose X opens
    the line: "the nucleus of an atom (also called the proton number)" names the line's term,
    not the atom."""
    pairs = [*also_called_pairs(text), *_or_pairs(text)]
    opening = _OPENING.sub("", text, count=1) if pairs else ""
    for before, after in pairs:
        if opening.startswith(before) or _opens_after_article(opening, before):
            yield before, after


def same_noun_pairs(text: str) -> Iterator[tuple[str, str]]:
    """(name, other name) of each "X (also called Y)" inside a line where the two names end in
    one noun ("under the domestic system (also called the putting-out system)"): that noun says
    both name one kind of thing, where the words before an "also called" mid-line are as often
    a description of it ("the nucleus of an atom (also called the proton number)")."""
    opening = _OPENING.sub("", text, count=1)
    for before, after in also_called_pairs(text):
        if not opening.startswith(before):
            same_noun = _same_head_end(before, after)
            if same_noun is not None:
                yield same_noun, after


def _opens_after_article(opening: str, name: str) -> bool:
    """True when the line opens with `name` after an article ("The overlooker (or …")."""
    first, _, rest = opening.partition(" ")
    return fold(first) in ("the", "a", "an") and rest.startswith(name)


# "The overlooker (or tackler) supervised …": a bracket opening with "or" gives the thing's other
# name, a few words with no figure ("about 5 km (or 3 miles)" gives a measure, not a name).
_OR_BRACKET = re.compile(
    r"([A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){0,2})\s*\(\s*or\s+(?:the\s+|a\s+|an\s+)?"
    r"([A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){0,2})\s*\)"
)


def _or_pairs(text: str) -> list[tuple[str, str]]:
    """(name, other name) of each "X (or Y)" of the line, X up to three words before it."""
    if "(or " not in text and "( or " not in text:
        return []
    pairs = []
    for found in _OR_BRACKET.finditer(text):
        name = found.group(1).split()
        if name and fold(name[0]) in ("the", "a", "an"):
            name = name[1:]
        # "Workers were fined (or sacked)": a clause before the bracket, not a name
        if name and not any(fold(word) in _SMALL_WORDS for word in name):
            pairs.append((" ".join(name), found.group(2)))
    return pairs


def _same_head_end(before: str, after: str) -> str | None:
    """The end of `before` (two or three words, no small word) that ends in the noun `after`
    ends in ("under the domestic system", "putting-out system" -> "domestic system"), or None."""
    words = before.split()
    other = after.split()
    if len(other) < 2 or not words or fold(words[-1]) != fold(other[-1]):
        return None
    for size in (2, 3):
        end = words[-size:]
        whole = size == 3 or len(words) < 3 or fold(words[-3]) in _SMALL_WORDS
        if whole and len(end) == size and all(fold(word) not in _SMALL_WORDS for word in end):
            return " ".join(end)
    return None


# Words that end a name's run of words when met before it ("under the domestic system").
_SMALL_WORDS = frozenset(
    """
    a an the of in on at to by for from with under over into and or but as is was were are
    his her its their this that these those
    """.split()  # noqa: SIM905
)


def label_gloss(text: str) -> tuple[str, str] | None:
    """(label, what its bracket holds) when the line opens "Label (…)" and a separator follows
    the bracket; whether what the bracket holds is another name is the caller's call."""
    found = _LABEL_GLOSS.match(text) if "(" in text else None
    if found is None:
        return None
    label = found.group("label")
    words = label.split()
    if len(words) > 1 and all(word[:1].isupper() for word in words):
        return None  # "Flamborough Head (chalk)": what the place is made of
    return label, found.group("gloss").strip()


def nickname(text: str) -> tuple[str, str] | None:
    """(label, nickname) when the line opens 'Label …: "nickname",' and the label is a term of
    two words or more, not a name: 'Hitler: "lebensraum"' quotes what a person wanted."""
    found = _NICKNAME.match(text) if ":" in text else None
    if found is None:
        return None
    label = found.group("label")
    words = label.split()
    if len(words) < 2 or all(word[:1].isupper() for word in words):
        return None
    return label, found.group("nick")


_OPENING = re.compile(_BULLET)


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


def glossed_names(text: str) -> Iterator[tuple[str, str]]:
    """(name, gloss) for each capitalised name of the line with a short lower-case gloss in
    brackets after it ("Reichstag (parliament)"); whether the gloss is another name is the
    caller's call."""
    if "(" not in text:
        return
    for match in _GLOSSED.finditer(text):
        yield match.group("name"), match.group("gloss")


def initials_spelt(text: str) -> Iterator[tuple[str, str]]:
    """(name, initials) for each name of the line followed by its initials in brackets, the
    name cut to the words they spell ("Bank of England's Monetary Policy Committee (MPC)":
    "Monetary Policy Committee")."""
    if "(" not in text:
        return
    spelt: set[str] = set()
    for match in _EXPANDED.finditer(text):
        initials = match.group("initials")
        expansion = _expansion(match.group("name").split(), initials)
        if expansion:
            spelt.add(initials)
            yield expansion, initials
    for match in _INITIALS.finditer(text):
        initials = match.group("initials")
        if initials not in spelt:
            expansion = _parts_expansion(text[: match.start()].split()[-_MOST_WORDS:], initials)
            if expansion:
                yield expansion, initials


# "(EFEO)", "(INGV)": initials in brackets, whatever the words before them look like.
_INITIALS = re.compile(r"\((?P<initials>[A-Z]{3,6})\)")
_MOST_WORDS = 10
# Small words a name's initials skip, in the languages names in notes come in ("Istituto
# Nazionale di Geofisica e Vulcanologia"); a word elided before a vowel ("d'Extrême") too.
_SKIPPED = frozenset(
    "of for and the on de du des di del della e la le y et von van der".split()  # noqa: SIM905
)
_ELIDED = re.compile(r"^(?:[dlDL]|dell)['’]")


def _parts_expansion(words: list[str], initials: str) -> str:
    """The end of `words`, opening with a capital, whose words' parts spell `initials` (""
    if none): a name in another language keeps its common nouns lower-case and joins words
    with hyphens and elisions ("École française d'Extrême-Orient (EFEO)": É, f, E, O), which
    `_expansion`, reading capitalised English names, does not take apart."""
    for start, first in enumerate(words):
        if not first[:1].isupper() or fold(first) in _SKIPPED:
            continue
        kept = words[start:]
        if any(word[-1:] in ",;:.!?)" for word in kept):
            continue  # the end crosses a clause or a bracket: not one name
        letters = [
            part[0]
            for word in kept
            for part in (_ELIDED.sub("", piece) for piece in word.split("-"))
            if part and fold(part) not in _SKIPPED
        ]
        if len(letters) > 2 and fold("".join(letters)) == fold(initials):
            return " ".join(kept)
    return ""


# 'Valdemar IV "Atterdag"', 'Manuel I "the Fortunate"': capitalised words (a regnal number
# after them), then a capitalised byname in quotes.
_BYNAME = re.compile(
    r"(?<![\w'’-])(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}?)(?P<number>\s+[IVX]{1,4})?"
    r"\s+[\"“](?P<by>(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})[\"”]"
)


def bynames(text: str, *, person: Callable[[tuple[str, ...]], bool]) -> Iterator[tuple[str, str]]:
    """(name, first name and byname) for each name of the line with a byname in quotes after it,
    the name a ruler's (a regnal number after it) or a person's (`person` of its folded words):
    'Operation "Barbarossa"' names no one."""
    if '"' not in text and "“" not in text:
        return
    for found in _BYNAME.finditer(text):
        name, number, by = found.group("name"), found.group("number"), found.group("by")
        if not number and not person(tuple(fold(name).split())):
            continue
        words = name.split()
        first = next((w for w in words if not is_title(fold(w))), words[-1])
        yield f"{name}{number or ''}", f"{first} {by}"  # "Prince Henry": "Henry the Navigator"


# "Lord Shaftesbury (Anthony Ashley-Cooper)": a peer's title and name, then the person's own
# name in brackets, a given name and a surname.
_PEER = re.compile(
    r"(?<![\w'’-])(?P<name>(?:Lord|Lady|Earl|Duke|Duchess|Baron|Baroness|Viscount|Viscountess|"
    r"Marquess|Marquis|Countess)(?:\s+of)?\s+[A-Z][\w'’-]+)\s*"
    r"\((?P<other>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})\)"
)


def peer_names(text: str) -> Iterator[tuple[str, str]]:
    """(peer's title and name, own name) of each "Lord Shaftesbury (Anthony Ashley-Cooper)" of
    the line: a peer is known by both, and a student may give either. The bracket must read as a
    person's name (a common given name first), not a place or a post ("Lord Nelson (Trafalgar)",
    "Lord Grey (Prime Minister)")."""
    if "(" not in text:
        return
    for found in _PEER.finditer(text):
        if names_a_person(tuple(fold(found["other"]).split())):
            yield found["name"], found["other"]
