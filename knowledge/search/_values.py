"""Questions asking for a value of something: "what is the birth rate in Afghanistan?",
"what is the UK's HDI score?", "what is the pH of hydrochloric acid?", "what is the formula of
sulfuric acid?".

Notes often define a measure ("Birth rate: the number of live births per 1,000 people per year")
without giving its value for every place or thing. A question asking for the value *of something*
is answered only by a line giving a value of that kind *for that thing*: the thing (the question's
"owner" of the value) must be in the line's context, and a measure with units of its own (a
temperature, a voltage, a pH, a percentage) must be given in them. English phrasing and SI/common
units only — nothing of any subject.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from knowledge.search._words import word_set

# Nouns naming a measured value: "the birth rate", "life expectancy", "the HDI score".
MEASURES = word_set(
    """
    percentage percent proportion temperature magnitude population number amount size speed
    distance mass weight charge value cost price rate length height depth area volume total
    density pressure energy power force voltage current resistance frequency wavelength ph
    age salary income wage wages costs debt score expectancy capita concentration yield
    diameter radius width thickness velocity
    """
)
_LINKS = word_set("is was are were")
_ARTICLES = word_set("the a an")
_OWNER_LINKS = word_set("of in for at among across")
# Words that end a modifier run: "the difference between birth rate and…" is no value question.
_FUNCTION = word_set(
    """
    the a an of in for at to by on with from between and or but than as into about this that these
    those it its their his her our your my what which who how when where why is are was were be
    been do does did has have had can could will would should may might must not no s
    """
)
_MAX_MODIFIERS = 2  # "the infant mortality rate", "the hdi score"
_OWNER_WORDS = 6

_NUMBER = r"(?<![\w.])\d[\d,.]*\s*"
# "How long/far/high/deep/wide/tall …?": a length or a span of time, in numbers or words ("400
# miles", "about 70 metres long", "for the last two years", "less than half a second", "up to 3 m
# deep"), a share ("fell 90%"), or a span given by its ends ("1950–53", "lasted until Nov '68").
_AMOUNT = (
    r"(?:\d[\d,.]*|half|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"fifteen|twenty|thirty|forty|fifty|sixty|hundred|hundreds|thousand|thousands|million|few|"
    r"several|many)\s*-?\s*"
)
_EXTENT = (
    # "13.8 billion years ago", "65 million years": a figure may be counted in millions
    r"(?<![\w.])"
    + _AMOUNT
    + r"(?:(?:hundred|thousand|million|billion)\s+)?"
    + r"(?:km|(?:kilo|centi|milli)?met(?:re|er)s?|m|cm|mm|miles?|mi|feet|"
    r"foot|ft|yards?|inch(?:es)?|s|secs?|seconds?|mins?|minutes?|h|hrs?|hours?|days?|weeks?|"
    r"months?|years?|yrs?|decades?|century|centuries|generations?)\b"
    r"|\d\s*%|\bper\s*cent\b|\b(?:until|till|up to)\s+(?:\S+\s+){0,2}\S*\d|\b\d{4}\s*(?:–|-|to)\s*\d{2,4}\b"
)
# "how long is it / does it take?": a length or a span of time, never a share ("90% of deaf
# children…" says how many, not how long)
_LONG = _EXTENT.replace(r"|\d\s*%|\bper\s*cent\b", "", 1)
# "how long did it last?": a span of time, not a length ("about seven miles from Hastings")
_TIME_UNITS = (
    r"(?:s|secs?|seconds?|mins?|minutes?|h|hrs?|hours?|days?|weeks?|fortnights?|months?|years?|"
    r"yrs?|decades?|century|centuries|generations?)\b"
)
_DURATION = (
    r"(?<![\w.])"
    + _AMOUNT
    + r"(?:(?:hundred|thousand|million|billion)\s+)?"
    + _TIME_UNITS
    + r"|\b(?:until|till|up to)\s+(?:\S+\s+){0,2}\S*\d|\b\d{4}\s*(?:–|-|to)\s*\d{2,4}\b"
)
# Measures given in units of their own: a line giving one gives it in these units (or names it).
_UNITS: dict[str, re.Pattern[str]] = {
    name: re.compile(pattern, re.IGNORECASE)
    for names, pattern in (
        (("temperature",), _NUMBER + r"(?:°|º|degrees?\b|k\b|kelvin\b|c\b)"),
        (("voltage",), _NUMBER + r"(?:v|volts?|mv|kv)\b"),
        (("ph",), r"\bph\s*(?:of\s*|=\s*|is\s*|about\s*|around\s*)?\d|\d\s*ph\b"),
        (("mass", "weight"), _NUMBER + r"(?:g|kg|mg|µg|tonnes?|tons?|t|lbs?|pounds|grams?)\b"),
        (("speed",), _NUMBER + r"(?:m/s|km/h|kph|mph|km/s|knots|metres per|miles per)"),
        (("pressure",), _NUMBER + r"(?:pa|kpa|mpa|atm|atmospheres?|bar|mmhg|psi)\b"),
        (("percentage", "percent", "proportion"), r"\d\s*%|\bper\s*cent\b|\bpercent\b"),
        (("frequency",), _NUMBER + r"(?:hz|khz|mhz|ghz|hertz)\b"),
        (
            ("length", "diameter", "radius", "width", "thickness", "wavelength", "height", "depth"),
            _NUMBER + r"(?:nm|µm|mm|cm|m|km|met(?:re|er)s?|miles?|feet|foot|ft|inch(?:es)?)\b",
        ),
        (("velocity",), _NUMBER + r"(?:m/s|km/h|kph|mph|km/s|knots|metres per|miles per)"),
        (("volume",), _NUMBER + r"(?:cm3|cm³|dm3|dm³|m3|m³|ml|l|litres?|liters?)\b"),
        (("area",), _NUMBER + r"(?:mm2|mm²|cm2|cm²|m2|m²|km2|km²|hectares?|ha|acres?)\b"),
        (
            ("concentration",),
            _NUMBER + r"(?:mol|g|mg)\s*/\s*(?:dm|l|cm)|\d\s*(?:%|m\b|molar|ppm)",
        ),
        (("resistance",), _NUMBER + r"(?:Ω|ohms?|kΩ)"),
        (("density",), _NUMBER + r"(?:g|kg)\s*/\s*(?:cm|m)"),
        (("extent",), _EXTENT),
        (("long",), _LONG),
        (("duration",), _DURATION),
        (
            ("age",),
            # "aged 8", "age 15", "at the age of 7", "15 years old", "a 12-year-old", "in his 20s"
            r"\bag(?:ed?|es)\s*(?:of\s*)?(?:about\s*|around\s*)?\d|\d\s*(?:-\s*)?(?:years?|yrs?|months?|weeks?"
            r"|days?)[\s-]*old\b|\b(?:teens|twenties|thirties|forties|fifties|sixties|\d0s)\b|\bborn\b"
            r"|\b(?:about|around|nearly|almost|only|just|yet|aged?)\s+(?:twenty|thirty|forty|fifty"
            r"|sixty|seventy|eighty|ninety|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
            r"|seventeen|eighteen|nineteen)\b(?!\s+(?:pounds|dollars|euros|shillings|pence|guineas"
            r"|francs|per\s?cent|percent|miles|metres|meters|kilometres|times|people|men|women"
            r"|children)\b)"  # "about fifty pounds" is a sum, not an age
            r"|\b\w+\s+years?\s+old\b"
            # "the boy king, who was only 14", "aged just 9 when …": a bare figure said of
            # someone, ending the phrase ("only 14 people" is a count)
            r"|\b(?:was|only|just|aged?)\s+(?:only\s+|just\s+)?\d{1,2}"
            r"(?=\s*(?:$|[,.;:)–—-]|(?:when|at|and|but|years?)\b))"
            # "Bat mitzvah for girls at 12;", "wrote his first symphony at 8": a bare figure after
            # "at" ending the phrase (not "at 12 noon", "at 5 pm", "at 12:30")
            r"|\bat\s+(?:about\s+|around\s+|only\s+|just\s+)?\d{1,2}(?=\s*(?:$|[,.;)–—]|:\s|\s-\s"
            r"|(?:when|and|but|or)\b))"
            # "circumcised on the eighth day", "on the 40th day": a baby's age in days
            r"|\bon\s+the\s+(?:\d{1,3}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh"
            r"|eighth|ninth|tenth|\w+teenth|\w+tieth)\s+day\b"
            # a young child's age in weeks or months: "from about 7 months", "as young as 2
            # weeks", "by 18 months", "2 to 7 months"
            r"|\b(?:from|at|by|until|till|before|after|under|over|young\s+as|old\s+as)\s+"
            r"(?:about\s+|around\s+|roughly\s+|approx\.?\s+)?\d+\s*(?:weeks?|months?)\b"
            r"|\b\d+\s*(?:-|–|to)\s*\d+\s*months\b",
        ),
        (
            ("population",),
            # "6.7 million inhabitants", or (below) a line naming the population beside a number:
            # "100 people airlifted to safety" is no population
            _NUMBER + r"(?:(?:million|billion|thousand)\s+)?(?:inhabitants|residents|citizens)\b",
        ),
        (
            ("money",),
            # old and foreign coins too: "cost 300 shillings", "a fine of 40 pence", "5 francs"
            r"[$£€¥]\s*\d|\d\s*(?:dollars|pounds|euros|yen|rupees|usd|gbp|eur|shillings?|pence"
            r"|pennies|guineas?|groats?|crowns|francs?|cents?|roubles?|rubles?|pesos?|lira|ducats?"
            r"|florins?)\b|\b(?:dollars|pounds|euros|shillings|guineas)\b",
        ),
    )
    for name in names
}
UNIT_MEASURES = frozenset(_UNITS)
"""Measures a line must give in their units: a question asking for one wants a number in them."""


@dataclass(frozen=True, slots=True)
class ValueAsked:
    """The measure a question asks the value of ("rate"), and of what ("afghanistan")."""

    measure: str
    owner: tuple[str, ...]
    modifiers: tuple[str, ...] = ()  # "thinking" of "the thinking distance at 70 mph"


def value_asked(words: tuple[str, ...]) -> ValueAsked | None:
    """ "what is the [mod…] MEASURE of/in X" or "what is X's [mod…] MEASURE" (folded words)."""
    if len(words) < 4 or words[0] not in {"what", "which"} or words[1] not in _LINKS:
        return None
    rest = list(words[2:])
    if rest and rest[0] in _ARTICLES:
        rest.pop(0)
    found = _measure_then_owner(rest)
    if found is not None:
        return found
    # "what is the UK's HDI score", "what is Nigeria's GNI per capita"
    if "s" in rest:
        cut = rest.index("s")
        owner = tuple(w for w in rest[:cut] if w not in _FUNCTION)
        after = rest[cut + 1 :]
        if (
            owner
            and 0 < len(after) <= _MAX_MODIFIERS + 1
            and after[-1] in MEASURES
            and all(w not in _FUNCTION for w in after)
        ):
            return ValueAsked(_measure_name(after), owner[:_OWNER_WORDS], tuple(after[:-1]))
    return None


def _measure_then_owner(rest: list[str]) -> ValueAsked | None:
    for position in range(min(len(rest), _MAX_MODIFIERS + 1)):
        word = rest[position]
        if word in _FUNCTION:
            return None
        if word in MEASURES and position + 1 < len(rest) and rest[position + 1] in _OWNER_LINKS:
            owner = tuple(w for w in rest[position + 2 :] if w not in _FUNCTION)
            if owner:
                return ValueAsked(
                    _measure_name(rest[: position + 1]),
                    owner[:_OWNER_WORDS],
                    tuple(rest[:position]),
                )
    return None


def _measure_name(words: list[str]) -> str:
    """The measure's own word: "capita" of "gni per capita" is no unit-bearing measure."""
    return words[-1]


