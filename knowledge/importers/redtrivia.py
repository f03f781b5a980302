"""Red-DiscordBot trivia lists: a YAML mapping of `question: [answer, ...]`, optional AUTHOR/CONFIG.

Read with the deck loader's bounded YAML composer (`knowledge._yaml_nodes.compose`: nothing is
constructed, and depth, values and aliases are limited while parsing, so an alias bomb or a list
nested thousands deep is refused unexpanded), so answers keep the text the author typed ("yes",
"1.50") instead of YAML's booleans and floats, and every problem is reported with its line.
"""

from __future__ import annotations

from typing import Any

from knowledge._yaml_nodes import ComposeError, Mapping, Node, Scalar, Sequence, compose
from knowledge.importers.builder import MAX_LINE_CHARS, DeckBuilder
from knowledge.importers.errors import DeckImportError, quoted
from knowledge.importers.source import require_content

_NULLS = frozenset({"", "~", "null", "Null", "NULL"})
_RESERVED = ("AUTHOR", "CONFIG")
MAX_ANSWERS = 100
"""Most accepted answers to one question (a real list has a handful of spellings)."""


def import_redtrivia(text: str, source_name: str) -> dict[str, Any]:
    """A deck mapping from a Red trivia list: one typed question per entry, and a topic of them."""
    require_content(text)
    root = _compose(text)
    builder = DeckBuilder(source_name=source_name, kind="Red trivia list")
    topic = builder.add_topic(builder.title)
    for key, value in root.pairs:
        line = key.line
        if not isinstance(key, Scalar) or not key.text.strip():
            raise DeckImportError("each question must be a line of text ending in ':'", line=line)
        question = " ".join(key.text.split())
        if question == "CONFIG":
            continue
        if question == "AUTHOR":
            if isinstance(value, Scalar) and value.text.strip():
                builder.notes.append(f"Trivia by {' '.join(value.text.split())[:MAX_LINE_CHARS]}.")
            continue
        answers = _answers(question, value, line)
        if builder.add_question(question, answers, topic):
            topic.add_fact(f"{question} — {answers[0]}")
    if not topic.items:
        raise DeckImportError("no questions found in this trivia list")
    return builder.build()


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
    return "topics" not in keys and 2 * lists >= len(root.pairs)


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
    if not answers:
        raise DeckImportError(
            f"the question {quoted(question)} has no answers (expected '- answer' lines under it)",
            line=line,
        )
    return answers
