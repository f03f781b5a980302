#!/usr/bin/env python3
"""Regenerate the two generated decks of heldout16.

* decks/psych_sleep_dreaming: Cornell-style two-column notes built from sleep_raw.txt. A raw line
  'cue @@ notes' becomes the cue padded to 27 columns, '| ' and the notes; '-----' becomes a rule;
  any other line is kept as it is.
* decks/geog_resources: prose from geog_raw.txt; '#' lines are kept, other paragraphs are
  hard-wrapped at 72 columns with textwrap; blank lines are kept.

The other four decks were written by hand and are not touched.
"""
import os
import textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
DECKS = os.path.join(os.path.dirname(HERE), "decks")
CUE = 27


def write(path, lines):
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines).rstrip("\n") + "\n")
    print("wrote", path)


def build_cornell():
    out = []
    for line in open(os.path.join(HERE, "sleep_raw.txt"), encoding="utf-8").read().splitlines():
        if line == "-----":
            out.append("-" * CUE + "+" + "-" * 66)
        elif " @@" in line:
            cue, _, notes = line.partition(" @@")
            out.append((cue.strip().ljust(CUE) + "| " + notes.strip()).rstrip())
        else:
            out.append(line)
    write(os.path.join(DECKS, "psych_sleep_dreaming", "sleep_dreaming_cornell.txt"), out)


def build_prose():
    raw = open(os.path.join(HERE, "geog_raw.txt"), encoding="utf-8").read()
    out = []
    for para in raw.split("\n\n"):
        para = para.strip()
        if para.startswith("#"):
            out.append(para)
        else:
            out.extend(textwrap.wrap(para, width=72, break_on_hyphens=False))
        out.append("")
    write(os.path.join(DECKS, "geog_resources", "resource_management_handout.txt"), out)


if __name__ == "__main__":
    build_cornell()
    if os.path.exists(os.path.join(HERE, "geog_raw.txt")):
        build_prose()
