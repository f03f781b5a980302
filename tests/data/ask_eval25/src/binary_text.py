#!/usr/bin/env python3
"""Text a user sees in a .docx or .xlsx deck, one line per Word paragraph / table row or spreadsheet row.

Standard library only (zipfile + ElementTree), so check.py needs no extra package:
  .docx  every <w:p> of the body in order -> its text (w:t runs joined, <w:tab/> -> TAB); every table row ->
         its cells' text joined by TAB;
  .xlsx  for every worksheet in workbook order: a line '== <sheet name> ==', then every row that has a value ->
         its cells' values joined by TAB, empty cells kept in place (shared strings and inline strings resolved, numbers as written).
"""
import re
import sys
import zipfile
import xml.etree.ElementTree as ET

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
S = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"


def _para_text(p):
    out = []
    for el in p.iter():
        if el.tag == W + "t":
            out.append(el.text or "")
        elif el.tag == W + "tab":
            out.append("\t")
    return "".join(out)


def docx_lines(path):
    with zipfile.ZipFile(path) as z:
        body = ET.fromstring(z.read("word/document.xml")).find(W + "body")
    lines = []
    for child in body:
        if child.tag == W + "p":
            lines.append(_para_text(child))
        elif child.tag == W + "tbl":
            for tr in child.iter(W + "tr"):
                lines.append("\t".join(" ".join(_para_text(p) for p in tc.iter(W + "p")) for tc in tr.iter(W + "tc")))
    return lines


def _col_index(ref, default):
    """0-based column of a cell reference such as 'D12' (empty cells keep their place)."""
    m = re.match(r"([A-Z]+)", ref or "")
    if not m:
        return default
    n = 0
    for ch in m.group(1):
        n = n * 26 + ord(ch) - 64
    return n - 1


def xlsx_lines(path):
    with zipfile.ZipFile(path) as z:
        names = set(z.namelist())
        shared = []
        if "xl/sharedStrings.xml" in names:
            for si in ET.fromstring(z.read("xl/sharedStrings.xml")).iter(S + "si"):
                shared.append("".join(t.text or "" for t in si.iter(S + "t")))
        wb = ET.fromstring(z.read("xl/workbook.xml"))
        rels = ET.fromstring(z.read("xl/_rels/workbook.xml.rels"))
        target = {r.get("Id"): r.get("Target") for r in rels}
        lines = []
        for sh in wb.iter(S + "sheet"):
            t = target[sh.get(R + "id")].lstrip("/")
            t = t if t.startswith("xl/") else "xl/" + t
            lines.append(f"== {sh.get('name')} ==")
            for row in ET.fromstring(z.read(t)).iter(S + "row"):
                vals = []
                for c in row.iter(S + "c"):
                    col = _col_index(c.get("r"), len(vals))
                    vals.extend([""] * (col - len(vals)))
                    typ = c.get("t")
                    if typ == "s":
                        vals.append(shared[int(c.find(S + "v").text)])
                    elif typ == "inlineStr":
                        vals.append("".join(x.text or "" for x in c.iter(S + "t")))
                    else:
                        v = c.find(S + "v")
                        vals.append(v.text if v is not None and v.text is not None else "")
                while vals and vals[-1] == "":
                    vals.pop()
                if any(vals):
                    lines.append("\t".join(vals))
    return lines


def lines_of(path):
    if path.endswith(".docx"):
        return docx_lines(path)
    if path.endswith(".xlsx"):
        return xlsx_lines(path)
    with open(path, encoding="utf-8") as f:
        return f.read().splitlines()


if __name__ == "__main__":
    for i, l in enumerate(lines_of(sys.argv[1]), 1):
        print(f"{i:4} {l}")
