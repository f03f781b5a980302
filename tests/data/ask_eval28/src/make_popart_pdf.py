#!/usr/bin/env python3
"""Write decks/art_popart/PopArt_handout.pdf from popart_src.txt with ReportLab (text layer, Helvetica).

Line kinds in the source: '# ' title, '@ ' subtitle, '## ' heading, '### ' sub-heading, '- ' bullet, '  - '
sub-bullet, '1. ' numbered task, a line starting with two spaces and no '-' = continuation of the bullet above,
anything else = a plain paragraph line. Every source line becomes one drawn line of text."""
import os
from reportlab.lib.pagesizes import A4
from reportlab.lib.colors import HexColor, black
from reportlab.pdfgen import canvas
from reportlab.lib.utils import simpleSplit

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "decks", "art_popart", "PopArt_handout.pdf")
os.makedirs(os.path.dirname(OUT), exist_ok=True)
W, H = A4
c = canvas.Canvas(OUT, pagesize=A4, pageCompression=1)
c.setTitle("Pop Art – GCSE Art contextual studies")
c.setAuthor("J. Whitfield")
c.setSubject("Y10 Art & Design – Popular Culture unit")
c.setCreator("Microsoft Word")  # what the teacher thinks made it; the producer stays ReportLab
y = H - 56
page = 1


def footer():
    c.setFont("Helvetica-Oblique", 8); c.setFillColor(HexColor("#777777"))
    c.drawRightString(W - 48, 28, f"Page {page}")
    c.setFillColor(black)


def need(h):
    global y, page
    if y - h < 50:
        footer(); c.showPage(); page += 1; y = H - 56


for raw in open(os.path.join(HERE, "popart_src.txt"), encoding="utf-8").read().splitlines():
    if not raw.strip():
        continue
    if raw.startswith("# "):
        need(30); c.setFont("Helvetica-Bold", 17); c.setFillColor(HexColor("#C2185B"))
        c.drawString(48, y, raw[2:]); c.setFillColor(black); y -= 20
    elif raw.startswith("@ "):
        c.setFont("Helvetica-Oblique", 9); c.drawString(48, y, raw[2:]); y -= 20
    elif raw.startswith("## "):
        need(36); y -= 6; c.setFont("Helvetica-Bold", 13); c.setFillColor(HexColor("#1565C0"))
        c.drawString(48, y, raw[3:]); c.setFillColor(black); y -= 17
    elif raw.startswith("### "):
        need(28); c.setFont("Helvetica-Bold", 11); c.drawString(56, y, raw[4:]); y -= 15
    else:
        if raw.startswith("  - "):
            x, size, text = 84, 9.5, "\u2013 " + raw[4:]
        elif raw.startswith("- "):
            x, size, text = 60, 10, "\u2022 " + raw[2:]
        elif raw.startswith("  "):
            x, size, text = 68, 10, raw[2:]
        else:
            x, size, text = 48, 10, raw
        c.setFont("Helvetica", size)
        for k, part in enumerate(simpleSplit(text, "Helvetica", size, W - 48 - x)):
            need(14); c.setFont("Helvetica", size)
            c.drawString(x + (8 if k else 0), y, part); y -= 13.5
footer()
c.save()
print("wrote", OUT, page, "pages")
