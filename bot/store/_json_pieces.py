"""`json.dumps` and a JSON copy for big values, done a piece at a time so the GIL changes hands.

Why: the C encoder and decoder hold the GIL for a whole call. A 1,000-player battle's snapshot
is about 135 kB of JSON: checking it (`require_json_object`: encode and decode) and encoding it
for its column took three single calls of 5-15 ms each in the store's thread at every round's
close, and the event loop, wanting the GIL back, waited out each one whole (`bench_loop_lag
--only battle`: the loop's lag p99 at the closes). Here a mapping is encoded entry by entry
and a long list `PIECE` items at a time, each piece by the same C encoder, so the loop gets the
GIL between pieces; what comes out is the very text `json.dumps` makes (the default separators,
keys converted as it converts them), and the copy the very value `json.loads` makes of it (both
tested on generated values, errors included).
"""

from __future__ import annotations

import json
from typing import Any

# List items encoded in one call: a battle player's entry is about 1-2 µs of the C encoder's.
PIECE = 200


# Options under which a piece's text is its part of the whole's (sorting, skipping keys, other
# separators or indents are done in one call, as asked).
_PIECEWISE = frozenset({"allow_nan", "ensure_ascii"})


def dumps(value: Any, **options: Any) -> str:
    """`json.dumps(value, **options)`, in pieces when `value` is big."""
    if not _big(value) or not options.keys() <= _PIECEWISE:
        return json.dumps(value, **options)
    return "".join(_pieces(value, options, top=True))


def copy(value: Any, **options: Any) -> Any:
    """`json.loads(json.dumps(value, **options))`, in pieces: a plain copy holding only what
    JSON can, or the TypeError or ValueError `json.dumps` raises."""
    if not _big(value) or not options.keys() <= _PIECEWISE:
        return json.loads(json.dumps(value, **options))
    if isinstance(value, dict):
        copied: dict[str, Any] = {}
        for key, item in value.items():
            # Encoding the one entry converts its key as a whole encoding would (1 -> "1", and
            # a later entry of the same text wins, as `json.loads` keeps the last).
            ((text_key, _),) = json.loads(json.dumps({key: None}, **options)).items()
            copied[text_key] = _copy_list(item, options)
        return copied
    return _copy_list(value, options)


def _big(value: Any) -> bool:
    """Whether `value` holds a list longer than a piece, at the top or one level down: only
    then is it split (a quiz card's few fields go in one call, as before)."""
    if isinstance(value, dict):
        return any(_long(item) for item in value.values())
    return _long(value)


def _long(value: Any) -> bool:
    return isinstance(value, list | tuple) and len(value) > PIECE


def _copy_list(value: Any, options: dict[str, Any]) -> Any:
    if isinstance(value, list | tuple) and len(value) > PIECE:
        copied: list[Any] = []
        for start in range(0, len(value), PIECE):
            copied += json.loads(json.dumps(value[start : start + PIECE], **options))
        return copied
    return json.loads(json.dumps(value, **options))


def _pieces(value: Any, options: dict[str, Any], *, top: bool) -> list[str]:
    """The text of `value` as `json.dumps` writes it, in parts: a top-level dict entry by entry,
    a long list `PIECE` items at a time (one level down too: a snapshot's list of players)."""
    if top and isinstance(value, dict) and value:
        parts = ["{"]
        for n, (key, item) in enumerate(value.items()):
            entry = json.dumps({key: None}, **options)  # '{"key": null}', the key converted
            parts += [", " if n else "", entry[1:-5]]
            parts += _pieces(item, options, top=False)
        parts.append("}")
        return parts
    if isinstance(value, list | tuple) and len(value) > PIECE:
        parts = ["["]
        for start in range(0, len(value), PIECE):
            parts += [
                ", " if start else "",
                json.dumps(value[start : start + PIECE], **options)[1:-1],
            ]
        parts.append("]")
        return parts
    return [json.dumps(value, **options)]
