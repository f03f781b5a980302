"""A CSV export's tags column ("term","definition","tags") read as Anki tags are (issue 13,
heldout19's quoted CSV): a tag several cards share groups them under it, so a card whose definition
never names its subject is found by a question naming the tag. A third column the header does not
call tags is left as it was. Decks written here, in another subject."""

from __future__ import annotations

from pathlib import Path

from bot.explain import answer_question
from knowledge.importers.tag_column import cell_tags, tag_column
from tests.unit.asking import ask_json, imported, lead_of

MEMORY = """"term","definition","tags"
"sensory register","holds information from the senses for under a second","multi-store model"
"short-term memory","holds about 7 items for up to 30 seconds","multi-store model"
"long-term memory","unlimited store; information kept by rehearsal","multi-store model"
"central executive","controls attention and directs the slave systems","working memory model"
"phonological loop","holds sounds; an articulatory process and a phonological store","working memory model"
"visuo-spatial sketchpad","holds visual and spatial information","working memory model"
"episodic buffer","added in 2000; links the other parts to long-term memory","working memory model"
"interference","one memory disrupts another, proactive or retroactive","forgetting"
"retrieval failure","the memory is there but cues are missing","forgetting"
"""


def test_cards_sharing_a_tag_are_grouped_under_it() -> None:
    deck, _ = imported(MEMORY, "csv", "memory.csv")
    groups = {fact.group for topic in deck.topics for fact in topic.facts}
    assert groups == {"multi-store model", "working memory model", "forgetting"}
    assert not any("multi-store model" in fact.raw for t in deck.topics for fact in t.facts)


def test_a_question_naming_the_tag_finds_the_card(tmp_path: Path) -> None:
    notes = tmp_path / "memory.csv"
    notes.write_text(MEMORY, encoding="utf-8")
    reply = ask_json("what is the sensory register in the multi store model", notes)
    assert reply["status"] == "answer"
    assert reply["text"].startswith("sensory register = holds information from the senses")
    assert "multi-store model" in reply["text"]  # the reply says where the card sits


def test_the_tag_does_not_pull_in_another_card() -> None:
    deck, index = imported(MEMORY, "csv", "memory.csv")
    asked = answer_question(
        deck, index, "what is the central executive in the working memory model"
    )
    assert lead_of(asked).startswith("central executive = controls attention")


def test_a_third_column_of_something_else_stays() -> None:
    sources = MEMORY.replace('"tags"', '"source"', 1)
    deck, _ = imported(sources, "csv", "memory.csv")
    assert {fact.group for topic in deck.topics for fact in topic.facts} == {None}


def test_a_tags_cell_holds_one_label_or_several() -> None:
    assert tag_column(["term", "definition", "Tags"]) == 2
    assert tag_column(["tags", "definition"]) is None  # the term's column is no tags column
    assert cell_tags("working memory model") == ("working memory model",)
    assert cell_tags("memory; forgetting,  models") == ("memory", "forgetting", "models")
