"""Answers given away by the stem or by a sibling question (issue 14, round-15 blind review
class 4: B6, B16, A45/A25, B60/B40).

- B6: "Which topic does this belong to? “robbing travellers on the roads …”" -> "Highway
  robbery": a word of the line is another form of a word of the title (the lemmatizer's
  derivational links: rob, robber, robbery) though the two share no start long enough to echo.
- B16: "… young offenders' institutions … Replaced by _____ in 1982" -> YOIs: the line spells out
  the initials of a plural acronym ("local skills councils … Replaced by _____" -> LSCs here).
- A45/A25, B60/B40: one thing asked twice in one quiz, as a key term and as an item matched to its
  effect, or as "Vagabondage / vagrancy" and "Vagrancy", two key terms naming it.

Notes written for these tests (geography, training and work, climate), not the review decks."""

from __future__ import annotations

from bot.questions import QuestionGenerator, QuestionKind
from knowledge.importers import dump_deck, import_text
from knowledge.loader import parse_deck
from knowledge.model import Deck
from knowledge.text import fold
from tests.unit.questioning import every_question

COASTS = """COASTS

1. COASTAL EROSION
  - cliffs are eroded fastest where waves break against soft clay
  - hydraulic action forces air into cracks in the rock face
  - a wave-cut notch forms between the high and low tide lines

2. LONGSHORE DRIFT
  - the prevailing wind drives waves up the beach at an angle
  - backwash pulls sediment straight down the slope of the beach
  - groynes trap sand moving along the shore

3. COASTAL MANAGEMENT
  - sea walls reflect wave energy but cost about £6,000 per metre
  - beach nourishment adds sand to widen the beach
  - managed retreat lets low-value land flood

4. SAND DUNES
  - marram grass has long roots that bind the sand together
  - embryo dunes form around driftwood on the upper beach
  - walkers trample the vegetation and blow-outs form
"""

TRAINING = """TRAINING AND WORK

1. YOUTH TRAINING
  - Training boards (1964): local skills councils for each industry. Replaced by LSCs in 2001
  - apprentices split their week between college and an employer
  - the minimum wage for apprentices is lower than for other workers

2. UNEMPLOYMENT
  - Jobcentres match people looking for work with vacancies
  - long-term unemployment lowers confidence and skills
"""

CLIMATE = """CLIMATE CHANGE

1. KEY TERMS
  Greenhouse effect: gases in the atmosphere trap heat radiated from the Earth
  Deforestation: cutting down forests for farmland, timber or roads
  Global warming / climate change: a long-term rise in the Earth's average temperature
  Climate change: long-term shifts in temperatures and weather patterns
  Carbon footprint: the total greenhouse gas released by a person or activity
  Renewable energy: energy from a source that will not run out

2. CAUSES AND EFFECTS
  - deforestation -> less carbon dioxide taken in by trees
  - melting ice caps -> rising sea levels
  - burning fossil fuels -> more carbon dioxide in the atmosphere
  - warmer oceans -> more powerful tropical storms
"""


def _deck(text: str) -> Deck:
    return parse_deck(dump_deck(import_text(text, source_name="n.txt", format="outline")), "t")


def test_a_line_with_a_word_of_its_titles_family_is_no_which_topic_question() -> None:
    asked = every_question(_deck(COASTS), range(4), QuestionKind.WHICH_TOPIC)

    assert asked  # the other lines are still asked
    for question in asked:
        assert "eroded" not in question.prompt, question.prompt  # "Coastal erosion"


def test_a_line_spelling_out_a_plural_acronym_does_not_blank_it() -> None:
    asked = every_question(_deck(TRAINING), range(4), QuestionKind.CLOZE, QuestionKind.CHOICE)

    assert any("Replaced by LSCs in _____" in q.prompt for q in asked)  # its year still asked
    assert not any(fold(q.answers[0]) == "lscs" for q in asked)


def _about(question_text: str, name: str) -> bool:
    return f" {name} " in f" {fold(question_text)} "


def test_one_thing_is_asked_once_in_a_quiz() -> None:
    deck = _deck(CLIMATE)
    for seed in range(8):
        quiz = QuestionGenerator(deck, seed=seed).generate(30)
        assert quiz
        for name in ("deforestation", "climate change"):
            about = [
                q
                for q in quiz
                if any(_about(answer, name) for answer in q.answers[:1])
                or (q.kind is QuestionKind.MATCHING and _about(q.prompt, name))
                or (q.kind is QuestionKind.TERM_TO_DEFINITION and _about(q.prompt, name))
            ]
            assert len(about) <= 1, (seed, name, [q.prompt for q in about])
