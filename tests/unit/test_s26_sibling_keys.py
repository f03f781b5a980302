"""No question of a quiz shows another's answer beside words of what that one asks (round 28).

Round 28's blind review failed five questions a run whose answer another question of the same
sample showed: a timeline row ("1868: HMS Topaze takes …") beside "In what year did HMS Topaze
take …?", and a species line printing a zoologist's name in its Latin form beside "named after the
Thai zoologist _____". These notes are the session's own, on Mount Everest expeditions and the
Hubble Space Telescope: timeline tables repeating dated lines, and a name whose words stand in
another line.
"""

from __future__ import annotations

from bot.questions import Question, QuestionGenerator, QuestionKind
from bot.questions._sibling_keys import gives_key, shows_key
from tests.unit import questioning

_EVEREST = """\
# Mount Everest expeditions

## Firsts

- 1975: Junko Tabei of Japan became the first woman to reach the summit
- 1978: Reinhold Messner and Peter Habeler climbed it without bottled oxygen
- 1963: Jim Whittaker became the first American on the summit
- 1960: a Chinese team made the first ascent from the north side
- Edmund Hillary and Tenzing Norgay reached the summit on 29 May 1953
- Tabei's route followed the South Col, like the 1953 expedition
- The Hillary Step, a rock wall near the top, collapsed in the 2015 earthquake

## Timeline

| Year | Event |
|---|---|
| 1953 | Hillary and Tenzing make the first ascent |
| 1960 | First ascent from the north side |
| 1963 | Jim Whittaker is the first American on the summit |
| 1975 | Junko Tabei is the first woman on the summit |
| 1978 | First ascent without bottled oxygen |
| 2015 | Earthquake destroys the Hillary Step |
"""


def _question(kind: QuestionKind, prompt: str, answer: str, *options: str) -> Question:
    return Question(
        id=prompt,
        kind=kind,
        prompt=prompt,
        answers=(answer,),
        options=options,
        correct=(options.index(answer),) if answer in options else (),
        source_fact=prompt.replace("_____", answer),
    )


def test_a_row_shown_as_an_option_gives_the_year_away() -> None:
    asked = _question(
        QuestionKind.CLOZE, "Later milestones: _____: Junko Tabei reached the summit", "1975"
    )
    shown = _question(
        QuestionKind.CHRONOLOGY,
        "Put these in order",
        "1975: Junko Tabei is the first woman on the summit",
        "1975: Junko Tabei is the first woman on the summit",
        "1953: Hillary and Tenzing make the first ascent",
    )
    assert shows_key(asked, shown)
    assert gives_key(shown, asked)


def test_a_key_alone_as_an_option_or_beside_other_words_tells_nothing() -> None:
    asked = _question(QuestionKind.CLOZE, "The mirror is _____ m across", "2.4")
    distractor = _question(QuestionKind.CHOICE, "How long is the telescope?", "13.2", "2.4", "13.2")
    unrelated = _question(QuestionKind.CLOZE, "The fix was fitted in _____ after 2.4 years", "1993")
    assert not shows_key(asked, distractor)
    assert not shows_key(asked, unrelated)


def test_two_words_of_a_name_give_it_away_in_another_form() -> None:
    asked = _question(
        QuestionKind.CLOZE,
        "Described in 1974, named after the Thai zoologist _____",
        "Kitti Thanaporn",
    )
    shown = _question(
        QuestionKind.DEFINITION_TO_TERM,
        "Which term means: “Kitti’s bat (Craseonycteris thanapornae), the smallest bat”?",
        "Smallest",
    )
    assert shows_key(asked, shown)


def test_no_quiz_shows_another_questions_key() -> None:
    # A quiz the deck can fill without a give-away has none; one it cannot fill (12 of these 13
    # lines, several told twice) takes such questions rather than stay short, as it takes a
    # link asked twice (the generator's later passes).
    deck = questioning.imported_notes_text(_EVEREST, "everest.md")
    for seed in range(1, 9):
        assert len(QuestionGenerator(deck, seed=seed).generate(12)) >= 7
        questions = QuestionGenerator(deck, seed=seed).generate(4)
        assert len(questions) == 4
        for i, one in enumerate(questions):
            for other in questions[i + 1 :]:
                assert not gives_key(one, other), (seed, one.prompt, other.prompt, other.options)
