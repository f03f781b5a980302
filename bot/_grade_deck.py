"""The deck's indexes as the rule groups split off `bot.grading.Grader` read them.

`Grader.__init__` builds them; a group of rules in a module of its own (`bot._grader_names`,
`bot._grader_forms`) is a base of the grader and reaches them through `DeckIndex`, which says
their types once.
"""

from __future__ import annotations

from bot._grade_answers import (
    _Answer,
)
from bot._grade_plan import (
    _Plan,
)


class DeckIndex:
    """What a rule group reads of the deck: its entities prepared, and indexes of them."""

    _entities: list[_Answer]
    _by_compact: dict[str, int]  # compact form -> the entity
    _pairs_by_first: dict[str, list[int]]  # first word -> the two-word entities opening so
    _owners: dict[str, list[int]] | None  # word -> entities with it, when asked
    _persons: dict[str, bool]  # an answer's text -> whether it names a person (`_a_person`)
    _alone: dict[str, tuple[int, ...]]  # an answer's text -> its first names the notes use alone
    _synonyms: dict[str, list[str]]  # `_synonym_key` -> the other names the notes give
    _by_stem: dict[str, list[int]]  # one-word entities by their first letters
    _by_rest: dict[tuple[str, ...], list[int]]  # names by all but their first word
    _initials: dict[str, list[int]] | None  # initials -> entities, when asked
    _acronyms: dict[str, list[int]] | None  # acronyms' letters -> entities, when asked
    _spelt: dict[str, list[int]] | None  # the initials names may be shortened to, when asked

    def _owners_of(self, word: str) -> list[int]:
        """The entities with `word` among their words (the index is built at the first ask)."""
        if self._owners is None:
            owners: dict[str, list[int]] = {}
            for k, entity in enumerate(self._entities):
                for w in dict.fromkeys(entity.form.words):
                    owners.setdefault(w, []).append(k)
            self._owners = owners
        return self._owners.get(word, [])

    def _is_other(self, plan: _Plan, compact: str) -> bool:
        k = self._by_compact.get(compact)
        return k is not None and k not in plan.excluded
