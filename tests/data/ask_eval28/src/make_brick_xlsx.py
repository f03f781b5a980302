#!/usr/bin/env python3
"""Write decks/voc_bricklaying/Bricklaying_L1_theory.xlsx from brick_src.txt with XlsxWriter."""
import os
import xlsxwriter

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "decks", "voc_bricklaying", "Bricklaying_L1_theory.xlsx")
os.makedirs(os.path.dirname(OUT), exist_ok=True)
sheets = []
for line in open(os.path.join(HERE, "brick_src.txt"), encoding="utf-8").read().splitlines():
    if not line or line.startswith("#"):
        continue
    if line.startswith("== "):
        sheets.append([line[3:], []])
    else:
        sheets[-1][1].append(line.split("\t"))

wb = xlsxwriter.Workbook(OUT)
wb.set_properties({"title": "Bricklaying L1 theory – revision workbook", "author": "R. Doherty",
                   "company": "Northgate College – Construction", "created": __import__("datetime").datetime(2026, 11, 16, 9, 5)})
title = wb.add_format({"bold": True, "font_size": 14, "font_color": "#7F2704"})
head = wb.add_format({"bold": True, "bg_color": "#F4B183", "border": 1})
cell = wb.add_format({"text_wrap": True, "valign": "top", "border": 1})
ref = wb.add_format({"bold": True, "valign": "top", "border": 1, "align": "center"})
for name, rows in sheets:
    ws = wb.add_worksheet(name)
    ws.set_column(0, 0, 6); ws.set_column(1, 1, 24); ws.set_column(2, 2, 60); ws.set_column(3, 3, 50)
    ws.merge_range(0, 0, 0, 3, rows[0][0], title)
    ws.write_row(1, 0, rows[1], head)
    ws.freeze_panes(2, 0)
    for r, row in enumerate(rows[2:], start=2):
        for c, v in enumerate(row):
            if v == "":
                continue
            ws.write_string(r, c, v, ref if c == 0 else cell)
    ws.autofilter(1, 0, len(rows) - 1, 3)
wb.close()
print("wrote", OUT)
