"""A folder of notes as one deck: a teacher's notes are often a file per chapter (an Obsidian vault,
a course's `notes/` folder), and `--deck notes/` or `deck import notes/` should read them all.

Each file is imported on its own, exactly as `deck import FILE` would, and becomes a topic of the deck
holding that file's topics as subtopics (a file that makes one topic is that topic). A file that
cannot be imported is left out and named in the report; one bad file never costs the others. Ids
and titles that two files share are told apart by the file they came from, and references to them
(related topics, terms' topics, questions' topic) follow.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from knowledge.importers.errors import DeckImportError
from knowledge.importers.report import Imported, ImportReport
from knowledge.importers.slugs import SlugAllocator, humanise, slugify
from knowledge.importers.sniff import SNIFF_BYTES, looks_like_text, may_be_notes
from knowledge.text import fold

MAX_FOLDER_FILES = 500
"""Files read from one folder; a course's notes are tens of files, more is a mistake (or hostile)."""

MAX_FOLDER_DEPTH = 6
"""Sub-folders followed below the folder given."""

MAX_TOPIC_DEPTH = 8
"""Subtopics inside subtopics the deck format allows (docs/decks.md, "Limits")."""

NOTE_SUFFIXES = frozenset(
    {".md", ".markdown", ".mdown", ".mkd", ".txt", ".text", ".tsv", ".tab", ".csv"}
    | {".yaml", ".yml", ".apkg", ".colpkg", ".org", ".tex", ".latex", ".ltx"}
    | {".html", ".htm", ".xhtml", ".docx", ".rst", ".gift", ".vtt", ".srt"}
    | {".wiki", ".mediawiki", ".wikitext", ".adoc", ".asciidoc", ".opml"}
    | {".ipynb", ".eml", ".mbox", ".enex", ".odt", ".rtf"}
    | {".pptx", ".xlsx", ".xlsm", ".ods", ".pdf", ".mm", ".xmind", ".odp", ".epub"}
    | {".canvas", ".creole"}
)
"""What is read from a folder by name; another file is read when its content is text and its name
is not plainly something else (an image, an archive, a lock file: `sniff.may_be_notes`)."""

ImportOne = Callable[[Path], Imported]


def note_files(folder: Path) -> list[Path]:
    """The note files in `folder` and its sub-folders, in name order; hidden ones (`.obsidian`,
    `.git`) are skipped and symlinks are not followed, so a link cannot lead outside or loop."""
    found: list[Path] = []
    for path in _walk(folder, 0):
        found.append(path)
        if len(found) > MAX_FOLDER_FILES:
            raise DeckImportError(
                f"{folder} holds more than {MAX_FOLDER_FILES} note files; point at a smaller folder"
            )
    return found


def _walk(folder: Path, depth: int) -> Iterator[Path]:
    try:
        entries = sorted(folder.iterdir(), key=lambda path: path.name.casefold())
    except OSError as error:
        raise DeckImportError(
            f"cannot read the folder {folder}: {error.strerror or error}"
        ) from None
    for entry in entries:
        if entry.name.startswith(".") or entry.is_symlink():
            continue
        if entry.is_dir():
            if depth < MAX_FOLDER_DEPTH:
                yield from _walk(entry, depth + 1)
        elif entry.is_file() and (
            entry.suffix.lower() in NOTE_SUFFIXES
            or (may_be_notes(entry.name) and _text_file(entry))
        ):
            yield entry


def _text_file(path: Path) -> bool:
    """The file's first bytes are text (an unreadable file is not notes to offer)."""
    try:
        with path.open("rb") as file:
            return looks_like_text(file.read(SNIFF_BYTES))
    except OSError:
        return False


