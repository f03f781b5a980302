"""A true/false question never turns a word that opens a name into a name the notes never use:
"Mannerism = Style after the Low Renaissance" is false on its face (round s17-quizb: three such
flips of "High Renaissance" in one sample of 60). A word turned inside a plain claim still is.
Cards written for this test (medieval Europe and biology), not the review decks."""

from __future__ import annotations

from bot.questions import QuestionGenerator, QuestionKind
from knowledge.importers import dump_deck, import_text
from knowledge.loader import parse_deck
from knowledge.model import Deck

CARDS = "\n".join(
    f"{front}\t{back}"
    for front, back in (
        ("High Middle Ages", "Period c.1000-1300 of growing towns, trade and cathedrals"),
        ("Gothic", "Style of the High Middle Ages with pointed arches and tall windows"),
        ("Feudalism", "System where land was held in return for military service"),
        ("Black Death", "Plague of 1348-50 that killed a third of Europe's people"),
        ("Crusades", "Wars fought to win the Holy Land, starting in 1096"),
        ("Magna Carta", "Charter of 1215 that limited the power of the king"),
        ("Serf", "Peasant bound to the land who owed labour to the lord"),
        ("Tithe", "A tenth of a peasant's produce given to the Church"),
        ("Positive Feedback", "A change that makes the body move further from normal"),
        ("Negative Feedback", "A change that brings the body back towards normal"),
        ("Vassal", "A lord who held land from the king and owed him strong loyalty"),
    )
)


def _deck() -> Deck:
    return parse_deck(dump_deck(import_text(CARDS, source_name="c.tsv", format="tsv")), "t")


def _true_false() -> list[str]:
    return [
        question.prompt
        for seed in range(4)
        for question in QuestionGenerator(_deck(), seed=seed).all_candidates(
            kinds=[QuestionKind.TRUE_FALSE]
        )
    ]


def test_no_name_is_turned_into_one_the_notes_never_use() -> None:
    prompts = _true_false()

    assert prompts
    assert not any("Low Middle Ages" in prompt for prompt in prompts), prompts


def test_words_in_claims_and_names_defined_both_ways_are_still_turned() -> None:
    prompts = _true_false()

    assert any("weak loyalty" in prompt for prompt in prompts), prompts
