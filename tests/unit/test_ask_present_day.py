"""A question about the present, on notes about the past (issue 13, session 26): "where is
Minton's Playhouse now?" on jazz notes saying only that bebop grew up there is not in the
notes, though the line names it; "who is the current pope in Avignon?" on a Black Death sheet
placing Clement VI there in 1348, likewise. A line that speaks of the present ("now", "today",
"still", a year of this century) answers. Decks of their own: the Black Death, jazz history,
elephants."""

from __future__ import annotations

from pathlib import Path

from bot.explain import answer_question
from knowledge.search._present_day import asks_present, speaks_of_present
from tests.unit.asking import imported

OWN = Path(__file__).resolve().parents[1] / "data" / "ask_own26"
BLACK_DEATH = (OWN / "hist_black_death" / "black_death_sheet.txt").read_text(encoding="utf-8")
JAZZ = (OWN / "music_jazz" / "jazz_handout.html").read_text(encoding="utf-8")
NOW_A_CLUB = " Minton's Playhouse is now a jazz club and restaurant."

ELEPHANTS = """# Elephants

## Social life
- Herds are led by the oldest female, the matriarch
{count}- Males leave the herd at around 12-15 years old

## Threats
- Poaching for ivory killed about 100,000 African elephants between 2010 and 2012
"""


def lead(notes: str, format: str, question: str) -> str | None:
    deck, index = imported(notes, format, "notes")
    asked = answer_question(deck, index, question)
    return asked.lead if asked.status == "answer" else None


def test_a_line_about_the_past_does_not_answer_about_today() -> None:
    assert lead(BLACK_DEATH, "outline", "who is the current pope in avignon") is None
    assert lead(JAZZ, "html", "where is minton's playhouse now") is None


def test_a_line_speaking_of_the_present_answers() -> None:
    club = JAZZ.replace(
        "Minton's Playhouse in Harlem.", "Minton's Playhouse in Harlem." + NOW_A_CLUB
    )
    assert lead(club, "html", "where is minton's playhouse now") == NOW_A_CLUB.strip()
    herd = ELEPHANTS.format(count="- About 415,000 African elephants survive today\n")
    assert lead(herd, "markdown", "how many african elephants are there now") == (
        "About 415,000 African elephants survive today"
    )


def test_what_asks_about_the_present() -> None:
    assert asks_present("who is the current speaker of the house")
    assert asks_present("where is the tapestry kept today?")
    assert asks_present("what does the BDA do now")
    assert not asks_present("what current flows through a 4 ohm resistor")  # the noun
    assert not asks_present("now that the war was over, who ruled?")
    assert not asks_present("where was the tapestry kept")
    assert speaks_of_present(("Gas is now the biggest single source",))
    assert speaks_of_present(("Colston Hall (renamed Bristol Beacon 2020)",))
    assert not speaks_of_present(("1890: the British Deaf Association was founded",))
