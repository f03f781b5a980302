"""The lines of the notes that head other lines, asked about as lines of their own.

An outline writes a fact and indents what it leads to under it: "Humayun lost to Sher Shah Suri at
Chausa (1539) and Kannauj (1540)" over "fled to Safavid Persia". The importer keeps such a line as
the group of the lines under it, not as a fact, so no question asked it: a small handout lost a
fifth of its facts that way, and a quiz of 60 fell short (a missing question counts as unsound).

A head line is asked as a line when it says something of its own: enough words outside its
brackets (five, or four with something said after a "=", ":", dash or arrow), no lead-in of reasons
or effects ("Reasons Babur won at Panipat"), no label ending in a colon, no question ("What artists
took from the prints", "Who paid?") and no line the topic already has. Labels such as "Policy
towards Hindus", "Sher Shah's reforms (1540–45)" or "Jahangir (r. 1605–1627)" are too short to be one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from bot.questions._words import content_words
from knowledge.model import Fact, Topic
from knowledge.text import fold

# A head line with fewer words than these (outside brackets) is a label, not a fact.
MIN_WORDS = 5
MIN_WORDS_SAID = 4
_BRACKETED = re.compile(r"\([^()]*\)")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
# "Term = …", "Name: …", "Name – …", "… → …": something said of the name before it.
_SAID = re.compile(r"\s(?:=|–|—|-|→|->)\s|:\s")
# "What artists took …", "How it works": a question or a label that asks one.
_ASKS = re.compile(r"^\W*(?:what|why|how|who|when|where|which)\b", re.IGNORECASE)


def head_lines(topic: Topic) -> Iterator[Fact]:
    """The head lines of `topic` that say something of their own, as facts under no group, in
    the order the notes first use them."""
    from bot.questions._reasons import is_lead_in  # it reads the context this module feeds

    own = {fold(fact.text) for fact in topic.facts}
    seen: set[str] = set()
    for fact in topic.facts:
        head = (fact.group or "").strip()
        key = fold(head)
        if not head or key in seen or key in own:
            continue
        seen.add(key)
        if (
            _says_something(head)
            and not head.endswith((":", "?"))
            and not _ASKS.match(head)
            and not is_lead_in(head)
            and fold(topic.title) != key
        ):
            yield Fact(head)


def _says_something(head: str) -> bool:
    outside = _BRACKETED.sub(" ", head)
    words = content_words(" ".join(_WORD.findall(outside)))
    if len(words) >= MIN_WORDS:
        return True
    said = _SAID.search(outside)
    return (
        said is not None
        and len(words) >= MIN_WORDS_SAID
        and bool(content_words(outside[said.end() :]))
    )
