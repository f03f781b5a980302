#!/usr/bin/env python3
"""Write decks/voc_vehicle/LV_maintenance_checklist.xlsx with openpyxl from vehicle_src.txt.

One worksheet per '## Sheet' block. Each sheet: a merged, bold title in A1:E1, a bold header row
(Ref / Topic / Key point / Value or spec / Learnt?) frozen under the title, one row per source line
'Topic|Key point|Value' with a generated ref (EN01, OF01 ...), a tick in column E for some rows, and a last
row 'Done:' with a COUNTIF formula (openpyxl saves no cached value, so a reader that does not recalculate
sees it empty). Whole numbers in the value column are stored as numbers.
Run with the venv: .venv/bin/python src/make_vehicle_xlsx.py
"""
import datetime
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "decks", "voc_vehicle", "LV_maintenance_checklist.xlsx")
PREFIX = {"Engine": "EN", "Oil & fluids": "OF", "Brakes": "BR", "Tyres & wheels": "TW",
          "Electrical": "EL", "Safety & MOT": "SM"}


def main():
    sheets = []
    for line in open(os.path.join(HERE, "vehicle_src.txt"), encoding="utf-8").read().splitlines():
        if line.startswith("## "):
            sheets.append((line[3:], []))
        elif line.strip():
            sheets[-1][1].append(line.split("|"))
    wb = Workbook()
    wb.remove(wb.active)
    wb.properties.creator = "K. Brennan (Motor Vehicle dept)"
    wb.properties.created = datetime.datetime(2026, 9, 14, 8, 5)
    head_fill = PatternFill("solid", fgColor="FFD966")
    for name, rows in sheets:
        ws = wb.create_sheet(name)
        ws["A1"] = f"Light Vehicle Maintenance L1 – knowledge checklist: {name}"
        ws["A1"].font = Font(bold=True, size=14)
        ws.merge_cells("A1:E1")
        for col, h in enumerate(["Ref", "Topic", "Key point", "Value / spec", "Learnt?"], 1):
            c = ws.cell(row=2, column=col, value=h)
            c.font = Font(bold=True)
            c.fill = head_fill
        ws.freeze_panes = "A3"
        for i, (topic, point, value) in enumerate(rows, 1):
            r = i + 2
            ws.cell(row=r, column=1, value=f"{PREFIX[name]}{i:02d}")
            ws.cell(row=r, column=2, value=topic).font = Font(bold=True)
            ws.cell(row=r, column=3, value=point).alignment = Alignment(wrap_text=True, vertical="top")
            if value:
                ws.cell(row=r, column=4, value=int(value) if value.isdigit() else value)
            if i % 3 != 0:
                ws.cell(row=r, column=5, value="✓")
        last = len(rows) + 3
        ws.cell(row=last, column=4, value="Done:").font = Font(italic=True)
        ws.cell(row=last, column=5, value=f'=COUNTIF(E3:E{last - 1},"✓")')
        for col, w in zip("ABCDE", (7, 28, 70, 34, 9)):
            ws.column_dimensions[col].width = w
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    wb.save(OUT)
    print("wrote", OUT)


if __name__ == "__main__":
    main()
