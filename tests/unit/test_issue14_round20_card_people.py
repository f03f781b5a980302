"""In-house review of flashcard decks (s17-quizb, s18-quiz): a card deck's gods and heroes,
defined "God of war …", "Son of …", "Hero who …", were no people to the bot, so it asked "What
does “Dionysus” mean?" and offered a god among a mountain and a wooden horse. A definition headed
by what a story's person is makes its term a person: asked "Who was …?", among other people. The
cards here are written for this test (Egyptian myth)."""

from __future__ import annotations

from functools import cache

from bot.questions import Question, QuestionKind
from knowledge.importers import dump_deck, import_text
from knowledge.loader import parse_deck
from tests.unit import questioning

CARDS = "\n".join(
    (
        "Ra\tGod of the sun who sailed across the sky in a boat each day",
        "Osiris\tGod of the dead, murdered by his brother Set",
        "Isis\tGoddess of magic who gathered the pieces of Osiris",
        "Horus\tSon of Osiris and Isis who fought Set for the throne",
        "Set\tGod of storms and chaos who killed Osiris",
        "Thoth\tGod of writing and wisdom, shown with the head of an ibis",
        "Anubis\tGod of embalming, shown with the head of a jackal",
        "Nile\tRiver whose yearly flood made the farmland fertile",
        "Duat\tKingdom of the dead that the soul crossed after death",
        "Ankh\tSymbol of life shaped like a cross with a loop",
        "Scarab\tBeetle that stood for the sun rising each morning",
        "Book of the Dead\tCollection of spells to guide the soul through the afterlife",
    )
)


@cache
def _asked() -> tuple[Question, ...]:
    mapping = import_text(CARDS, source_name="cards.tsv", format="tsv")
    deck = parse_deck(dump_deck(mapping), "cards.yaml")
    kinds = (QuestionKind.TERM_TO_DEFINITION, QuestionKind.DEFINITION_TO_TERM)
    return tuple(questioning.every_question(deck, range(3), *kinds))


def test_a_card_naming_a_god_or_hero_is_a_person() -> None:
    prompts = {q.prompt for q in _asked()}
    assert {"Who was “Thoth”?", "Who was “Horus”?"} & prompts, sorted(prompts)
    assert not [p for p in prompts if p in ("What does “Thoth” mean?", "What does “Horus” mean?")]


def test_a_person_card_is_never_offered_among_things() -> None:
    people = {"Ra", "Osiris", "Isis", "Horus", "Set", "Thoth", "Anubis"}
    things = {"Nile", "Duat", "Ankh", "Scarab", "Book of the Dead"}
    for q in _asked():
        if q.kind is QuestionKind.DEFINITION_TO_TERM and q.options:
            shown = set(q.options)
            assert not (shown & people and shown & things), (q.prompt, q.options)
