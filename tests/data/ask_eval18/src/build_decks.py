#!/usr/bin/env python3
"""Regenerate the two generated decks of heldout18.

* decks/rs_hinduism: TSV flashcard export built from hinduism_raw.txt; each raw line
  'front @@ back' becomes 'front<TAB>back' (the first line is the 'front<TAB>back' header).
* decks/law_negligence: teacher's prose handout built from negligence_raw.txt; '#' lines are
  headings kept as they are, each other block (paragraph) is wrapped at 92 characters.

The other four decks were written by hand and are not touched.
"""
import os
import textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
DECKS = os.path.join(os.path.dirname(HERE), "decks")


def build_tsv():
    out = []
    for line in open(os.path.join(HERE, "hinduism_raw.txt"), encoding="utf-8").read().splitlines():
        front, sep, back = line.partition(" @@ ")
        assert sep, line
        out.append(front.strip() + "\t" + back.strip())
    path = os.path.join(DECKS, "rs_hinduism", "hinduism_flashcards.tsv")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
    print("wrote", path, len(out), "lines")


def build_handout():
    text = open(os.path.join(HERE, "negligence_raw.txt"), encoding="utf-8").read()
    out = []
    for block in text.strip().split("\n\n"):
        block = block.strip()
        if block.startswith("#"):
            out.extend(l.lstrip("#").strip() if l.startswith("#") else l for l in block.splitlines())
        else:
            out.extend(textwrap.wrap(" ".join(block.split()), width=92, break_on_hyphens=False))
        out.append("")
    path = os.path.join(DECKS, "law_negligence", "negligence_handout.txt")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out).rstrip("\n") + "\n")
    print("wrote", path, len(out), "lines")


if __name__ == "__main__":
    build_tsv()
    if os.path.exists(os.path.join(HERE, "negligence_raw.txt")):
        build_handout()
