"""A slide's speaker notes without the presenter's directions.

Notes mix what the teacher will say ("The column is the feature that identifies an orchid") with
what the teacher will do ("Show the Snow White clip here.", "Ask the class to name an orchid.",
"Pass round the specimen.", "Draw the basin on the board."). The first are facts of the slide;
the second, quizzed, made questions such as "Show the _____ (1937) clip here." A sentence of the
notes that starts with a verb telling the presenter what to do (or "Get/Have the students …") is
left out.
"""

from __future__ import annotations

import re

from knowledge.importers.sentences import split_sentences

# Verbs a presenter's note starts with, as an instruction to the presenter ("Show …", "Ask …").
# Not "Remember", "Note", "Do not": in notes those as often warn the class of a fact.
_DIRECTIONS = frozenset(
    {"ask", "show", "play", "pass", "hand", "give", "stress", "emphasise", "emphasize"}
    | {"remind", "point", "pause", "click", "recap", "elicit", "circulate", "demonstrate"}
    | {"introduce", "discuss", "allow", "check", "display", "distribute", "model", "mention"}
    | {"tell", "get", "have", "let", "put", "split", "pair", "refer", "go", "skip", "move"}
    | {"invite", "encourage", "explain", "highlight", "draw"}
)
_FIRST_WORD = re.compile(r"^\W*([A-Za-z']+)")
# "Explain: …", "Check: the labellum …": a label over a fact, not a direction.
_LABELLED = re.compile(r"^\W*[A-Za-z']+\s*:")


def note_facts(paragraphs: list[str]) -> tuple[list[str], int]:
    """The notes' paragraphs without the sentences that direct the presenter, and how many
    sentences were left out."""
    kept: list[str] = []
    dropped = 0
    for paragraph in paragraphs:
        sentences = split_sentences(paragraph)
        facts = [sentence for sentence in sentences if not is_direction(sentence)]
        dropped += len(sentences) - len(facts)
        if facts:
            kept.append(" ".join(facts))
    return kept, dropped


def is_direction(sentence: str) -> bool:
    """Whether a sentence tells the presenter what to do: it starts with a verb of _DIRECTIONS,
    written as an instruction (capitalised, not a label "Note: …")."""
    found = _FIRST_WORD.match(sentence)
    if found is None or _LABELLED.match(sentence):
        return False
    word = found.group(1)
    return word[:1].isupper() and word.casefold() in _DIRECTIONS
