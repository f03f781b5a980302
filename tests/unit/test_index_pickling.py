"""A big deck's index travels from its build worker pickled; the records it holds most of
(entities, fact contexts) pickle as their fields in order, and every field must survive."""

from __future__ import annotations

import dataclasses
import pickle

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
