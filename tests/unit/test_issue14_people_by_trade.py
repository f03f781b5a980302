"""A key term defined by what someone was ("Sappho: Greek poet of Lesbos", "Euclid:
mathematician who …") is a person: asked "Who was …?" / "Who is this: …?" among other people,
never "What does “Sappho” mean?", and never offered as a wrong option of an idea (round
s17-quizb, a Renaissance card list: "What does “Titian” mean?", sfumato among a painter's
description). A painter, a poet or a king was no known kind, and without an article ("Greek poet
…" where "a Greek poet" was read) no person at all. Cards written for this test (ancient Greek
culture), not the review decks."""

from __future__ import annotations

from bot.questions import Question, QuestionGenerator, QuestionKind
from knowledge.importers import dump_deck, import_text
from knowledge.loader import parse_deck
from knowledge.model import Deck

PEOPLE = ("Homer", "Sappho", "Euclid", "Archimedes", "Sophocles", "Pythagoras")
CARDS = "\n".join(
    f"{front}\t{back}"
    for front, back in (
        ("Homer", "Epic poet of the Iliad and the Odyssey"),
        ("Sappho", "Lyric poet of Lesbos, famous for love poems"),
        ("Euclid", "Mathematician of Alexandria; wrote the Elements on geometry"),
        ("Archimedes", "Mathematician and inventor of Syracuse; worked out the law of the lever"),
        ("Sophocles", "Athenian playwright of Oedipus the King and Antigone"),
        ("Pythagoras", "Philosopher of Samos; his followers studied numbers and music"),
        ("Hubris", "Excessive pride that leads a hero to defy the gods"),
        ("Catharsis", "Release of pity and fear felt by the audience of a tragedy"),
        ("Chorus", "Group of performers who comment on the action of a play"),
        ("Agora", "Open public space used as a market and meeting place"),
        ("Symposium", "Drinking party where men discussed poetry and ideas"),
        ("Hoplite", "Heavily armed foot soldier who fought in a phalanx"),
        ("Demos", "The people; the citizen body of a city"),
    )
)


def _deck() -> Deck:
    return parse_deck(dump_deck(import_text(CARDS, source_name="greek.tsv", format="tsv")), "t")


def _term_questions() -> list[Question]:
    return [
        question
        for seed in range(4)
        for question in QuestionGenerator(_deck(), seed=seed).all_candidates(
            kinds=[QuestionKind.TERM_TO_DEFINITION, QuestionKind.DEFINITION_TO_TERM]
        )
    ]


def test_a_person_by_trade_is_asked_as_a_person() -> None:
    asked = [q for q in _term_questions() if any(name in q.prompt for name in PEOPLE)]
    asked += [q for q in _term_questions() if set(q.answers) & set(PEOPLE)]

    assert asked
    for question in asked:
        assert "mean" not in question.prompt, question.prompt
        assert question.prompt.startswith(("Who was", "Who is this")), question.prompt


def test_an_idea_is_never_offered_a_person_as_a_wrong_option() -> None:
    descriptions = {back for back in CARDS.split("\n") for name in PEOPLE if back.startswith(name)}
    described = {line.split("\t", 1)[1] for line in descriptions}
    for question in _term_questions():
        if question.kind is QuestionKind.TERM_TO_DEFINITION and "Who" not in question.prompt:
            assert not described & set(question.options), question.prompt


def test_a_name_ending_like_a_plural_for_a_group_is_no_one_person() -> None:
    for question in _term_questions():
        if "Demos" in question.prompt or "Demos" in question.answers:
            assert not question.prompt.startswith(("Who was", "Who is this")), question.prompt
