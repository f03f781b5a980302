"""A big deck's index travels from its build worker pickled; the records it holds most of
(entities, fact contexts) pickle as their fields in order, and every field must survive."""

from __future__ import annotations

import dataclasses
import pickle

from bot.grading import Grader, _answer
from knowledge.model import Fact, Term, Topic
from knowledge.search._entities import Entity
from knowledge.search._facts import FactContext


def test_every_field_of_an_entity_and_a_fact_context_survives_pickling() -> None:
    entity = Entity(
        kind="term",
        id="osmosis",
        title="Osmosis",
        sources=("Osmosis", "the movement of water across a membrane"),
        names=("Osmosis", "osmotic flow"),
        linked=frozenset({"transport"}),
    )
    context = FactContext(
        spans=(("term", 0, 7),),
        lead_in="Osmosis",
        cause=True,
        carried="water",
        before="Diffusion",
        question="What is osmosis?",
        quote="“Water moves in”",
    )
    for record in (entity, context):
        copy = pickle.loads(pickle.dumps(record, protocol=pickle.HIGHEST_PROTOCOL))
        assert copy == record
        # Each field set (none left at a default), so a field the pickling forgot would show.
        assert all(getattr(copy, f.name) not in (None, ()) for f in dataclasses.fields(record))


def test_every_field_of_a_graders_answer_survives_pickling() -> None:
    """A big deck's grader travels pickled too; its answers pickle as their fields in order."""
    answers = [
        _answer(text)
        for text in (
            "Warsaw and NATO",
            "30,000 men",
            "4 November 1956",
            "Imre Nagy",
            "1956",
            "61 km",
        )
    ]
    grader = Grader(["Imre Nagy", "Warsaw Pact", "4 November 1956", "30,000 men"])
    copied = pickle.loads(pickle.dumps((answers, grader), protocol=pickle.HIGHEST_PROTOCOL))
    assert copied[0] == answers
    for field in dataclasses.fields(answers[0]):
        # Each field set in one of them, so a field the pickling forgot would show.
        assert any(getattr(answer, field.name) not in (None, (), False) for answer in answers)
    for given in ("nagy", "warsaw pact", "4th Nov 1956", "30000", "Kadar"):
        assert copied[1].grade("Imre Nagy", given) == grader.grade("Imre Nagy", given)


def test_every_field_of_a_fact_topic_and_term_survives_pickling() -> None:
    """A big deck travels pickled between the upload worker, the bot and the build workers; its
    facts, topics and terms pickle as their fields in order."""
    fact = Fact("Osmosis moves {{c1::water}}", group="Transport")
    topic = Topic(
        id="transport",
        title="Transport",
        facts=(fact,),
        aliases=("Movement",),
        start_year=1950,
        end_year=1960,
        date="1950s",
        people=("Pfeffer",),
        places=("Leipzig",),
        related=("cells",),
        summary="How things cross membranes",
        instruction="learn in order",
    )
    term = Term("osmosis", "Osmosis", "water across a membrane", ("osmotic flow",), ("t",), True)
    for record in (fact, topic, term):
        copy = pickle.loads(pickle.dumps(record, protocol=pickle.HIGHEST_PROTOCOL))
        assert copy == record
        assert all(getattr(copy, f.name) not in (None, ()) for f in dataclasses.fields(record))
