"""What a line of the notes is about, read from its shape: the label before "=", ":" or a dash
("Indirect costs (overheads) = can't be traced…"), a table row's first cell ("Metal: Aluminium;
Properties: …"), or an aside that names and glosses a term ("(SCU = final decree of the Senate)").

Revision notes say each thing once, on the line whose label it is; other lines only mention it
("Operating expenses = overheads e.g. admin…", "use of violence + the SCU became normal…"). A
question about the thing is best answered by its own line, so `/ask` weighs how much of what the
question asks the line's label names (`label_share`). English punctuation only: no subject's words.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from knowledge.search._words import STOP_WORDS, folded_words, index_word, meaningful

# "Senate = …", "-> Senate = …", "| Fixed cost line: …", "Anodising – …": the label, after any
# arrow, bullet or star, before the first separator (a hyphen joins words: "Break-even chart")
_LABEL = re.compile(r"^[\W_]*([^\W\d_][^:=–—;]{0,59}?)\s*(?:=|:|\s[-–—]\s)")
# "(SCU = final decree of the Senate)": a term glossed in brackets anywhere in the line
_ASIDE = re.compile(r"\(\s*([^()=:]{1,40}?)\s*=\s*[^()]{3,}\)")
_BRACKETED = re.compile(r"\(([^()]*)\)")
# A label opening with one of these is about the time or thing around it, not that thing:
# "After arti = worshippers pass hands over the flame…" is about what follows arti
_RELATIONAL = frozenset(
    {
        "after",
        "before",
        "during",
        "against",
        "without",
        "between",
        "beyond",
        "since",
        "until",
        "unlike",
        "versus",
        "vs",
        "from",
        "into",
        "under",
        "over",
        "through",
    }
)


def _names(label: str) -> list[frozenset[str]]:
    """The names a label gives its subject, each as its index words without stop words: the label
    without its brackets, what each bracket holds ("Indirect costs (overheads)"), and each side
    of a slash ("Arti / aarti"). A name opening with a relational word names none."""
    parts = [_BRACKETED.sub(" ", label), *_BRACKETED.findall(label)]
    names = []
    for part in parts:
        for side in part.split("/"):
            said = folded_words(side)
            if not said or said[0] in _RELATIONAL:
                continue
            name = frozenset(index_word(word) for word in meaningful(said)) - STOP_WORDS
            if name:
                names.append(name)
    return names


def subject_names(text: str, first_cell: str | None = None) -> list[frozenset[str]]:
    """The names of what the line `text` is about, by its shape; `first_cell` is a table row's
    first cell value, which names the row's subject in place of its column label."""
    if first_cell is not None:
        names = _names(first_cell)
    else:
        found = _LABEL.match(text)
        # a flashcard's front that asks ("What is a geostationary satellite? — …") is no label
        names = _names(found.group(1)) if found and "?" not in found.group(1) else []
    for aside in _ASIDE.finditer(text):
        names.extend(_names(aside.group(1)))
    return names


def is_labelled(text: str) -> bool:
    """True when the line opens with a label of its own ("After arti = …" does, though it names
    what comes after arti): such a line is not about the subject of the line above it."""
    return _LABEL.match(text) is not None


def label_share(
    names: Iterable[frozenset[str]], asked: set[str], terms: list[tuple[float, frozenset[str]]]
) -> float:
    """The share of the question's weight (`terms`: each content word's weight and its forms in
    the notes) that one of the line's subject `names` says, for a name all of whose words the
    question says (`asked`); 0 when no name is wholly asked. "Fixed cost line" for "what shape
    is the fixed cost line?" says all of it; "Total cost line" says only part of the question,
    and "Total costs" is no name wholly asked by "how do you calculate total variable costs?"."""
    total = sum(weight for weight, _ in terms)
    if total <= 0:
        return 0.0
    best = 0.0
    for name in names:
        if not name <= asked:
            continue
        said = sum(weight for weight, forms in terms if not forms.isdisjoint(name))
        best = max(best, said / total)
    return best
