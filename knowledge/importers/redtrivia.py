"""Red-DiscordBot trivia lists: a YAML mapping of `question: [answer, ...]`, optional AUTHOR/CONFIG.

Read as a YAML node tree (`yaml.compose` with the safe loader: nothing is constructed), so answers
keep the text the author typed ("yes", "1.50") instead of YAML's booleans and floats, and every
problem is reported with its line.
"""

from __future__ import annotations

from typing import Any

import yaml

from knowledge.importers.builder import MAX_LINE_CHARS, DeckBuilder
from knowledge.importers.errors import DeckImportError, quoted
from knowledge.importers.source import require_content

_NULL_TAG = "tag:yaml.org,2002:null"
_RESERVED = ("AUTHOR", "CONFIG")


def import_redtrivia(text: str, source_name: str) -> dict[str, Any]:
    """A deck mapping from a Red trivia list: one typed question per entry, and a topic of them."""
    require_content(text)
    root = _compose(text)
    builder = DeckBuilder(source_name=source_name, kind="Red trivia list")
    topic = builder.add_topic(builder.title)
    for key, value in root.value:
        line = key.start_mark.line + 1
        if not isinstance(key, yaml.ScalarNode) or not key.value.strip():
            raise DeckImportError("each question must be a line of text ending in ':'", line=line)
        question = " ".join(key.value.split())
        if question == "CONFIG":
            continue
        if question == "AUTHOR":
            if isinstance(value, yaml.ScalarNode) and value.value.strip():
                builder.notes.append(f"Trivia by {value.value.strip()}.")
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
    if not answers:
        raise DeckImportError(
            f"the question {quoted(question)} has no answers (expected '- answer' lines under it)",
            line=line,
        )
    return answers
