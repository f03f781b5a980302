#!/usr/bin/env python3
"""Regenerate the one generated deck of heldout19.

* decks/psych_cogdev: CSV export (every field double-quoted, comma-separated, header
  "term","definition","tags") built from cogdev_raw.txt, where each line is
  'term @@ definition @@ tags' (the first line gives the header).

The other five decks were written by hand and are not touched.
"""
import csv
import io
import os

HERE = os.path.dirname(os.path.abspath(__file__))
DECKS = os.path.join(os.path.dirname(HERE), "decks")


def build_csv():
    buf = io.StringIO()
    w = csv.writer(buf, quoting=csv.QUOTE_ALL, lineterminator="\n")
    n = 0
    for line in open(os.path.join(HERE, "cogdev_raw.txt"), encoding="utf-8").read().splitlines():
        parts = [p.strip() for p in line.split(" @@ ")]
        assert len(parts) == 3, line
        w.writerow(parts)
        n += 1
    path = os.path.join(DECKS, "psych_cogdev", "cogdev_export.csv")
    with open(path, "w", encoding="utf-8") as f:
        f.write(buf.getvalue())
    print("wrote", path, n, "lines")


if __name__ == "__main__":
    build_csv()
