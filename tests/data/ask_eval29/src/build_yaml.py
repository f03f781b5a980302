#!/usr/bin/env python3
"""Rewrite ../heldout29.yaml from questions.py (which gathers q_*.py)."""
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from questions import QUESTIONS  # noqa: E402

HEADER = """\
# A twenty-ninth held-out set, written blind by an outside tester who never saw the bot's code, tests, docs or
# data and did not run it: history (Athens and Sparta; a class Moodle wiki page in Creole markup, .txt), biology
# (infection and response; an Obsidian Canvas mind map, .canvas), English literature (the AQA Power and Conflict
# poems; an EPUB 3 e-book written with EbookLib, .epub) and PE (basketball; LibreOffice Impress slides written
# with odfpy, .odp). For the canvas a "line" is one line of its JSON (one node or edge a line); for the two binary
# decks a "line" is one heading / paragraph / list item / table row, as src/binary_text.py extracts the text a
# user sees.
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
    path = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "heldout29.yaml")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
    print("wrote", path)


if __name__ == "__main__":
    main()
