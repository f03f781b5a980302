"""Question-frame words: the words of how a question is put, not of what it is about.

"Where are proteins *made*?", "how do you *calculate* speed?", "what is the *word* for beach?",
"who *wrote* Macbeth?": the words in italics ask for a kind of answer in any subject, and notes
rarely use them ("Ribosomes: site of protein synthesis"). Left at full weight, such a word that the
deck never uses counts like an unknown subject ("banana", "Hamlet") and vetoes a good match. So, in
a question that also names something, they weigh only FRAME_WEIGHT of a normal word: they still
help choose between facts that use them, but cannot decide whether the notes answer at all.

Written numbers are in it too: "what are the four types of pathogen?" counts the items of a list
("Pathogens: bacteria, viruses, fungi and protists") that never says "four".

The list is English question phrasing, shared by every subject; it holds no subject's vocabulary
and no synonyms. Words that are also subject terms somewhere ("work" in physics, "form" in
grammar) are left out on purpose.
"""

from __future__ import annotations

from dataclasses import replace

from knowledge.search._bm25 import QueryTerm
from knowledge.search._words import index_word, word_set

FRAME_WEIGHT = 0.25

_FRAME_WORDS = word_set(
    """
    make makes made making produce produces produced producing create creates created creating
    take takes took taken taking place go goes went gone going get gets got keep keeps kept
    find finds found locate located location situated occur occurs occurred occurring
    use uses used using call calls called name names named word words say says said saying
    translate translated translation write writes wrote written writing writer author
    calculate calculates calculated calculating calculation formula equation
    role purpose job example examples main important need needs needed require requires required
    become becomes became becoming
    involve involves involved involving include includes included including consist consists
    entail entails
    two three four five six seven eight nine ten eleven twelve
    problem problems point advantage advantages disadvantage disadvantages benefit benefits
    drawback drawbacks downside downsides issue issues represent represents represented
    symbolise symbolises symbolised symbolize symbolizes symbolized suggest suggests suggested
    tell tells happen happens happened happening help helps helped useful significance
    think thinks
    wrong recognise recognises recognize recognizes
    thing things stuff
    quote quotes quotation quotations
    """
)
_FRAME_STEMS = frozenset(index_word(word) for word in _FRAME_WORDS)


def is_frame_word(term: QueryTerm) -> bool:
    """True when the query word is question phrasing ("made", "calculate", "wrote")."""
    return index_word(term.text) in _FRAME_STEMS


def weigh_frame_words(terms: list[QueryTerm]) -> list[QueryTerm]:
    """`terms` with question-frame words at FRAME_WEIGHT, when something else is asked about.

    A question made only of frame words ("what is a formula?") keeps them at full weight: then
    they are what it is about.
    """
    frame = [is_frame_word(term) for term in terms]
    if all(frame) or not any(frame):
        return terms
    return [
        replace(term, idf=term.idf * FRAME_WEIGHT) if is_frame else term
        for term, is_frame in zip(terms, frame, strict=True)
    ]
