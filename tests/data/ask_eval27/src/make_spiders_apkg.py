#!/usr/bin/env python3
"""Build decks/bio_spiders/Spiders_Biology.apkg from spiders_src.txt with genanki (run with ../.venv/bin/python)."""
import os
import genanki

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
model = genanki.Model(
    1607392319, "Basic (spiders)",
    fields=[{"name": "Front"}, {"name": "Back"}],
    templates=[{"name": "Card 1", "qfmt": "{{Front}}",
                "afmt": "{{FrontSide}}<hr id=answer>{{Back}}"}],
    css=".card { font-family: arial; font-size: 20px; text-align: center; }")
deck = genanki.Deck(2059400110, "Biology::A-level enrichment::Spiders")
BOLD = {"Araneae", "haemocyanin", "fibroin", "stabilimentum"}
for k, line in enumerate(l for l in open(os.path.join(HERE, "spiders_src.txt"), encoding="utf-8")
                         if l.strip() and not l.startswith("#")):
    front, back, tag = line.rstrip("\n").split("\t")
    for w in BOLD:   # a few key words in bold, as users do in the Anki editor
        back = back.replace(w, f"<b>{w}</b>", 1) if w in back and f"<b>{w}</b>" not in back else back
    back = back.replace("&", "&amp;").replace("&amp;amp;", "&amp;")
    note = genanki.Note(model=model, fields=[front.replace("&", "&amp;"), back], tags=["spiders", tag.replace(" ", "_")],
                        guid=genanki.guid_for("spiders", k))
    deck.add_note(note)
out = os.path.join(ROOT, "decks", "bio_spiders")
os.makedirs(out, exist_ok=True)
pkg = genanki.Package(deck)
pkg.write_to_file(os.path.join(out, "Spiders_Biology.apkg"), timestamp=1796000000.0)
print("wrote", len(deck.notes), "notes")
