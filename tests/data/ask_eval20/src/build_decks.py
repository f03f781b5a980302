#!/usr/bin/env python3
"""Regenerate the two generated decks of heldout20.

* decks/hist_crusades/crusades_cornell.txt: Cornell notes exported as text, built from
  crusades_raw.txt. A line 'cue|note' becomes the cue padded to 32 characters, '| ', the note
  (an empty cue = a continuation of the cue above); a line starting with '!' is copied as is
  (title, rules, SUMMARY blocks).
* decks/art_photography/photography_quizlet.txt: Quizlet export (term<TAB>definition, no header)
  built from photo_raw.txt ('term @@ definition' lines).

The other four decks were written by hand and are not touched.
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
DECKS = os.path.join(os.path.dirname(HERE), "decks")


def build_cornell():
    out = []
    for line in open(os.path.join(HERE, "crusades_raw.txt"), encoding="utf-8").read().splitlines():
        if line.startswith("!"):
            out.append(line[1:])
        else:
            cue, note = line.split("|", 1)
            out.append(f"{cue:<32}| {note}")
    path = os.path.join(DECKS, "hist_crusades", "crusades_cornell.txt")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
    print("wrote", path, len(out), "lines")


def build_quizlet():
    out = []
    for line in open(os.path.join(HERE, "photo_raw.txt"), encoding="utf-8").read().splitlines():
        term, definition = line.split(" @@ ")
        out.append(f"{term.strip()}\t{definition.strip()}")
    path = os.path.join(DECKS, "art_photography", "photography_quizlet.txt")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
    print("wrote", path, len(out), "lines")


if __name__ == "__main__":
    build_cornell()
    build_quizlet()
