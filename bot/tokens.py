"""Opaque choice tokens: short strings that a button press sends back to the core.

They must fit Telegram's 64-byte callback_data, so long ids are replaced by a stable hash that the core
resolves against the deck.
"""

from __future__ import annotations

from knowledge.model import stable_id

_MAX_ID_BYTES = 48


def make_token(action: str, *parts: str) -> str:
    """`action:part:part`, each part hashed when it would not fit."""
    safe = [
        part if len(part.encode()) <= _MAX_ID_BYTES and ":" not in part else "#" + stable_id(part)
        for part in parts
    ]
    return ":".join((action, *safe))


def split_token(token: str) -> tuple[str, list[str]]:
    action, _, rest = token.partition(":")
    return action, rest.split(":") if rest else []


def matches(part: str, candidate: str) -> bool:
    """Whether a token part stands for `candidate` (its text, or its hash)."""
    return part == candidate or (part.startswith("#") and part[1:] == stable_id(candidate))
