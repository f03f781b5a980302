"""Round-22 blind review (Markdown handout): an "(= …)" gloss split at its "=", leaving "Tokugawa
shogunate (" as a topic label and "Edo renamed Tokyo (" as a term; a bullet's lead-in asked for as
the term ("Slogan sonnō jōi", "Heavy industry later", "First election 1890"); an arrow between two
places said as "giving"; "one of the “Outcome”"; a count blanked when the line lists what it
counts; a position word ("triforium (middle)") accepted as another name. The notes here are
written for these tests (the Dutch Republic and its Golden Age), not the round's own deck."""

from __future__ import annotations

from functools import cache

from bot.questions import Question
from bot.questions._arrow_sentences import arrows_said
from bot.questions._reasons import _EFFECT, LeadIn, _ask
from knowledge.importers import dump_deck, import_text
from knowledge.importers.terms import split_glossary
from knowledge.loader import parse_deck
from tests.unit import questioning

NOTES = """# The Dutch Republic 1579–1700

## 1. Revolt against Spain
- **Union of Utrecht** (= alliance of the northern provinces, "the Union") signed 1579
  - the **States General** = assembly of delegates from every province
  - each province led by a **stadholder** (steward), usually the Prince of Orange
  - the Republic (7 provinces) = Holland, Zeeland, Utrecht, Gelderland, Overijssel, Friesland, Groningen
- New Amsterdam renamed New York (= "York's town") 1664; the English kept it after the war
- Slogan **Eendracht maakt macht** = "unity makes strength"
- Rebel provinces in the north: **Holland** and **Zeeland** (also Utrecht)
- Aims of the rebels:
  - freedom of worship for Calvinists
  - an end to Spanish taxes such as the Tenth Penny
- Outcome:
  - Spain recognised the Republic at Münster in 1648
  - the Eighty Years' War ended with the Peace of Westphalia
  - Antwerp declined as the Scheldt was closed to shipping

## 2. Trade and money
- First stock exchange 1602: shares in the **VOC** traded in Amsterdam every day
- Banking later: **Bank of Amsterdam** founded 1609 (the first public bank)
- first canal boat line 1632: Amsterdam → Haarlem, 20 km, pulled by horses
- the fluyt: three decks, the Orlop (bottom), the Gundeck (middle) and the Quarterdeck (top)
- big warships = Orlop + Gundeck + Quarterdeck + poop deck, e.g. the Zeven Provinciën

## 3. The stadholderless era (1650–1672)
- Great Assembly 1651 – the provinces agreed to leave the stadholder post empty
- Perpetual Edict 1667 – abolished the office of stadholder in Holland
- Raid on the Medway 1667 – the Dutch fleet burned English ships at Chatham
- rampjaar 1672 – France, England, Münster and Cologne attacked the Republic
"""


@cache
def _asked() -> tuple[Question, ...]:
    mapping = import_text(NOTES, source_name="notes.md", format="markdown")
    deck = parse_deck(dump_deck(mapping), "notes.yaml")
    return tuple(questioning.every_question(deck, range(6)))


def _shown(q: Question) -> str:
    return " ".join((q.prompt, *q.options, *q.answers))


def test_an_equals_inside_brackets_splits_nothing() -> None:
    assert split_glossary('New Amsterdam renamed New York (= "York\'s town") 1664') is None
    assert split_glossary("Osmosis (of water) = movement of water") is not None
    for q in _asked():
        assert "(:" not in q.prompt and "(”" not in q.prompt, q.prompt
        assert not any(answer.rstrip().endswith("(") for answer in q.answers), q.answers
        assert "Union of Utrecht (" not in q.prompt.replace("Union of Utrecht (=", ""), q.prompt


def test_a_bolded_term_after_a_lead_in_is_the_term() -> None:
    asked = [q for q in _asked() if "unity makes strength" in q.prompt]
    assert asked, [q.prompt for q in _asked()]
    for q in _asked():
        assert not any(answer.startswith("Slogan") for answer in q.answers), q.answers


def test_a_lead_in_label_is_never_the_answer() -> None:
    for q in _asked():
        shown = " ".join(q.answers)
        assert "Banking later" not in shown, q.prompt
        assert "First stock exchange" not in shown, q.prompt
        assert "Rebel provinces" not in shown, q.prompt
        assert "Which term means" not in q.prompt or "shares in the VOC" not in q.prompt


def test_an_arrow_between_two_places_reads_as_to() -> None:
    said = arrows_said("first canal boat line 1632: Amsterdam → Haarlem, 20 km")
    assert said == "first canal boat line 1632: Amsterdam to Haarlem, 20 km"
    assert arrows_said("heating limestone → quicklime") == "heating limestone, giving quicklime"
    for q in _asked():
        assert "giving Haarlem" not in _shown(q), q.prompt


def test_a_count_the_line_goes_on_to_list_is_not_blanked() -> None:
    for q in _asked():
        assert "(_____ provinces)" not in q.prompt, q.prompt
        assert "= _____ provinces" not in q.prompt, q.prompt


def test_a_position_word_in_brackets_is_no_other_name() -> None:
    for q in _asked():
        accepted = [answer.lower() for answer in q.answers]
        assert not {"bottom", "middle", "top"} & set(accepted), (q.prompt, q.answers)


def test_a_one_word_lead_in_is_asked_as_a_plural() -> None:
    """A one-word lead-in ("Outcome: aim 1 failed; aim 2 succeeded") asks "one of the outcomes",
    not "one of the “Outcome”"."""
    group = LeadIn(kind=_EFFECT, heading="Outcome", subject="Outcome", topic_id="t", members=())
    assert _ask(group, negative=False) == "Which of these was one of the outcomes?"
    assert _ask(group, negative=True) == "Which of these was NOT one of the outcomes?"


def test_a_wrong_year_stays_inside_the_period_its_section_covers() -> None:
    """Round 22 offered 1866 and 1867 for a reform in a section headed "(1868–1889)"."""
    dated = [
        q
        for q in _asked()
        if q.options and ("Perpetual Edict _____" in q.prompt or "Great Assembly _____" in q.prompt)
    ]
    years = [option for q in dated for option in q.options if option.isdigit()]
    assert years, [q.prompt for q in dated]
    assert all(1650 <= int(year) <= 1672 for year in years), years
