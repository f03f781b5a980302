"""Reading single values out of a composed deck tree, reporting each mistake where it stands.

`ValueChecker` knows nothing of topics or terms: it reads a mapping of known keys, a text, a list of
texts, an id, a year range, and writes down what is wrong (with line, column and path) instead of
stopping, so one pass over a deck finds every problem.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from knowledge._deck_limits import MAX_ID_CHARS, MAX_YEAR, MIN_YEAR
from knowledge._deck_problems import DeckProblem
from knowledge._yaml_nodes import Mapping, Node, Scalar, Sequence
from knowledge.text import fold

_SLUG = re.compile(r"[a-z0-9][a-z0-9-]*\Z")
_SLUG_WORDS = re.compile(r"[a-z0-9]+")
_YEARS = re.compile(r"(\d{1,4})(?:\s*[-–—]\s*(\d{1,4}))?\Z")
_NULLS = frozenset({"", "~", "null", "Null", "NULL"})
_NUMBER = re.compile(r"[-+]?(?:\d[\d_]*(?:\.[\d_]*)?|\.\d+)(?:[eE][-+]?\d+)?\Z")
_BOOLEANS = frozenset({"y", "n", "yes", "no", "true", "false", "on", "off"})
# Control characters other than tab and line feed (YAML escapes can put them in quoted text).
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


@dataclass(frozen=True, slots=True)
class Shape:
    """The keys a mapping of one kind may hold; `what` names the kind in messages ("a topic")."""

    what: str
    required: tuple[str, ...]
    optional: tuple[str, ...] = ()

    @property
    def keys(self) -> tuple[str, ...]:
        return self.required + self.optional


Fields = dict[str, tuple[Scalar, Node]]
"""A checked mapping: key -> (key node, value node)."""


@dataclass(frozen=True, slots=True)
class Located:
    """A value read from the deck, with its node and path for later cross-checks."""

    value: str
    node: Scalar
    path: str


def value_of(fields: Fields, key: str) -> Node | None:
    """The value node under `key`, or None when the key is absent."""
    pair = fields.get(key)
    return pair[1] if pair is not None else None


def slugify(text: str) -> str:
    """A lowercase-hyphenated id made from text ("Détente" -> "detente"); "" if none can be."""
    slug = "-".join(_SLUG_WORDS.findall(fold(text)))
    return slug[:MAX_ID_CHARS].rstrip("-")


def folded(text: str) -> str:
    """The text as a student would type it, for duplicate checks (casefold for all-symbol text)."""
    return fold(text) or text.casefold()


def is_empty(node: Node | None) -> bool:
    """True for a value left blank (`key:`), or written as `~` or `null`."""
    return isinstance(node, Scalar) and node.plain and node.text in _NULLS


def describe(node: Node) -> str:
    """What a value is, in a teacher's words, for "expected X, got Y" messages."""
    if isinstance(node, Mapping):
        return "a mapping (key: value lines)"
    if isinstance(node, Sequence):
        return "an empty list" if not node.items else "a list"
    if node.plain:
        if node.text in _NULLS:
            return "nothing"
        if _NUMBER.match(node.text):
            return f"a number ({node.text})"
        if node.text.lower() in _BOOLEANS:
            return f"a yes/no value ({node.text})"
    return f"text ({quote(node.text)})"


def quote(text: str, limit: int = 40) -> str:
    """Text in single quotes on one line, shortened to `limit` characters."""
    text = " ".join(text.split())
    return f"'{text}'" if len(text) <= limit else f"'{text[: limit - 1]}…'"


