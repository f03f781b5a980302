"""The stem of a blank question: the line with the blank in it, less what would give it away.

A gloss beside the blank names the answer's meaning or its formula, so the student only has to
match it: "_____ (N₂) contains a triple bond" -> nitrogen, '"Kinder, _____, Kirche" (children,
kitchen, church)' -> Küche, "The _____ (secret state police)" -> Gestapo. The bracket right
after the blank (or after the quotation the blank sits in) is left out of the stem; a bracket
that dates something ("(January 1919)") stays, as it tells which event is meant. So does the
bracket after a blanked number's unit that gives the amount in other units ("about _____ nm (1 x
10^-10 m)"), and a bracket that is all the line says beside the blank: "vasodilation (blood
vessels near skin widen)" under "Too hot" would leave a stem of the blank alone.
"""

from __future__ import annotations

import re

from bot._units import unit_of
from bot.questions._model import BLANK
from bot.questions._spans import Span
from bot.questions._unit_pairs import bracket_after
from bot.questions._words import content_words

_QUOTES = '"“”'
_BRACKET = r"\s*\((?P<gloss>[^()]{1,80})\)"
# Right after the blank, a closing quotation mark allowed between: '"_____" (dictated peace)'.
_AFTER_BLANK = re.compile(rf"(?P<keep>[{_QUOTES}’']?){_BRACKET}")
# After the rest of the quotation the blank sits in: ', Kirche" (children, kitchen, church)'.
_AFTER_QUOTE = re.compile(rf"(?P<keep>[^{_QUOTES}()]{{0,60}}[{_QUOTES}]){_BRACKET}")
_YEAR = re.compile(r"\b(?:1\d{3}|20\d{2})\b")
# After a blanked number and its unit, the same amount in other units: "about _____ nm (1 x 10^-10
# m)", "_____ km (38 miles)" — the bracket converts the answer, so the student only converts back.
_AFTER_UNIT = re.compile(rf"(?P<keep>\s*(?:°\s?[CFcf]\b|[^\W\d_][^\W\d_/²³]{{0,11}}\.?)){_BRACKET}")


def blanked(text: str, span: Span) -> str:
    """`text` with `span` blanked and a gloss of the blank left out."""
    converts = bracket_after(text, span)
    if converts is not None:
        # "1,000 ft long x _____ ft wide (305 m x 33.5 m)": the bracket converts the blank
        text = text[: converts[0]] + text[converts[1] :]
    before, after = text[: span.start], text[span.end :]
    found = _AFTER_BLANK.match(after)
    if found is None and _inside_quote(before):
        found = _AFTER_QUOTE.match(after)
    if found is None and span.text[:1].isdigit():
        found = _AFTER_UNIT.match(after)
        if found is not None and (
            not any(ch.isdigit() for ch in found.group("gloss"))  # "km (the longest in Europe)"
            or unit_of(f"1 {found.group('keep').strip()}") is None  # "1 in 4 chance (25%)"
        ):
            found = None
    if found is not None and not _YEAR.search(found.group("gloss")):
        rest = found.group("keep") + after[found.end() :]
        # A line that is its term and a bracket ("vasodilation (blood vessels near skin widen)")
        # says everything in the bracket: without it the stem would be the blank alone.
        if content_words(before + " " + rest):
            after = rest
    return before + BLANK + after


def _inside_quote(before: str) -> bool:
    """True when a quotation opens before the blank and has not closed."""
    if before.rfind("“") > before.rfind("”"):
        return True
    return before.count('"') % 2 == 1


# "an _____" or "a _____" right before the blank.
_ARTICLE_BEFORE_BLANK = re.compile(rf"\b(?P<article>[Aa]n?)(?P<gap>\s+){re.escape(BLANK)}")
# Words spelt with a vowel but said with a consonant ("a unit", "a one-off"), and the reverse
# ("an hour").
_SAID_WITH_CONSONANT = re.compile(r"(?i)^(?:u(?:ni|s[eu]|ra|ro|ti)|eu|one\b|once\b)")
_SAID_WITH_VOWEL = re.compile(r"(?i)^(?:hour|honest|honou?r|heir)")


def takes_an(word: str) -> bool:
    """Whether English puts "an" before `word` (by its first sound, as spelt)."""
    word = word.strip(" \"“‘'(")
    if _SAID_WITH_VOWEL.match(word):
        return True
    return word[:1].casefold() in "aeiou" and not _SAID_WITH_CONSONANT.match(word)


def fit_article(stem: str, options: tuple[str, ...] | list[str]) -> str:
    """The stem with its article before the blank written "a/an" when the options do not all
    take the same one: "harder to gain an _____" with Electron among Proton and Neutron gives the
    answer away by grammar alone."""
    found = _ARTICLE_BEFORE_BLANK.search(stem)
    if found is None or len({takes_an(option) for option in options}) < 2:
        return stem
    both = "A/an" if found.group("article")[0] == "A" else "a/an"
    return stem[: found.start()] + both + found.group("gap") + stem[found.end("gap") :]
