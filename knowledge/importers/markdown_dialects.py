"""What Markdown's dialects add that is not notes, taken out before the Markdown reader reads
them: Quarto and R Markdown (.qmd, .Rmd) code chunks (```` ```{r} ````, ```` ```{python} ````:
computations whose output is not in the file) and Pandoc fenced-div fences (`::: {.callout-note}`,
`:::`, whose contents stay); Obsidian's `%% comments %%` (on one line or several) and `#tags`
(a `#` joined to a word, so never a heading, whose `#` is followed by a space): those ending a
line or alone on it go, one inside a sentence keeps its word without the `#`.

Each removed line leaves a blank line behind, so the report's line numbers stay the file's own.
"""

from __future__ import annotations

import re

_CHUNK = re.compile(r"^ {0,3}(`{3,})\s*\{\s*[A-Za-z][\w-]*[ ,}]")
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_DIV_ATTRIBUTES = re.compile(r"\{[^{}\n]*\}|[A-Za-z][\w-]*")
_COMMENT = re.compile(r"%%.*?%%")
_TAG_WORD = re.compile(r"#[A-Za-z_][\w/-]*")
# An Obsidian note's own marks: a [[wikilink]], a %% comment %%, a "> [!note]" callout.
_OBSIDIAN = re.compile(r"\[\[|%%|^>\s*\[!", re.MULTILINE)


def without_dialect_marks(text: str) -> str:
    """`text` without code chunks, div fences, Obsidian comments and tags (see the module)."""
    if not any(mark in text for mark in ("```", ":::", "%%", "#")):
        return text
    out: list[str] = []
    fence: str | None = None  # the fence of the code block being passed over
    dropped = False  # whether that block is a chunk (left out) or code (kept)
    in_comment = False
    least = 1 if _OBSIDIAN.search(text) else 2  # trailing tags that make a run of tags
    for raw in text.split("\n"):
        line = raw
        if fence is not None:
            if line.strip().startswith(fence) and not line.strip().strip("`~"):
                fence = None
            out.append("" if dropped else line)
            continue
        if in_comment:
            closing = line.find("%%")
            if closing < 0:
                out.append("")
                continue
            line, in_comment = line[closing + 2 :], False
        chunk = _CHUNK.match(line)
        opening = chunk or _FENCE.match(line)
        if opening is not None:
            fence, dropped = opening.group(1), chunk is not None
            out.append("" if dropped else line)
            continue
        if _is_div_fence(line):
            out.append("")
            continue
        line = _COMMENT.sub("", line)
        if "%%" in line:
            line, in_comment = line.split("%%", 1)[0], True
        if "#" in line and not line.lstrip().startswith("# "):
            line = _tags_out(line, least)
        out.append(line)
    return "\n".join(out)


def _is_div_fence(line: str) -> bool:
    """A Pandoc div fence: up to three spaces, three colons or more, then optionally its
    attributes (`{.callout-note}` or a class name) and closing colons. Read by trimming each part
    in turn, not by one pattern, whose neighbouring runs of spaces and colons made a line of them
    ending in a letter cost its length cubed (every .md upload passes here)."""
    stripped = line.lstrip(" ")
    if len(line) - len(stripped) > 3:
        return False
    rest = stripped.lstrip(":")
    if len(stripped) - len(rest) < 3:
        return False
    rest = rest.rstrip(" \t").rstrip(":").strip(" \t")
    return not rest or _DIV_ATTRIBUTES.fullmatch(rest) is not None


def _tags_out(line: str, least: int) -> str:
    """The line without its `#tags`; a heading's hashes (followed by a space) are not tags."""
    stripped = line.lstrip()
    hashes = len(stripped) - len(stripped.lstrip("#"))
    if hashes and stripped[hashes : hashes + 1] in (" ", ""):
        head = line[: len(line) - len(stripped) + hashes]
        return head + _untagged(line[len(head) :], least)
    return _untagged(line, least)


def _untagged(text: str, least: int) -> str:
    """`text` without a run of at least `least` tags that ends it ("… #routes #revise"; one is
    enough in a note with Obsidian's own marks, two elsewhere) or that is the whole line; any
    other `#word` is kept as written: in plain Markdown it is part of the fact ("must label them
    #ad", "Ribosomes read #mRNA"). Words such as "C#" or "#3" are not tags. Read from the end
    word by word, so a line of many tags costs its length."""
    end = len(text)
    tags = 0
    while True:
        while end > 0 and text[end - 1] in " \t":
            end -= 1
        start = max(text.rfind(" ", 0, end), text.rfind("\t", 0, end)) + 1
        if start == end or not _TAG_WORD.fullmatch(text, start, end):
            break
        tags += 1
        end = start
    if tags >= least or (tags and not text[:end].strip()):
        return text[:end].rstrip()
    return text
