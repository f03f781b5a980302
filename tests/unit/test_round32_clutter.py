"""Round 32 (blind): the notes' own clutter is not quiz content (docs/quiz-review/32-findings.md).

Checked on what a student is shown, on two decks of our own written as a teacher and a student
would: an Obsidian export on the dissolution of the monasteries (callouts, wikilinks, a "See
also" footer, tasks, a teacher's aside) and a student's plain-text notes on enzymes ("!!",
"lost 2 marks …", "Q I got wrong:", a mnemonic, a to-do line of boxes, "proof for …"). Round
32's own decks are development decks now: each class is checked on them too.
"""

from __future__ import annotations

from pathlib import Path

from bot.questions import Question, QuestionKind
from bot.questions._named_values import names_blanked_value
from knowledge.deck_files import open_deck_file
from knowledge.model import Deck
from tests.unit.questioning import every_question, imported_notes_text

ROOT = Path(__file__).resolve().parents[2]
SEEDS = range(3)

MONASTERIES = """---
tags: [history, tudors, religion]
created: 2026-11-02
author: Ms R. Okonjo
aliases: [Dissolution]
---
# The Dissolution of the Monasteries, 1536–1540

> [!info] Big picture
> Henry VIII closed every monastery, nunnery and friary in England and Wales, 1536–1540.

## Why did Henry close the monasteries?

- **Money** – the Crown was nearly bankrupt after wars with France; monastic land was worth about £140,000 a year.
- **Religion** – monks were loyal to the Pope; Henry was **Supreme Head of the Church** (1534).
- **Corruption** – the visitors' reports claimed monks broke their vows (much of this was exaggerated).

## How it happened

- **Valor Ecclesiasticus** – a survey of the Church's wealth made in 1535.
- **Thomas Cromwell** – Henry's chief minister, who organised the visitations.
- **Act for the Dissolution of the Lesser Monasteries** – passed by Parliament in 1536.
  - closed houses worth less than £200 a year.
- **Pilgrimage of Grace** – a rebellion in the North in October 1536, led by **Robert Aske**.
- **Second Act of Dissolution** – passed by Parliament in 1539.
- **Cromwell** – chief minister; executed in 1540.
- Last abbey to close: **Waltham Abbey**, March 1540.

> "The monks lived in sloth and vice" – the kind of thing the visitors wrote. *(paraphrase, don't quote as exact!)*

## Effects

- About 9,000 monks and nuns lost their homes; most monks got a pension.
- Monastic land was sold to the **gentry**, who then had a stake in the Reformation.
- Many monastery buildings were stripped for lead and stone (don't need to learn this list).

## To do

- [x] flashcards for the two Acts
- [ ] practise the 12-mark question on causes
- [ ] re-read the Pilgrimage of Grace source pack

*See also:* [[Henry VIII and the break with Rome]] · [[Pilgrimage of Grace – sources]]
"""

ENZYMES = """ENZYMES - my revision notes (Bio paper 1)

What enzymes are
- enzyme: a biological catalyst that speeds up a reaction without being used up
- enzymes are proteins made of chains of amino acids
- active site = the part of the enzyme where the substrate binds
- substrate: the molecule an enzyme acts on
- lock and key model: only a substrate with the right shape fits the active site
- proof for lock and key: each enzyme only breaks down one substrate

Temperature and pH
- optimum temperature for human enzymes is about 37 °C (textbook says 37-40 °C - either is fine)
- above the optimum the active site changes shape!! the enzyme is denatured - lost 2 marks on this in the mock
- denatured enzymes do NOT come back when cooled
- most enzymes work best at pH 7, but pepsin in the stomach works best at pH 2
- Q I got wrong: amylase at 60 °C - rate drops because the enzyme is denatured, not killed

Digestive enzymes
- amylase breaks down starch into sugars (made in the salivary glands and pancreas)
- protease breaks down proteins into amino acids
- lipase breaks down lipids into fatty acids and glycerol
- bile is made in the liver and stored in the gall bladder
- bile neutralises stomach acid and emulsifies fats
Mnemonic: APL - Amylase, Protease, Lipase (starch, protein, lipid in that order)

Required practical
- test for starch: iodine turns blue-black
- measure time for starch to disappear at different pH values
- Benedict's test: turns brick red when sugars are present (heat in a water bath)

Things to do
☐ redo enzyme graph question   ☑ learn the bile bit   ☐ ask sir about Q4
"""


def _shown(question: Question) -> str:
    return " ".join((question.prompt, *question.options, *question.answers))


def _facts(deck: Deck) -> list[str]:
    return [fact.text for topic in deck.topics for fact in topic.facts]


def _review_deck(name: str) -> Deck:
    return open_deck_file(ROOT / "docs" / "quiz-review" / name)


