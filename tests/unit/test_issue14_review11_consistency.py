"""Wrong values the rest of the line rules out (issue 14, round-11 blind review).

The reviewer saw "Jane Seymour (married May _____) gave birth … on 12 October 1537" offered with
1538 and 1541, "By 1527 Catherine was _____ and unlikely to have more children" with 9 and 25
(other bare numbers of the deck), and true/false statements that refute themselves: "married
1544, executed … February 1542", "drawn up in 1539 but only issued in 1538". A wrong year keeps
its side of every other year of its line; a number counting nothing named keeps near the answer.
These decks are in other subjects than the one the faults were found in.
"""

from __future__ import annotations

import re
from pathlib import Path

from bot.questions import Question, QuestionKind
from knowledge.model import Deck, Fact, Topic
from tests.unit import questioning

_SEEDS = range(6)


def _deck(*lines: str) -> Deck:
    return Deck(
        id="modern-india",
        title="Modern India",
        topics=(
            Topic(id="gandhi", title="Gandhi and independence", facts=tuple(map(Fact, lines))),
            Topic(
                id="partition",
                title="Partition",
                facts=(
                    Fact("Independence came on 15 August 1947 and about 14 million people moved."),
                    Fact("Nehru became the first Prime Minister in 1947."),
                    Fact("The Indian National Congress was founded in 1885 in Bombay."),
                    Fact("The Government of India Act was passed in 1935."),
                    Fact("The Amritsar Massacre in 1919 killed at least 379 people."),
                ),
            ),
        ),
    )


def _years(text: str) -> list[int]:
    return [int(y) for y in re.findall(r"\b(1\d{3})\b", text)]


def _questions(deck: Deck, line: str) -> list[Question]:
    found = questioning.every_question(deck, _SEEDS, QuestionKind.CHOICE, QuestionKind.TRUE_FALSE)
    return [q for q in found if q.source_fact == line]


def test_a_wrong_year_option_stays_before_the_later_year_of_its_line() -> None:
    line = "Gandhi returned from South Africa in 1915 and led the Champaran protest in 1917."
    choices = [
        q
        for q in _questions(_deck(line), line)
        if q.kind is QuestionKind.CHOICE and q.answers == ("1915",)
    ]
    assert choices, "the return year is asked"
    for question in choices:
        assert all(int(option) < 1917 for option in question.options), question.options


def test_a_wrong_year_option_stays_after_the_earlier_year_of_its_line() -> None:
    line = "The Non-Cooperation Movement began in 1920 and ended in 1922 after Chauri Chaura."
    choices = [
        q
        for q in _questions(_deck(line), line)
        if q.kind is QuestionKind.CHOICE and q.answers == ("1922",)
    ]
    assert choices, "the year it ended is asked"
    for question in choices:
        assert all(int(option) > 1920 for option in question.options), question.options


def test_a_false_statement_never_puts_one_event_of_a_line_before_its_cause() -> None:
    lines = (
        "The Rowlatt Act was passed in March 1919 and repealed in 1922.",
        "The Simon Commission was set up in 1927 but only reached India in 1928.",
        "Gandhi was arrested in 1922 and released early in 1924.",
    )
    deck = _deck(*lines)
    falses = []
    for line in lines:
        for question in _questions(deck, line):
            if question.kind is QuestionKind.TRUE_FALSE and question.answers == ("False",):
                falses.append(question)
                shown = _years(question.prompt.split(": ", 1)[-1])
                assert shown == sorted(shown), question.prompt
    assert falses, "some of these lines are asked as false statements"


def test_a_bare_number_gets_near_wrong_values_not_other_numbers_of_the_deck() -> None:
    line = "By 1920 Gandhi was 51 and the leader of the Congress movement."
    choices = [
        q
        for q in _questions(_deck(line), line)
        if q.kind is QuestionKind.CHOICE and q.answers == ("51",)
    ]
    assert choices, "his age is asked"
    for question in choices:
        values = [int(option) for option in question.options]
        assert all(35 <= value <= 72 for value in values), question.options
        assert not {"14", "379"} & set(question.options)


