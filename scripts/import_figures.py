"""What each note file in a folder imports as: its format, topics, lines, key terms, lines still
carrying markup, noisy lines (a site's chrome, a label run into another line or left alone with
nothing under it, a sentence cut after an abbreviation or at a hand-wrapped line's break, a
printed page's furniture), and whether a folder holding it alone
is read. Run it against two trees to compare them (the importers' findings in
docs/quiz-review/s20-importers-findings.md); it takes several folders:

    PYTHONPATH=. python scripts/import_figures.py tests/data/import_formats tests/data/import_pages

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
# a chat's dates, times and app lines; captions' timings, cue numbers and sound tags; GIFT marks;
# Zim's and DokuWiki's italics, bold, header, footnotes and macros.
MARKUP = re.compile(
    r"\\item|\\section|\\textbf|\\begin|#\+|:PROPERTIES:|:END:|<[a-z/][^>]*>|^\*+ |\bTODO\b"
    r"|\bDONE\b|\[\[|\|-|^=+$|^-+$"
    r"|\b\d{1,2}:\d{2}\b|\d{1,2}[./]\d{1,2}[./]\d{2,4}|omitted|end-to-end|message was deleted"
    r"|-->|^WEBVTT|\[(?:Music|Applause)\]|>>|\{[=~#TF}]|::|\$CATEGORY|^// "
    r"|(?<![:/])//\w|\*\*|^Content-Type:|^Wiki-Format:|\(\(|~~[A-Z]"
)


# A saved page's chrome, judged by its words (not by the importer's own rules): what a site puts
# round the notes.
CHROME = re.compile(
    r"©|\bcookies?\b|skip to|logged in|\bposted (?:on|by|in)\b|\bmin read\b|last (?:modified|updated"
    r"|edited)|back to (?:top|\w+$)|top of page|\bshare(?: this| on| via)?:|powered by|retrieved from"
    r"|jump to|\bcomments?\b|privacy|log ?in\b|subscribe|leave a reply|(?:previous|next) post"
    r"|categories|\s[·>›»]\s",
    re.IGNORECASE,
)
# A label run into the line before it ("…plundered Visby Course:"), or a label left as a line of
# its own with nothing under it ("Why did towns join?", "Orders of lens:").
RUN_ON_LABEL = re.compile(r"\w\s+[A-Z][\w' ]{2,30}:$")
LONE_LABEL = re.compile(
    r"^(?:[A-Z][\w' ]{0,40}:|(?:Why|What|How|Who|When|Where|Which)\b[^.]{0,80}\?)$"
)
# A sentence cut after an abbreviation: a piece ending in one ("Gen.", "Jan.", "U.S.").
CUT_AFTER_ABBREVIATION = re.compile(
    r"(?:^|\s)(?:Gen|Col|Capt|Lt|Prof|Mt|St|Dr|Mr|Mrs|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec"
    r"|approx|[A-Z]\.[A-Z])\.$"
)

# A line cut where a hand-wrapped line broke: it ends on a word no sentence ends on ("… agrees to
# buy the"), or opens on the lower-case rest of one ("Riots of 9 Jan 1964" is a piece too, but
# only the reader can tell that).
CUT_AT_WRAP = re.compile(
    r"\b(?:a|an|the|of|to|and|or|by|for|from|with|between|into|than|that|in|on|at)$"
)
# A printed page's furniture and a notes app's marks: a form's blanks, page numbers, a use notice,
# a bullet or marker left in, a to-do box, a toggle's arrow, a page's properties.
FURNITURE = re.compile(
    r"_{3,}|\bpage \d+\b|\buse only\b|^o |\(!\)|[▶☐☑]|\[[ xX]\]"
    r"|^(?:Owner|Created|Tags|Status|Last edited(?: time)?): ",
    re.IGNORECASE,
)


def noisy(topics: list[dict[str, Any]]) -> int:
    """Facts and groups a student should not be asked about (see CHROME, RUN_ON_LABEL …)."""
    found = 0
    for topic in topics:
        for fact in topic.get("facts", []):
            texts = (
                [str(fact)]
                if not isinstance(fact, dict)
                else [
                    str(fact.get("group", "")),
                    *(str(member) for member in fact.get("facts", [])),
                ]
            )
            found += sum(
                1
                for text in texts
                if CHROME.search(text)
                or RUN_ON_LABEL.search(text)
                or CUT_AFTER_ABBREVIATION.search(text)
                or CUT_AT_WRAP.search(text)
                or FURNITURE.search(text)
            )
            if not isinstance(fact, dict) and LONE_LABEL.match(str(fact)):
                found += 1
        found += noisy(topic.get("subtopics", []))
    return found


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


def titled(topics: list[dict[str, Any]]) -> Iterator[str]:
    for topic in topics:
        yield str(topic["title"])
        yield from titled(topic.get("subtopics", []))


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
        titles = [str(title) for title in titled(topics)]
        chrome_titles = sum(1 for title in titles if CHROME.search(title))
        alone = (
            f"{imported.report.name}: {count(topics)} topics, {len(written)} lines, "
            f"{terms} terms, {marked} with markup, {noisy(topics) + chrome_titles} noisy"
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
    for folder in sys.argv[1:]:
        for path in sorted(Path(folder).iterdir()):
            print(describe(path))


if __name__ == "__main__":
    main()
