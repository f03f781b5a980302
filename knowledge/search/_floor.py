"""How much of a question a line must say to answer it, when the question uses words the notes
never do (issue 13, "eager refusals").

A line answers when it says at least half of the question's information (`COVERAGE_FLOOR` of its
IDF). A word no line of the deck uses, in any form, takes the highest IDF there is, so one such
word alone holds a line that says everything else down near the floor: "why was Mendel's work
*ignored*?" against "work only recognised after he died… because people didn't know…", "how
should you *handle* radioactive sources safely?" against "safety precautions = use tongs…".

Whether that word is the student's phrasing or the thing the notes lack depends on what is asked.
A question asking to *explain* — why, how, yes or no — is answered by a statement about its
subject, which the notes put in their own words; a question asking for *one fact* — who, when,
how many, what X is — is about the very word the notes lack ("who *invented* merge sort?", "where
was Elizabeth *born*?"), and a line saying the rest answers something else. So in an explaining
question an ordinary word the deck never uses counts only `UNSAID_DISCOUNT` of its weight towards
the floor (the floor only: a line saying it still ranks above one that does not), unless

- it is the question's grammatical subject, the first word after "is", "how does", "why are"…
  ("is *plasma* a state of matter?": the notes never saying it, nothing in them is about it);
- it names the kind asked of or the aspect asked about (the question's category or attribute);
- it is a name, or no word of the dictionary (`_is_unknown_name` refuses those outright);
- the words the deck never uses carry more of the question than those it does: a question mostly
  about things the notes never mention is not about these notes ("how are plastic polymers
  recycled?" on notes that never say "plastic" or "recycled").

English question phrasing only: nothing here belongs to a subject.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from knowledge.search._bm25 import QueryTerm
from knowledge.search._frame import is_frame_word
from knowledge.search._question import QuestionFrame
from knowledge.search._words import word_set

UNSAID_DISCOUNT = 0.5  # of an unsaid word's weight, taken off the question's total for the floor
EXPLAINING_KINDS = frozenset({"reason", "yesno"})
_OPENERS = word_set("how why what when where who which whom whose")
_AUXILIARIES = word_set(
    "is are was were do does did can could will would shall should has have had may might must"
)
_ARTICLES = word_set("the a an")


def explains(frame: QuestionFrame, words: Sequence[str]) -> bool:
    """True for a question asking to explain rather than for one fact: why, yes or no, and "how
    does/do/is … ?" (a how-question asking for no number or measure)."""
    return frame.kind in EXPLAINING_KINDS or (frame.kind == "other" and words[:1] == ("how",))


def subject_word(words: Sequence[str]) -> str | None:
    """The first word of the question's grammatical subject, when an auxiliary opens the question
    or follows its question word: "plasma" of "is plasma a state of matter?", "electroconvulsive"
    of "how is electroconvulsive therapy used?"; None for "how do you…" or "how come…"."""
    rest = list(words)
    if rest[:1] and rest[0] in _OPENERS:
        rest = rest[1:]
    if not rest or rest[0] not in _AUXILIARIES:
        return None
    rest = rest[1:]
    while rest and rest[0] in _ARTICLES:
        rest = rest[1:]
    return rest[0] if rest else None


def floor_mass(
    terms: Sequence[QueryTerm],
    frame: QuestionFrame,
    words: Sequence[str],
    ordinary: Callable[[str], bool],
) -> float:
    """The question's IDF the coverage floor is a share of: its whole total, less
    `UNSAID_DISCOUNT` of each ordinary word of an explaining question that the deck never uses
    (see the module's docstring for the words that keep their full weight). `words` are the
    question's folded words; `ordinary(word)` is True for a dictionary word that is no name."""
    total = sum(term.idf for term in terms)
    if not explains(frame, words):
        return total
    unsaid = [term for term in terms if not term.alternatives]
    unsaid_mass = sum(term.idf for term in unsaid)
    if unsaid_mass > total - unsaid_mass:
        return total
    subject = subject_word(words)
    discounted = sum(
        term.idf
        for term in unsaid
        if not is_frame_word(term)
        and term.text != subject
        and term.text not in (frame.category, frame.attribute)
        and ordinary(term.text)
    )
    return total - UNSAID_DISCOUNT * discounted
