"""Other names a line of notes sets equal to a name, read off the words that say so.

Notes write a thing's other name (a translation, a name in another language, an older or
newer name) in a few set ways, and a teacher accepts either name typed:

- an equals sign or "i.e." opening a bracket: "Harris Treaty 1858 (= Treaty of Amity and
  Commerce)", '"lux nova" (= "new light")', 'the devshirme (i.e. the "boy levy")';
- "now", "today", "nicknamed", "born" or "formerly" opening a bracket, a capitalised name
  after it: "Hven (now Ven, Sweden)", "Hayreddin Barbarossa (born Khizr)";
- "i.e." or "meaning" after a comma: "geocentric model = Earth at the centre, i.e. the
  Ptolemaic system", 'Yıldırım, meaning "Thunderbolt"' (a quoted or capitalised name only:
  "meaning the Earth moves" explains);
- a name in brackets after a name: "Liberal Party (Jiyūtō)", "Frombork (Frauenburg)",
  "Roxelana in Western sources" (`bracket_name`: the caller checks it is no person's place or
  party, which a bracket after a person's name usually is);
- a definition that is only the other name: 'fukoku kyōhei = "rich country, strong army"',
  "Suleiman I = Kanuni, "the Lawgiver"", and for a term that is no English word, the head of
  its definition: "genrō = elder statesmen who advised the emperor", "kapudan pasha = grand
  admiral of the fleet" (`defined_name`).

- a measurement and the same one in other units in brackets: "123 m (404 ft)"
  (`converted`).

Each reader gives the words before the other name as written; which of their endings is the
name (`name_endings`) is the caller's call, as is whether the other name is safe to accept.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

from bot.questions._words import STOP_WORDS
from knowledge.search._dictionary import is_english
from knowledge.text import fold


class Equal(NamedTuple):
    """An other name a line gives, and what comes before it (or the label it defines)."""

    before: str  # the line's words before the marker (a label: the name itself)
    other: str
    # "marked" (=, i.e., meaning), "renamed" (now, born, nicknamed …), "bracket" (a bare
    # name), "named" (a bracket that says it is a name: quoted, or "in Western sources"),
    # "defined" (a definition that is the other name), "head" (the head of a foreign term's
    # definition), "converted" (a measurement in other units)
    shape: str


_QUOTES = "\"'“”‘’"
# "(= Y…)", "(i.e. Y…)", "(now Y…)", "(nicknamed Y…)": what the bracket holds after its cue.
_MARKED_BRACKET = re.compile(
    r"\(\s*(?P<cue>=|i\.\s?e\.?,?|ie,?|now|today|nicknamed|born|formerly|meaning)\s+"
    r"(?P<inside>[^()]{1,80})\)"
)
# ", i.e. Y", ", meaning Y": up to the next comma, semicolon, bracket or the end.
_MARKED_AFTER = re.compile(r",\s*(?P<cue>i\.\s?e\.?,?|meaning)\s+(?P<inside>[^,;()]{1,80})")
# "(Name)", "(Name in Western sources)": capitalised words (a few small words between) only.
_CAPITAL_WORD = r"(?:[A-ZÀ-Þ][\w'’.-]*|(?:of|the|de|du|la|le|von|van|der|al|ad|el|ibn|bin)\b)"
_BARE_BRACKET = re.compile(
    r"\((?P<inside>[A-ZÀ-Þ][\w'’.-]*(?:\s+"
    + _CAPITAL_WORD
    + r"){0,3})(?P<where>\s+in\s+[\w\s]{2,30}?(?:sources|English|French|German|Latin|Turkish|"
    + r"Arabic))?\)"
)
# '("the Conqueror", Fatih)': a quoted epithet opening the bracket, a name or two after it.
_EPITHETS = re.compile(r"\((?P<inside>[\"“][^()\"“”]{2,40}[\"”](?:,\s*[^(),;]{2,40}){0,2})\)")
_CONNECTORS = frozenset(
    {"of", "the", "de", "du", "la", "le", "von", "van", "der", "al", "ad", "el", "ibn", "bin"}
)
_YEAR_AT_END = re.compile(r"\s+\d{3,4}(?:\s*[–-]\s*\d{2,4})?$")
_MAX_OTHER_WORDS = 8
_MAX_NAME_WORDS = 4
_MIN_LIST = 3  # names a definition lists: the members of a group, not another name of it
_CUE_NEEDS_CAPITAL = frozenset({"now", "today", "nicknamed", "born", "formerly"})


def marked(text: str) -> Iterator[Equal]:
    """Each other name a cue ("=", "i.e.", "now", "meaning") gives in the line."""
    if "(" in text:
        for match in _MARKED_BRACKET.finditer(text):
            other = _first_item(match.group("inside"))
            cue = fold(match.group("cue")).rstrip(",")
            if other and _cue_allows(cue, match.group("inside"), other):
                shape = "renamed" if cue in _CUE_NEEDS_CAPITAL else "marked"
                yield Equal(text[: match.start()], other, shape)
    if "," in text:
        for match in _MARKED_AFTER.finditer(text):
            other = _first_item(match.group("inside"))
            cue = fold(match.group("cue")).rstrip(",")
            if other and _cue_allows(cue, match.group("inside"), other):
                yield Equal(text[: match.start()], other, "marked")


# "123 m (404 ft)", "48 m (157 ft)": a number and its unit, then the same in other units.
# Units of length, area, volume, mass, temperature and speed, as notes abbreviate or spell them
# ("425 km2 (164 sq miles)", "197 million m³ (52 million gallons)"), longest first.
_UNITS = (
    r"(?:(?:sq\.?|square)\s+(?:km|kilometres|kilometers|miles|mi|metres|meters|m|ft|feet|yd|yards)"
    r"|(?:km|m|cm|mm|ft|mi|yd)(?:2|3|²|³)|cubic\s+(?:metres|meters|feet|ft|m)"
    r"|kilometres|kilometers|metres|meters|millimetres|centimetres|feet|foot|inches|yards|miles"
    r"|litres|liters|gallons|pints|tonnes|tons|pounds|ounces|grams|kilograms|kilos|hectares"
    r"|acres|knots|mph|km/h|kph|mm|cm|m|km|ft|in|yd|mi|g|kg|t|lb|lbs|oz|st|l|ml|gal|pt|ha"
    r"|°C|°F)(?![\w²³])"
)
# A scale word may come between the number and its unit: "197 million m3 (52 million gallons)".
_AMOUNT = r"\d[\d,]*(?:\.\d+)?(?:\s(?:thousand|million|billion))?"
_CONVERTED = re.compile(
    rf"(?<![\w.,])(?P<first>{_AMOUNT}\s?{_UNITS})\s*"
    rf"\((?:c\.\s*|about\s+|approx\.?\s*|roughly\s+|around\s+)?"
    rf"(?P<second>{_AMOUNT}\s?{_UNITS})\s*\)"
)


def converted(text: str) -> Iterator[Equal]:
    """Each measurement the line gives in two units: "123 m (404 ft)" (a "c." may come
    before the second); not the same unit twice, which would be two figures."""
    if "(" not in text:
        return
    for match in _CONVERTED.finditer(text):
        first, second = match.group("first"), match.group("second")
        if re.sub(r"[\d,.\s]", "", first) != re.sub(r"[\d,.\s]", "", second):
            yield Equal(first, second, "converted")


def _cue_allows(cue: str, inside: str, other: str) -> bool:
    """Whether what follows the cue is a name rather than an explanation: after "now" or
    "nicknamed" a capitalised name; after "meaning" a quoted or capitalised one."""
    if cue in _CUE_NEEDS_CAPITAL:
        return other[:1].isupper()
    if cue == "meaning":  # 'meaning "Thunderbolt"'; not "meaning the Earth moves …"
        opening = inside.lstrip()[:1]
        return opening in _QUOTES or opening.isupper()
    return True


def bracket_name(text: str) -> Iterator[Equal]:
    """Each name in brackets right after a word of the line: "Liberal Party (Jiyūtō)", and
    each epithet or name a bracket opening with a quoted epithet holds: 'Mehmed II ("the
    Conqueror", Fatih)'."""
    if "(" not in text:
        return
    for match in _BARE_BRACKET.finditer(text):
        inside = match.group("inside")
        words = inside.split()
        if any(w.isupper() and len(w) > 1 for w in words):
            continue  # "(VOCAB)", "(US Navy)": a tag or an acronym, not another name
        shape = "named" if match.group("where") else "bracket"  # "(Roxelana in Western sources)"
        yield Equal(text[: match.start()], inside, shape)
    for match in _EPITHETS.finditer(text):
        for piece in match.group("inside").split(","):
            item = piece.strip()
            name = _quoted(item) if item[:1] in _QUOTES else item
            if name and _capitalised_name(name.removeprefix("the ")):
                yield Equal(text[: match.start()], name, "named")