def import_folder(folder: Path, import_one: ImportOne) -> Imported:
    """One deck from every note file in `folder`, each read by `import_one`."""
    files = note_files(folder)
    if not files:
        raise DeckImportError(
            f"{folder} holds no notes to import (looked for "
            f"{', '.join(sorted(NOTE_SUFFIXES))} and any other text file)"
        )
    report = ImportReport(format="")
    parts: list[tuple[Path, Imported]] = []
    for file in files:
        name = file.relative_to(folder).as_posix()
        try:
            imported = import_one(file)
        except DeckImportError as error:
            report.skip(None, f"{name} left out: {str(error).removeprefix(f'{file}: ')}")
            continue
        for skipped in imported.report.skipped:
            unit = f"{name}, {skipped.unit}" if skipped.line is not None else name
            report.skip(skipped.line, skipped.reason, unit)
        report.warnings.extend(f"{name}: {warning}" for warning in imported.report.warnings)
        parts.append((file, imported))
    if not parts:
        raise DeckImportError(
            f"none of the {len(files)} files in {folder} could be imported: "
            + "; ".join(report.problems[:3])
        )
    report.name = "folder"
    if len(parts) == 1:
        file, only = parts[0]
        report.format = f"{only.report.format} (the folder's one note file, {file.name})"
        report.detected = dict(only.report.detected)
        return Imported(only.mapping, report)
    formats = sorted({imported.report.format for _, imported in parts})
    report.format = f"a folder of {len(parts)} files ({', '.join(formats)})"
    return Imported(_merged(folder, parts), report)


def merge_parts(parts: list[tuple[str, Imported]], *, title: str, source: str) -> Imported:
    """One deck of several imported ones (a mailbox's threads), each a topic titled with its
    name, as a folder's files are; a single part is that part, titled `title`."""
    report = ImportReport(format="")
    for name, imported in parts:
        for skipped in imported.report.skipped:
            unit = f"{name}, {skipped.unit}" if skipped.line is not None else name
            report.skip(skipped.line, skipped.reason, unit)
        report.warnings.extend(f"{name}: {warning}" for warning in imported.report.warnings)
        deck = imported.mapping.setdefault("deck", {})
        if isinstance(deck, dict):
            deck["title"] = name if len(parts) > 1 else title
            deck["source"] = source
    if len(parts) == 1:
        only = parts[0][1]
        report.detected = dict(only.report.detected)
        return Imported(only.mapping, report)
    merge = _Merge()
    for name, imported in parts:
        merge.add(dict(imported.mapping), fallback_title=name)
    mapping: dict[str, Any] = {
        "deck": {
            "id": slugify(title, fallback="imported-deck"),
            "title": title,
            "description": f"Imported from {len(parts)} parts of {source}.",
            "source": source,
        },
        "topics": merge.topics,
    }
    if merge.terms:
        mapping["terms"] = merge.terms
    if merge.questions:
        mapping["questions"] = merge.questions
    return Imported(mapping, report)


def _merged(folder: Path, parts: list[tuple[Path, Imported]]) -> dict[str, Any]:
    title = humanise(folder.resolve().name)
    merge = _Merge()
    for file, imported in parts:
        merge.add(imported.mapping, fallback_title=humanise(file.name))
    mapping: dict[str, Any] = {
        "deck": {
            "id": slugify(title, fallback="imported-deck"),
            "title": title,
            "description": f"Imported from the {len(parts)} note files in {folder.name}/.",
            "source": f"{folder.name}/",
        },
        "topics": merge.topics,
    }
    if merge.terms:
        mapping["terms"] = merge.terms
    if merge.questions:
        mapping["questions"] = merge.questions
    return mapping


