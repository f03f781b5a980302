"""A blank that is the deck's own subject: "The _____ broke out in a baker's shop" → "Great Fire" in
notes titled "The Great Fire of London" (round 26, A52). Every line of the deck is about it, so
the blank asks nothing the title does not say; a name that only holds a word of the title ("Sapa
Inca" in notes on the Inca Empire) says more and is still asked, and so is one of two things a
title names ("Civil War" in notes on "Revolution and Civil War").
"""

from __future__ import annotations

from bot.questions._tidy_stems import named_things
from bot.questions._words import content_words


def within_title(answer: str, title: str) -> bool:
    """True when every content word of a blank of two or more words is a word of `title`."""
    words = content_words(answer)
    if len(words) < 2:
        return False  # one word: `names_its_section` reads it against the title
    if len(named_things(title)) > 1:
        return False  # "Revolution and Civil War": which of the two a line is about is asked
    return set(words) <= set(content_words(title))
