#!/usr/bin/env python3
"""Write decks/pe_basketball/Basketball_theory.odp (OpenDocument presentation, odfpy) from src/basketball_src.txt:
'# ' = a new slide and its title; first slide: plain lines = subtitle paragraphs; other slides: '- ' = outline
bullet (level 1), '  - ' = level 2, '| … |' rows = a table (first row = header)."""
import os

from odf.opendocument import OpenDocumentPresentation
from odf.style import (Style, MasterPage, PageLayout, PageLayoutProperties, TextProperties, GraphicProperties,
                       ParagraphProperties, DrawingPageProperties, TableColumnProperties)
from odf.text import P, List, ListItem
from odf.draw import Page, Frame, TextBox
from odf.table import Table, TableColumn, TableRow, TableCell

HERE = os.path.dirname(os.path.abspath(__file__))

slides = []
for raw in open(os.path.join(HERE, "basketball_src.txt"), encoding="utf-8").read().splitlines():
    if not raw.strip():
        continue
    if raw.startswith("# "):
        slides.append({"title": raw[2:], "items": []})
    else:
        slides[-1]["items"].append(raw)

doc = OpenDocumentPresentation()
layout = PageLayout(name="PM1")
layout.addElement(PageLayoutProperties(margin="0cm", pagewidth="28cm", pageheight="15.75cm",
                                       printorientation="landscape"))
doc.automaticstyles.addElement(layout)
dp = Style(name="dp1", family="drawing-page")
dp.addElement(DrawingPageProperties(backgroundsize="border", fill="solid", fillcolor="#ffffff"))
doc.automaticstyles.addElement(dp)
master = MasterPage(name="Default", pagelayoutname=layout)
doc.masterstyles.addElement(master)

title_st = Style(name="Default-title", family="presentation")
title_st.addElement(ParagraphProperties(textalign="left"))
title_st.addElement(TextProperties(fontsize="32pt", fontweight="bold", color="#e8590c", fontfamily="Liberation Sans"))
title_st.addElement(GraphicProperties(fill="none", stroke="none"))
doc.styles.addElement(title_st)
outline_st = Style(name="Default-outline1", family="presentation")
outline_st.addElement(TextProperties(fontsize="20pt", fontfamily="Liberation Sans"))
outline_st.addElement(GraphicProperties(fill="none", stroke="none"))
doc.styles.addElement(outline_st)
sub_st = Style(name="Default-subtitle", family="presentation")
sub_st.addElement(ParagraphProperties(textalign="center"))
sub_st.addElement(TextProperties(fontsize="24pt", fontfamily="Liberation Sans"))
doc.styles.addElement(sub_st)
cell_st = Style(name="ce1", family="table-cell")
cell_st.addElement(GraphicProperties(fill="solid", fillcolor="#fff4e6"))
doc.automaticstyles.addElement(cell_st)
col_st = Style(name="co1", family="table-column")
col_st.addElement(TableColumnProperties(columnwidth="8cm"))
doc.automaticstyles.addElement(col_st)

for n, s in enumerate(slides, 1):
    page = Page(stylename=dp, masterpagename=master, name=f"page{n}")
    doc.presentation.addElement(page)
    t = Frame(stylename=title_st, width="25cm", height="2.2cm", x="1.5cm", y="0.6cm")
    t.setAttrNS("urn:oasis:names:tc:opendocument:xmlns:presentation:1.0", "class", "title")
    page.addElement(t)
    tb = TextBox()
    t.addElement(tb)
    tb.addElement(P(text=s["title"]))
    rows = [i for i in s["items"] if i.startswith("|")]
    bullets = [i for i in s["items"] if not i.startswith("|")]
    if n == 1:
        f = Frame(stylename=sub_st, width="25cm", height="6cm", x="1.5cm", y="5cm")
        f.setAttrNS("urn:oasis:names:tc:opendocument:xmlns:presentation:1.0", "class", "subtitle")
        page.addElement(f)
        box = TextBox()
        f.addElement(box)
        for line in bullets:
            box.addElement(P(text=line))
        continue
    if bullets:
        f = Frame(stylename=outline_st, width="25cm", height="11cm", x="1.5cm", y="3.2cm")
        f.setAttrNS("urn:oasis:names:tc:opendocument:xmlns:presentation:1.0", "class", "outline")
        page.addElement(f)
        box = TextBox()
        f.addElement(box)
        top = List()
        box.addElement(top)
        last = None
        for line in bullets:
            if line.startswith("  - "):
                sub = List()
                item = ListItem()
                item.addElement(P(text=line[4:]))
                sub.addElement(item)
                last.addElement(sub)
            else:
                last = ListItem()
                last.addElement(P(text=line[2:]))
                top.addElement(last)
    if rows:
        f = Frame(width="25cm", height="9cm", x="1.5cm", y="3.4cm")
        page.addElement(f)
        tbl = Table(name=f"Table{n}")
        f.addElement(tbl)
        cells = [[c.strip() for c in r.strip("|").split("|")] for r in rows]
        tbl.addElement(TableColumn(numbercolumnsrepeated=len(cells[0]), stylename=col_st))
        for r in cells:
            tr = TableRow()
            tbl.addElement(tr)
            for c in r:
                tc = TableCell(stylename=cell_st)
                tc.addElement(P(text=c))
                tr.addElement(tc)

dst = os.path.join(os.path.dirname(HERE), "decks", "pe_basketball", "Basketball_theory.odp")
doc.save(dst)
print("wrote", dst, len(slides), "slides")
