"""`glossary_names` lists every name `split_glossary` could take from a line: a deck's lines are
indexed by those names and split only when one is asked for, so a line that defines a term must
be found under that term's name."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from knowledge.importers.terms import glossary_names, split_glossary

LINES = [
    "Détente = period of lessened tension",
    "Veto: a power to block a decision",
    "Cystic fibrosis - a disorder of cell membranes",
    "  * Enclosure — fencing off common land",
    "speed = distance / time",
    "Malcolm X = leading spokesman of the Nation of Islam",
    "Key: the = sign: an equals - sign",
    "Note: revise this - tomorrow",
    "no separator here at all",
]


def test_the_name_split_glossary_takes_is_listed() -> None:
    split = 0
    for line in LINES:
        found = split_glossary(line)
        if found is not None:
            split += 1
            assert found[0] in glossary_names(line), line
    assert split >= 4


@given(
    st.lists(
        st.sampled_from(["Term", "a", "=", ":", " - ", " — ", "==", " ", "x", "*", "meaning"]),
        max_size=12,
    ).map("".join)
    | st.text(max_size=40)
)
def test_any_text(line: str) -> None:
    found = split_glossary(line)
    if found is not None:
        assert found[0] in glossary_names(line)
