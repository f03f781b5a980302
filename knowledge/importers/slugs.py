"""Ids and titles made from free text: slugs for deck, topic and term ids; titles from names."""

from __future__ import annotations

import re
from pathlib import PurePath

from knowledge.text import fold

_APOSTROPHES = re.compile(r"['’‘`]")
_NOT_SLUG = re.compile(r"[^a-z0-9]+")
_MAX_SLUG = 60


def slugify(text: str, *, fallback: str = "item") -> str:
    """A lowercase ascii slug: "Détente 1960s" -> "detente-1960s"; "Khrushchev's" -> "khrushchevs".

    Text with no ascii letters or digits at all (a Cyrillic title, say) gets `fallback`.
    """
    folded = fold(_APOSTROPHES.sub("", text))
    slug = _NOT_SLUG.sub("-", folded.encode("ascii", "ignore").decode("ascii")).strip("-")
    if len(slug) > _MAX_SLUG:
        cut = slug[:_MAX_SLUG]
        slug = cut.rsplit("-", 1)[0] if "-" in cut else cut
    return slug or fallback


class SlugAllocator:
    """Hands out slugs that are unique within one namespace: "poland", "poland-2", "poland-3"."""

    def __init__(self, fallback: str) -> None:
        self._fallback = fallback
        self._taken: set[str] = set()

    def allocate(self, text: str) -> str:
        """A fresh slug for `text`; -2, -3 ... is added when an earlier one took the plain slug."""
        base = slugify(text, fallback=self._fallback)
        slug, n = base, 1
        while slug in self._taken:
            n += 1
            slug = f"{base}-{n}"
        self._taken.add(slug)
        return slug


def file_stem(source_name: str) -> str:
    """The file name without folders or extension: "notes/cold_war.tsv" -> "cold_war"."""
    name = PurePath(source_name.replace("\\", "/")).name
    stem = name.rsplit(".", 1)[0] if "." in name.strip(".") else name
    return stem.strip() or name


_ORDER_PREFIX = re.compile(r"^\d{1,2}[_\-.\s]+(?=[^\W\d_])")
"""A number that only orders files in a folder ("03_cells"), not a year or a name ("1984")."""


def humanise(source_name: str) -> str:
    """A title from a file name: "cold_war-vocab.tsv" -> "Cold war vocab"; "ColdWar" stays;
    "03_cells.tsv" -> "Cells" (the number only sorted the file)."""
    words = re.sub(r"[_\-.\s]+", " ", _ORDER_PREFIX.sub("", file_stem(source_name))).strip()
    if not words:
        return "Imported notes"
    return words[0].upper() + words[1:] if words.islower() else words
