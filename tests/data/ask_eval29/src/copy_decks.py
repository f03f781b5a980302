#!/usr/bin/env python3
"""Copy every decks/<deck> folder to ./<deck> beside heldout29.yaml (where a harness looks for it)."""
import os
import shutil

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
for deck in sorted(os.listdir(os.path.join(ROOT, "decks"))):
    dst = os.path.join(ROOT, deck)
    if os.path.isdir(dst):
        shutil.rmtree(dst)
    shutil.copytree(os.path.join(ROOT, "decks", deck), dst)
    print("copied", deck)
