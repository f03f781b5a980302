"""Text normalisation shared by search, grading and question generation.

Students type without accents, in any case, with British or American spelling; notes are written the same
way. Everything that compares text folds both sides through `fold` first, so one rule serves everywhere.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Letters NFKD does not decompose into a base letter + accent.
_SPECIAL = str.maketrans(
    {
        "ł": "l",
        "Ł": "l",
        "ß": "ss",
        "ẞ": "ss",
        "ø": "o",
        "Ø": "o",
        "æ": "ae",
        "Æ": "ae",
        "œ": "oe",
        "Œ": "oe",
        "đ": "d",
        "Đ": "d",
        "ð": "d",
        "þ": "th",
        "Þ": "th",
        "ı": "i",
        "‘": "'",
        "’": "'",
        "“": '"',
        "”": '"',
        "–": "-",
        "—": "-",
    }
)
_THOUSANDS = re.compile(r"(?<=\d)[,\u00a0\u202f'](?=\d{3}\b)")
_NON_WORD = re.compile(r"[^\w]+")
_ARTICLE = re.compile(r"^(?:the|a|an)\s+")
_ISATION = re.compile(r"is(ation|ations|e|es|ed|ing)\b")


# A big deck's question builds fold each of its fact, term and definition texts several times
# (a 44,000-card deck: 140,000 distinct texts, 1.6 million calls); 65,536 entries were outgrown,
# so most calls folded again. About 30 MB when full.
@lru_cache(maxsize=262144)
def fold(text: str) -> str:
    """Case-, accent- and punctuation-folded text: words separated by single spaces.

    Thousands separators inside numbers are dropped ("30,000" -> "30000"); other punctuation becomes a
    space. "Ernő Gerő" -> "erno gero", "Détente" -> "detente", "Łódź" -> "lodz".
    """
    if text.isascii():  # no special letter to map (casefold is lower), nothing to decompose
        low = text.lower()
        if low.replace(" ", "").isalnum():  # letters, digits and spaces: only spaces to tidy
            return " ".join(low.split())
        if "," in text or "'" in text:  # the only ASCII thousands separators ("10,000")
            text = _THOUSANDS.sub("", text)
        return _NON_WORD.sub(" ", text.lower().replace("_", " ")).strip()
    # Case-folded before and after the special letters are mapped, so "Ð" and "ð" both become "d"
    # and folding folded text changes nothing.
    text = _THOUSANDS.sub("", text.casefold().translate(_SPECIAL))
    if text.isascii():  # nothing to decompose or strip, and casefolding again changes nothing
        return _NON_WORD.sub(" ", text.replace("_", " ")).strip()
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    folded = stripped.casefold().translate(_SPECIAL).replace("_", " ")
    return _NON_WORD.sub(" ", folded).strip()


def fold_letters(text: str) -> str:
    """`text` with its letters folded as `fold` folds them (case, accents, "ł", curly quotes and
    dashes as ASCII) but its punctuation kept, for a pattern that must see where a clause or a
    table cell ends: "Client–server: server hardware" is not the run "server server hardware"."""
    if text.isascii():
        return text.casefold()
    decomposed = unicodedata.normalize("NFKD", text.casefold().translate(_SPECIAL))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return stripped.casefold().translate(_SPECIAL)


def drop_article(folded: str) -> str:
    """`folded` without a leading "the", "a" or "an" (only when something follows it)."""
    if not folded.startswith(("a", "t")):  # most texts: no article to look for
        return folded
    return _ARTICLE.sub("", folded)


def americanise(folded: str) -> str:
    """British -ise/-isation spellings mapped to -ize/-ization so both spellings meet.

    Applied to folded text on both sides of a comparison; over-matching ("rise" -> "rize") is harmless
    because the same rule runs on both sides.
    """
    if "is" not in folded:  # no -ise/-isation to map (most words and many lines)
        return folded
    return _ISATION.sub(lambda m: "iz" + m.group(1), folded)


def words(text: str) -> list[str]:
    """The folded words of `text`."""
    folded = fold(text)
    return folded.split() if folded else []


# A Q&A sheet's answer line opens "A: ", "A2. ", "Ans. " or "Answer: ".
_ANSWER_PREFIX = re.compile(r"^\s*(?:A|Ans|Answer) ?\d{0,3} ?[.:)–-]\s", re.IGNORECASE)


def answer_prefix(text: str) -> re.Match[str] | None:
    """The "A: ", "A2. ", "Answer: " opening a sheet's answer line, if it has one: one reading
    for the importers (a question over it is a Q&A pair) and for /ask (the line answers it)."""
    return _ANSWER_PREFIX.match(text)
