"""Jupyter notebooks (.ipynb): the lesson's Markdown cells, in order, read by the Markdown importer.

A notebook is JSON: cells, each with its source, plus metadata (kernel, language, Colab and widget
state) and, for code cells, outputs. What a student revises from is the Markdown cells: their
headings make the topic tree, as in a Markdown file. Code cells are not notes: their code and
outputs (printed numbers, tables, images, tracebacks) have no wording of their own to learn or be
asked about, and are left out; but a comment in a code cell written as a sentence of prose ("# A
longer pendulum has a longer period.") teaches, and is kept as a line under the heading above it.
Commented-out code and short labels ("# load the data") are not. Nothing is ever run. Raw cells
(nbconvert's pass-through LaTeX or reST) are left out. The report counts what was left out.
"""

from __future__ import annotations

import json
import re
from typing import Any

from knowledge.importers.converted import MarkdownDraft, import_converted, plain
from knowledge.importers.errors import DeckImportError
from knowledge.importers.report import Imported
from knowledge.importers.source import require_content

MAX_CELLS = 20_000
"""Cells read from one notebook: a lesson has tens to hundreds; more is a crafted file."""

_SLASH_LANGUAGES = ("javascript", "typescript", "java", "c", "c++", "c#", "scala", "go", "rust")
_CODE_LIKE = re.compile(
    r"[=;{}\[\]<>]|\w\(|\)\s*$|^\s*(?:import|from|def|class|return|print|for|while|if|elif|else"
    r"|try|except|with|lambda|library|function|var|let|const)\b"
)
_SENTENCE_END = re.compile(r"[.!?][\"')\]]?$")
_HTML_BOLD = re.compile(r"</?(?:b|strong)>", re.IGNORECASE)
_HTML_ITALIC = re.compile(r"</?(?:i|em)>", re.IGNORECASE)
_HTML_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)
_HTML_TAG = re.compile(
    r"</?(?:div|span|font|center|p|a|img|sup|sub|u|small|big|section|details|summary|hr|style"
    r"|table|thead|tbody|tr|td|th|ul|ol|li|h[1-6])\b[^<>]{0,500}>",
    re.IGNORECASE,
)
_MIN_COMMENT_WORDS = 6


def import_notebook(text: str, source_name: str) -> Imported:
    """A deck mapping from a Jupyter notebook's JSON."""
    require_content(text)
    cells, language = _cells(text)
    draft = MarkdownDraft()
    code = comments = raw = 0
    for cell in cells:
        kind = cell.get("cell_type")
        source = _source(cell.get("source"))
        if kind == "markdown":
            draft.blank()
            draft.add(_markdown(source))
            draft.blank()
        elif kind == "code" and source.strip():
            code += 1
            for paragraph in _teaching_comments(source, language):
                comments += 1
                draft.blank()
                draft.add(plain(paragraph))
                draft.blank()
        elif kind != "code" and source.strip():
            raw += 1
    if not any(line.strip() for line in draft.lines):
        raise DeckImportError(
            "this notebook has no Markdown cells (or prose comments) to learn from: "
            "only code, which is not notes"
        )
    imported = import_converted(draft, source_name, "Jupyter notebook")
    if code:
        kept = f", {comments} prose comment{'s' if comments != 1 else ''} kept" if comments else ""
        imported.report.detect(
            "left out", f"{code} code cell{'s' if code != 1 else ''} and their outputs{kept}"
        )
    if raw:
        imported.report.warn(f"{raw} raw cell{'s' if raw != 1 else ''} left out")
    return imported


def looks_like_notebook(text: str) -> bool:
    """A notebook sent under another name (.json, .txt): a JSON object with "cells" (or nbformat
    3's "worksheets") and an "nbformat" version."""
    head = text.lstrip()[:1]
    return head == "{" and '"nbformat"' in text and ('"cells"' in text or '"worksheets"' in text)


def _cells(text: str) -> tuple[list[dict[str, Any]], str]:
    """The notebook's cells and its kernel's language."""
    try:
        notebook = json.loads(text)
    except RecursionError:
        raise DeckImportError(
            "this notebook's JSON is nested too deeply to be a notebook"
        ) from None
    except ValueError as error:
        raise DeckImportError(f"this notebook is not valid JSON ({error})") from None
    if not isinstance(notebook, dict):
        raise DeckImportError("this JSON file is not a Jupyter notebook (it is not an object)")
    cells = notebook.get("cells")
    if cells is None and isinstance(notebook.get("worksheets"), list):  # nbformat 3
        sheets = [sheet for sheet in notebook["worksheets"] if isinstance(sheet, dict)]
        cells = [cell for sheet in sheets for cell in sheet.get("cells") or []]
    if not isinstance(cells, list):
        raise DeckImportError("this JSON file is not a Jupyter notebook (it has no cells)")
    if len(cells) > MAX_CELLS:
        raise DeckImportError(f"the notebook has more than {MAX_CELLS:,} cells; split it")
    metadata = notebook.get("metadata")
    metadata = metadata if isinstance(metadata, dict) else {}
    info = metadata.get("language_info")
    kernel = metadata.get("kernelspec")
    name = info.get("name") if isinstance(info, dict) else None
    if not isinstance(name, str) and isinstance(kernel, dict):
        name = kernel.get("language")
    language = name.casefold() if isinstance(name, str) else ""
    return [cell for cell in cells if isinstance(cell, dict)], language


def _source(value: object) -> str:
    """A cell's source: a string, or (as nbformat writes it) a list of lines."""
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        return "".join(part for part in value if isinstance(part, str))
    return ""


def _markdown(source: str) -> str:
    """A Markdown cell's text, its HTML markup (alert boxes, spans, line breaks) made Markdown or
    dropped; the Markdown importer drops images and link targets itself."""
    source = _HTML_BOLD.sub("**", source)
    source = _HTML_ITALIC.sub("*", source)
    source = _HTML_BREAK.sub("\n", source)
    return _HTML_TAG.sub("", source)


def _teaching_comments(source: str, language: str) -> list[str]:
    """The comments of a code cell written as prose sentences: runs of whole-line comments,
    joined, kept when they read as at least one sentence and not as code."""
    mark = "//" if language.startswith(_SLASH_LANGUAGES) else "#"
    runs: list[list[str]] = [[]]
    for line in source.split("\n"):
        stripped = line.strip()
        if stripped.startswith(mark) and not stripped.startswith(("#!", "#%", "# %%", "# In[")):
            runs[-1].append(stripped.lstrip(mark[0]).strip())
        elif runs[-1]:
            runs.append([])
    kept: list[str] = []
    for run in runs:
        text = " ".join(part for part in run if part)
        if (
            len(text.split()) >= _MIN_COMMENT_WORDS
            and text[:1].isupper()
            and _SENTENCE_END.search(text)
            and not _CODE_LIKE.search(text)
        ):
            kept.append(text)
    return kept
