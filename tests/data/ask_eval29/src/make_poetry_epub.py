#!/usr/bin/env python3
"""Write decks/eng_power_conflict/Power_and_Conflict_revision.epub (EPUB 3, EbookLib) from src/poetry_src.txt:
'# ' = a new chapter (h1), '## ' = h2, '- ' = list item, '| … |' = table row (first row a header), other lines = <p>;
**x** -> <strong>x</strong>."""
import html
import os
import re

from ebooklib import epub

HERE = os.path.dirname(os.path.abspath(__file__))


def inline(s):
    s = html.escape(s, quote=False)
    return re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", s)


chapters = []
for raw in open(os.path.join(HERE, "poetry_src.txt"), encoding="utf-8").read().splitlines():
    if not raw.strip():
        continue
    if raw.startswith("# "):
        chapters.append({"title": raw[2:], "body": []})
        continue
    body = chapters[-1]["body"]
    if raw.startswith("## "):
        body.append(f"<h2>{inline(raw[3:])}</h2>")
    elif raw.startswith("- "):
        if not body or body[-1] != "</ul>":
            body.append("<ul>")
        else:
            body.pop()
        body.append(f"<li>{inline(raw[2:])}</li>")
        body.append("</ul>")
    elif raw.startswith("|"):
        cells = [c.strip() for c in raw.strip("|").split("|")]
        if not body or body[-1] != "</table>":
            body.append("<table>")
            body.append("<tr>" + "".join(f"<th>{inline(c)}</th>" for c in cells) + "</tr>")
        else:
            body.pop()
            body.append("<tr>" + "".join(f"<td>{inline(c)}</td>" for c in cells) + "</tr>")
        body.append("</table>")
    else:
        body.append(f"<p>{inline(raw)}</p>")

book = epub.EpubBook()
book.set_identifier("urn:uuid:6f1c2a7e-29d4-4b8e-9a61-power-conflict-y11")
book.set_title("Power and Conflict Poetry - Revision Guide")
book.set_language("en")
book.add_author("Ms J. Haldane (English Dept)")
css = epub.EpubItem(uid="style", file_name="style/main.css", media_type="text/css",
                    content=b"body{font-family:serif} h1{color:#8b0000} table{border-collapse:collapse} td,th{border:1px solid #999;padding:2px}")
book.add_item(css)
items = []
for i, ch in enumerate(chapters):
    c = epub.EpubHtml(title=ch["title"], file_name=f"chap_{i:02d}.xhtml", lang="en")
    c.content = f"<h1>{inline(ch['title'])}</h1>\n" + "\n".join(ch["body"])
    c.add_item(css)
    book.add_item(c)
    items.append(c)
book.toc = items
book.add_item(epub.EpubNcx())
book.add_item(epub.EpubNav())
book.spine = ["nav"] + items
dst = os.path.join(os.path.dirname(HERE), "decks", "eng_power_conflict", "Power_and_Conflict_revision.epub")
epub.write_epub(dst, book)
print("wrote", dst, len(chapters), "chapters")