class _Merge:
    """Decks (importer mappings) gathered into one, keeping ids, titles, terms and questions unique."""

    def __init__(self) -> None:
        self.topics: list[dict[str, Any]] = []
        self.terms: list[dict[str, Any]] = []
        self.questions: list[dict[str, Any]] = []
        self._topic_ids = SlugAllocator("topic")
        self._term_ids = SlugAllocator("term")
        self._titles: set[str] = set()
        self._aliases: set[str] = set()
        self._term_keys: dict[str, dict[str, Any]] = {}
        self._question_keys: set[str] = set()

    def add(self, mapping: dict[str, Any], *, fallback_title: str) -> None:
        deck = mapping.get("deck") or {}
        file_title = str(deck.get("title") or fallback_title)
        topics: list[dict[str, Any]] = list(mapping.get("topics") or [])
        wrap = not (len(topics) == 1 or _depth(topics) >= MAX_TOPIC_DEPTH)
        absorbed: str | None = None
        if wrap:
            wrapper, absorbed = _wrapped(topics, file_title)
            topics = [wrapper]
        renamed: dict[str, str] = {}
        for topic in _every(topics):
            self._claim(topic, file_title, renamed)
        if absorbed is not None:
            renamed[absorbed] = topics[0]["id"]
        for topic in _every(topics):
            if topic.get("related"):
                topic["related"] = [renamed.get(ref, ref) for ref in topic["related"]]
        self.topics.extend(topics)
        for term in mapping.get("terms") or []:
            self._add_term(term, renamed)
        for question in mapping.get("questions") or []:
            key = fold(str(question.get("question", "")))
            if key in self._question_keys:
                continue
            self._question_keys.add(key)
            if "topic" in question:
                question["topic"] = renamed.get(question["topic"], question["topic"])
            self.questions.append(question)

    def _claim(self, topic: dict[str, Any], file_title: str, renamed: dict[str, str]) -> None:
        """Give `topic` an id and a title no earlier file took (the file's title tells it apart)."""
        title = str(topic["title"])
        if fold(title) in self._titles:
            title = f"{title} ({file_title})"
            number = 2
            while fold(title) in self._titles:
                title = f"{topic['title']} ({file_title} {number})"
                number += 1
            topic["title"] = title
        self._titles.add(fold(title))
        old = str(topic["id"])
        new = self._topic_ids.allocate(old)
        renamed[old] = new
        topic["id"] = new
        aliases = [a for a in topic.get("aliases") or [] if fold(str(a)) not in self._aliases]
        self._aliases.update(fold(str(alias)) for alias in aliases)
        if aliases:
            topic["aliases"] = aliases
        else:
            topic.pop("aliases", None)

    def _add_term(self, term: dict[str, Any], renamed: dict[str, str]) -> None:
        topics = [renamed.get(ref, ref) for ref in term.get("topics") or []]
        key = fold(str(term.get("term", "")))
        earlier = self._term_keys.get(key)
        if earlier is not None:  # the same term in two files: one entry, under both topics
            earlier.setdefault("topics", []).extend(
                ref for ref in topics if ref not in earlier["topics"]
            )
            return
        if topics:
            term["topics"] = topics
        term["id"] = self._term_ids.allocate(str(term.get("id") or term.get("term", "")))
        self._term_keys[key] = term
        self.terms.append(term)


def _wrapped(topics: list[dict[str, Any]], file_title: str) -> tuple[dict[str, Any], str | None]:
    """The file as one topic holding its topics, and the id of the topic it absorbed, if any.

    The notes before a file's first heading come as a topic titled with the file's own title: they
    are the file topic's own facts, not a child of it named like it."""
    wrapper: dict[str, Any] = {"id": slugify(file_title, fallback="topic"), "title": file_title}
    children: list[dict[str, Any]] = []
    absorbed: str | None = None
    for topic in topics:
        if absorbed is None and fold(str(topic.get("title", ""))) == fold(file_title):
            absorbed = str(topic["id"])
            wrapper.update({k: v for k, v in topic.items() if k not in ("id", "title")})
            children.extend(wrapper.pop("subtopics", []))
        else:
            children.append(topic)
    wrapper["subtopics"] = children
    return wrapper, absorbed


def _every(topics: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    for topic in topics:
        yield topic
        yield from _every(list(topic.get("subtopics") or []))


def _depth(topics: list[dict[str, Any]]) -> int:
    """Levels of topics in `topics`: 1 for a flat list."""
    return max((1 + _depth(list(t.get("subtopics") or [])) for t in topics), default=0)