_REVOLUTION = """# Russia in revolution, 1905–1924

## Key people

| Person | Role |
|---|---|
| Lenin | Bolshevik leader who returned from exile in April 1917 |
| Trotsky | Bolshevik chairman of the Petrograd Soviet; organised the Red Army |
| Kerensky | Head of the Provisional Government from July 1917 |
| Alexandra | Wife of Nicholas II; ran the government while he was at the front |
| Rasputin | Mystic healer trusted by the royal family |

## Timeline

| Year | Event |
|---|---|
| 1905 | Bloody Sunday and the October Manifesto |
| 1914 | Russia enters the First World War |
| 1917 | February and October Revolutions |
| 1918 | Treaty of Brest-Litovsk ends the war with Germany |
| 1921 | New Economic Policy replaces War Communism |
| 1924 | Death of Lenin |
"""


def _table_falses(tmp_path: Path) -> list[Question]:
    notes = tmp_path / "revolution.md"
    notes.write_text(_REVOLUTION, encoding="utf-8")
    deck = questioning.imported_notes(notes)
    found = questioning.every_question(deck, range(12), QuestionKind.TRUE_FALSE)
    return [q for q in found if q.answers == ("False",) and "“" in q.prompt]


def test_a_false_table_claim_gives_a_row_only_a_value_of_its_own_kind(tmp_path: Path) -> None:
    roles = {
        "Lenin": "Bolshevik leader who returned from exile in April 1917",
        "Trotsky": "Bolshevik chairman of the Petrograd Soviet; organised the Red Army",
        "Kerensky": "Head of the Provisional Government from July 1917",
        "Alexandra": "Wife of Nicholas II; ran the government while he was at the front",
        "Rasputin": "Mystic healer trusted by the royal family",
    }
    asked = [q for q in _table_falses(tmp_path) if "role for" in q.prompt]
    for question in asked:
        person = next(name for name in roles if f"role for {name} " in question.prompt)
        shown = question.prompt.split("“", 1)[1].rstrip("”.")
        assert shown not in roles.values() or _shares_a_word(shown, roles[person]), question.prompt
    # A wife is never given a revolutionary's role, nor a mystic a head of government's.
    assert not any("role for Alexandra" in q.prompt for q in asked)
    assert not any("role for Rasputin" in q.prompt for q in asked)


def test_a_false_timeline_claim_takes_a_neighbouring_row_s_event(tmp_path: Path) -> None:
    years = ["1905", "1914", "1917", "1918", "1921", "1924"]
    events = {
        "Bloody Sunday and the October Manifesto": "1905",
        "Russia enters the First World War": "1914",
        "February and October Revolutions": "1917",
        "Treaty of Brest-Litovsk ends the war with Germany": "1918",
        "New Economic Policy replaces War Communism": "1921",
        "Death of Lenin": "1924",
    }
    asked = [q for q in _table_falses(tmp_path) if "Timeline" in q.prompt]
    assert asked, "the timeline is asked as false claims"
    for question in asked:
        shown = question.prompt.split("“", 1)[1].rstrip("”.")
        if "event for " in question.prompt:  # "The event for 1917 is “Death of Lenin”."
            year = question.prompt.split("event for ", 1)[1].split(" ", 1)[0]
            shown = events[shown]
        else:  # "The year for Death of Lenin is “1905”."
            event = question.prompt.split("year for ", 1)[1].rsplit(" is “", 1)[0]
            year = events[event]
        assert abs(years.index(shown) - years.index(year)) == 1, question.prompt


def _shares_a_word(one: str, other: str) -> bool:
    words = {w.lower().strip(";,.") for w in one.split() if len(w) > 3}
    return bool(words & {w.lower().strip(";,.") for w in other.split() if len(w) > 3})


def test_a_step_of_an_arrow_chain_is_not_turned_round() -> None:
    """Round 11: "… -> light is blocked -> plants above die" (the notes: below) was false on
    sight, the step no longer following from the one before. A chain's steps are linked as a
    "because" line's halves are."""
    chain = "Urbanisation -> more tarmac and concrete -> faster run-off -> higher peak discharge"
    plain = "Peak discharge is higher in an urban drainage basin than in a rural one."
    deck = Deck(
        id="floods",
        title="Flooding",
        topics=(Topic(id="hydrographs", title="Hydrographs", facts=(Fact(chain), Fact(plain))),),
    )
    asked = questioning.every_question(deck, range(8), QuestionKind.TRUE_FALSE)
    assert not [q for q in asked if q.source_fact == chain and "lower" in q.prompt]
    assert [q for q in asked if q.source_fact == plain and "lower" in q.prompt]
