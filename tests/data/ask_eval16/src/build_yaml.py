#!/usr/bin/env python3
"""Rewrite ../heldout16.yaml from questions.py (which gathers q_*.py)."""
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from questions import QUESTIONS  # noqa: E402

HEADER = """\
# A sixteenth held-out set, written blind by an outside tester who never saw the bot's code, tests,
# docs or data and did not run it: GCSE RS Judaism (beliefs and practices; Markdown with nested
# headings and tables), GCSE chemistry (quantitative chemistry, moles, yield, atom economy; messy
# student notes), GCSE psychology (sleep and dreaming; Cornell-style two-column notes), GCSE English
# literature (Jekyll and Hyde; key-quotes sheet with analysis), GCSE physics (space physics; Anki
# "front;back" semicolon export) and GCSE geography (resource management and water; prose wrapped at
# 72 columns).
# answered: {ask, fact}, fact copied verbatim from one deck line; none: questions the notes don't answer.
"""

PLAIN = re.compile(r"^[a-z0-9][a-z0-9 '/.()?-]*$")   # no comma: it would split a flow mapping


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
    path = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "heldout16.yaml")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
    print("wrote", path)


if __name__ == "__main__":
    main()