_MONEY_VERBS = word_set("cost costs pay paid spend spent charge charged earn earned")
_CURRENCIES = word_set("dollars pounds euros yen rupees")


def asks_money(words: tuple[str, ...]) -> bool:
    """ "How much did it cost?", "how much did they pay?", "… in dollars": a sum of money."""
    if len(words) > 2 and words[0] == "how" and words[1] == "much":
        return not _MONEY_VERBS.isdisjoint(words) or not _CURRENCIES.isdisjoint(words)
    return any(a == "in" and b in _CURRENCIES for a, b in pairwise(words))


# Units a number is a measure in, not a count of things: "72 hrs' notice", "0.25 m2", "128 bits",
# "two weeks", "89 mm". SI and everyday English units only.
_MEASURE_UNITS = word_set(
    """
    s sec secs second seconds min mins minute minutes h hr hrs hour hours day days week weeks
    month months year years yr yrs decade decades century centuries nm mm cm m km metre metres
    meter meters mile miles mi ft feet foot inch inches yard yards acre acres hectare hectares ha
    ml l litre litres liter liters dm g kg mg tonne tonnes ton tons lb lbs bit bits byte bytes kb
    mb gb tb hz khz mhz ghz v kv mv w kw mw j kj kcal n pa kpa atm mph kph degrees
    """
)
_NUMBER_THEN_UNIT = re.compile(
    r"(?:[\d,.]+(?![\d,.])|[a-z]+(?![a-z]))(?:\s*-?\s*(?:million|billion|thousand|hundred))?\s*-?\s*"
    r"(?P<unit>%|°|[^\W\d_]+)",
    re.IGNORECASE,
)


