#!/usr/bin/env python3
"""Write decks/eng_frankenstein/Frankenstein_revision_guide.docx with python-docx from frankenstein_src.txt.

The source is typed with Word's curly quotes already in it. One source line = one Word paragraph
(or table row): 'T ' Title style, 'H1 '/'H2 ' Heading 1/2, 'B ' List Bullet, 'N ' List Number, 'P ' Normal,
'Q a|b|c' a row of the quotations table (Table Grid, first row bold). **bold** and *italic* become runs.
Run with the venv: .venv/bin/python src/make_frankenstein_docx.py
"""
import datetime
import os
import re

from docx import Document
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "decks", "eng_frankenstein", "Frankenstein_revision_guide.docx")


def add_runs(par, text):
    for part in re.split(r"(\*\*[^*]+\*\*|\*[^*]+\*)", text):
        if part.startswith("**"):
            par.add_run(part[2:-2]).bold = True
        elif part.startswith("*") and len(part) > 1:
            par.add_run(part[1:-1]).italic = True
        elif part:
            par.add_run(part)


def main():
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    cp = doc.core_properties
    cp.author, cp.title = "F. Adeyemi", "Frankenstein revision guide"
    cp.created = cp.modified = datetime.datetime(2026, 11, 9, 16, 20)
    table = None
    for line in open(os.path.join(HERE, "frankenstein_src.txt"), encoding="utf-8").read().splitlines():
        kind, _, text = line.partition(" ")
        if kind != "Q":
            table = None
        if kind == "T":
            doc.add_paragraph(text, style="Title")
        elif kind in ("H1", "H2"):
            doc.add_heading(text, level=int(kind[1]))
        elif kind in ("B", "N", "P"):
            style = {"B": "List Bullet", "N": "List Number", "P": None}[kind]
            add_runs(doc.add_paragraph(style=style), text)
        elif kind == "Q":
            cells = text.split("|")
            if table is None:
                table = doc.add_table(rows=0, cols=len(cells))
                table.style = "Table Grid"
                first = True
            else:
                first = False
            row = table.add_row().cells
            for c, t in zip(row, cells):
                r = c.paragraphs[0].add_run(t)
                r.bold = first
        else:
            raise ValueError(line)
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    doc.save(OUT)
    print("wrote", OUT)


if __name__ == "__main__":
    main()
