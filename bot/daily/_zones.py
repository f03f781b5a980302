"""Time zones by IANA name, forgiving about case and spaces, with close suggestions for a wrong one.

Teachers type `europe/london`, `Europe/London` or just `London`; all mean the same zone. A name that
matches nothing gets an error listing the closest real names, never a bare "unknown time zone".
"""

from __future__ import annotations

import zoneinfo
from functools import cache

from rapidfuzz import fuzz, process

# Names tzdata lists that are not places: a system alias and a placeholder zone.
_NOT_PLACES = frozenset({"localtime", "Factory", "posixrules"})
_MAX_SUGGESTIONS = 3
_SUGGESTION_CUTOFF = 70


class UnknownZone(ValueError):
    """A name that is not a time zone; `suggestions` holds the closest real names (maybe none)."""

    def __init__(self, message: str, suggestions: tuple[str, ...] = ()) -> None:
        super().__init__(message)
        self.suggestions = suggestions


def _fold(name: str) -> str:
    """Case, spaces and hyphens do not matter: `new york` finds America/New_York."""
    return "_".join(name.strip().casefold().replace("-", " ").replace("_", " ").split())


@cache
def _by_name() -> dict[str, str]:
    """Folded full name -> canonical IANA name."""
    return {_fold(name): name for name in zoneinfo.available_timezones() if name not in _NOT_PLACES}


@cache
def _by_city() -> dict[str, tuple[str, ...]]:
    """Folded last part (`london`) -> the zones ending in it (several for some cities)."""
    cities: dict[str, list[str]] = {}
    for name in sorted(_by_name().values()):
        if "/" in name:
            cities.setdefault(_fold(name.rsplit("/", 1)[1]), []).append(name)
    return {city: tuple(names) for city, names in cities.items()}


def resolve_zone(name: str) -> str:
    """The canonical IANA name for `name` (any case; a unique city alone will do).

    Raises UnknownZone with a message a user can act on.
    """
    folded = _fold(name)
    if not folded:
        raise UnknownZone("Give a time zone, like Europe/London.")
    exact = _by_name().get(folded)
    if exact is not None:
        return exact
    cities = _by_city().get(folded, ())
    if len(cities) == 1:
        return cities[0]
    shown = name.strip()
    if cities:
        raise UnknownZone(
            f"“{shown}” could be several time zones: {', '.join(cities)}. Use one of those.",
            cities,
        )
    suggestions = suggest_zones(name)
    if suggestions:
        raise UnknownZone(
            f"“{shown}” is not a time zone I know. Did you mean {_or_list(suggestions)}?",
            suggestions,
        )
    raise UnknownZone(
        f"“{shown}” is not a time zone I know. Use an IANA name like Europe/London, "
        "America/New_York or Asia/Tokyo."
    )


def suggest_zones(name: str, limit: int = _MAX_SUGGESTIONS) -> tuple[str, ...]:
    """The real zone names closest to `name`, by full name or by city, best first."""
    folded = _fold(name)
    if not folded:
        return ()
    keys: dict[str, tuple[str, ...]] = {key: (zone,) for key, zone in _by_name().items()}
    for city, zones in _by_city().items():
        keys[city] = keys.get(city, ()) + zones
    found = process.extract(
        folded, list(keys), scorer=fuzz.ratio, limit=limit * 4, score_cutoff=_SUGGESTION_CUTOFF
    )
    chosen: list[str] = []
    for key, _score, _index in found:
        for zone in keys[key]:
            if zone not in chosen:
                chosen.append(zone)
    return tuple(chosen[:limit])


def _or_list(names: tuple[str, ...]) -> str:
    if len(names) == 1:
        return names[0]
    return ", ".join(names[:-1]) + " or " + names[-1]
