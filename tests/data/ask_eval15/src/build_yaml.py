#!/usr/bin/env python3
"""Rewrite ../heldout15.yaml from questions.py (which gathers q_*.py)."""
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from questions import QUESTIONS  # noqa: E402

HEADER = """\
# A fifteenth held-out set, written blind by an outside tester who never saw the bot's code, tests,
# docs or data and did not run it: GCSE business (marketing mix and market research; Markdown with
# tables and bold terms), GCSE physics (forces and motion, Newton's laws, momentum, stopping distances;
# messy student notes), GCSE history (Britain: power and the people c1170-present; Markdown with # to
# #### headings), GCSE geography (the living world: tropical rainforests and hot deserts; numbered
# plain-text outline), GCSE psychology (perception; language, thought and communication; prose wrapped
# at 76 columns) and GCSE food preparation and nutrition (macro- and micronutrients, food spoilage;
# Q:/A: flashcards).
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
    path = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "heldout15.yaml")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
    print("wrote", path)


if __name__ == "__main__":
    main()
