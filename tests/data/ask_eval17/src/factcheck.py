#!/usr/bin/env python3
"""Quick per-deck fact checker used while writing (python3 src/factcheck.py MODULE VAR DECK)."""
import os, sys, importlib
HERE = os.path.dirname(os.path.abspath(__file__)); sys.path.insert(0, HERE)
mod, var, deck = sys.argv[1:4]
D = getattr(importlib.import_module(mod), var)
folder = os.path.join(os.path.dirname(HERE), "decks", deck)
lines = open(os.path.join(folder, os.listdir(folder)[0]), encoding="utf-8").read().splitlines()
used = {}
for ask, fact in D["answered"]:
    ex = [i for i, l in enumerate(lines) if fact in l]
    lo = [i for i, l in enumerate(lines) if fact.lower() in l.lower()]
    n = len(fact.split())
    msg = []
    if len(ex) != 1: msg.append(f"exact={len(ex)}")
    if lo != ex: msg.append("loose")
    if not 3 <= n <= 8: msg.append(f"words={n}")
    if fact.lower() in ask.lower(): msg.append("inask")
    if ask != ask.lower(): msg.append("case")
    if len(ex) == 1:
        if ex[0] in used: msg.append(f"line{ex[0]+1} dup with {used[ex[0]]!r}")
        used[ex[0]] = ask
    if msg: print(ask, "|", fact, "|", msg)
print(len(D["answered"]), "answered", len(D["none"]), "none")
