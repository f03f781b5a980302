#!/usr/bin/env python3
"""Build decks/voc_hairdressing/Hairdressing_L2_theory.ods from hair_src.txt with odfpy (run with ../.venv/bin/python).

hair_src.txt: '== Name' starts a sheet; the next line is the sheet title (one cell, bold 14 pt, merged over A:D), the
next the header row (bold, grey fill); every further line is a row, cells split by TAB."""
import os
from odf.opendocument import OpenDocumentSpreadsheet
from odf.style import Style, TableColumnProperties, TextProperties, TableCellProperties, ParagraphProperties
from odf.table import Table, TableColumn, TableRow, TableCell, CoveredTableCell
from odf.text import P
from odf.meta import InitialCreator
from odf.dc import Title, Creator

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
doc = OpenDocumentSpreadsheet()
doc.meta.addElement(Title(text="Level 2 Hairdressing theory revision"))
doc.meta.addElement(InitialCreator(text="J. Mensah"))
doc.meta.addElement(Creator(text="J. Mensah"))

title_st = Style(name="ceTitle", family="table-cell")
title_st.addElement(TextProperties(fontweight="bold", fontsize="14pt"))
doc.automaticstyles.addElement(title_st)
head_st = Style(name="ceHead", family="table-cell")
head_st.addElement(TextProperties(fontweight="bold"))
head_st.addElement(TableCellProperties(backgroundcolor="#d9d9d9", border="0.5pt solid #000000"))
doc.automaticstyles.addElement(head_st)
body_st = Style(name="ceBody", family="table-cell")
body_st.addElement(TableCellProperties(wrapoption="wrap", verticalalign="top", border="0.5pt solid #000000"))
doc.automaticstyles.addElement(body_st)
widths = []
for k, w in enumerate(["1.2cm", "4.5cm", "9cm", "7cm"]):
    st = Style(name=f"co{k}", family="table-column")
    st.addElement(TableColumnProperties(columnwidth=w))
    doc.automaticstyles.addElement(st)
    widths.append(st)

sheets = []
for line in open(os.path.join(HERE, "hair_src.txt"), encoding="utf-8"):
    line = line.rstrip("\n")
    if not line:
        continue
    if line.startswith("== "):
        sheets.append([line[3:], []])
    else:
        sheets[-1][1].append(line.split("\t"))

for name, rows in sheets:
    t = Table(name=name)
    for st in widths:
        t.addElement(TableColumn(stylename=st))
    for r, cells in enumerate(rows):
        tr = TableRow()
        for c, val in enumerate(cells):
            if r == 0:
                tc = TableCell(stylename=title_st, valuetype="string", numbercolumnsspanned=4)
            else:
                tc = TableCell(stylename=head_st if r == 1 else body_st, valuetype="string")
            if val:
                tc.addElement(P(text=val))
            tr.addElement(tc)
        if r == 0:
            for _ in range(3):
                tr.addElement(CoveredTableCell())
        t.addElement(tr)
    doc.spreadsheet.addElement(t)

out = os.path.join(ROOT, "decks", "voc_hairdressing")
os.makedirs(out, exist_ok=True)
doc.save(os.path.join(out, "Hairdressing_L2_theory.ods"))
print("wrote", len(sheets), "sheets,", sum(len(r) for _, r in sheets), "rows")
