"""Builds a deck mapping in the YAML format, so every importer emits the same shape.

Importers only say what they found (topics, facts, groups, terms, questions); the builder allocates
unique ids, drops repeats, derives aliases and years from titles, and writes the deck header.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

__all__ = ["MAX_LINE_CHARS", "DeckBuilder", "Group", "TopicDraft", "title_aliases"]
from knowledge.headings import instruction_in, without_instruction
from knowledge.importers.casing import names_in, readable
from knowledge.importers.errors import DeckImportError
from knowledge.importers.report import Imported, ImportReport
from knowledge.importers.self_notes import fact_text, is_self_label, without_asides
from knowledge.importers.slugs import SlugAllocator, file_stem, humanise, slugify
from knowledge.importers.years import years_in, years_label, years_value
from knowledge.loader import (
    MAX_FACT_CHARS,
    MAX_LINE_CHARS,
    MAX_TEXT_CHARS,
    MAX_TITLE_CHARS,
    MAX_TOPIC_DEPTH,
)
from knowledge.text import fold

_PARENTHETICAL = re.compile(r"\s*\([^()]*\)\s*")
# Cloze markup as the deck format reads it; other double braces are not allowed in facts.
_CLOZE = re.compile(r"\{\{c\d+::(.*?)(?:::(.*?))?\}\}", re.DOTALL)
_NESTED_CLOZE = re.compile(r"\{\{c\d+::(?:(?!\}\}).)*?\{\{", re.DOTALL)
_SENTENCE_BREAK = re.compile(r"(?<=[.!?;])\s+")
_LABEL = re.compile(r"^(?:[\w-]+\s){0,2}[\w-]+:\s+(?P<rest>\S.{2,})$")
_QUOTED = re.compile(r"[\"“”‘’']([^\"“”‘’']{3,})[\"“”‘’']")


@dataclass
class Group:
    """A sub-heading of a topic with the facts under it ("Americans react:" and its bullets)."""

    heading: str
    facts: list[str] = field(default_factory=list)


@dataclass
class TopicDraft:
    """A topic being filled in by an importer; `children` are its subtopics, `depth` 0 at the top."""

    id: str
    title: str
    items: list[str | Group] = field(default_factory=list)
    children: list[TopicDraft] = field(default_factory=list)
    depth: int = 0
    heading: str = ""  # the title as written, when the deck needed it qualified ("Causes (Haiyan)")
    aliases: list[str] = field(default_factory=list)  # other names the source gives it (Anki tags)
    instruction: str = ""  # the study instruction its heading carried ("learn in order")
    _seen: set[tuple[str, str]] = field(default_factory=set)

    def walk(self) -> list[TopicDraft]:
        """This topic and every topic under it, in reading order."""
        found = [self]
        for child in self.children:
            found += child.walk()
        return found

    def add_fact(self, text: str) -> None:
        """Add one line of notes as a fact (repeats of the same line are dropped)."""
        for piece in _fact_sized(text.strip()):
            if self._first("", piece):
                self.items.append(piece)

    def add_group(self, heading: str, facts: list[str]) -> None:
        """Add a sub-heading with its facts; an empty group is kept as a plain fact."""
        heading = heading.strip().rstrip(":").strip() or heading.strip()
        heading = without_instruction(heading)  # "The water cycle (learn in order)"
        if is_self_label(heading):  # "Q I got wrong:": its lines are this topic's facts
            for text in facts:
                self.add_fact(text)
            return
        if len(heading) > MAX_LINE_CHARS:  # too long for a heading: keep everything as facts
            for text in (heading, *facts):
                self.add_fact(text)
            return
        kept = [
            piece
            for fact in facts
            for piece in _fact_sized(fact.strip())
            if self._first(heading, piece)
        ]
        if kept:
            self.items.append(Group(heading, kept))
        else:  # nothing under it (or only repeats): keep the heading as a line of its own
            self.add_fact(heading)

    def add_labelled(self, label: str, text: str) -> None:
        """Add a line under its own label ("Strength: …" as the fact "…" of a group "Strength"),
        joining the group just before when the label repeats ("Strength: …", "Strength: …")."""
        last = self.items[-1] if self.items else None
        heading = label.strip().rstrip(":").strip()
        if isinstance(last, Group) and last.heading == heading:
            last.facts += [p for p in _fact_sized(text.strip()) if self._first(heading, p)]
        else:
            self.add_group(label, [text])

    def move_since(self, start: int, other: TopicDraft) -> None:
        """Move everything added since `items[start]` to another topic (an Anki tag's subtopic)."""
        moved = self.items[start:]
        del self.items[start:]
        for item in moved:
            if isinstance(item, Group):
                other.add_group(item.heading, item.facts)
            else:
                other.add_fact(item)

    def group_since(self, start: int, heading: str) -> None:
        """Move the plain facts added since `items[start]` under `heading`, joining an existing
        group of that name (notes sharing an Anki tag, wherever they sit in the deck)."""
        moved = [item for item in self.items[start:] if isinstance(item, str)]
        if not moved:
            return
        del self.items[start:]
        group = next((i for i in self.items if isinstance(i, Group) and i.heading == heading), None)
        if group is None:
            group = Group(heading)
            self.items.append(group)
        group.facts += [fact for fact in moved if self._first(heading, fact)]

    def _first(self, group: str, text: str) -> bool:
        key = (group, text)
        if key in self._seen:
            return False
        self._seen.add(key)
        return True

    def to_mapping(self, taken: set[str]) -> dict[str, Any]:
        """The topic in the deck format; aliases whose folded form is in `taken` are left out
        (another topic's title or alias: a student typing it would not know which topic comes)."""
        mapping: dict[str, Any] = {"id": self.id, "title": self.title}
        written = [self.heading] if self.heading else title_aliases(self.title)
        written += [alias for alias in self.aliases if fold(alias) != fold(self.title)]
        aliases = [alias for alias in written if fold(alias) not in taken]
        taken.update(fold(alias) for alias in aliases)
        if aliases:
            mapping["aliases"] = aliases
        span = years_in(self.title)
        if span is not None:
            mapping["years"] = years_value(span)
        if self.instruction:
            mapping["instruction"] = self.instruction
        if self.items or not self.children:
            mapping["facts"] = [
                item if isinstance(item, str) else {"group": item.heading, "facts": item.facts}
                for item in self.items
            ]
        if self.children:
            mapping["subtopics"] = [child.to_mapping(taken) for child in self.children]
        return mapping


def _cloze_safe(text: str) -> str:
    """`text` with stray double braces ("{{name}}", a broken cloze) spaced apart ("{ {name} }").

    Cloze markup that is whole, `{{c1::answer}}`, is kept: a quiz blanks what the author marked.
    """
    if "{{" not in text and "}}" not in text:
        return text
    rest = _CLOZE.sub("", text)
    answers_ok = all(match.group(1).strip() for match in _CLOZE.finditer(text))
    if answers_ok and "{{" not in rest and "}}" not in rest and not _NESTED_CLOZE.search(text):
        return text
    return re.sub(r"\}(?=\})", "} ", re.sub(r"\{(?=\{)", "{ ", text))


def _fact_sized(text: str) -> list[str]:
    """`text` as one fact, or cut between sentences into facts the deck format allows; none
    when the line is the notes' structure (a link footer, a to-do list), and without the
    asides on how to use the note (`self_notes`)."""
    text = _cloze_safe(fact_text(text))
    if len(text) <= MAX_FACT_CHARS:
        return [text] if text else []
    pieces: list[str] = []
    for sentence in _SENTENCE_BREAK.split(text):
        rest = sentence
        while len(rest) > MAX_FACT_CHARS:
            cut = rest.rfind(" ", 0, MAX_FACT_CHARS)
            cut = cut if cut > 0 else MAX_FACT_CHARS
            pieces.append(rest[:cut])
            rest = rest[cut:].strip()
        if pieces and len(pieces[-1]) + 1 + len(rest) <= MAX_FACT_CHARS:
            pieces[-1] = f"{pieces[-1]} {rest}"
        elif rest:
            pieces.append(rest)
    return pieces


def _title_sized(title: str) -> str:
    """A title the deck format allows: long ones are cut at a word and end in "…"."""
    if len(title) <= MAX_TITLE_CHARS:
        return title
    cut = title[: MAX_TITLE_CHARS - 1].rsplit(" ", 1)[0]
    return f"{cut}…"


def title_aliases(title: str) -> list[str]:
    """Other names a student may type, read off the title: without a bracketed part, a quoted name.

    "Operation Solarium (USA)" -> ["Operation Solarium"]; "“New Course” in foreign policy" ->
    ["New Course"]; "Case study: Typhoon Haiyan" -> ["Typhoon Haiyan"].
    """
    candidates = [_PARENTHETICAL.sub(" ", title).strip(), *_QUOTED.findall(title)]
    labelled = _LABEL.match(title)
    if labelled is not None:  # "Case study: Typhoon Haiyan" is asked for as "Typhoon Haiyan"
        candidates.append(labelled.group("rest"))
    aliases: list[str] = []
    seen = {fold(title)}
    for candidate in candidates:
        alias = " ".join(candidate.split())
        key = fold(alias)
        if key and key not in seen:
            seen.add(key)
            aliases.append(alias)
    return aliases


class DeckBuilder:
    """Collects what an importer found and returns the deck mapping."""

    def __init__(self, *, source_name: str, kind: str) -> None:
        self.source_name = source_name
        self.kind = kind
        self._title = humanise(source_name)
        self.notes: list[str] = []  # extra sentences for the description (an author, say)
        self.description: str | None = None  # the source's own description, when it has one
        self.topics: list[TopicDraft] = []
        self._topic_ids = SlugAllocator("topic")
        self._topics_by_title: dict[str, TopicDraft] = {}
        self._topics_by_place: dict[tuple[str, str], TopicDraft] = {}
        self._parents: dict[str, TopicDraft] = {}
        self.report = ImportReport(kind)
        self._term_ids = SlugAllocator("term")
        self._terms: list[dict[str, Any]] = []
        self._term_keys: set[str] = set()
        self._questions: list[dict[str, Any]] = []
        self._question_keys: set[str] = set()
        self._names: tuple[frozenset[str], frozenset[str]] | None = None
        self.emphasis: list[str] = []  # the words the notes set in bold (`emphasis.bold_phrases`)

    def read_names(self, lines: list[str]) -> None:
        """Learn from the notes' lines which words are names and acronyms, so that headings typed
        in capitals become readable titles from now on (see `casing`)."""
        self._names = names_in(lines)

    def readable(self, heading: str) -> str:
        """A heading as a title: sentence case if it was typed in capitals (after `read_names`)."""
        return heading if self._names is None else readable(heading, *self._names)

    @property
    def title(self) -> str:
        """The deck's title (by default, from the file name)."""
        return self._title

    @title.setter
    def title(self, title: str) -> None:
        self._title = _title_sized(" ".join(self.readable(title).split())) or self._title

    def add_topic(self, title: str, parent: TopicDraft | None = None) -> TopicDraft:
        """Start a topic (id: a slug of the title, unique in the deck), under `parent` if given.

        A title met again (case- and accent-blind) in the same place continues the earlier topic:
        the notes came back to it. The same title under another parent ("Causes" under each case
        study) is a topic of its own, titled with its parent's ("Causes (Typhoon Haiyan)"), since a
        deck may not have two topics a student cannot tell apart. Deeper than the deck format allows,
        a topic is added beside its parent instead of under it.
        """
        instruction = instruction_in(title)
        title = " ".join(without_instruction(self.readable(title)).split()) or "Untitled"
        while parent is not None and parent.depth + 1 >= MAX_TOPIC_DEPTH:
            parent = self._parents.get(parent.id)
        shown = _title_sized(title)
        place = parent.id if parent is not None else ""
        key = fold(shown) or shown.casefold()
        topic = self._topics_by_place.get((place, key))
        if topic is None:
            heading = ""
            earlier = self._topics_by_title.get(key)
            if earlier is not None:
                heading, shown = shown, self._qualified(shown, parent)
                self._qualify_earlier(earlier)
            topic = TopicDraft(self._topic_ids.allocate(shown), shown, heading=heading)
            self._topics_by_title[fold(shown) or shown.casefold()] = topic
            self._topics_by_place[(place, key)] = topic
            if parent is None:
                self.topics.append(topic)
            else:
                topic.depth = parent.depth + 1
                parent.children.append(topic)
                self._parents[topic.id] = parent
        if instruction and not topic.instruction:
            topic.instruction = " ".join(instruction.split())
        if _title_sized(title) != title:  # the whole line is still kept, as a fact
            topic.add_fact(title)
        return topic

    def _qualify_earlier(self, earlier: TopicDraft) -> None:
        """The first "Causes" gets its parent's title too once a second one appears, so neither
        reads as the only one (its id stays as it was)."""
        parent = self._parents.get(earlier.id)
        if earlier.heading or parent is None:
            return
        earlier.heading, earlier.title = earlier.title, self._qualified(earlier.title, parent)
        self._topics_by_title[fold(earlier.title) or earlier.title.casefold()] = earlier

    def _qualified(self, title: str, parent: TopicDraft | None) -> str:
        """A title no other topic has: the parent's title in brackets, then a number if need be."""
        base = f"{title} ({parent.heading or parent.title})" if parent is not None else title
        candidate, number = _title_sized(base), 2
        while (fold(candidate) or candidate.casefold()) in self._topics_by_title:
            candidate = _title_sized(f"{base} {number}")
            number += 1
        return candidate

    def all_topics(self) -> list[TopicDraft]:
        """Every topic, subtopics after their parent."""
        return [found for topic in self.topics for found in topic.walk()]

    def add_term(self, term: str, definition: str, topic: TopicDraft | None) -> bool:
        """Add a key term; one already in the deck (compared case- and accent-blind) is skipped."""
        term, definition = " ".join(term.split()), " ".join(without_asides(definition).split())
        key = fold(term) or term.casefold()
        if not term or not definition or key in self._term_keys:
            return False
        if len(term) > MAX_LINE_CHARS or len(definition) > MAX_TEXT_CHARS:
            return False
        self._term_keys.add(key)
        entry: dict[str, Any] = {"term": term, "definition": definition}
        if topic is not None:
            entry["topics"] = [topic.id]
        entry["id"] = self._term_ids.allocate(term)
        self._terms.append(entry)
        return True

    def add_question(self, question: str, answers: list[str], topic: TopicDraft | None) -> bool:
        """Add a typed question with its accepted answers; a repeated question is skipped."""
        question = question.strip()
        key = fold(question) or question
        by_key: dict[str, str] = {}
        for answer in (answer.strip() for answer in answers):
            if 0 < len(answer) <= MAX_LINE_CHARS:
                by_key.setdefault(fold(answer) or answer, answer)  # the first spelling wins
        kept = list(by_key.values())
        if not question or len(question) > MAX_TEXT_CHARS:
            return False
        if not kept or key in self._question_keys:
            return False
        self._question_keys.add(key)
        entry: dict[str, Any] = {"question": question, "answers": kept}
        if topic is not None:
            entry["topic"] = topic.id
        self._questions.append(entry)
        return True

    def build(self) -> dict[str, Any]:
        """The deck mapping; refuses a deck with nothing to study in it."""
        if not self.topics:
            raise DeckImportError(f"no topics found in {_these(self.kind)}")
        if (
            not any(topic.items for topic in self.all_topics())
            and not self._terms
            and not self._questions
        ):
            raise DeckImportError(
                f"no notes found in {_these(self.kind)}: the headings have nothing under them"
            )
        deck: dict[str, Any] = {
            "id": slugify(file_stem(self.source_name), fallback="imported-deck"),
            "title": self.title,
            "description": self._description(),
            "source": self.source_name,
        }
        every = self.all_topics()
        taken = {fold(topic.title) for topic in every} | {
            fold(t.heading) for t in every if t.heading
        }
        mapping: dict[str, Any] = {
            "deck": deck,
            "topics": [topic.to_mapping(taken) for topic in self.topics],
        }
        if self._terms:
            mapping["terms"] = self._terms
        if self._questions:
            mapping["questions"] = self._questions
        if self.emphasis:
            mapping["emphasis"] = self.emphasis
        return mapping

    def result(self) -> Imported:
        """The deck mapping with the report of how it was read."""
        return Imported(self.build(), self.report)

    def _description(self) -> str:
        parts = [self.description] if self.description else []
        parts.append(f"Imported from {self.source_name} ({self.kind}).")
        span = years_in(self.title)
        if span is not None:
            parts.append(f"Covers {years_label(span)}.")
        parts += self.notes
        return " ".join(parts)


def _these(kind: str) -> str:
    """`kind` with the word that points at it: "these outline notes", "this Textile page" (the
    kinds are plural or singular nouns, and the error reads as a sentence)."""
    last = kind.rsplit(None, 1)[-1] if kind.strip() else kind
    plural = last.endswith("s") and not last.endswith("ss")
    return f"{'these' if plural else 'this'} {kind}"