_LIST_END = re.compile(r":|\s[-–—]\s")
_FIRST_ITEM = re.compile(r"\s*([^,;()]+?)\s*(?:[,;]|$)")
_DEFINED = re.compile(r"(?:^|[;:])\s*(?:[-*•]\s+)?(?P<label>[^=;:]{1,60}?)\s+=\s+(?P<rest>[^;]+)")
_HEAD_CUT = re.compile(r"\s+(?:who|of)\s|[,(]")


def defined_name(text: str) -> Iterator[Equal]:
    """Each other name a definition "term = …" is or opens with: quoted ('= "rich country,
    strong army"'), capitalised ("= Kanuni, "the Lawgiver""), or, for a term no English
    dictionary knows, the two or three words that head the definition ("genrō = elder
    statesmen who …"); one word only when it is the whole definition ("= prefecture")."""
    if " = " not in text:
        return
    for match in _DEFINED.finditer(text):
        label, rest = match.group("label").strip(), match.group("rest").strip()
        if rest[:1] in _QUOTES:
            quoted = _quoted(rest)
            if quoted:
                yield Equal(label, quoted, "defined")
            continue
        first = _FIRST_ITEM.match(rest)
        items = _LIST_END.split(rest.split("(")[0], maxsplit=1)[0].split(",")
        if len(items) >= _MIN_LIST and all(_capitalised_name(i.strip()) for i in items):
            # "the Republic (7 provinces) = Holland, Zeeland, Utrecht, …", "MAIN = Moult, Age,
            # Imprint, Nest: what …": a list, whatever a colon or dash says after it; the
            # acronym its initials spell is the whole list ("CTC = Crush, Tear, Curl – …")
            listed = [item.strip() for item in items]
            if label.isupper() and "".join(item[0] for item in listed).upper() == label:
                yield Equal(label, ", ".join(listed), "defined")
            continue
        if first is not None and _capitalised_name(first.group(1)):
            # "Suleiman I = Kanuni, "the Lawgiver" (…)", "Lord Carnarvon = George Herbert, 5th
            # Earl of …": a name set beside the term; not "Kara Mustafa Pasha = Second Siege of
            # Vienna (1683) failed" (the name opens a sentence about it)
            yield Equal(label, first.group(1), "defined")
            for piece in rest.split("(")[0].split(",")[1:]:
                item = piece.strip()
                if item[:1] in _QUOTES and (quoted := _quoted(item)):
                    yield Equal(label, quoted, "defined")
            continue
        head = _definition_head(label, rest)
        if head is not None:
            yield Equal(label, head, "head")


