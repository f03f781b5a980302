"""Red-DiscordBot trivia lists: a YAML mapping of `question: [answer, ...]`, plus metadata keys.

Read with the deck loader's bounded YAML composer (`knowledge._yaml_nodes.compose`: nothing is
constructed, and depth, values and aliases are limited while parsing, so an alias bomb or a list
nested thousands deep is refused unexpanded), so answers keep the text the author typed ("1.50",
"yes") and every problem is reported with its line.
`AUTHOR`, `CONFIG`, `DESCRIPTION`, `$schema` and any other key that is not a question (an upper-case
name with a single value, or a key holding a mapping) are metadata, never questions: the description
becomes the deck's. An unquoted yes/no/true/false/on/off answer is a boolean to Red, which accepts
"True", "Yes" or "On" for it (or "False", "No", "Off"); so does the deck, after the answer as typed.
"""

from __future__ import annotations

import re

import yaml

from knowledge._yaml_nodes import ComposeError, Mapping, Node, Scalar, Sequence, compose
from knowledge.importers.builder import MAX_LINE_CHARS, DeckBuilder
from knowledge.importers.errors import DeckImportError, quoted
from knowledge.importers.report import Imported
from knowledge.importers.source import require_content

_NULLS = frozenset({"", "~", "null", "Null", "NULL"})
MAX_ANSWERS = 100
"""Most accepted answers to one question (a real list has a handful of spellings)."""
_BOOL_TAG = "tag:yaml.org,2002:bool"
_RESERVED = ("AUTHOR", "CONFIG", "DESCRIPTION", "$schema")
_METADATA_NAME = re.compile(r"^(?:\$\w+|[A-Z][A-Z0-9_]*)$")
# Red's rule for YAML booleans among the answers (redbot/cogs/trivia/session.py).
_RED_TRUE = ("True", "Yes", "On")
_RED_FALSE = ("False", "No", "Off")


def import_redtrivia(text: str, source_name: str) -> Imported:
    """A deck mapping from a Red trivia list: one typed question per entry, and a topic of them."""
    require_content(text)
    root = _compose(text)
    builder = DeckBuilder(source_name=source_name, kind="Red trivia list")
    topic = builder.add_topic(builder.title)
    metadata: list[str] = []
    for key, value in root.pairs:
        line = key.line
        if not isinstance(key, Scalar) or not key.text.strip():
            raise DeckImportError("each question must be a line of text ending in ':'", line=line)
        question = " ".join(key.text.split())
        if _is_metadata(question, value):
            metadata.append(question)
            _read_metadata(builder, question, value)
            continue
        answers = _answers(question, value, line)
        if builder.add_question(question, answers, topic):
            topic.add_fact(f"{question} — {answers[0]}")
    if metadata:
        builder.report.detect("metadata keys", ", ".join(metadata))
    if not topic.items:
        raise DeckImportError("no questions found in this trivia list")
    return builder.result()


def _is_metadata(key: str, value: Node) -> bool:
    """AUTHOR, CONFIG, DESCRIPTION, $schema, and keys shaped like them: not questions."""
    if key in _RESERVED or key.startswith("$"):
        return True
    if isinstance(value, Mapping):  # settings ("config:"), unless it reads as a question
        return len(key.split()) == 1 and not key.endswith("?")
    return bool(_METADATA_NAME.match(key)) and not isinstance(value, Sequence)


def _read_metadata(builder: DeckBuilder, key: str, value: Node) -> None:
    if not isinstance(value, Scalar) or not value.text.strip():
        return
    text = " ".join(value.text.split())
    if key == "AUTHOR":
        builder.notes.append(f"Trivia by {text[:MAX_LINE_CHARS]}.")
    elif key == "DESCRIPTION":
        builder.description = text[:2000]


def looks_like_trivia(text: str) -> bool:
    """Whether YAML text is shaped like a trivia list (for guessing a .yaml file's format)."""
    try:
        root = compose(text)
    except ComposeError:
        return False
    if not isinstance(root, Mapping) or not root.pairs:
        return False
    keys = [key.text for key, _ in root.pairs if isinstance(key, Scalar)]
    if any(key in _RESERVED for key in keys):
        return True
    lists = sum(1 for _, value in root.pairs if isinstance(value, Sequence))
    # A file with studybot's own sections is a (broken) deck to report, not a trivia list.
    return not {"topics", "deck"} & set(keys) and 2 * lists >= len(root.pairs)


def _compose(text: str) -> Mapping:
    try:
        root = compose(text)
    except ComposeError as error:
        message = error.message.removeprefix("YAML syntax error: ")
        raise DeckImportError(f"this is not valid YAML: {message}", line=error.line) from None
    if root is None:
        raise DeckImportError("the file holds no trivia questions (it is empty or only comments)")
    if not isinstance(root, Mapping):
        raise DeckImportError(
            "a Red trivia list is a mapping of 'question: [answers]' lines, not a list or text",
            line=root.line,
        )
    return root


def _answers(question: str, node: Node, line: int) -> list[str]:
    """The accepted answers as typed; one plain value is taken as a single answer."""
    if isinstance(node, Mapping):
        raise DeckImportError(
            f"the answers to {quoted(question)} must be a list ('- answer' lines), not a mapping",
            line=line,
        )
    items = node.items if isinstance(node, Sequence) else [node]
    if len(items) > MAX_ANSWERS:
        raise DeckImportError(
            f"the question {quoted(question)} has {len(items):,} answers; "
            f"a question may accept at most {MAX_ANSWERS}",
            line=line,
        )
    answers: list[str] = []
    for item in items:
        if not isinstance(item, Scalar):
            raise DeckImportError(
                f"the answers to {quoted(question)} must be plain values ('- answer' lines), "
                "not nested lists or mappings",
                line=item.line,
            )
        if item.plain and item.text in _NULLS:
            continue
        answer = " ".join(item.text.split())
        if answer and len(answer) <= MAX_LINE_CHARS:
            answers.append(answer)
            if item.plain and _resolves_to_bool(item.text):
                answers.extend(_RED_TRUE if _yaml_true(item.text) else _RED_FALSE)
    if not answers:
        raise DeckImportError(
            f"the question {quoted(question)} has no answers (expected '- answer' lines under it)",
            line=line,
        )
    return answers


def _resolves_to_bool(value: str) -> bool:
    """Whether YAML 1.1 (as Red's loader reads it) makes this plain scalar a boolean."""
    resolvers = yaml.SafeLoader.yaml_implicit_resolvers.get(value[:1], [])
    return any(tag == _BOOL_TAG and pattern.match(value) for tag, pattern in resolvers)


def _yaml_true(value: str) -> bool:
    return value.lower() in ("yes", "true", "on")
