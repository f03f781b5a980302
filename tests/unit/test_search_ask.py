"""`/ask <question>`: the fact lines that answer a question, best first, or "none" when the notes
have nothing to say. What is asserted is what a student reads: the first fact shown (and its topic),
or that nothing is offered."""

from __future__ import annotations

import pytest

from knowledge.search import Answer, DeckIndex
from tests.unit.test_search_lookup import biology_deck, default_index

# (question, topic of the first passage, words the first passage must contain)
ANSWERED: tuple[tuple[str, str, str], ...] = (
    ("why was the Berlin Wall built?", "berlin-wall", "Built to stop"),
    ("who built the Berlin Wall?", "berlin-wall", "Built to stop"),
    ("how many died in the East German revolt?", "east-german-revolt", "125 die"),
    ("who replaced Gero?", "hungarian-uprising", "replaced with Nagy"),
    ("how many were killed in Hungary?", "hungarian-uprising", "30,000 killed"),
    ("who was re-elected in Poland?", "poland", "re-elected Gomulka"),
    ("what was banned by the test ban treaty?", "test-ban-treaty", "Banned nuclear tests"),
    ("where did Khrushchev go to apologise to Tito?", "apology-to-tito", "Belgrade"),
    ("what was the brain drain?", "berlin-wall", "skilled and educated workers"),
    ("what would nuclear force act as, according to Dulles?", "operation-solarium", "deterrent"),
    ("by how much was the Red Army reduced?", "new-course", "20%"),
    ("what happened to Nagy?", "hungarian-uprising", "Nagy executed"),
    ("what did the Moscow Conference say about the USSR?", "moscow-conference", "mightiest"),
    ("what did the Warsaw Pact allow members to do?", "warsaw-pact", "consult"),
    ("why did the Poznan workers protest?", "poland", "pay and conditions"),
    ("what did Operation Solarium say about the CIA?", "operation-solarium", "CIA"),
    ("how many died in the east germna revolt", "east-german-revolt", "125 die"),
    ("what was sovietization?", "east-german-revolt", "Sovietisation"),
    ("WHO REPLACED GERŐ???", "hungarian-uprising", "replaced with Nagy"),
    ("how much did the April Speech cut military spending by?", "april-speech", "$10 million"),
)

UNANSWERABLE: tuple[str, ...] = (
    "what is the capital of France?",
    "explain photosynthesis",
    "what is the meaning of life?",
    "how do volcanoes erupt?",
    "",
    "???",
    "what is it?",
    "qwertyuiop " * 900,
)


def ask(question: str, k: int = 3) -> Answer:
    return default_index().ask(question, k)


@pytest.mark.parametrize(("question", "topic", "words"), ANSWERED, ids=[q for q, _, _ in ANSWERED])
def test_answers_with_the_fact_that_says_it(question: str, topic: str, words: str) -> None:
    answer = ask(question)
    assert answer.status == "answer", answer
    first = answer.passages[0]
    assert first.topic_id == topic, answer
    assert words in first.fact.text, answer
    assert answer.closest == ()


@pytest.mark.parametrize("question", UNANSWERABLE, ids=lambda q: q[:30] or "<empty>")
def test_questions_the_notes_cannot_answer_get_none(question: str) -> None:
    answer = ask(question)
    assert answer.status == "none", answer
    assert answer.passages == ()


def test_what_the_americans_did_comes_from_the_americans_react_group() -> None:
    answer = ask("what did the Americans do about the Berlin Wall?")
    assert answer.status == "answer"
    assert len(answer.passages) >= 2
    assert all(p.fact.group == "Americans react" for p in answer.passages), answer


def test_the_reasons_for_compromise_come_from_their_group() -> None:
    answer = ask("why was the USSR willing to compromise over Cuba?")
    assert {p.fact.group for p in answer.passages} == {"Willing to Compromise because"}


def test_passages_are_best_first_scored_0_to_1_and_at_most_k() -> None:
    answer = ask("what was rejected at the Geneva conference?", k=2)
    assert 1 <= len(answer.passages) <= 2
    scores = [p.score for p in answer.passages]
    assert scores == sorted(scores, reverse=True)
    assert all(0.0 < score <= 1.0 for score in scores)
    assert all("reject" in p.fact.text for p in answer.passages)


def test_passages_carry_their_topic_title_for_the_reply() -> None:
    passage = ask("who replaced Gero?").passages[0]
    assert passage.topic_title == "Hungarian Uprising"
    assert passage.fact.text == "Gerő replaced with Nagy"


def test_a_key_terms_definition_answers_what_it_is() -> None:
    # Brinkmanship is a key term with a definition, but no fact line says it.
    answer = ask("what is brinkmanship?")
    assert answer.status == "answer"
    assert answer.passages[0].fact.text.startswith("Brinkmanship: faking the approach")


def test_none_suggests_what_is_closest_when_something_is() -> None:
    answer = ask("what was agreed at the Vienna summit about Berlin?")
    assert answer.status == "none"
    assert answer.passages == ()
    assert answer.closest


def test_none_suggests_nothing_for_a_question_about_nothing_in_the_notes() -> None:
    assert ask("how do volcanoes erupt?").closest == ()


def test_bad_input_is_refused_clearly() -> None:
    index = default_index()
    with pytest.raises(TypeError, match="question must be text"):
        index.ask(b"why?")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="k must be a positive"):
        index.ask("why was the Berlin Wall built?", k=0)


@pytest.mark.parametrize(
    ("question", "topic", "words"),
    [
        ("what does chlorophyll absorb?", "photosynthesis", "absorbs red and blue"),
        ("what do muscles make in anaerobic respiration?", "respiration", "lactic acid"),
        ("what do high temperatures do to enzymes?", "enzymes", "denature"),
        ("what does amylase break down?", "enzymes", "starch into sugars"),
        ("what happens when plant cells take in water?", "osmosis", "turgid"),
        ("what is mitosis used for?", "mitosis", "growth and repair"),
    ],
)
def test_another_subject(question: str, topic: str, words: str) -> None:
    answer = DeckIndex(biology_deck()).ask(question)
    assert answer.status == "answer", answer
    assert answer.passages[0].topic_id == topic, answer
    assert words in answer.passages[0].fact.text, answer


@pytest.mark.parametrize(
    "question", ["why was the Berlin Wall built?", "who replaced Gero?", "what is the capital?"]
)
def test_another_subject_knows_nothing_of_history(question: str) -> None:
    assert DeckIndex(biology_deck()).ask(question).status == "none"
