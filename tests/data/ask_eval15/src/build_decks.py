#!/usr/bin/env python3
"""Regenerate the wrapped-prose deck (decks/psychology_perception_language) from psych_raw.txt.

'#' lines are kept as they are, every other paragraph is hard-wrapped at 76 columns with textwrap;
blank lines are kept. The other five decks were written by hand and are not touched.
"""
import os
import textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
DECKS = os.path.join(os.path.dirname(HERE), "decks")


def build_prose():
    raw = open(os.path.join(HERE, "psych_raw.txt"), encoding="utf-8").read()
    out = []
    for para in raw.split("\n\n"):
        para = para.strip()
        if para.startswith("#"):
            out.append(para)
        else:
            out.extend(textwrap.wrap(para, width=76, break_on_hyphens=False))
        out.append("")
    path = os.path.join(DECKS, "psychology_perception_language", "perception_language_notes.txt")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out).rstrip("\n") + "\n")
    print("wrote", path)


if __name__ == "__main__":
    build_prose()
