"""One link is asked once in a quiz, from whichever line says it (issue 14, round-11 blind review).

The review found a timeline row asked beside the body line saying the same ("Which date has the
event “Death of Henry VIII”?" after "Henry died on 28 January 1547 …" was shown true), a link asked
from both ends ("arranged by _____" → Cromwell, "fell after the marriage to _____" → Anne of
Cleves), and a person's table role asked beside a line naming him for it. These notes are on the
Cold War: the same facts said in a timeline, in body lines and from both ends."""

from __future__ import annotations

import re
from pathlib import Path

from bot.questions import Question, QuestionGenerator, QuestionKind
from bot.questions._overlap import overlap
from tests.unit import questioning

_NOTES = """\
# The Cold War in Europe, 1945–1963

## Berlin

- Stalin blockaded West Berlin in June 1948 to force the Western Allies out of the city.
- The Berlin Airlift, organised by the USA and Britain, flew supplies into West Berlin until May 1949.
- The blockade failed and led to the formation of NATO in April 1949.
- Khrushchev ordered the Berlin Wall to be built in August 1961 to stop East Germans fleeing west.
- Kennedy visited West Berlin in June 1963 and said "Ich bin ein Berliner".
- The Berlin Wall was ordered by Khrushchev after 2.7 million East Germans had left by 1961.

## Cuba

- Castro took power in Cuba in January 1959 after overthrowing Batista.
- The Bay of Pigs invasion by CIA-trained exiles failed in April 1961.
- A U-2 spy plane photographed missile sites on Cuba on 14 October 1962.
- Kennedy ordered a naval quarantine of Cuba rather than an air strike.
- Khrushchev agreed to remove the missiles if the USA promised not to invade Cuba.
- Secretly, American Jupiter missiles were withdrawn from Turkey.
- A hotline between Washington and Moscow was set up in 1963.
- The Limited Test Ban Treaty of 1963 banned nuclear tests in the atmosphere.

## Timeline

| Year | Event |
|---|---|
| 1948 | Berlin Blockade begins |
| 1949 | NATO formed |
| 1961 | Berlin Wall built |
| 1962 | Cuban Missile Crisis |
| 1963 | Kennedy visits West Berlin |

## Key people

| Person | Role |
|---|---|
| Khrushchev | Soviet leader who ordered the Berlin Wall |
| Kennedy | US President who visited West Berlin in 1963 |
| Stalin | Soviet leader who blockaded West Berlin in 1948 |
| Truman | US President who began the Berlin Airlift |
"""


def _answer(question: Question) -> str | None:
    if question.kind in (QuestionKind.TRUE_FALSE, QuestionKind.WHICH_TOPIC) or question.ordered:
        return None
    return question.answers[0] if question.answers else None


def _words(text: str) -> set[str]:
    # A table row's line names its columns ("Year: 1961; Event: …"): no word of the fact.
    text = re.sub(r"(?:^|;\s*)[^:;]{1,30}:\s", " ", text)
    return {w[:5] for w in re.findall(r"[a-z]{4,}", text.lower())}


def _clauses(text: str) -> list[str]:
    return re.split(r";|\s[–—-]\s|[()]|[.!?](?:\s|$)", text)


def test_no_question_of_a_quiz_is_answered_by_another_on_the_same_link(tmp_path: Path) -> None:
    """No question's answer stands in a clause of another question's stem beside a word of the
    first question's own line: the second would give the first away."""
    notes = tmp_path / "cold_war.md"
    notes.write_text(_NOTES, encoding="utf-8")
    deck = questioning.imported_notes(notes)
    seen = 0
    for seed in range(8):
        # 11: the notes give that many questions on distinct links for every seed (their
        # "Timeline" and "Key people" sections are no "Which topic?" options since round 13).
        sample = QuestionGenerator(deck, seed=seed).generate(11)
        for asked in sample:
            answer = _answer(asked)
            if answer is None or len(answer.split()) > 5:
                continue
            for shown in sample:
                if shown is asked or shown.ordered:
                    continue
                stem = shown.prompt.removeprefix("True or false? ").split(": ", 1)[-1]
                for clause in _clauses(stem):
                    if re.search(rf"(?<![\w,.]){re.escape(answer.lower())}(?!\w)", clause.lower()):
                        seen += 1
                        common = _words(asked.source_fact) & _words(clause) - _words(answer)
                        assert not common, (asked.prompt, answer, shown.prompt)
    assert seen, "some answers are shown elsewhere, with no word of their line beside them"


def test_a_timeline_row_and_its_body_line_overlap() -> None:
    row = Question(
        id="a",
        kind=QuestionKind.CHOICE,
        prompt="Timeline: Which year has the event “Berlin Wall built”?",
        answers=("1961",),
        options=("1958", "1961", "1962", "1963"),
        correct=(1,),
        source_fact="Year: 1961; Event: Berlin Wall built",
    )
    line = Question(
        id="b",
        kind=QuestionKind.TRUE_FALSE,
        prompt="True or false? Berlin: Khrushchev ordered the Berlin Wall to be built in August "
        "1961 to stop East Germans fleeing west.",
        answers=("True",),
        options=("True", "False"),
        correct=(0,),
        source_fact="Khrushchev ordered the Berlin Wall to be built in August 1961 to stop East "
        "Germans fleeing west.",
    )
    assert overlap(row, line) and overlap(line, row)


def test_a_link_asked_from_both_ends_overlaps_and_unlinked_lines_do_not() -> None:
    one = Question(
        id="c",
        kind=QuestionKind.CLOZE,
        prompt="Berlin: _____ ordered the Berlin Wall to be built in August 1961.",
        answers=("Khrushchev",),
        source_fact="Khrushchev ordered the Berlin Wall to be built in August 1961.",
    )
    other = Question(
        id="d",
        kind=QuestionKind.CHOICE,
        prompt="Key people: Which person has the role “Soviet leader who ordered the Berlin Wall”?",
        answers=("Nikita Khrushchev",),
        options=("Nikita Khrushchev", "Stalin", "Kennedy", "Truman"),
        correct=(0,),
        source_fact="Person: Nikita Khrushchev; Role: Soviet leader who ordered the Berlin Wall",
    )
    unrelated = Question(
        id="e",
        kind=QuestionKind.CLOZE,
        prompt="Berlin: Kennedy visited West Berlin in June _____.",
        answers=("1963",),
        source_fact="Kennedy visited West Berlin in June 1963.",
    )
    assert overlap(one, other)
    assert not overlap(one, unrelated) and not overlap(other, unrelated)
