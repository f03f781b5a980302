"""Where a line says what a thing is, away from its start (issue 13, heldout22 and heldout23).

A definition question ("what is romaji?", "what is SSE?", "what is oralism?") takes the line that
defines what is asked (`_ask`'s DEFINES_BONUS). Notes that define a term as they go say so in the
middle of a line: "Add romaji, which is just Japanese written in our Latin letters", "And SSE
(Sign Supported English) is different again", "it voted that schools should use ORALISM - speech
and lipreading only". Read only from a line's start, those were no definitions, and a shorter
line that merely names the term ("Romaji next.") ranked above them. Here the asked words, as a
run of one to four words of the line, followed by a gloss: ", which is/means …", a bracket, a
dash, a colon or "=", or "is a/an/the …"; or after "called" / "known as". English phrasing only.
"""

from __future__ import annotations

import re

from knowledge.search._words import index_word

MAX_RUN = 4  # words of the line that name what is asked: "Sign Supported English", "genko yoshi"
_WORD = re.compile(r"[^\W_][\w'’-]*")
_GLOSS_AFTER = re.compile(
    r"\s*(?:,\s*(?:which|that|who)\s+(?:is|are|was|were|means|meant)\b|\((?![^)]*\d)"
    r"|[-–—]\s|[:=]\s|(?:is|are|means|meant|refers\s+to)\s+(?:a|an|the|just|when|where|what)\b)",
    re.IGNORECASE,
)
# "Height of a geostationary orbit = …" glosses the height, not the orbit
_PART_OF = re.compile(r"\bof\s+(?:the\s+|a\s+|an\s+)?$", re.IGNORECASE)
_GLOSS_BEFORE = re.compile(r"\b(?:called|known\s+as|termed)\s+(?:the\s+|a\s+|an\s+)?$", re.I)


def glossed(text: str, asked: list[frozenset[str]]) -> bool:
    """True when `text` names what is asked — a run of its words, each a form of a word of the
    question and together all of them (`asked`: per content word of the question, its index
    forms) — and glosses it there: "Add romaji, which is …", "SSE (Sign Supported English)",
    "ORALISM - speech and lipreading only", "… are called kana"."""
    if not asked:
        return False
    said = frozenset().union(*asked)
    words = [
        (index_word(found.group().casefold()), found.start(), found.end())
        for found in _WORD.finditer(text)
    ]
    for first in range(len(words)):
        last = first
        while last < len(words) and last - first < MAX_RUN and words[last][0] in said:
            last += 1
            run = {word for word, _, _ in words[first:last]}
            if any(run.isdisjoint(forms) for forms in asked):
                continue
            start, end = words[first][1], words[last - 1][2]
            after = _GLOSS_AFTER.match(text, end)
            if after is not None and after.group().strip() == "(" and text.count("(") > 1:
                after = None  # "Tawhid, Adalat (justice), Nubuwwah (prophethood)": a list
            if _PART_OF.search(text, 0, start) or (
                first > 0 and _names_more(text, words[first - 1])
            ):
                continue
            if after is not None or _GLOSS_BEFORE.search(text, 0, start):
                return True
    return False


def _names_more(text: str, before: tuple[str, int, int]) -> bool:
    """True when the word right before the run is a capitalised word inside the line, part of a
    longer name: "The Aletsch glacier is the largest glacier" says what the Aletsch glacier is."""
    _, start, end = before
    return (
        text[start : start + 1].isupper()
        and start > 0
        and not text[end:].startswith((",", ".", ":", ";", ")"))
    )
