#!/usr/bin/env python3
"""Build decks/eng_gatsby/Great_Gatsby_revision.odt from src/gatsby_src.txt (odfpy).

'T ' = Title paragraph, 'P ' = body paragraph, 'H1 '/'H2 ' = headings (outline levels 1/2), '- ' = a bulleted
list item (consecutive items share one list), '| a | b | c' = a table row (the first row is the header)."""
import os
from odf.opendocument import OpenDocumentText
from odf.style import (Style, TextProperties, ParagraphProperties, ListLevelProperties,
                       TableColumnProperties, TableCellProperties)
from odf.text import H, P, List, ListItem, ListStyle, ListLevelStyleBullet, Span
from odf.table import Table, TableColumn, TableRow, TableCell
from odf import meta, dc

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
doc = OpenDocumentText()
doc.meta.addElement(dc.Title(text="The Great Gatsby – A-level revision booklet"))
doc.meta.addElement(meta.InitialCreator(text="K. Lindqvist"))
doc.meta.addElement(dc.Creator(text="K. Lindqvist"))

def pstyle(name, size, bold=False, parent="Standard", outline=None):
    kw = {"name": name, "family": "paragraph", "parentstylename": parent}
    if outline:
        kw["defaultoutlinelevel"] = str(outline)
    st = Style(**kw)
    tp = {"fontsize": f"{size}pt", "fontname": "Liberation Serif"}
    if bold:
        tp["fontweight"] = "bold"
    st.addElement(TextProperties(**tp))
    st.addElement(ParagraphProperties(margintop="0.1cm", marginbottom="0.2cm"))
    doc.styles.addElement(st)
    return st

standard = Style(name="Standard", family="paragraph")
doc.styles.addElement(standard)
body = pstyle("Text Body", 11)
title = pstyle("Title", 22, True)
h1 = pstyle("Heading 1", 16, True, outline=1)
h2 = pstyle("Heading 2", 13, True, outline=2)
listp = pstyle("List Paragraph", 11)
bold = Style(name="Strong Emphasis", family="text")
bold.addElement(TextProperties(fontweight="bold"))
doc.styles.addElement(bold)
bullets = ListStyle(name="List Bullet")
lvl = ListLevelStyleBullet(level=1, bulletchar="•")
lvl.addElement(ListLevelProperties(spacebefore="0.6cm", minlabelwidth="0.6cm"))
bullets.addElement(lvl)
doc.styles.addElement(bullets)
cell = Style(name="Quotes.A1", family="table-cell")
cell.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.1cm"))
doc.automaticstyles.addElement(cell)
col = Style(name="Quotes.A", family="table-column")
col.addElement(TableColumnProperties(columnwidth="5.6cm"))
doc.automaticstyles.addElement(col)

cur_list = cur_table = None
for line in open(os.path.join(HERE, "gatsby_src.txt"), encoding="utf-8").read().splitlines():
    if not line.strip():
        continue
    if not line.startswith("- "):
        cur_list = None
    if not line.startswith("| "):
        cur_table = None
    if line.startswith("T "):
        doc.text.addElement(P(stylename=title, text=line[2:]))
    elif line.startswith("P "):
        doc.text.addElement(P(stylename=body, text=line[2:]))
    elif line.startswith("H1 "):
        doc.text.addElement(H(outlinelevel=1, stylename=h1, text=line[3:]))
    elif line.startswith("H2 "):
        doc.text.addElement(H(outlinelevel=2, stylename=h2, text=line[3:]))
    elif line.startswith("- "):
        if cur_list is None:
            cur_list = List(stylename=bullets)
            doc.text.addElement(cur_list)
        item = ListItem()
        text = line[2:]
        p = P(stylename=listp)
        if ": " in text and text.index(": ") < 30 and not text.startswith("Ch "):   # bold term before the colon
            term, rest = text.split(": ", 1)
            p.addElement(Span(stylename=bold, text=term + ":"))
            p.addText(" " + rest)
        else:
            p.addText(text)
        item.addElement(p)
        cur_list.addElement(item)
    elif line.startswith("| "):
        cells = [c.strip() for c in line[2:].split(" | ")]
        if cur_table is None:
            cur_table = Table(name="Quotes")
            cur_table.addElement(TableColumn(numbercolumnsrepeated=len(cells), stylename=col))
            doc.text.addElement(cur_table)
            header = True
        else:
            header = False
        tr = TableRow()
        for c in cells:
            tc = TableCell(stylename=cell, valuetype="string")
            p = P(stylename=body)
            if header:
                p.addElement(Span(stylename=bold, text=c))
            else:
                p.addText(c)
            tc.addElement(p)
            tr.addElement(tc)
        cur_table.addElement(tr)
    else:
        raise SystemExit("bad line: " + line)
out = os.path.join(ROOT, "decks", "eng_gatsby")
os.makedirs(out, exist_ok=True)
doc.save(os.path.join(out, "Great_Gatsby_revision.odt"))
print("saved")
