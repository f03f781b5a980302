"""Prose paragraphs typed one per line (a handout saved as text, each paragraph one long line
that the editor wraps on screen) read as the sentences they hold.

Markdown cuts its paragraphs into sentences and `unwrap` does so for hard-wrapped ones, but a
paragraph kept on one line stayed a single fact of five sentences: no question could be made
from it, so a handout of such paragraphs gave one question where its sentences give dozens.
A line is read as a paragraph only when it stands alone between blank lines, has no bullet,
and holds at least two sentences; its sentences become the items of the heading above it
(the short line before it, "Empiricism"), as bullets under it would be.
"""

from __future__ import annotations

import re

from knowledge.importers.sentences import split_sentences

_MIN_SENTENCES = 2
_MIN_WORDS = 20  # "Mitosis. Meiosis." on a line is a list typed with stops, not a paragraph
_ITEM_MARK = "•"


def paragraph_sentences(
    lines: list[tuple[int, str]], bullet: re.Pattern[str]
) -> list[tuple[int, str]]:
    """`lines` (number, raw text) with each paragraph line replaced by its sentences, each a
    bulleted line at the paragraph's indent with the paragraph's line number."""
    out: list[tuple[int, str]] = []
    for index, (number, raw) in enumerate(lines):
        before = lines[index - 1][0] if index else None
        after = lines[index + 1][0] if index + 1 < len(lines) else None
        alone = (before is None or before < number - 1) and (after is None or after > number + 1)
        sentences = _sentences(raw, bullet) if alone else None
        if sentences is None:
            out.append((number, raw))
            continue
        indent = raw[: len(raw) - len(raw.lstrip())]
        out.extend((number, f"{indent}{_ITEM_MARK} {sentence}") for sentence in sentences)
    return out


def _sentences(raw: str, bullet: re.Pattern[str]) -> list[str] | None:
    """The sentences of an unbulleted line of prose, or None when it is not one."""
    content = raw.strip()
    if bullet.match(content) or len(content.split()) < _MIN_WORDS:
        return None
    sentences = split_sentences(content)
    return sentences if len(sentences) >= _MIN_SENTENCES else None