def _definition_head(label: str, rest: str) -> str | None:
    """The words heading the definition of a foreign term, or None."""
    if not (label.islower() or " who " in rest):
        return None  # a name's definition ("Chartres = glass"), unless it names a role
    words = fold(label).split()
    cut = _HEAD_CUT.search(rest)
    head = rest[: cut.start()] if cut else rest
    head_words = head.split()
    if head_words and fold(head_words[0]) in ("a", "an", "the"):
        head_words = head_words[1:]
    if not head_words or len(head_words) > 3:
        return None
    if len(head_words) == 1 and cut is not None and cut.group(0).strip() not in (",", "("):
        return None  # "kadi = judge of Islamic law": the one word leaves out what it says
    if any(fold(w) in STOP_WORDS or not w.isalpha() or not w.islower() for w in head_words):
        return None
    if not words or all(is_english(word) for word in words[-2:]):
        return None  # "parallax = apparent shift of a star": a description of an English word
    return " ".join(head_words)


def _quoted(text: str) -> str:
    """The quoted words a text opens with, without the quotes ("" when unquoted or long)."""
    if text[:1] not in _QUOTES:
        return ""
    # a double quote closes at a double quote: "Martyrs' Day" holds an apostrophe
    closing = _QUOTES if text[0] in "'‘’" else '"“”'
    end = next((i for i in range(1, len(text)) if text[i] in closing), -1)
    inner = text[1:end].strip() if end > 0 else ""
    return inner if 0 < len(inner.split()) <= _MAX_OTHER_WORDS else ""


