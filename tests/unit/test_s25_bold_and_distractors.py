"""The teacher's bold key words kept at import, and wrong options that are also right or of
another kind (round 27, class 4). Notes on the history of chocolate and the Trans-Siberian
Railway, as a teacher writes them.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.questions import Question, QuestionGenerator, QuestionKind
from bot.questions._also_true import date_span, dates_overlap, without_also_true
from bot.questions._kinds import PERSON, ROLE, term_kinds
from knowledge.importers import dump_deck, import_text
from knowledge.loader import parse_deck
from knowledge.model import Deck

CHOCOLATE = """\
# Chocolate

*Learn the **bold** words.*

## The Aztecs and after
- **Where:** the dry highlands around Tenochtitlan.
- Cacao was drunk as a bitter, frothy drink called **xocolatl**.
- In 1828 a **cocoa press** squeezed out the fat of the beans.
- Chocolate was stirred for days in a machine called a **conche**.
"""

CHOCOLATE_HTML = (
    "<html><body><h1>Chocolate</h1><h2>Europe</h2><p>Key words are in <b>bold</b>.</p><ul>"
    "<li>In Spain chocolate was sweetened with <b>cane sugar</b> and drunk hot.</li>"
    "<li>Monks flavoured it with <strong>cinnamon</strong> and vanilla.</li>"
    "<li><b>Where</b>: the monasteries of Spain.</li></ul></body></html>"
)

RAILWAY = """\
# The Trans-Siberian Railway

## Timeline

| Date | Event |
|---|---|
| 1891 | Tsar Alexander III orders the railway to be built |
| 31 May 1891 | The future Nicholas II lays the first stone at Vladivostok |
| 1901 | The Chinese Eastern Railway across Manchuria opens |
| Feb 1904 | The Russo-Japanese War begins |
| 1916 | The Amur Railway is finished on Russian soil |
| 2002 | Electrification of the whole route is completed |
"""

SEEDS = range(4)


def _deck(notes: str, name: str, form: str = "markdown") -> Deck:
    return parse_deck(dump_deck(import_text(notes, source_name=name, format=form)), name)


@pytest.fixture(scope="module")
def chocolate() -> Deck:
    return _deck(CHOCOLATE, "chocolate.md")


# --- bold key words -------------------------------------------------------------------------------


def test_bold_words_are_kept_at_import_but_not_labels_or_the_word_bold(chocolate: Deck) -> None:
    assert chocolate.emphasis == ("xocolatl", "cocoa press", "conche")
    html = _deck(CHOCOLATE_HTML, "chocolate.html", "html")
    assert html.emphasis == ("cane sugar", "cinnamon")


def test_one_long_bold_run_does_not_stop_the_import() -> None:
    # A deck's `emphasis:` entries are one line (300 characters at most): bold longer than that
    # is not a key word, and keeping it made the whole import fail.
    long_bold = "**" + "cacao" * 80 + "**"  # one 400-character word in bold
    notes = f"# Cacao\n\n## Beans\n\n- Beans are {long_bold} here.\n- Beans are **fermented**.\n"
    deck = _deck(notes, "cacao.md")
    assert deck.emphasis == ("fermented",)
    assert len(deck.topics[-1].facts) == 2


def test_a_bold_word_no_finder_reads_as_a_name_is_a_blank(chocolate: Deck) -> None:
    plain = _deck(CHOCOLATE.replace("**", ""), "chocolate.md")
    assert plain.emphasis == ()

    def blanks(deck: Deck) -> set[str]:
        return {
            q.answers[0]
            for q in QuestionGenerator(deck, seed=1).all_candidates()
            if q.kind is QuestionKind.CLOZE
        }

    assert {"cocoa press", "conche"} <= blanks(chocolate)
    assert not {"cocoa press", "conche"} & blanks(plain)


# --- wrong options also right ---------------------------------------------------------------------


def test_dates_are_read_as_the_days_they_cover() -> None:
    assert dates_overlap("Feb 1904", "8 Feb 1904")
    assert dates_overlap("1891", "31 May 1891")
    assert dates_overlap("1904–1905", "1905")
    assert dates_overlap("May 31, 1891", "May 1891")
    assert not dates_overlap("Feb 1904", "4 Jan 1904")
    assert not dates_overlap("1891", "1901")
    assert not dates_overlap("1891", "1891")  # the same date is no other option
    assert date_span("9,289 km") is None
    assert date_span("Vladivostok") is None


def test_a_date_inside_the_keys_date_is_never_a_wrong_option() -> None:
    railway = _deck(RAILWAY, "railway.md")
    dated = 0
    for seed in SEEDS:
        for q in QuestionGenerator(railway, seed=seed).all_candidates():
            if q.kind is not QuestionKind.CHOICE or date_span(q.answers[0]) is None:
                continue
            dated += 1
            assert not any(dates_overlap(q.answers[0], option) for option in q.options), q
    assert dated


def test_a_question_left_with_one_wrong_option_is_not_asked() -> None:
    asked = Question(
        id="q",
        kind=QuestionKind.CHOICE,
        prompt="When did the Russo-Japanese War begin?",
        answers=("Feb 1904",),
        options=("1904", "Feb 1904", "8 Feb 1904", "1916"),
        correct=(1,),
    )
    assert without_also_true(asked) is None
    kept = without_also_true(replace(asked, options=("1901", "Feb 1904", "8 Feb 1904", "1916")))
    assert kept is not None
    assert kept.options == ("1901", "Feb 1904", "1916") and kept.correct == (1,)


# --- wrong options of another kind ---------------------------------------------------------------


def test_a_group_of_people_named_by_what_they_do_is_people() -> None:
    kinds = term_kinds(
        [
            ("Chocolatiers", "the skilled chocolate makers of Brussels"),
            ("Station keepers", "the families who ran the stations"),
            ("Conche", "a machine that stirs chocolate for hours"),
            ("Cocoa butter", "the fat pressed out of cacao beans"),
        ]
    )
    assert kinds["chocolatiers"] in (PERSON, ROLE)
    assert kinds["conche"] not in (PERSON, ROLE)
    assert kinds["cocoa butter"] not in (PERSON, ROLE)