def test_link_footers_and_task_lines_are_not_imported_as_facts() -> None:
    monasteries = _facts(imported_notes_text(MONASTERIES, "dissolution.md"))
    enzymes = _facts(imported_notes_text(ENZYMES, "enzymes.txt"))
    assert not [fact for fact in monasteries if "See also" in fact]
    assert not [fact for fact in enzymes if "☐" in fact or "☑" in fact]
    # a Markdown task stays a line to /ask about, but is never quizzed
    asked = every_question(imported_notes_text(MONASTERIES, "dissolution.md"), SEEDS)
    assert asked
    assert not [q for q in asked if "flashcards" in _shown(q) or "source pack" in _shown(q)]
    # the notes around them are still there
    assert any("Waltham Abbey" in fact for fact in monasteries)
    assert any("Benedict's test" in fact for fact in enzymes)


def test_asides_are_taken_off_and_the_fact_on_their_line_is_kept() -> None:
    monasteries = _facts(imported_notes_text(MONASTERIES, "dissolution.md"))
    enzymes = _facts(imported_notes_text(ENZYMES, "enzymes.txt"))
    shown = " ".join(monasteries + enzymes)
    for aside in ("paraphrase", "don't need to learn", "lost 2 marks", "!!", "Q I got wrong"):
        assert aside not in shown
    assert any("stripped for lead and stone" in fact for fact in monasteries)
    assert any("the kind of thing the visitors wrote" in fact for fact in monasteries)
    assert any(
        fact.startswith("above the optimum the active site changes shape") for fact in enzymes
    )
    assert any(fact.startswith("amylase at 60 °C") for fact in enzymes)


def test_no_question_on_a_memory_aid_or_a_line_s_label() -> None:
    asked = every_question(imported_notes_text(ENZYMES, "enzymes.txt"), SEEDS)
    assert asked
    for question in asked:
        shown = _shown(question).casefold()
        assert "mnemonic" not in shown and "apl" not in shown.split()
        # the line's label is never the answer or an option ("_____: each enzyme only …")
        labels = [text.casefold() for text in (*question.options, *question.answers)]
        assert not [text for text in labels if text.startswith("proof for")]


def test_which_term_means_is_not_asked_of_what_was_done_by_someone_or_of_a_person() -> None:
    terms = every_question(
        imported_notes_text(MONASTERIES, "dissolution.md"), SEEDS, QuestionKind.DEFINITION_TO_TERM
    )
    assert not [q for q in terms if "passed by Parliament" in q.prompt]
    round32 = every_question(
        _review_deck("32-deckA.notes.md"), SEEDS, QuestionKind.DEFINITION_TO_TERM
    )
    prompts = [q.prompt for q in round32]
    assert not [p for p in prompts if "ordered by Viceroy" in p or "passed by Parliament" in p]
    assert not [p for p in prompts if p.startswith("Which term means: “last Viceroy")]
    # a real definition on the same deck is still asked
    assert any("non-violence" in p for p in prompts)


def test_a_stem_does_not_name_the_value_it_blanks() -> None:
    assert names_blanked_value("oscillations are PERPENDICULAR (at _____°) to the motion", "90")
    assert names_blanked_value(
        "optimum about _____ °C (textbook says 38 °C - either is fine)", "37"
    )
    # another quantity beside it, or a bare count, gives nothing away
    assert not names_blanked_value("optimum _____ °C, denatured above 40 °C", "37")
    assert not names_blanked_value("works best at pH _____ (pepsin at pH 2)", "7")
    assert not names_blanked_value("the angle of incidence is _____°", "90")
    asked = every_question(_review_deck("32-deckB.notes.docx"), SEEDS)
    for question in asked:
        if question.kind in (QuestionKind.CLOZE, QuestionKind.CHOICE):
            assert not ("PERPENDICULAR" in question.prompt and question.answers[0] == "90")
            assert not ("textbook uses 340" in question.prompt and question.answers[0] == "330")


def test_round32_clutter_is_not_asked_on_its_own_decks() -> None:
    for name in ("32-deckA.notes.md", "32-deckB.notes.docx"):
        for question in every_question(_review_deck(name), SEEDS):
            shown = _shown(question)
            for clutter in ("See also", "paraphrase", "☑", "☐", "Mnemonic", "lost a mark"):
                assert clutter not in shown, (clutter, question.prompt)
            assert "Q I got wrong" not in shown and "proof for sound" not in shown


def test_a_bracket_that_is_part_of_the_fact_is_kept() -> None:
    notes = (
        "# Enzymes\n\n- Pepsin works best at pH 2 (in the stomach).\n"
        "- Buchner showed yeast juice ferments sugar (paraphrased from his 1897 paper).\n"
        "- ✓ enzymes are reusable\n"
    )
    facts = _facts(imported_notes_text(notes, "notes.md"))
    assert "Pepsin works best at pH 2 (in the stomach)." in facts
    assert any("(paraphrased from his 1897 paper)" in fact for fact in facts)
    assert any("enzymes are reusable" in fact for fact in facts)
