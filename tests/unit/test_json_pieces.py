"""`bot.store._json_pieces`: big values encoded and copied in pieces give exactly what `json`
gives in one call — the same text, the same copy, the same errors."""

from __future__ import annotations

import json
import math
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.store import _json_pieces
from bot.store._records import require_json_object

_KEYS = st.one_of(
    st.text(max_size=4), st.integers(-3, 3), st.booleans(), st.none(), st.floats(-2, 2)
)
_SCALARS = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True), st.text(max_size=6)
)
_VALUES = st.recursive(
    _SCALARS,
    lambda inner: st.one_of(
        st.lists(inner, max_size=5),
        st.tuples(inner, inner),
        st.dictionaries(_KEYS, inner, max_size=4),
    ),
    max_leaves=12,
)
# Long lists, so values cross the piece size at the top and one level down.
_LONG = st.lists(_VALUES, min_size=0, max_size=3).map(lambda items: items * 150)
_TOP = st.one_of(
    _VALUES,
    _LONG,
    st.dictionaries(_KEYS, st.one_of(_VALUES, _LONG), max_size=5),
)


def _outcome(call: Any) -> tuple[str, Any]:
    try:
        result = call()
    except (TypeError, ValueError) as error:
        return ("error", type(error))
    return ("value", json.dumps(result))  # NaN-safe comparison of whole values


def _same(value: Any, options: dict[str, Any]) -> None:
    whole: Any = json.dumps  # one call, as `json` does it
    assert _outcome(lambda: _json_pieces.dumps(value, **options)) == _outcome(
        lambda: whole(value, **options)
    )
    assert _outcome(lambda: _json_pieces.copy(value, **options)) == _outcome(
        lambda: json.loads(whole(value, **options))
    )


@settings(max_examples=150, deadline=None)
@given(_TOP, st.booleans())
def test_the_same_text_and_copy_as_json_in_one_call(value: Any, allow_nan: bool) -> None:
    _same(value, {})
    _same(value, {"allow_nan": allow_nan})
    _same(value, {"ensure_ascii": False})
    _same(value, {"sort_keys": True})  # not piecewise: one call, as asked


def _snapshot(players: int) -> dict[str, Any]:
    return {
        "battle_id": "b1",
        "chat": {"platform": "telegram", "id": "-100", "is_group": True},
        "players": [
            {"id": str(n), "name": f"Loch {n}", "points": n * 7, "team": None, "left": False}
            for n in range(players)
        ],
    }


def test_a_big_snapshot_is_encoded_in_pieces_to_the_same_text(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    snapshot = _snapshot(1000)
    calls: list[int] = []
    real = json.dumps

    def counting(value: Any, **options: Any) -> str:
        text = real(value, **options)
        calls.append(len(text))
        return text

    monkeypatch.setattr(json, "dumps", counting)
    text = _json_pieces.dumps(snapshot)
    assert text == real(snapshot)
    assert len(calls) > 1000 // _json_pieces.PIECE  # no one call encoded all the players
    assert max(calls) < len(text) / 4


def test_the_store_check_refuses_what_it_refused_and_copies_the_rest() -> None:
    with pytest.raises(ValueError, match="only JSON values"):
        require_json_object("battle state", {"players": [{"points": math.nan}] * 500})
    with pytest.raises(ValueError, match="only JSON values"):
        require_json_object("battle state", {"players": [object()]})
    snapshot = _snapshot(700)
    copied = require_json_object("battle state", snapshot)
    assert copied == snapshot
    assert copied["players"][0] is not snapshot["players"][0]
    assert require_json_object("chat settings", {1: "a", "1": "b"}) == {"1": "b"}