def _capitalised_name(item: str) -> bool:
    """True for a name of a few capitalised words (small words between), no digit."""
    if not item[:1].isupper():
        return False  # most definitions: a lower-case description
    words = item.split()
    if len(words) > _MAX_NAME_WORDS or any(ch.isdigit() for ch in item):
        return False
    return words[0][:1].isupper() and all(w[:1].isupper() or fold(w) in _CONNECTORS for w in words)


def _first_item(inside: str) -> str:
    """The first name a bracket or clause holds: a quoted phrase whole ('"rich country, strong
    army"'), else up to a comma or semicolon, an article before it dropped; "" when it is no
    name (a digit, a possessive "the city's harbour", too many words)."""
    inside = inside.strip()
    item = _quoted(inside) if inside[:1] in _QUOTES else re.split(r"[,;]", inside)[0].strip()
    words = item.strip(_QUOTES).split()
    if words and fold(words[0]) in ("the", "a", "an") and len(words) > 1:
        words = words[1:]
    item = " ".join(words).strip(_QUOTES + " ")
    if not item or len(words) > _MAX_OTHER_WORDS or any(ch.isdigit() for ch in item):
        return ""
    if re.search(r"['’]s\b", item):
        return ""  # "the city's harbour" describes the place
    return item


_BOUNDARY = re.compile(r"[,;:–—=→(\[]|\s-\s|->")
# Small words inside a name ("Order of St John", "Nasir al-Din"), not "the" before it.
_INSIDE_NAME = _CONNECTORS - {"the"}


def name_endings(before: str) -> list[str]:
    """The endings of `before` that may be the name a cue follows, longest first: a name's
    capitalised words (small words between) or up to four lower-case words, never across
    punctuation or a function word, a year at the end left out ("Harris Treaty 1858 (= …)"),
    a quoted name whole ('"lux nova" (= …)')."""
    before = _YEAR_AT_END.sub("", before.rstrip())
    stripped = before.rstrip()
    if stripped[-1:] in _QUOTES:
        start = max(stripped.rfind(q, 0, len(stripped) - 1) for q in _QUOTES)
        if start >= 0:
            quoted = stripped[start + 1 : -1].strip()
            if 0 < len(quoted.split()) <= _MAX_NAME_WORDS:
                return [quoted]
        return []
    pieces = _BOUNDARY.split(stripped)
    words = pieces[-1].split() if pieces else []
    if not words:
        return []
    capitalised = words[-1][:1].isupper()
    found: list[str] = []
    for start in range(len(words) - 1, max(-1, len(words) - 1 - _MAX_NAME_WORDS), -1):
        word = words[start]
        key = fold(word)
        if not any(ch.isalpha() for ch in word):
            break
        if capitalised and not (word[:1].isupper() or key in _INSIDE_NAME):
            break  # "Russia took Port Arthur": the name is the capitalised run
        if key in STOP_WORDS and key not in _INSIDE_NAME and not capitalised:
            break  # (in a name, "I" is a number: "Suleiman I")
        found.append(" ".join(words[start:]))
    return [name for name in reversed(found) if _may_open_name(name.split()[0])]


def _may_open_name(word: str) -> bool:
    """A name opens with no function word, but a capitalised one ("De revolutionibus")."""
    key = fold(word)
    return (word[:1].isupper() and key != "the") or key not in _INSIDE_NAME | STOP_WORDS
