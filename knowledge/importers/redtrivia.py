"""Red-DiscordBot trivia lists: a YAML mapping of `question: [answer, ...]`, plus metadata keys.

Read as a YAML node tree (`yaml.compose` with the safe loader: nothing is constructed), so answers
keep the text the author typed ("1.50", "yes") and every problem is reported with its line.
`AUTHOR`, `CONFIG`, `DESCRIPTION`, `$schema` and any other key that is not a question (an upper-case
name with a single value, or a key holding a mapping) are metadata, never questions: the description
becomes the deck's. An unquoted yes/no/true/false/on/off answer is a boolean to Red, which accepts
"True", "Yes" or "On" for it (or "False", "No", "Off"); so does the deck, after the answer as typed.
"""

from __future__ import annotations

import re

import yaml

from knowledge.importers.builder import MAX_LINE_CHARS, DeckBuilder
from knowledge.importers.errors import DeckImportError, quoted
from knowledge.importers.report import Imported
from knowledge.importers.source import require_content

_NULL_TAG = "tag:yaml.org,2002:null"
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
    for key, value in root.value:
        line = key.start_mark.line + 1
        if not isinstance(key, yaml.ScalarNode) or not key.value.strip():
            raise DeckImportError("each question must be a line of text ending in ':'", line=line)
        question = " ".join(key.value.split())
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


def _is_metadata(key: str, value: yaml.Node) -> bool:
    """AUTHOR, CONFIG, DESCRIPTION, $schema, and keys shaped like them: not questions."""
    if key in _RESERVED or key.startswith("$"):
        return True
    if isinstance(value, yaml.MappingNode):  # settings ("config:"), unless it reads as a question
        return len(key.split()) == 1 and not key.endswith("?")
    return bool(_METADATA_NAME.match(key)) and not isinstance(value, yaml.SequenceNode)


def _read_metadata(builder: DeckBuilder, key: str, value: yaml.Node) -> None:
    if not isinstance(value, yaml.ScalarNode) or not value.value.strip():
        return
    text = " ".join(value.value.split())
    if key == "AUTHOR":
        builder.notes.append(f"Trivia by {text}.")
    elif key == "DESCRIPTION":
        builder.description = text[:2000]


def looks_like_trivia(text: str) -> bool:
    """Whether YAML text is shaped like a trivia list (for guessing a .yaml file's format)."""
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError:
        return False
    if not isinstance(root, yaml.MappingNode) or not root.value:
        return False
    keys = [key.value for key, _ in root.value if isinstance(key, yaml.ScalarNode)]
    if any(key in _RESERVED for key in keys):
        return True
    lists = sum(1 for _, value in root.value if isinstance(value, yaml.SequenceNode))
    return "topics" not in keys and 2 * lists >= len(root.value)


def _compose(text: str) -> yaml.MappingNode:
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        problem = getattr(error, "problem", None) or "the file could not be parsed"
        line = mark.line + 1 if mark is not None else None
        raise DeckImportError(f"this is not valid YAML: {problem}", line=line) from error
    if root is None:
        raise DeckImportError("the file holds no trivia questions (it is empty or only comments)")
    if not isinstance(root, yaml.MappingNode):
        raise DeckImportError(
            "a Red trivia list is a mapping of 'question: [answers]' lines, not a list or text",
            line=root.start_mark.line + 1,
        )
    return root


def _answers(question: str, node: yaml.Node, line: int) -> list[str]:
    """The accepted answers as typed; one plain value is taken as a single answer."""
    if isinstance(node, yaml.MappingNode):
        raise DeckImportError(
            f"the answers to {quoted(question)} must be a list ('- answer' lines), not a mapping",
            line=line,
        )
    items = node.value if isinstance(node, yaml.SequenceNode) else [node]
    answers: list[str] = []
    for item in items:
        if not isinstance(item, yaml.ScalarNode):
            raise DeckImportError(
                f"the answers to {quoted(question)} must be plain values ('- answer' lines), "
                "not nested lists or mappings",
                line=item.start_mark.line + 1,
            )
        answer = " ".join(item.value.split())
        if item.tag != _NULL_TAG and answer and len(answer) <= MAX_LINE_CHARS:
            answers.append(answer)
            if item.style is None and _resolves_to_bool(item.value):
                answers.extend(_RED_TRUE if _yaml_true(item.value) else _RED_FALSE)
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
