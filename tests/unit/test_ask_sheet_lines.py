"""/ask on question-and-answer sheets (issue 13, session 13; ask_eval13/ANALYSIS.md classes 2
and 3):

- the sheet's question line is the answer line's subject: a word found only there counts in full
  when the line asks for the same kind of answer as the student ("Q: Who sent the first dog into
  orbit?" for "who sent a dog …?"), as it did before (0.9) when it asks for another kind;
- an answer line ("A: …") is never taken for a question of the sheet, even when it asks back
  ("A: Why would a loving God allow suffering?" is what the sheet gives as the problem);
- a count opening an answer line ("A: Eleven weeks, with Magellan's crew …") names nobody: what
  is counted is not said of someone other than the one asked about.

Each deck is written here, in subjects of its own, and imported the way an upload is.
"""

from __future__ import annotations

from bot.explain import answer_question
from tests.unit.asking import imported

SPACE = """Space race - questions

Q: What was the first satellite called?
A: Sputnik 1, launched in October 1957.
Q: Who launched it?
A: The Soviet Union, from Baikonur.
Q: Who was the first person in space?
A: Yuri Gagarin, in Vostok 1.
Q: Who sent the first dog into orbit?
A: The Soviet space programme, with Laika on Sputnik 2.
Q: What did the Apollo 11 crew do on the Moon?
A: Collected rock samples and planted a flag, with eight hours outside.
Q: What is a light year?
A: The distance light travels in a year.
Q: Who founded NASA?
A: President Eisenhower, in 1958.
Q: What did the first astronauts eat?
A: Cubes of food and paste from tubes.
"""

PHILOSOPHY = """Philosophy of religion - flashcards

Q: What is the problem of evil?
A: If God is loving and powerful, why does he allow suffering?
Q: What is the design argument?
A: The world is so complex that it must have a designer.
Q: Who wrote about the watchmaker?
A: William Paley, in 1802.
"""


def ask(notes: str, question: str) -> tuple[str, str | None]:
    deck, index = imported(notes, "outline", "notes.txt")
    asked = answer_question(deck, index, question)
    return asked.status, asked.lead


def test_a_question_line_asking_the_same_kind_counts_in_full() -> None:
    status, lead = ask(SPACE, "who sent a dog into orbit on a big rocket")
    assert status == "answer"
    assert lead is not None and "Soviet space programme" in lead


def test_an_answer_line_that_asks_back_is_still_an_answer() -> None:
    status, lead = ask(PHILOSOPHY, "why is suffering a problem for believers in god")
    assert status == "answer"
    assert lead is not None and "why does he allow suffering" in lead


def test_a_question_line_is_still_never_the_answer() -> None:
    status, lead = ask(PHILOSOPHY, "what is the design argument")
    assert status == "answer"
    assert lead is not None and lead.startswith("A: The world is so complex")


VOYAGES = """Explorers - flashcards

Q: How long did the first voyage across the Pacific take?
A: Eleven weeks, with Magellan's crew close to starving.
Q: Who paid for Columbus's first voyage?
A: Queen Isabella and King Ferdinand of Spain.
"""


def test_a_count_opening_an_answer_line_names_nobody() -> None:
    """ "A: Eleven weeks, with Magellan's crew …": "Eleven" before "weeks" is a count, not
    someone else the weeks are said of."""
    status, lead = ask(VOYAGES, "how many weeks did magellan take to cross the pacific")
    assert status == "answer"
    assert lead is not None and "Eleven weeks" in lead
