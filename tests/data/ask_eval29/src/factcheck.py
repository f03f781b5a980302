#!/usr/bin/env python3
"""Helper used while writing: check one deck's facts (python3 src/factcheck.py q_athens ATHENS hist_athens_sparta)."""
import importlib
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
mod, var, deck = sys.argv[1:4]
Q = getattr(importlib.import_module(mod), var)
folder = os.path.join(os.path.dirname(HERE), "decks", deck)
from binary_text import lines_of  # noqa: E402
lines = lines_of(os.path.join(folder, os.listdir(folder)[0]))
used = {}
for ask, fact in Q["answered"]:
    ex = [i for i, l in enumerate(lines) if fact in l]
    lo = [i for i, l in enumerate(lines) if fact.lower() in l.lower()]
    err = []
    if len(ex) != 1: err.append(f"verbatim in {len(ex)} lines")
    if lo != ex: err.append(f"case-insensitive in {len(lo)}")
    if not 3 <= len(fact.split()) <= 8: err.append(f"{len(fact.split())} words")
    if fact.lower() in ask.lower(): err.append("ask contains fact")
    if ask != ask.lower(): err.append("not lower")
    if "\t" in fact: err.append("spans a tab")
    if ex and ex[0] in used: err.append(f"line {ex[0]+1} also used by {used[ex[0]]!r}")
    if ex: used.setdefault(ex[0], ask)
    if err: print(f"{ask!r} / {fact!r}: {'; '.join(err)}")
asks = [a for a, _ in Q["answered"]] + Q["none"]
print(len(lines), "lines;", len(Q["answered"]), "answered,", len(Q["none"]), "none; dup asks:", {a for a in asks if asks.count(a) > 1})
