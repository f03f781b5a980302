"""Whether a line names a member of the kind a question asks for, by word vectors.

"What gas do biogas generators make?" wants a line naming a gas; when the notes use the word
"gas" elsewhere, a line whose context never says it was taken to name none ("The Mary Rose was
built in Portsmouth" does not say what metal her guns were). But notes name a member without
its kind ("produce methane, which can be burned"). No maintained package ships English
hypernyms with its data (see `_synonyms.py`), and the static WordLlama vectors the deck's
neighbours use put a kind and its members closer than unrelated words ("gas" / "methane" 0.23,
"metal" / "bronze" 0.41, "instrument" / "violin" 0.42; "gas" / "street" 0.01, "metal" /
"Portsmouth" -0.1): a line with a word at least MIN_MEMBER_SIMILARITY from the kind names one.
"""

from __future__ import annotations

from knowledge.search import _embed
from knowledge.search._words import surface_words

MIN_MEMBER_SIMILARITY = 0.3  # 0.2 cost a refusal on the development sets, 0.3 none
MIN_LETTERS = 3


def names_a_member(text: str, kind: str) -> bool:
    """True when a word of `text` is near enough in meaning to the kind word `kind` to be one of
    its members. Without the vectors (no `wordllama` package) nothing is."""
    words = sorted(
        {
            word.casefold()
            for word in surface_words(text)
            if word.isalpha() and len(word) >= MIN_LETTERS
        }
    )
    if not words or not kind:
        return False
    vectors = _embed.embed([kind.casefold(), *words])
    if vectors is None:
        return False
    return float((vectors[1:] @ vectors[0]).max()) >= MIN_MEMBER_SIMILARITY
