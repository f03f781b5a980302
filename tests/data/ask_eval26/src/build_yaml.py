#!/usr/bin/env python3
"""Rewrite ../heldout26.yaml from questions.py (which gathers q_*.py)."""
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from questions import QUESTIONS  # noqa: E402

HEADER = """\
# A twenty-sixth held-out set, written blind by an outside tester who never saw the bot's code, tests,
# docs or data and did not run it: history (ancient Mesopotamia; a DokuWiki page, .txt), biology (butterflies
# and moths; a PowerPoint lesson written with python-pptx, .pptx), vocational (horse care; a TiddlyWiki tiddler,
# .tid), maths (trigonometry; a Quarto document, .qmd), English literature (The Great Gatsby; an OpenDocument
# booklet written with odfpy, .odt) and politics (US government; a Marp Markdown slide deck, .md). For the two
# binary decks a "line" is one non-empty slide paragraph (.pptx) or one paragraph / heading / table row (.odt)
# of the text a user sees.
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
    path = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "heldout26.yaml")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
    print("wrote", path)


if __name__ == "__main__":
    main()