# a year, or a span of years, of an era: "58–50 BC", "c. 1500 BCE", "AD 43"
_ERA_YEAR = re.compile(r"\d[\d,]*\s*(?:[–-]\s*\d[\d,]*\s*)?(?:BCE?|CE|AD)\b")
_ERA_BEFORE = re.compile(r"\b(?:AD|CE)\s*$")


def counts_things(text: str, start: int, end: int, counted: str | None) -> bool:
    """True when the number at `start` counts things, as "how many X?" asks: "est. 100,000
    people", "US deaths approx 58,000", "eight groups" — not a measure in a unit ("72 hrs'
    notice", "0.25 m2", "two weeks", "128 bits") unless that unit is what is counted ("how many
    hours": "one hour"). `counted` is the question's noun after "how many", folded."""
    if _ERA_YEAR.match(text, start) is not None or _ERA_BEFORE.search(text, 0, start):
        return False  # "58–50 BC Caesar's Gallic Wars": years of an era, not a count
    if text[start:end].casefold() == "one":
        # "one" is mostly no count: "dealing with one person and one line of enquiry", "one
        # of the most densely populated", "one or the other"; "only need one eye" is one
        # "how many times does a tangent touch a circle?": "at exactly one point" is once
        return counted is not None and (counted in _OCCASIONS or _one_of(text[end:], counted))
    found = _NUMBER_THEN_UNIT.match(text, start, min(len(text), end + 16))
    if found is None:
        return True
    unit = found.group("unit").casefold()
    if unit not in _MEASURE_UNITS and unit != "°":
        return True  # a share counts too, loosely: "only about 10% of homes"
    if counted is None:
        return False
    return unit == counted or unit.rstrip("s") == counted.rstrip("s") or counted.startswith(unit)


