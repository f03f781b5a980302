"""`knowledge.frozen.quick_init`: a quicker __init__ that leaves a frozen dataclass what it was."""

from __future__ import annotations

import dataclasses
import pickle

import pytest

from knowledge.frozen import quick_init


@quick_init
@dataclasses.dataclass(frozen=True, slots=True)
class Card:
    front: str
    back: str = "?"
    tags: tuple[str, ...] = dataclasses.field(default_factory=tuple)


@dataclasses.dataclass(frozen=True, slots=True)
class Plain:
    front: str
    back: str = "?"
    tags: tuple[str, ...] = dataclasses.field(default_factory=tuple)


@pytest.mark.parametrize(
    ("args", "kwargs"),
    [(("a",), {}), (("a", "b"), {}), (("a",), {"tags": ("x",)}), ((), {"front": "a", "back": "b"})],
)
def test_made_as_the_generated_init_makes_it(
    args: tuple[str, ...], kwargs: dict[str, object]
) -> None:
    quick, plain = Card(*args, **kwargs), Plain(*args, **kwargs)  # type: ignore[arg-type]
    assert dataclasses.astuple(quick) == dataclasses.astuple(plain)


def test_still_frozen_compared_hashed_pickled_and_replaced() -> None:
    card = Card("a", "b", ("x",))
    with pytest.raises(dataclasses.FrozenInstanceError):
        card.front = "z"  # type: ignore[misc]
    assert card == Card("a", "b", ("x",)) and hash(card) == hash(Card("a", "b", ("x",)))
    assert pickle.loads(pickle.dumps(card)) == card
    assert dataclasses.replace(card, back="c") == Card("a", "c", ("x",))
    assert repr(card) == "Card(front='a', back='b', tags=('x',))"


def test_a_missing_argument_is_refused_as_before() -> None:
    with pytest.raises(TypeError):
        Card()  # type: ignore[call-arg]


def test_a_class_it_cannot_serve_exactly_is_refused_at_once() -> None:
    @dataclasses.dataclass(frozen=True)
    class Unslotted:
        front: str

    @dataclasses.dataclass(frozen=True, slots=True)
    class Checked:
        front: str

        def __post_init__(self) -> None:
            pass

    @dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
    class KeywordOnly:
        front: str

    for cls in (Unslotted, Checked, KeywordOnly):
        with pytest.raises(TypeError):
            quick_init(cls)
