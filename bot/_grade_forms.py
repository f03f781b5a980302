"""Other forms of a right answer a teacher accepts: the answer in the other number ("Nazi"
for "Nazis"), a word of the same family ("social" for "sociable"), and a country without the
compass point the notes give it ("Germany" for "West Germany") when the deck names no other part
of that country.

Both are decided against the deck's other answers by the grader: a form that is, or as much
resembles, another answer of the deck is never accepted.
"""

from __future__ import annotations

from wordfreq import zipf_frequency

from bot._names import ends_in_category
from bot._spelling import letter_into_word
from knowledge.search._lemma import lemma
from knowledge.search._real_words import american, is_real_word

# Endings that make another word of one family from one stem: social/sociable,
# aggressive/aggression, secure/security. The stem must be long enough to mean something; "-ism"
# and "-ist" are left out: socialism is not what "social" says.
_SUFFIXES = frozenset(
    """
    able ible al ial ical ic ity ive ion ation ness ment ly y e ed ing ise ize ous ious
    er ence ance ent ant
    """.split()  # noqa: SIM905
) | {""}
MIN_STEM = 4
_COMPASS = frozenset({"north", "south", "east", "west"})
# What a compass point names a part of, not a country of its own: "South Africa" is not "Africa",
# "North America" not "America" (the USA), "North Pole" not a pole.
_NOT_COUNTRIES = frozenset(
    {"africa", "america", "americas", "asia", "europe", "pole", "atlantic", "pacific", "side"}
)


def same_family(given: str, expected: str) -> bool:
    """True when folded single words `given` and `expected` are one stem with two of the endings
    above ("social" / "sociable", "aggression" / "aggressive"), and differ."""
    if given == expected or not given.isalpha() or not expected.isalpha():
        return False
    if letter_into_word(given, expected):
        return False  # "spectroscopy" / "spectroscope": a technique and an instrument
    shared = 0
    while shared < min(len(given), len(expected)) and given[shared] == expected[shared]:
        shared += 1
    return any(
        given[size:] in _SUFFIXES and expected[size:] in _SUFFIXES
        for size in range(MIN_STEM, shared + 1)
    )


def without_compass(expected: tuple[str, ...]) -> tuple[str, ...] | None:
    """The country a compass-qualified name is part of ("west germany" -> "germany"), or None;
    never a noun for a kind of place left bare ("north sea" -> "sea")."""
    if len(expected) < 2 or expected[0] not in _COMPASS:
        return None
    rest = expected[1:]
    if rest[-1] in _NOT_COUNTRIES or ends_in_category(rest):
        return None  # "Sea" is no "North Sea", "Bank" no "West Bank"
    return rest


# Plurals that name something else than one of their singular: "goods" are not several goods in
# the sense of "good", "customs" is a border service. Hand-kept because the lemmatizer maps each
# of them to its singular (simplemma: goods -> good), which is exactly the link to refuse here.
_PLURALS_OF_THEIR_OWN = frozenset(
    """
    goods customs arms manners damages quarters grounds spirits letters glasses minutes works
    papers premises means remains times savings earnings belongings surroundings
    """.split()  # noqa: SIM905
)


def other_number(given: tuple[str, ...], expected: tuple[str, ...]) -> bool:
    """True when folded `given` is `expected` with its last word in the other number ("nazi" /
    "nazis", "tariff" / "tariffs", "church" / "churches"): a teacher marks the group or thing
    named, not its number. Never for a plural with a meaning of its own ("goods")."""
    if len(given) != len(expected) or not given or given[:-1] != expected[:-1]:
        return False
    if not 1 <= abs(len(given[-1]) - len(expected[-1])) <= 2:
        return False  # "s", "es", "y" -> "ies": one or two letters longer, never the same length
    one, many = sorted((given[-1], expected[-1]), key=len)
    if not one.isalpha() or len(one) < 3 or many in _PLURALS_OF_THEIR_OWN:
        return False
    plural = many in (one + "s", one + "es") or (one.endswith("y") and many == one[:-1] + "ies")
    # "spectra" for "spectrum": a Latin plural, one letter shorter than its singular
    latin = many.endswith("um") and one == many[:-2] + "a" and lemma(one) == many
    return latin or (plural and lemma(many) == one)  # the dictionary knows it as the plural


_MIN_NAME_IN_NUMBER = 4  # letters: "Jat" / "Jats" is too short to tell from a slip


def name_in_other_number(given: tuple[str, ...], expected: tuple[str, ...]) -> bool:
    """True when folded `given` is `expected` with an "s" added to or taken from its last word,
    a name no dictionary holds ("maratha" / "marathas", "safavid" / "safavids"): a people's or
    a dynasty's name, which `other_number` cannot check against the dictionary. The caller
    has both written capitalised in the notes: one group, named in either number."""
    if len(given) != len(expected) or not given or given[:-1] != expected[:-1]:
        return False
    one, many = sorted((given[-1], expected[-1]), key=len)
    return (
        many == one + "s"
        and len(one) >= _MIN_NAME_IN_NUMBER
        and one.isalpha()
        and not is_real_word(one)
        and not is_real_word(many)
    )


_MIN_PART = 4  # "coast" + "line": each part of a compound a word of its own, not an ending


def gerund_of(given: str, expected: str) -> bool:
    """True when one folded word is the other's -ing form ("bonding" / "bond", "mining" /
    "mine"): the process and the thing it makes, one answer in a term ("metallic bond")."""
    short, long = sorted((given, expected), key=len)
    if len(short) < MIN_STEM or not long.endswith("ing"):
        return False
    stem = long[:-3]
    return stem in (short, short.removesuffix("e"))


