"""What each note file in a folder imports as: its format, topics, lines, key terms, lines still
carrying markup, and whether a folder holding it alone is read. Run it against two trees to
compare them (the importers' findings in docs/quiz-review/s20-importers-findings.md):

    PYTHONPATH=. python scripts/import_figures.py tests/data/import_formats

(`PYTHONPATH=OTHER_TREE python scripts/import_figures.py …` reads with that tree's importers.)
"""

from __future__ import annotations

import re
import shutil
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from knowledge.importers import DeckImportError, import_file_with_report

# What a student should never see: LaTeX commands, org keywords and drawers, HTML tags, org stars;
# a chat's dates, times and app lines; captions' timings, cue numbers and sound tags; GIFT marks.
MARKUP = re.compile(
    r"\\item|\\section|\\textbf|\\begin|#\+|:PROPERTIES:|:END:|<[a-z/][^>]*>|^\*+ |\bTODO\b"
    r"|\bDONE\b|\[\[|\|-|^=+$|^-+$"
    r"|\b\d{1,2}:\d{2}\b|\d{1,2}[./]\d{1,2}[./]\d{2,4}|omitted|end-to-end|message was deleted"
    r"|-->|^WEBVTT|\[(?:Music|Applause)\]|>>|\{[=~#TF}]|::|\$CATEGORY|^// "
)


def lines(topics: list[dict[str, Any]]) -> Iterator[str]:
    """Every title, fact and group of a deck mapping's topics."""
    for topic in topics:
        yield str(topic["title"])
        for fact in topic.get("facts", []):
            if isinstance(fact, dict):
                yield str(fact.get("group", ""))
                yield from (str(member) for member in fact.get("facts", []))
            else:
                yield str(fact)
        yield from lines(topic.get("subtopics", []))


def count(topics: list[dict[str, Any]]) -> int:
    return sum(1 + count(topic.get("subtopics", [])) for topic in topics)


def describe(path: Path) -> str:
    try:
        imported = import_file_with_report(path)
    except DeckImportError as error:
        alone = f"refused ({str(error)[:70]})"
    else:
        topics = imported.mapping["topics"]
        written = list(lines(topics))
        marked = sum(1 for line in written if MARKUP.search(line))
        terms = len(imported.mapping.get("terms", []))
        alone = (
            f"{imported.report.name}: {count(topics)} topics, {len(written)} lines, "
            f"{terms} terms, {marked} with markup"
        )
    with tempfile.TemporaryDirectory() as folder:
        shutil.copy(path, Path(folder) / f"notes{path.suffix}")
        try:
            import_file_with_report(Path(folder))
            in_folder = "read"
        except DeckImportError:
            in_folder = "refused"
    return f"| {path.name} | {alone} | {in_folder} |"


def main() -> None:
    print("| file | imported alone | in a folder |\n|---|---|---|")
    for path in sorted(Path(sys.argv[1]).iterdir()):
        print(describe(path))


if __name__ == "__main__":
    main()
