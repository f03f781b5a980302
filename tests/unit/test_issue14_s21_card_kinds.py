"""Names among techniques, people among places, and "What does “Arles” mean?" (issue 14, round 23).

Round 23's Quizlet deck offered "La Grenouillère" (a bathing spot, its definition opening with an
"-ing" word used as a noun's) among the techniques "cropping" and "alla prima", "The Seine" (a
"river through Paris whose banks …", read as a person by its "whose") among painters, and asked
"What does “Arles” mean?", "… “1886” mean?" of places, museums and years. These cards are on
Carnatic music: lower-case techniques, capitalised places and halls, years.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.questions import QuestionGenerator, QuestionKind
from bot.questions._kinds import PERSON, PROCESS, concrete_family, term_kinds
from knowledge.deck_files import open_deck_file
from knowledge.model import Deck
from tests.unit import questioning

_CARDS = """\
alapana\timprovising slowly on a raga before a composition, with no fixed beat
neraval\timprovising new melodies on one line of a composition's lyrics
tanam\tsinging rhythmic syllables such as ta-nam without a fixed cycle
kalpanaswaram\tsinging passages of note names (sa ri ga ma) to the beat
gamaka\tbending or shaking a note; essential to a raga's character
raga\tmelodic framework of notes with rules for ascent and descent
tala\trhythmic cycle of a fixed number of beats
kriti\tcomposed song in three sections: pallavi, anupallavi and charanam
mridangam\tdouble-headed barrel drum, the main percussion of a concert
tambura\tlong-necked plucked instrument that plays the drone
Narada Gana Sabha\tmeeting place for concerts in Chennai, opened in the 1950s
Kaveri\triver through Tamil Nadu whose banks hold many temple towns
Tiruvarur\ttemple town in Tamil Nadu where the Trinity were born
Tiruvaiyaru\ttown on the Kaveri where the Tyagaraja Aradhana is held each January
Thanjavur\tcity whose Maratha court patronised musicians
Music Academy\tChennai institution that awards the Sangita Kalanidhi each December
1927\tyear the first Madras Music Season concerts were held
1998\tyear M.S. Subbulakshmi received the Bharat Ratna
Tyagaraja\t(1767–1847) composer of about 700 kritis in Telugu
Muthuswami Dikshitar\t(1775–1835) composer who wrote mostly in Sanskrit
Syama Sastri\t(1762–1827) composer known for complex rhythms
Purandara Dasa\t(1484–1564) composer called the father of Carnatic music
M.S. Subbulakshmi\t(1916–2004) singer, the first musician given the Bharat Ratna
Lalgudi Jayaraman\t(1930–2013) violinist who adapted the violin to the Carnatic style
Annamacharya\tTelugu songwriter whose 32,000 songs praise Venkateswara of Tirupati
Kutcheri Season\tsung in Mylapore temples and halls each December to paying audiences
Kapaleeshwarar\ttemple in Mylapore where December concerts begin
Bangaru Kamakshi\ttemple in Thanjavur where Syama Sastri was a priest
Thyagarajaswamy\ttemple in Tiruvarur where the Trinity worshipped
"""

_TECHNIQUES = ("alapana", "neraval", "tanam", "kalpanaswaram", "gamaka")
_NAMES = ("Narada Gana Sabha", "Kaveri", "Tiruvarur", "Tiruvaiyaru", "Thanjavur", "Music Academy")


@pytest.fixture(scope="module")
def carnatic(tmp_path_factory: pytest.TempPathFactory) -> Deck:
    cards: Path = tmp_path_factory.mktemp("carnatic") / "carnatic.txt"
    cards.write_text(_CARDS, encoding="utf-8")
    return open_deck_file(cards)  # as `quiz sample --deck` and an upload read a card export


def test_a_name_is_no_technique_and_a_river_no_person(carnatic: Deck) -> None:
    kinds = term_kinds((term.term, term.definition) for term in carnatic.terms)
    assert kinds["alapana"] == PROCESS  # the deck's techniques, in lower case, are processes
    assert kinds["narada gana sabha"] != PROCESS  # a "meeting place", capitalised: a name
    assert kinds["kaveri"] != PERSON  # "river … whose banks": no person


def test_a_songwriter_whose_songs_are_known_is_still_a_person(carnatic: Deck) -> None:
    kinds = term_kinds((term.term, term.definition) for term in carnatic.terms)
    assert kinds["annamacharya"] == PERSON  # "whose" after a word for no known kind of thing


def test_temples_are_offered_among_temples_only(carnatic: Deck) -> None:
    """A family of places the cards' own definitions make ("temple in Mylapore …", "temple in
    Thanjavur …") takes no card of another kind or of none as a wrong option, however near its
    words ("Kutcheri Season: sung in Mylapore temples …")."""
    kinds = term_kinds((term.term, term.definition) for term in carnatic.terms)
    checked = 0
    for question in questioning.every_question(carnatic, range(4)):
        if not question.options or not question.answers:
            continue
        mine = kinds.get(question.answers[0].casefold())
        if mine is None or not concrete_family(mine):
            continue
        checked += 1
        for option in question.options:
            theirs = kinds.get(option.casefold())
            assert theirs in (None, mine), (question.prompt, question.options)
    assert checked


def test_no_technique_is_offered_among_names_or_a_name_among_techniques(carnatic: Deck) -> None:
    checked = 0
    for question in questioning.every_question(carnatic, range(4)):
        if not question.options or question.kind is QuestionKind.TRUE_FALSE:
            continue
        options = {option.casefold() for option in question.options}
        techniques = options & set(_TECHNIQUES)
        names = options & {name.casefold() for name in _NAMES}
        if techniques or names:
            checked += 1
        assert not (techniques and names), (question.prompt, question.options)
    assert checked


def test_places_years_and_institutions_are_asked_what_they_are(carnatic: Deck) -> None:
    prompts = {
        q.prompt
        for q in questioning.every_question(carnatic, range(4), QuestionKind.TERM_TO_DEFINITION)
    }
    meant = {p for p in prompts if p.startswith("What does")}
    for name in (*_NAMES, "1927", "1998"):
        assert f"What does “{name}” mean?" not in meant
    assert {"What is “Tiruvarur”?", "What is “1927”?"} & prompts
    assert any(f"What does “{t}” mean?" in prompts for t in _TECHNIQUES)  # words still mean


def test_a_quiz_of_the_cards_is_still_full(carnatic: Deck) -> None:
    assert len(QuestionGenerator(carnatic, seed=1).generate(20)) == 20