class ValueChecker:
    """Reads values and collects problems; `problems` is empty when everything read was valid."""

    def __init__(self, file: str) -> None:
        self.file = file
        self.problems: list[DeckProblem] = []
        self.topic_references: list[Located] = []

    def report(self, node: Node | None, path: str, message: str) -> None:
        line, column = (node.line, node.column) if node is not None else (None, None)
        self.problems.append(DeckProblem(self.file, line, column, path, message))

    # -- mappings -------------------------------------------------------------------------------

    def fields(self, node: Node, path: str, shape: Shape) -> Fields | None:
        """The mapping's keys and values, after reporting unknown, duplicate and missing keys."""
        if not isinstance(node, Mapping):
            self.report(
                node, path, f"expected {shape.what} (key: value lines), got {describe(node)}"
            )
            return None
        found: Fields = {}
        suggested: set[str] = set()
        for key, value in node.pairs:
            if not isinstance(key, Scalar):
                self.report(key, path, f"a key must be a word such as 'title', not {describe(key)}")
                continue
            name = key.text
            if name in found:
                first = found[name][0]
                self.report(
                    key,
                    path,
                    f"duplicate key '{name}' (first given at line {first.line}); keep one",
                )
            elif name in shape.keys:
                found[name] = (key, value)
            else:
                suggestion = self._unknown_key(key, path, shape)
                if suggestion is not None:
                    suggested.add(suggestion)
        for name in shape.required:
            # A misspelt required key is reported once, as the misspelling.
            if name not in found and name not in suggested:
                self.report(node, path, f"missing required key '{name}' in {shape.what}")
        return found

    def _unknown_key(self, key: Scalar, path: str, shape: Shape) -> str | None:
        """Reports an unknown key; returns the key it probably meant, if any."""
        name = key.text
        if name == "<<":
            self.report(key, path, "merge keys ('<<') are not supported; write the keys out")
            return None
        if not name.strip():
            self.report(key, path, "a key is missing before ':'")
            return None
        import difflib  # only when a deck has a mistake to suggest a fix for

        close = difflib.get_close_matches(name.casefold(), shape.keys, n=1, cutoff=0.6)
        if close:
            self.report(key, path, f"unknown key '{name}'; did you mean '{close[0]}'?")
            return close[0]
        keys = ", ".join(shape.keys)
        self.report(key, path, f"unknown key '{name}'; the keys of {shape.what} are: {keys}")
        return None

    # -- texts ----------------------------------------------------------------------------------

    def text(
        self,
        node: Node | None,
        path: str,
        *,
        limit: int,
        name: str,
        one_line: bool = True,
        required: bool = False,
    ) -> str | None:
        """A scalar's source text, stripped; None when absent or blank, or wrong (then reported).

        The source text is kept as written: `title: 1956` is the text "1956", `aliases: [NO]` the
        text "NO" — a teacher means the words, not YAML's numbers and booleans.
        """
        if node is None:
            return None
        if not isinstance(node, Scalar):
            hint = ""
            if isinstance(node, Mapping) and len(node.pairs) == 1:
                hint = "; a text containing ': ' must be put in quotes"
            self.report(node, path, f"expected the {name} as text, got {describe(node)}{hint}")
            return None
        control = _CONTROL.search(node.text)
        if control is not None:
            code = f"U+{ord(control.group()):04X}"
            self.report(node, path, f"the {name} contains the control character {code}; remove it")
            return None
        value = node.text.strip()
        if not value or (node.plain and node.text in _NULLS):
            if required:
                self.report(node, path, f"the {name} is empty")
            return None
        if len(value) > limit:
            self.report(
                node, path, f"the {name} is too long: {len(value):,} characters (at most {limit:,})"
            )
            return None
        if one_line and "\n" in value:
            self.report(node, path, f"the {name} must fit on one line")
            return None
        return value

    def text_list(
        self,
        node: Node | None,
        path: str,
        *,
        limit: int,
        item: str,
        single_ok: bool = False,
    ) -> list[Located]:
        """A list of one-line texts (each `item`); a lone text counts as one when `single_ok`."""
        if node is None or is_empty(node):
            return []
        if isinstance(node, Scalar) and single_ok:
            value = self.text(node, path, limit=limit, name=item, required=True)
            return [] if value is None else [Located(value, node, path)]
        if not isinstance(node, Sequence):
            hint = (
                f"; write it as [{' '.join(node.text.split())}]" if isinstance(node, Scalar) else ""
            )
            self.report(node, path, f"expected a list of strings, got {describe(node)}{hint}")
            return []
        values = []
        for index, entry in enumerate(node.items):
            entry_path = f"{path}[{index}]"
            value = self.text(entry, entry_path, limit=limit, name=item, required=True)
            if value is not None and isinstance(entry, Scalar):
                values.append(Located(value, entry, entry_path))
        return values

    def slug(self, node: Node | None, path: str, *, required: bool, name: str = "id") -> str | None:
        """An id: lowercase letters, digits and hyphens, starting with a letter or digit."""
        value = self.text(node, path, limit=MAX_ID_CHARS, name=name, required=required)
        if value is None or _SLUG.match(value):
            return value
        example = slugify(value) or "my-topic"
        self.report(
            node,
            path,
            f"'{value}' is not a valid {name}: use lowercase letters, digits and hyphens, "
            f"e.g. '{example}'",
        )
        return None

    def years(self, node: Node | None, path: str) -> tuple[int | None, int | None]:
        """`years: 1956` or `years: 1953-1964` (en dash, or "1953-64", too) as (start, end)."""
        if node is None or is_empty(node):
            return None, None
        match = _YEARS.match(node.text.strip()) if isinstance(node, Scalar) else None
        if match is None:
            self.report(
                node,
                path,
                f"expected a year like 1956 or a range like 1953-1964, got {describe(node)}",
            )
            return None, None
        start_text, end_text = match.groups()
        start = int(start_text)
        end = start if end_text is None else int(end_text)
        if end_text is not None and len(end_text) < len(start_text):
            # "1953-64": the end year shares the start year's century.
            scale = 10 ** len(end_text)
            end += start - start % scale
            if end < start:
                end += scale
        if not (MIN_YEAR <= start <= MAX_YEAR and MIN_YEAR <= end <= MAX_YEAR):
            self.report(node, path, f"years must lie between {MIN_YEAR} and {MAX_YEAR}")
            return None, None
        if end < start:
            self.report(
                node,
                path,
                f"the range {match.group(0)} ends before it starts; put the earlier year first",
            )
            return None, None
        return start, end

    # -- references and duplicates --------------------------------------------------------------

    def topic_ids(
        self, node: Node | None, path: str, *, owner: str | None = None
    ) -> tuple[str, ...]:
        """Ids of topics that something points at; they are resolved by `check_topic_references`."""
        ids: list[str] = []
        for entry in self.text_list(node, path, limit=MAX_ID_CHARS, item="topic id"):
            if entry.value in ids:
                self.report(entry.node, entry.path, f"'{entry.value}' is listed twice")
            elif owner is not None and entry.value == owner:
                self.report(entry.node, entry.path, "a topic cannot be related to itself")
            else:
                ids.append(entry.value)
                self.topic_references.append(entry)
        return tuple(ids)

    def check_topic_references(self, topic_ids: Iterable[str]) -> None:
        """Reports every reference to a topic id that no topic has, with the closest real id."""
        known = set(topic_ids)
        choices = sorted(known)
        for reference in self.topic_references:
            if reference.value in known:
                continue
            message = f"no topic has the id '{reference.value}'"
            best = process.extractOne(reference.value, choices, scorer=fuzz.ratio, score_cutoff=60)
            if best is not None:
                message += f"; did you mean '{best[0]}'?"
            self.report(reference.node, reference.path, message)

    def unique(
        self,
        entries: Iterable[tuple[str, Node, str]],
        duplicate: Callable[[str, Node, Node], str],
    ) -> dict[str, Node]:
        """The first node of each key; a repeat is reported with `duplicate(key, first, repeat)`."""
        first: dict[str, Node] = {}
        for key, node, path in entries:
            if key in first:
                self.report(node, path, duplicate(key, first[key], node))
            else:
                first[key] = node
        return first
