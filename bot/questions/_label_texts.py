"""A "Label: text" line whose text is no meaning: a name alone, or a bare list of nouns.

Round 26's blind review (class 5) saw an overview written as a description list ("Monarch ::
Charles II", "Lord Mayor :: Sir Thomas Bloodworth") asked "Which term means: ‘Sir Thomas
Bloodworth’?" → "Lord Mayor", and its label blanked ("_____: Charles II …" → "Monarch"). The
text names who or what holds the label; it says nothing of what the label means. The same holds
for a list put under a label ("Threats today: ship strikes, entanglement in fishing gear, noise
pollution, plastics"): the label names a list, it is no term. Such lines stay lines of the notes.
"""

from __future__ import annotations

import re

from bot.questions._arrow_sentences import IRREGULAR_PAST, is_auxiliary_or_past

# Words a name may hold in lower case: "Catherine of Aragon", "Leonardo da Vinci".
_NAME_JOINERS = frozenset({"of", "de", "da", "di", "del", "von", "van", "der", "le", "la", "the"})
_ROMAN = re.compile(r"[IVXL]{1,6}")
_ASIDE = re.compile(r"\s*\([^()]*\)")
_MIN_NAME_WORDS = 2
_MAX_NAME_WORDS = 6
# A list's items: short, no verb of their own, no article opening the first (a definition's
# noun phrase, "a pair of round stones, …", opens with one).
_MIN_ITEMS = 3
_MAX_ITEM_WORDS = 5
# Items are told by commas or semicolons only: "and" also joins the words of one description
# ("silicon dioxide, hard and glassy" is two things said of quartz, not three nouns).
_ITEM_SPLIT = re.compile(r"\s*[,;]\s*(?:and\s+|or\s+)?")
_NOT_A_NOUN_LIST = frozenset(
    """a an the is are was were has have had be been being can could will would may might must
    that which who whom whose where when while because so if to""".split()  # noqa: SIM905
)


def is_past(word: str) -> bool:
    """True for an auxiliary or a past form ("found", "reclaimed"): a clause, not a noun."""
    return is_auxiliary_or_past(word) or word in IRREGULAR_PAST


def names_only(definition: str) -> bool:
    """True when the text, asides aside, is one name of two words or more: "Charles II (restored
    in 1660)", "Sir Thomas Bloodworth"."""
    text = _ASIDE.sub("", definition).strip().rstrip(".;,")
    words = text.split()
    if not _MIN_NAME_WORDS <= len(words) <= _MAX_NAME_WORDS or not words[0][:1].isupper():
        return False  # one word ("Hund: Dog") is a meaning in a vocabulary list
    if words[0].casefold() in ("the", "a", "an"):
        return False  # "le chien: The Dog"
    return all(
        word[:1].isupper() or word in _NAME_JOINERS or _ROMAN.fullmatch(word) for word in words
    ) and any(ch.islower() for ch in text)


def bare_list(definition: str) -> bool:
    """True when the text is a list of three or more short noun phrases and nothing else:
    "ship strikes, entanglement in fishing gear, noise pollution, plastics"."""
    text = _ASIDE.sub("", definition).strip().rstrip(".;")
    if ":" in text:
        return False
    items = [item for item in _ITEM_SPLIT.split(text) if item]
    if len(items) < _MIN_ITEMS:
        return False
    for item in items:
        words = item.casefold().split()
        if not words or len(words) > _MAX_ITEM_WORDS:
            return False
        if any(word in _NOT_A_NOUN_LIST or is_past(word) for word in words):
            return False  # "found in the nucleus": what the label is, said in a list
        if any(ch.isdigit() for ch in item):
            return False  # "relative mass 1, relative charge +1": a strip of values
    return True
