#!/usr/bin/env python3
"""Text a user sees in a .pdf, .epub, .odp, .apkg, .ods, .pptx, .odt, .docx or .xlsx deck, one line per text line / paragraph / table row / spreadsheet row.

heldout29 adds .epub (container.xml -> package -> spine in order, nav included if in the spine; one line per
h1-h6 / p / li / dt / dd / caption / pre, a table row -> cells joined by TAB) and .odp (slides in order; every
frame's text box paragraphs and outline bullets, a table row -> cells joined by TAB; speaker notes left out).

heldout28 adds .pdf (a text-layer PDF such as ReportLab writes it): for every page in /Pages /Kids order, its
content stream(s) (/ASCII85Decode and /FlateDecode filters undone with base64 + zlib), then every BT … ET text
object that shows text -> one line: its (string) Tj / [ … ] TJ operands joined (escapes \( \) \\ \ddd undone,
bytes decoded as WinAnsi = cp1252, 0x7F shown as a bullet •). Standard library only.

Standard library only (zipfile + ElementTree), so check.py needs no extra package:
  .docx  every <w:p> of the body in order -> its text (w:t runs joined, <w:tab/> -> TAB); every table row ->
         its cells' text joined by TAB;
  .pptx  for every slide in presentation order (ppt/presentation.xml sldIdLst -> its relationship target): every
         non-empty <a:p> of its shapes in document order -> its text (a:t runs joined, <a:br/> -> space);
         speaker notes are not part of it;
  .odt   content.xml body in document order: every <text:h> / <text:p> (also inside lists, recursively) -> its
         text (spans joined, <text:s/> -> its spaces, <text:tab/> -> TAB, <text:line-break/> -> space); every
         table row -> its cells' text joined by TAB;
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


A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
P = "{http://schemas.openxmlformats.org/presentationml/2006/main}"
PR = "{http://schemas.openxmlformats.org/package/2006/relationships}"
TX = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
TB = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
OF = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"


def pptx_lines(path):
    with zipfile.ZipFile(path) as z:
        pres = ET.fromstring(z.read("ppt/presentation.xml"))
        rels = ET.fromstring(z.read("ppt/_rels/presentation.xml.rels"))
        target = {r.get("Id"): r.get("Target") for r in rels.iter(PR + "Relationship")}
        lines = []
        for sid in pres.iter(P + "sldId"):
            t = target[sid.get(R + "id")]
            t = t.lstrip("/") if t.startswith("/") else "ppt/" + t
            for p in ET.fromstring(z.read(t)).iter(A + "p"):
                txt = "".join((el.text or "") if el.tag == A + "t" else " " for el in p.iter() if el.tag in (A + "t", A + "br"))
                if txt.strip():
                    lines.append(txt)
    return lines


def _odf_text(el):
    out = [el.text or ""]
    for ch in el:
        if ch.tag == TX + "s":
            out.append(" " * int(ch.get(TX + "c", "1")))
        elif ch.tag == TX + "tab":
            out.append("\t")
        elif ch.tag == TX + "line-break":
            out.append(" ")
        elif ch.tag in (TX + "note",):
            pass
        else:
            out.append(_odf_text(ch))
        out.append(ch.tail or "")
    return "".join(out)


def _odf_walk(el, lines):
    for ch in el:
        if ch.tag in (TX + "h", TX + "p"):
            lines.append(_odf_text(ch))
        elif ch.tag == TB + "table":
            for row in ch.iter(TB + "table-row"):
                lines.append("\t".join(" ".join(_odf_text(p) for p in cell.iter(TX + "p"))
                                        for cell in row if cell.tag == TB + "table-cell"))
        elif ch.tag in (TX + "list", TX + "list-item", TX + "list-header", TX + "section"):
            _odf_walk(ch, lines)


def odt_lines(path):
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read("content.xml"))
    lines = []
    _odf_walk(root.find(OF + "body").find(OF + "text"), lines)
    return lines


def odp_lines(path):
    """An .odp (Impress): for every <draw:page> (slide) in order, every frame / shape in document order: its text
    box's <text:h> / <text:p> (also inside lists, recursively) -> its text, a table -> one line per row (cells
    joined by TAB), as for .odt; speaker notes (<presentation:notes>) are not part of it."""
    DR = "{urn:oasis:names:tc:opendocument:xmlns:drawing:1.0}"
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read("content.xml"))
    lines = []

    def shapes(el):
        for ch in el:
            if ch.tag.endswith("}notes"):
                continue
            if ch.tag in (DR + "text-box", DR + "custom-shape", DR + "rect"):
                _odf_walk(ch, lines)
            elif ch.tag == TB + "table":
                _odf_walk_one(ch, lines)
            elif ch.tag in (DR + "frame", DR + "g"):
                shapes(ch)

    for page in root.iter(DR + "page"):
        shapes(page)
    return lines


def _odf_walk_one(table, lines):
    for row in table.iter(TB + "table-row"):
        lines.append("\t".join(" ".join(_odf_text(p) for p in cell.iter(TX + "p"))
                                for cell in row if cell.tag == TB + "table-cell"))


def ods_lines(path):
    """An .ods: for every sheet in order a line '== <sheet name> ==', then every row with a value -> its cells'
    text (text:p paragraphs joined by a space) joined by TAB; repeated cells expanded, trailing empty cells dropped."""
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read("content.xml"))
    lines = []
    for sheet in root.iter(TB + "table"):
        lines.append(f"== {sheet.get(TB + 'name')} ==")
        for row in sheet.iter(TB + "table-row"):
            vals = []
            for cell in row:
                if cell.tag not in (TB + "table-cell", TB + "covered-table-cell"):
                    continue
                txt = " ".join(_odf_text(p) for p in cell.iter(TX + "p"))
                vals.extend([txt] * min(int(cell.get(TB + "number-columns-repeated", "1")), 64))
            while vals and vals[-1] == "":
                vals.pop()
            if any(vals):
                lines.append("\t".join(vals))
    return lines


def apkg_lines(path):
    """An Anki .apkg/.colpkg: one line per note (notes in id order = the order they were added), its fields with
    the HTML the Anki editor stores turned into the text a user sees (<br> -> space, tags dropped, entities
    decoded), joined by TAB. Standard library: zipfile + sqlite3 (the collection.anki2 / .anki21 database)."""
    import html
    import os
    import sqlite3
    import tempfile
    with zipfile.ZipFile(path) as z:
        name = "collection.anki21" if "collection.anki21" in z.namelist() else "collection.anki2"
        data = z.read(name)
    fd, tmp = tempfile.mkstemp(suffix=".anki2")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        con = sqlite3.connect(tmp)
        rows = con.execute("select flds from notes order by id").fetchall()
        con.close()
    finally:
        os.unlink(tmp)
    lines = []
    for (flds,) in rows:
        fields = []
        for fld in flds.split("\x1f"):
            fld = re.sub(r"<br\s*/?>", " ", fld, flags=re.I)
            fld = html.unescape(re.sub(r"<[^>]+>", "", fld)).replace("\xa0", " ")
            fields.append(fld)
        lines.append("\t".join(fields))
    return lines


def _pdf_obj(data, num):
    m = re.search(rb"(?m)^%d 0 obj\b(.*?)endobj" % num, data, re.S)
    return m.group(1) if m else b""


def _pdf_stream(body):
    m = re.search(rb"<<(.*?)>>\s*stream\r?\n(.*?)\r?\n?endstream", body, re.S)
    if not m:
        return b""
    import base64
    import zlib
    head, raw = m.group(1), m.group(2)
    filters = re.findall(rb"/(ASCII85Decode|FlateDecode)", head)
    for f in filters:
        if f == b"ASCII85Decode":
            raw = raw.strip()
            if raw.endswith(b"~>"):
                raw = raw[:-2]
            if raw.startswith(b"<~"):
                raw = raw[2:]
            raw = base64.a85decode(raw)
        else:
            raw = zlib.decompress(raw)
    return raw


_PDF_ESC = {b"n": b"\n", b"r": b"\r", b"t": b"\t", b"b": b"\b", b"f": b"\f", b"(": b"(", b")": b")", b"\\": b"\\"}


def _pdf_string(s):
    out, i = bytearray(), 0
    while i < len(s):
        ch = s[i:i + 1]
        if ch == b"\\":
            nxt = s[i + 1:i + 2]
            m = re.match(rb"[0-7]{1,3}", s[i + 1:i + 4])
            if m:
                out.append(int(m.group(0), 8) & 255); i += 1 + len(m.group(0)); continue
            out += _PDF_ESC.get(nxt, nxt); i += 2; continue
        out += ch; i += 1
    return bytes(out).replace(b"\x7f", b"\x95").decode("cp1252", errors="replace")


def _pdf_strings(chunk):
    """The (…) string operands of Tj / TJ in one BT … ET chunk, in order."""
    out, i, depth, cur = [], 0, 0, bytearray()
    while i < len(chunk):
        ch = chunk[i:i + 1]
        if depth:
            if ch == b"\\":
                cur += chunk[i:i + 2]; i += 2; continue
            if ch == b"(":
                depth += 1
            elif ch == b")":
                depth -= 1
                if not depth:
                    out.append(_pdf_string(bytes(cur))); cur = bytearray(); i += 1; continue
            cur += ch
        elif ch == b"(":
            depth = 1
        i += 1
    return out


def pdf_lines(path):
    data = open(path, "rb").read()
    root = re.search(rb"/Root (\d+) 0 R", data)
    cat = _pdf_obj(data, int(root.group(1))) if root else b""
    pages = re.search(rb"/Pages (\d+) 0 R", cat)
    kids = re.search(rb"/Kids \[([^\]]*)\]", _pdf_obj(data, int(pages.group(1)))) if pages else None
    lines = []
    for kid in re.findall(rb"(\d+) 0 R", kids.group(1) if kids else b""):
        page = _pdf_obj(data, int(kid))
        m = re.search(rb"/Contents (?:(\d+) 0 R|\[([^\]]*)\])", page)
        refs = [m.group(1)] if m and m.group(1) else re.findall(rb"(\d+) 0 R", m.group(2) if m else b"")
        content = b"\n".join(_pdf_stream(_pdf_obj(data, int(r))) for r in refs)
        for bt in re.findall(rb"\bBT\b(.*?)\bET\b", content, re.S):
            if re.search(rb"T[jJ]", bt):
                text = "".join(_pdf_strings(bt))
                if text.strip():
                    lines.append(text)
    return lines


XH = "{http://www.w3.org/1999/xhtml}"
_BLOCK = {"h1", "h2", "h3", "h4", "h5", "h6", "p", "dt", "dd", "caption", "figcaption", "pre"}
_LIST = {"ul", "ol", "dl", "table", "thead", "tbody", "tfoot", "div", "section", "nav", "blockquote", "aside",
         "header", "footer", "article", "figure", "body"}


def _xh_text(el):
    return re.sub(r"\s+", " ", "".join(el.itertext())).strip()


def _xh_walk(el, lines):
    for ch in el:
        tag = ch.tag.replace(XH, "") if isinstance(ch.tag, str) else ""
        if tag in _BLOCK:
            t = _xh_text(ch)
            if t:
                lines.append(t)
        elif tag == "tr":
            lines.append("\t".join(_xh_text(c) for c in ch if isinstance(c.tag, str)))
        elif tag == "li":
            own = [ch.text or ""]
            for c in ch:
                ctag = c.tag.replace(XH, "") if isinstance(c.tag, str) else ""
                if ctag not in _LIST and ctag not in _BLOCK:
                    own.append("".join(c.itertext()))
                own.append(c.tail or "")
            t = re.sub(r"\s+", " ", "".join(own)).strip()
            if t:
                lines.append(t)
            _xh_walk(ch, lines)
        elif tag in _LIST or tag:
            _xh_walk(ch, lines)


def epub_lines(path):
    """An .epub: META-INF/container.xml -> the package (.opf) -> its spine in order (the nav document too if it is
    in the spine); in each XHTML document's body: every h1-h6 / p / li (its own text, nested lists after it) / dt /
    dd / caption / pre -> its text with whitespace runs collapsed; every table row -> its cells joined by TAB."""
    import posixpath
    OPF = "{http://www.idpf.org/2007/opf}"
    with zipfile.ZipFile(path) as z:
        cont = ET.fromstring(z.read("META-INF/container.xml"))
        opf_path = next(e.get("full-path") for e in cont.iter() if e.tag.endswith("rootfile"))
        opf = ET.fromstring(z.read(opf_path))
        base = posixpath.dirname(opf_path)
        manifest = {i.get("id"): i.get("href") for i in opf.iter(OPF + "item")}
        lines = []
        for ref in opf.iter(OPF + "itemref"):
            doc = ET.fromstring(z.read(posixpath.normpath(posixpath.join(base, manifest[ref.get("idref")]))))
            body = doc.find(XH + "body")
            if body is not None:
                _xh_walk(body, lines)
    return lines


def lines_of(path):
    if path.endswith(".pdf"):
        return pdf_lines(path)
    if path.endswith(".epub"):
        return epub_lines(path)
    if path.endswith(".ods"):
        return ods_lines(path)
    if path.endswith((".apkg", ".colpkg")):
        return apkg_lines(path)
    if path.endswith(".pptx"):
        return pptx_lines(path)
    if path.endswith(".odt"):
        return odt_lines(path)
    if path.endswith(".odp"):
        return odp_lines(path)
    if path.endswith(".docx"):
        return docx_lines(path)
    if path.endswith(".xlsx"):
        return xlsx_lines(path)
    with open(path, encoding="utf-8") as f:
        return f.read().splitlines()


if __name__ == "__main__":
    for i, l in enumerate(lines_of(sys.argv[1]), 1):
        print(f"{i:4} {l}")
