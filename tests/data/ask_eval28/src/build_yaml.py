#!/usr/bin/env python3
"""Rewrite ../heldout28.yaml from questions.py (which gathers q_*.py)."""
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from questions import QUESTIONS  # noqa: E402

HEADER = """\
# A twenty-eighth held-out set, written blind by an outside tester who never saw the bot's code, tests, docs or
# data and did not run it: history (the Easter Rising 1916; a teacher's BBCode forum post, .txt), biology (the
# eye and vision; a Gemini gemtext page, .gmi), vocational (bricklaying; an Excel workbook written with
# XlsxWriter, .xlsx), maths (percentages; a txt2tags source, .t2t), art (Pop Art; a PDF handout with a text layer
# written with ReportLab, .pdf) and PE (tennis; a Discord channel exported with DiscordChatExporter, .txt). For
# the two binary decks a "line" is one spreadsheet row / sheet-name line or one drawn text line of the PDF, as
# src/binary_text.py extracts the text a user sees.
# answered: {ask, fact}, fact copied verbatim from one deck line; none: questions the notes don't answer.
"""

PLAIN = re.compile(r"^[a-z0-9][a-z0-9 '/.()-]*$")   # no comma (splits a flow mapping), no '?' (PyYAML rejects 'x?,')


def q(s):
    """Plain YAML scalar when safe in flow context, else a JSON (double-quoted) string."""
    if PLAIN.match(s) and ": " not in s and " #" not in s and not s.endswith(":"):
        return s
    return json.dumps(s, ensure_ascii=False)


def main():
    out = [HEADER]
    for deck, cases in QUESTIONS.items():
        out.append(f"{deck}:")
        out.append("  answered:")
        for ask, fact in cases["answered"]:
            out.append(f"  - {{ask: {q(ask)}, fact: {json.dumps(fact, ensure_ascii=False)}}}")
        out.append("  none: [" + ", ".join(json.dumps(n, ensure_ascii=False) for n in cases["none"]) + "]")
    path = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "heldout28.yaml")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
    print("wrote", path)


if __name__ == "__main__":
    main()