def compound_of(given: str, expected: str) -> bool:
    """True when one folded word is the other with a word of English joined on, and English
    knows the whole as a word ("coastline" / "coast", "farmland" / "farm"): the thing named and
    its extent, one answer to a teacher."""
    short, long = sorted((given, expected), key=len)
    rest = long[len(short) :]
    if not long.startswith(short) or len(short) < MIN_STEM or len(rest) < _MIN_PART:
        return False
    if rest in _SUFFIX_WORDS:
        return False  # "statement", "friendship", "homeless": another word made of it
    return is_real_word(long) and is_real_word(short) and zipf_frequency(rest, "en") >= _COMMON


# Word endings that are words too but make another word of the stem, not its extent.
_SUFFIX_WORDS = frozenset(
    "ship hood ness less ward wards able ible ment ful like wise some dom ling let ette".split()  # noqa: SIM905
)
_COMMON = 4.0  # Zipf frequency of a common English word ("line" 5.5, "land" 5.2; "ment" 3.1)


def head_family(given: str, expected: str) -> bool:
    """True when two folded head nouns of one term are words of a family a teacher takes for one
    ("reserve" / "reservation" in "Great Sioux Reservation"), not the stem and a word made of it
    with an ending that names another thing ("state" / "statement", "hard" / "hardship")."""
    if not same_family(given, expected):
        return False
    short, long = sorted((given, expected), key=len)
    return not (long.startswith(short) and long[len(short) :] in _SUFFIX_WORDS)


# Endings that make a describing word of a noun ("culture" / "cultural", "economy" / "economic").
_DESCRIBING_ENDINGS = ("al", "ic", "ical")
_MIN_NOUN = 5  # "form" / "formal", "part" / "partial": a short stem's adjective says another thing
_MIN_ZIPF = 3.0  # both words in use: "mater" is no noun of "material"


def describing_form(given: str, expected: str) -> bool:
    """True when one folded word is the other, a noun of five letters or more, made a describing
    word of its family ("cultural" / "culture", "economic" / "economy", "genetic" / "genes"):
    before one head noun they say the same ("culture bias", "cultural bias"). Both words are in
    use; the grader asks that the rest of the term is the same."""
    if not same_family(given, expected):
        return False
    describing, noun = (
        (given, expected) if given.endswith(_DESCRIBING_ENDINGS) else (expected, given)
    )
    if not describing.endswith(_DESCRIBING_ENDINGS) or noun.endswith(_DESCRIBING_ENDINGS):
        return False
    return (
        len(noun) >= _MIN_NOUN
        and zipf_frequency(noun, "en") >= _MIN_ZIPF
        and zipf_frequency(describing, "en") >= _MIN_ZIPF
    )


# Endings that make a word for the one who does a thing ("usurper", "crusader", "conqueror",
# "pacifist"): a word of the family that names the doer, not the deed.
_AGENT_ENDINGS = ("er", "or", "ist")


def _agent_stem(word: str) -> str | None:
    """The stem of `word`, a folded word for a doer ("usurper" -> "usurp", "crusader" ->
    "crusad"), or None when it ends in no agent ending or its stem is too short to say which
    word ("order", "water")."""
    for ending in _AGENT_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= MIN_STEM:
            return word[: -len(ending)]
    return None


def doer_for_deed(given: str, expected: str) -> str | None:
    """`given` when it is the word for the doer of what `expected` names, or the other way
    round ("usurper" for "usurpation", "crusader" for "Crusade", "usurpation" for "usurper"):
    two things a teacher tells apart, the person and the act, whatever few letters they differ
    by. Folded single words, a plural "s" aside; both words of English (a name is no doer).
    None otherwise: which of the two is the person is said by the returned word."""
    g, e = given.removesuffix("s"), expected.removesuffix("s")
    if g == e or not (g.endswith(_AGENT_ENDINGS) or e.endswith(_AGENT_ENDINGS)):
        return None  # one of the two is a doer's word: most pairs graded end in no such ending
    if not (g.isalpha() and e.isalpha()):
        return None
    for doer, deed in ((g, e), (e, g)):
        stem = _agent_stem(doer)
        if stem is None or _agent_stem(deed) is not None or not deed.startswith(stem[:MIN_STEM]):
            continue
        if not deed.startswith(stem) and not stem.startswith(deed.removesuffix("e")):
            continue
        if american(doer) == american(deed):
            continue  # "luster" for "lustre": one word spelt the American way
        if is_real_word(doer) and is_real_word(deed):
            return doer
    return None


_POSSESSIVES = frozenset({"the", "a", "an", "its", "their", "his", "her", "your", "one", "ones"})


def gerund_rephrasing(given: tuple[str, ...], expected: tuple[str, ...]) -> bool:
    """True when folded `given` says the two-word `expected` (a noun, then the noun of its act:
    "tongue clicks", "wing beats") as the act done to the noun ("clicking the tongue", "beating
    its wings"): one thing in another word order and form, as a teacher reads it. The verb is
    the act's own word ("click" of "clicks", "beat"), the -ing form regular (a final "e"
    dropped, a consonant doubled), the noun the same in either number."""
    if len(expected) != 2 or len(given) < 2:
        return False
    noun, act = expected
    words = [w for w in given if w not in _POSSESSIVES]
    if len(words) != 2 or not words[0].endswith("ing") or len(words[0]) < MIN_STEM + 3:
        return False
    verb, obj = words[0][:-3], words[1]
    acts = {act, act.removesuffix("s"), act.removesuffix("es")}
    doubled = len(verb) > MIN_STEM and verb[-1] == verb[-2] and verb[:-1] in acts
    if not (verb in acts or verb + "e" in acts or doubled):
        return False
    return noun in (obj, obj.removesuffix("s"), obj.removesuffix("es"))
