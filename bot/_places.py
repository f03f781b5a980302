"""When a student names a country in another accepted form: "Great Britain" or "the UK" for
Britain, "Russians" for Russia, "the Soviet Union" for the USSR.

Teachers accept a country's people for the country ("the Russians pulled out" answers "which country
pulled out?") and its common long and short names. The reverse is not assumed: "France" does not
answer a question whose answer is the language "French".

Two tables cover what rules cannot: names that differ in form (`_FORMS`) and irregular demonyms
(`_IRREGULAR`). Regular demonyms follow from the country's name ("Russia" -> "Russian",
"Hungary" -> "Hungarian", "China" -> "Chinese", "Pakistan" -> "Pakistani").
"""

from __future__ import annotations

from functools import lru_cache

# Groups of folded names for one country (articles already dropped by the caller's fold).
_FORMS: tuple[frozenset[str], ...] = tuple(
    frozenset(group.split("|"))
    for group in (
        "britain|great britain|gb|uk|united kingdom|the uk|british|brits",
        "usa|us|united states|united states of america|america|u s a|u s|americans|american",
        "ussr|soviet union|soviets|soviet|union of soviet socialist republics|u s s r",
        "netherlands|holland|dutch",
        "frg|west germany|federal republic of germany",
        "gdr|east germany|german democratic republic",
        "prc|china|peoples republic of china",
        "drc|democratic republic of the congo|dr congo",
        "uae|united arab emirates",
        "czechia|czech republic",
        "myanmar|burma",
        "iran|persia",
        "sri lanka|ceylon",
    )
)
# Demonyms that do not follow from the country's name, folded -> the country, folded.
_IRREGULAR = {
    "french": "france", "frenchman": "france", "frenchmen": "france",
    "english": "england", "englishman": "england", "englishmen": "england",
    "welsh": "wales", "scottish": "scotland", "scots": "scotland", "irish": "ireland",
    "spanish": "spain", "spaniard": "spain", "spaniards": "spain",
    "polish": "poland", "poles": "poland", "pole": "poland",
    "swedish": "sweden", "swedes": "sweden", "swede": "sweden",
    "danish": "denmark", "danes": "denmark", "dane": "denmark",
    "finnish": "finland", "finns": "finland", "finn": "finland",
    "turkish": "turkey", "turks": "turkey", "turk": "turkey",
    "greek": "greece", "greeks": "greece", "swiss": "switzerland",
    "norwegian": "norway", "norwegians": "norway", "belgian": "belgium", "belgians": "belgium",
    "portuguese": "portugal", "filipino": "philippines", "filipinos": "philippines",
    "thai": "thailand", "icelandic": "iceland", "icelanders": "iceland",
    "dutchman": "netherlands", "kiwis": "new zealand", "new zealanders": "new zealand",
    "afghan": "afghanistan", "afghans": "afghanistan", "argentine": "argentina",
    "argentines": "argentina", "saudi": "saudi arabia", "saudis": "saudi arabia",
    "serb": "serbia", "serbs": "serbia", "croat": "croatia", "croats": "croatia",
    "czech": "czechia", "czechs": "czechia", "slovak": "slovakia", "slovaks": "slovakia",
    "peruvian": "peru", "peruvians": "peru", "british": "britain",
}  # fmt: skip
# Endings a regular demonym adds to (or puts in place of the end of) a country's name.
_ENDINGS = (("", "n"), ("", "an"), ("", "ian"), ("", "ese"), ("", "i"), ("", "ish"))
_REPLACED = (("y", "ian"), ("y", "an"), ("a", "ese"), ("a", "an"), ("o", "an"), ("e", "an"))
_MIN_COUNTRY = 4  # "Iran" yes; a three-letter word is too short to build demonyms from safely


def _forms_of(key: str) -> frozenset[str] | None:
    return next((group for group in _FORMS if key in group), None)


@lru_cache(maxsize=4096)
def _regular_demonyms(country: str) -> frozenset[str]:
    """The regular demonyms of a one-word country name, singular and plural."""
    if len(country) < _MIN_COUNTRY or " " in country:
        return frozenset()
    stems = [country + end for _, end in _ENDINGS]
    stems += [country[: -len(old)] + new for old, new in _REPLACED if country.endswith(old)]
    if country.endswith("y"):  # "Germany" -> "German", "Italy" -> "Italian" (covered above)
        stems.append(country[:-1])
    return frozenset(word for stem in stems for word in (stem, stem + "s"))


@lru_cache(maxsize=65536)
def same_country(given: str, expected: str) -> bool:
    """True when folded `given` names the country folded `expected` names, in another form.

    Only places: `expected` must be a country's name (or one form of it), `given` one of its other
    forms or its people. Equal strings are the caller's business and return False here.
    """
    if not given or not expected or given == expected:
        return False
    group = _forms_of(expected)
    if group is not None and given in group:
        return True
    if _IRREGULAR.get(given) == expected:
        return True
    if group is not None and any(_IRREGULAR.get(given) == form for form in group):
        return True
    return given in _regular_demonyms(expected)


def country_forms(expected: str) -> frozenset[str]:
    """Every folded `given` for which `same_country(given, expected)` holds: the other forms of
    the country and its people, worked out once for a question's answer so that each typed
    answer is one set look-up (`same_country` scans the tables for the answer again each time)."""
    if not expected:
        return frozenset()
    group = _forms_of(expected)
    found = set(_regular_demonyms(expected))
    found.update(given for given, country in _IRREGULAR.items() if country == expected)
    if group is not None:
        found |= group
        found.update(given for given, country in _IRREGULAR.items() if country in group)
    found.discard(expected)
    found.discard("")
    return frozenset(found)
