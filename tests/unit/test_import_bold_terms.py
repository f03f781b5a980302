"""Bold key terms are read the same from Markdown, a web page and a Word document: all three are
read as the Markdown they convert to, so `**Enfleurage** – …` in a .md file, `<b>Enfleurage</b> – …`
in HTML and a bold run in .docx make the same key term (and the same quiz). Notes of our own on
perfume making, in the three formats."""

from __future__ import annotations

import io

from knowledge.importers import import_bytes_with_report

LINES = [
    ("Enfleurage", " – petals are laid on cold fat, which absorbs their scent."),
    ("Maceration:", " flowers are soaked in warm oil."),
    ("Steam distillation", " carries volatile oils out of lavender."),
    ("Absolutes", " – scents extracted with solvents from jasmine."),
]


def _markdown() -> bytes:
    items = "".join(f"- **{bold}**{rest}\n" for bold, rest in LINES)
    return f"# Perfume making\n\n## Extraction\n\n{items}".encode()


def _html() -> bytes:
    items = "".join(f"<li><strong>{bold}</strong>{rest}</li>" for bold, rest in LINES)
    return f"<h1>Perfume making</h1><h2>Extraction</h2><ul>{items}</ul>".encode()


def _docx() -> bytes:
    from docx import Document

    document = Document()
    document.add_heading("Perfume making", 0)
    document.add_heading("Extraction", 1)
    for bold, rest in LINES:
        paragraph = document.add_paragraph(style="List Bullet")
        paragraph.add_run(bold).bold = True
        paragraph.add_run(rest)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_bold_terms_are_the_same_key_terms_in_markdown_html_and_word() -> None:
    made = {}
    for name, content in [
        ("perfume.md", _markdown()),
        ("perfume.html", _html()),
        ("perfume.docx", _docx()),
    ]:
        terms = import_bytes_with_report(content, name).mapping["terms"]
        assert isinstance(terms, list)
        made[name] = [(term["term"], term["definition"]) for term in terms]
    assert made["perfume.md"] == made["perfume.html"] == made["perfume.docx"]
    assert ("Enfleurage", "petals are laid on cold fat, which absorbs their scent.") in made[
        "perfume.md"
    ]
    assert [term for term, _ in made["perfume.md"]] == ["Enfleurage", "Maceration", "Absolutes"]
