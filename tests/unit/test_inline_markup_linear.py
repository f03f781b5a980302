"""Markdown emphasis and HTML comments are taken out of a line in time linear in the line, with
exactly what `re`'s own substitutions gave: a line of tens of thousands of unclosed markers (a
pasted export, a stray "*" per word) imports as text instead of running for minutes or hours."""

from __future__ import annotations

import html
import re
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from knowledge.importers import inline
from knowledge.importers.api import import_bytes_with_report
from knowledge.importers.inline import looks_like_html, strip_html, strip_markdown

# Code spans as they were matched before the pattern was tried only where a run of backticks
# starts (quadratic on a long run; fine when short).
_CODE_SPAN = re.compile(r"`+([^`]+?)`+")


def _reference(text: str) -> str:
    """`strip_markdown` as `re` alone does it (quadratic on unclosed markers; fine when short)."""
    text = inline._ESCAPED.sub(lambda m: "\x00" + chr(inline._PRIVATE + ord(m.group(1))), text)
    text = inline._CALLOUT.sub("", text.strip())
    for pattern, repl in (
        (inline._IMAGE, ""),
        (inline._EMPTY_LINK, ""),
        (inline._WIKI_MARK, ""),
        (inline._WIKILINK, r"\1"),
        (inline._LINK, r"\1"),
        (inline._REF_LINK, r"\1"),
        (inline._AUTOLINK, ""),
        (inline._URL, ""),
        (_CODE_SPAN, r"\1"),
    ):
        text = pattern.sub(repl, text)
    for pattern in (
        inline._STRONG,
        inline._STRONG,
        inline._EM_STAR,
        inline._EM_UNDERSCORE,
        inline._STRIKE,
        inline._HIGHLIGHT,
    ):
        text = pattern.sub(lambda m: m.group(m.lastindex or 0), text)
    text = inline._TAG.sub("", text)
    text = html.unescape(text).replace("\u00a0", " ")
    text = inline._HIDDEN.sub(lambda m: chr(ord(m.group(1)) - inline._PRIVATE), text)
    text = re.sub(r"\(\s*\)", "", text)
    return " ".join(text.split())


MARKUP = st.lists(
    st.sampled_from(
        [
            *("*", "_", "~", "=", "<", ">", "!", "-", "[", "]", "(", ")", "|", "`", "\\", " "),
            *("a", "b", "\n", "**", "__", "~~", "==", "<!--", "-->", "<b>", "</b>", " x", "&amp;"),
        ]
    ),
    max_size=30,
).map("".join)


@settings(max_examples=1500)
@given(MARKUP)
def test_the_same_plain_text_as_re_alone(text: str) -> None:
    assert strip_markdown(text) == _reference(text)


@settings(max_examples=200)
@given(MARKUP)
def test_the_same_html_reading_as_re_alone(text: str) -> None:
    assert looks_like_html(text) == (
        ("<" in text and inline._TAG.search(text) is not None)
        or ("&" in text and inline._ENTITY.search(text) is not None)
    )
    assert inline._without_tags(text) == inline._TAG.sub("", text)


def test_a_line_of_many_unclosed_markers_keeps_them_as_text() -> None:
    for marker in ("*a ", "**a ", "_a ", "__a ", "==a ", "<!--a ", "[a ", "![[a ", "[[a ", "`"):
        line = marker * 40_000
        assert strip_markdown(line) == " ".join(line.split())


def test_a_long_line_of_open_and_closed_links_reads_as_re_alone_reads_it() -> None:
    line = "[a " * 3_000 + "[hive](https://example.org) and " + "[b](c " * 300 + "![[d " * 300
    assert strip_markdown(line) == _reference(line)


def test_a_closer_at_the_end_still_closes_the_first_opener() -> None:
    line = "*a " * 30_000 + "b*"
    assert strip_markdown(line) == " ".join(("a " + "*a " * 29_999 + "b").split())


def test_html_with_many_unclosed_comments_is_read_as_text() -> None:
    cell = "<b>thaw</b> " + "<!-- " * 30_000
    assert strip_html(cell) == "thaw " + " ".join(["<!--"] * 30_000)
    assert looks_like_html("<!-- " * 30_000) is False


@pytest.mark.parametrize(
    "marker", ["*swarm ", "**drone ", "_comb ", "<!-- hive ", "[smoker ", "![[frame ", "[a](b "]
)
def test_a_markdown_file_with_a_very_long_marked_line_imports(marker: str) -> None:
    # (an HTML comment left open comments out the rest of the file, as it does in Markdown)
    notes = "# Beekeeping\n\n- Queens are raised in queen cups\n- " + marker * 40_000 + "\n"
    imported = import_bytes_with_report(notes.encode(), "beekeeping.md")
    topics: Any = imported.mapping["topics"]
    assert [topic["title"] for topic in topics] == ["Beekeeping"]
    assert any("queen cups" in fact for fact in topics[0]["facts"])


@pytest.mark.parametrize(
    "name", ["tornadoes.md", "tornadoes.org", "tornadoes.html", "tornadoes.wiki"]
)
def test_a_line_of_200_kb_of_backticks_is_read_as_text(name: str) -> None:
    """A run of backticks with no code span in it: each format keeps its notes and the run is
    text (it was minutes of CPU in every format whose inline markup goes through Markdown's)."""
    fence = "`" * 200_000
    notes = {
        "md": f"# Tornadoes\n\n- A supercell's rotating updraft is a mesocyclone\n- {fence}\n",
        "org": f"* Tornadoes\n- A supercell's rotating updraft is a mesocyclone\n- {fence}\n",
        "html": (
            "<html><body><h1>Tornadoes</h1><ul><li>A supercell's rotating updraft is a "
            f"mesocyclone</li><li>{fence}</li></ul></body></html>"
        ),
        "wiki": f"== Tornadoes ==\n* A supercell's rotating updraft is a mesocyclone\n* {fence}\n",
    }[name.rsplit(".", 1)[1]]
    imported = import_bytes_with_report(notes.encode(), name)
    topics: Any = imported.mapping["topics"]
    assert [topic["title"] for topic in topics] == ["Tornadoes"]
    assert any("mesocyclone" in fact for fact in topics[0]["facts"])
