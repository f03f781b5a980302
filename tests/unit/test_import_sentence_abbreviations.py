"""A paragraph of notes is cut into one fact per sentence, but not at the stop of an
abbreviation, a regnal number or initials: "Afonso I.", "c. 1450", "approx. 5 km", "St.
Columba", "J. R. R. Tolkien", "4 Jan. 1809", "Gen. Gordon", "U.S." (a fact cut there loses its
subject or its date). Notes written here, in several subjects."""

from __future__ import annotations

import pytest

from knowledge.importers.sentences import split_sentences
from tests.unit.asking import imported


@pytest.mark.parametrize(
    ("paragraph", "sentences"),
    [
        (
            "Nzinga a Nkuwu was baptised in 1491. Afonso I. wrote to Portugal in 1526.",
            ["Nzinga a Nkuwu was baptised in 1491.", "Afonso I. wrote to Portugal in 1526."],
        ),
        (
            "Pope Gregory I. sent Augustine to Kent in 597. Canterbury became the see.",
            ["Pope Gregory I. sent Augustine to Kent in 597.", "Canterbury became the see."],
        ),
        (
            "The braille code was published 4 Jan. 1829 in Paris. It used six dots.",
            ["The braille code was published 4 Jan. 1829 in Paris.", "It used six dots."],
        ),
        (
            "Gen. Gordon led the Ever Victorious Army. Col. Ward had died in 1862.",
            ["Gen. Gordon led the Ever Victorious Army.", "Col. Ward had died in 1862."],
        ),
        (
            "Prof. Ada Yonath won in 2009. Mt. Fuji last erupted in 1707.",
            ["Prof. Ada Yonath won in 2009.", "Mt. Fuji last erupted in 1707."],
        ),
        (
            "The U.S. Navy bought six airships. The U.K. bought four.",
            ["The U.S. Navy bought six airships.", "The U.K. bought four."],
        ),
        (
            "The abbey was built c. 1200. It was rebuilt approx. 250 years later.",
            ["The abbey was built c. 1200.", "It was rebuilt approx. 250 years later."],
        ),
        (
            "Founded by St. Columba in 563. Written up by J. R. R. Tolkien in 1937.",
            ["Founded by St. Columba in 563.", "Written up by J. R. R. Tolkien in 1937."],
        ),
    ],
)
def test_an_abbreviation_or_regnal_number_does_not_end_a_sentence(
    paragraph: str, sentences: list[str]
) -> None:
    assert split_sentences(paragraph) == sentences


def test_a_sentence_ending_in_a_word_or_number_still_ends() -> None:
    assert split_sentences("The treaty was signed in 1648. It ended the war.") == [
        "The treaty was signed in 1648.",
        "It ended the war.",
    ]
    assert split_sentences("It was invented by Louis Braille. He was a teacher at 19.") == [
        "It was invented by Louis Braille.",
        "He was a teacher at 19.",
    ]


def test_a_paragraph_of_notes_keeps_each_fact_whole() -> None:
    notes = (
        "# The Kingdom of Kongo\n\nThe court turned Catholic under Afonso I. Gen. Paulo Dias "
        "founded Luanda in 1576. The Battle of Mbwila was fought in Oct. 1665 and Kongo split.\n"
    )
    deck = imported(notes, "markdown", "kongo.md")[0]
    facts = [fact.raw for topic in deck.topics for fact in topic.facts]
    assert "The Battle of Mbwila was fought in Oct. 1665 and Kongo split." in facts
    assert "Gen. Paulo Dias founded Luanda in 1576." not in facts  # kept with its sentence
    assert not any(fact.startswith(("1665", "Paulo")) for fact in facts)


def test_many_quotations_and_abbreviations_are_cut_in_one_pass() -> None:
    paragraph = 'Dr. Lee said "Stop. Now." Then she left. ' * 5000
    assert len(split_sentences(paragraph)) == 10000
