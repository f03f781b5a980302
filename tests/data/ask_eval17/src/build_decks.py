#!/usr/bin/env python3
"""Regenerate the one generated deck of heldout17.

* decks/rs_sikhism: TSV flashcard export built from sikhism_raw.txt; each raw line
  'front @@ back' becomes 'front<TAB>back' (the first line is the 'front<TAB>back' header).

The other five decks were written by hand and are not touched.
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
DECKS = os.path.join(os.path.dirname(HERE), "decks")


def build_tsv():
    out = []
    for line in open(os.path.join(HERE, "sikhism_raw.txt"), encoding="utf-8").read().splitlines():
        front, sep, back = line.partition(" @@ ")
        assert sep, line
        out.append(front.strip() + "\t" + back.strip())
    path = os.path.join(DECKS, "rs_sikhism", "sikhism_flashcards.tsv")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
    print("wrote", path)


if __name__ == "__main__":
    build_tsv()