def _one_of(after: str, counted: str) -> bool:
    """True when what follows "one" names the counted thing within two words ("one eye", "one
    hex digit", "One puff" for "how many eyes / hex digits / puffs")."""
    stem = counted[:-1] if counted.endswith("s") and len(counted) > 3 else counted
    return any(word.startswith(stem) for word in _WORDS_AFTER.findall(after.casefold())[:2])


_OCCASIONS = frozenset({"time", "times"})
_WORDS_AFTER = re.compile(r"[^\W\d_][\w'’-]*")


def gives_measure(measure: str, text: str) -> bool:
    """True when `text` gives a value of `measure` in its units, or names the measure beside a
    number ("a temperature of 450 …"); always True for a measure with no units of its own."""
    pattern = _UNITS.get(measure)
    if pattern is None:
        return True
    if pattern.search(text):
        return True
    folded = text.casefold()
    # the measure named as a word: "age" is not in "Babbage", nor "rate" in "separate"
    return (
        re.search(rf"\b{re.escape(measure)}", folded) is not None
        and re.search(r"\d", folded) is not None
    )


def extent_span(text: str) -> tuple[int, int] | None:
    """Where `text` gives a length or a span of time in words ("a few centimetres", "two
    years", "half a second"), for a line that has no figure: None when it gives none."""
    found = _WORD_EXTENT.search(text)
    return found.span() if found is not None else None


def duration_span(text: str) -> tuple[int, int] | None:
    """Where `text` gives a span of time in words ("two years", "within a fortnight"), for a line
    that has no figure: None when it gives none, or only a length ("a few centimetres")."""
    for found in _WORD_EXTENT.finditer(text):
        if _WORD_TIME.search(found.group()) is not None:
            return found.span()
    return None


_WORD_TIME = re.compile(r"\b" + _TIME_UNITS, re.IGNORECASE)


def age_span(text: str) -> tuple[int, int] | None:
    """Where `text` gives a baby's age in words, for a line that has no figure ("circumcised on
    the eighth day", "two weeks old"): None when it gives none."""
    found = _WORD_AGE.search(text)
    return found.span() if found is not None else None


_WORD_AGE = re.compile(
    r"\bon\s+the\s+(?:\d{1,3}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth"
    r"|ninth|tenth|\w+teenth|\w+tieth)\s+day\b"
    r"|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:days?|weeks?)"
    r"[\s-]+old\b",
    re.IGNORECASE,
)
_WORD_EXTENT = re.compile(
    r"\b(?:a\s+few|few|several|half\s+an?|two|three|four|five|six|seven|eight|nine|ten|eleven"
    r"|twelve|fifteen|twenty|thirty|forty|fifty|sixty|hundreds\s+of|thousands\s+of)\s+"
    r"(?:(?:kilo|centi|milli)?met(?:re|er)s?|miles?|feet|foot|inch(?:es)?|yards?|seconds?"
    r"|minutes?|hours?|days?|weeks?|months?|years?|decades?|century|centuries|generations?)\b"
    # "in about a week", "for a year", "within a fortnight": one unit of time said with "a",
    # ending the phrase ("in a second experiment" is no time)
    r"|\b(?:about|around|roughly|nearly|almost|over|under|just|only|for|within|in)\s+an?\s+"
    r"(?:hour|day|week|fortnight|month|year|decade|century|generation)\b(?!\s+[a-z])",
    re.IGNORECASE,
)
