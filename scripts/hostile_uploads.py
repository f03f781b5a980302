"""CPU seconds of `studybot deck import FILE` on crafted worst-case uploads (200 kB lines).

Writes each crafted file into a temporary folder, runs the import as a new process (as a teacher
would, `python -m adapters.cli deck import FILE`) with a CPU limit, and prints the process's CPU
time (user + system) and how it ended. Run it from the repository's root:

    nice -n 10 python scripts/hostile_uploads.py [--cap 30] [--only NAME ...]
"""

from __future__ import annotations

import argparse
import io
import json
import resource
import subprocess
import sys
import tempfile
import zipfile
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SIZE = 200_000


def crafted() -> Iterator[tuple[str, str | bytes]]:
    """(file name, text): each a real-looking start, then one hostile line."""
    fence = "`" * SIZE
    yield "backticks.md", f"# Tornadoes\n\n- Most tornadoes spin cyclonically\n- {fence}\n"
    yield "backticks.org", f"* Tornadoes\n- Most tornadoes spin cyclonically\n- {fence}\n"
    yield "backticks.wiki", f"== Tornadoes ==\n* Most tornadoes spin cyclonically\n* {fence}\n"
    yield "backticks.adoc", f"= Tornadoes\n\n* Most tornadoes spin cyclonically\n* {fence}\n"
    page = "<html><body><h1>Tornadoes</h1><p>Most tornadoes spin cyclonically.</p><p>"
    yield "backticks.html", page + fence + "</p></body></html>"
    yield "open-tags.html", page + "<a " * (SIZE // 3)
    yield "open-brackets.html", page + "<" * SIZE
    yield "stars.md", f"# Tornadoes\n\n- {'*' * SIZE}\n"
    yield "brackets.md", f"# Tornadoes\n\n- {'[' * SIZE}\n"
    yield "pipes.md", f"# Tornadoes\n\n| {'|' * SIZE}\n"
    yield "equals.wiki", f"== Tornadoes ==\n{'=' * SIZE}\n"
    yield "words.txt", "Tornadoes\n  " + "funnel cloud " * (SIZE // 13) + "\n"
    # Mind maps: one node's text, then one note's HTML, each a crafted 200 kB line.
    head = '<map version="1.0.1"><node TEXT="Castles"><node TEXT="Sieges">'
    marks = "mine*[`&lt;" * (SIZE // 13)
    yield "marks.mm", f'{head}<node TEXT="{marks}"/></node></node></map>'
    note = "<b>" * (SIZE // 3) + "</b>" * (SIZE // 3)
    yield (
        "bold-note.mm",
        (
            f'{head}<node TEXT="Mining"><richcontent TYPE="NOTE"><html><body><p>{note}</p></body>'
            "</html></richcontent></node></node></node></map>"
        ),
    )
    yield "marks.xmind", _xmind(marks)
    # E-books and OpenDocument slides: each refused (or read) in well under a second.
    chapter = f"<html><body><h1>Castles</h1><p>{marks}</p></body></html>"
    yield "marks.epub", _epub({"EPUB/c1.xhtml": chapter})
    yield "drm.epub", _epub({"EPUB/c1.xhtml": chapter, "META-INF/encryption.xml": _ENCRYPTED})
    yield "bomb.epub", _epub({"EPUB/c1.xhtml": "<p>" + " " * 300_000_000 + "</p>"}, packed=True)
    yield "entities.epub", _epub({"EPUB/c1.xhtml": chapter}, opf_head=_LAUGHS)
    yield "traversal.epub", _epub({"EPUB/c1.xhtml": chapter}, href="../../../etc/passwd")
    yield "corrupt.epub", _epub({"EPUB/c1.xhtml": chapter})[:400]
    deep = "<text:list><text:list-item>" * 5_000 + "</text:list-item></text:list>" * 5_000
    yield (
        "deep-lists.odp",
        _odp(
            f'<draw:frame presentation:class="outline"><draw:text-box>'
            f"{deep}</draw:text-box></draw:frame>"
        ),
    )
    yield "entities.odp", _odp("<draw:frame/>", head=_LAUGHS)
    yield "bomb.odp", _odp("<draw:frame/>" + " " * 300_000_000, packed=True)
    # A zip of notes nested 400 folders deep, with a file and a folder of one name.
    yield "deep.zip", _deep_zip()


_ENCRYPTED = (
    '<encryption xmlns="urn:oasis:names:tc:opendocument:xmlns:container" '
    'xmlns:enc="http://www.w3.org/2001/04/xmlenc#"><enc:EncryptedData><enc:CipherData>'
    '<enc:CipherReference URI="EPUB/c1.xhtml"/></enc:CipherData></enc:EncryptedData></encryption>'
)
_LAUGHS = (
    '<!DOCTYPE lolz [<!ENTITY lol "lol">'
    + "".join(
        f'<!ENTITY lol{n} "{f"&lol{n - 1};" * 10 if n > 1 else "&lol;" * 10}">'
        for n in range(1, 10)
    )
    + "]>"
)


def _epub(
    parts: dict[str, str], *, opf_head: str = "", href: str = "c1.xhtml", packed: bool = False
) -> bytes:
    """An EPUB (mimetype, container, package) holding `parts`, its spine the one chapter; stored
    uncompressed unless `packed` (a crafted line compresses too well to pass as notes)."""
    opf = (
        f'<?xml version="1.0"?>{opf_head}<package xmlns="http://www.idpf.org/2007/opf" '
        'version="3.0"><metadata xmlns:dc="http://purl.org/dc/elements/1.1/">'
        "<dc:title>Castles &lol9;</dc:title></metadata>"
        if opf_head
        else '<?xml version="1.0"?><package xmlns="http://www.idpf.org/2007/opf" version="3.0">'
        '<metadata xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>Castles</dc:title>'
        "</metadata>"
    ) + (
        f'<manifest><item id="c1" href="{href}" media-type="application/xhtml+xml"/></manifest>'
        '<spine><itemref idref="c1"/></spine></package>'
    )
    container = (
        '<container xmlns="urn:oasis:names:tc:opendocument:xmlns:container" version="1.0">'
        '<rootfiles><rootfile full-path="EPUB/content.opf" '
        'media-type="application/oebps-package+xml"/></rootfiles></container>'
    )
    buffer = io.BytesIO()
    method = zipfile.ZIP_DEFLATED if packed else zipfile.ZIP_STORED
    with zipfile.ZipFile(buffer, "w", method) as archive:
        archive.writestr("mimetype", "application/epub+zip", zipfile.ZIP_STORED)
        archive.writestr("META-INF/container.xml", container)
        archive.writestr("EPUB/content.opf", opf)
        for name, text in parts.items():
            archive.writestr(name, text)
    return buffer.getvalue()


def _odp(page: str, *, head: str = "", packed: bool = False) -> bytes:
    """An OpenDocument presentation whose one slide holds `page` (stored as `_epub`'s parts)."""
    pairs: tuple[tuple[str, str], ...] = (("office", "office"), ("draw", "drawing"))
    pairs += (("text", "text"), ("presentation", "presentation"))
    namespaces = " ".join(
        f'xmlns:{prefix}="urn:oasis:names:tc:opendocument:xmlns:{name}:1.0"'
        for prefix, name in pairs
    )
    title = "&lol9;" if head else "Castles"
    content = (
        f'<?xml version="1.0"?>{head}<office:document-content {namespaces}><office:body>'
        f'<office:presentation><draw:page><draw:frame presentation:class="title"><draw:text-box>'
        f"<text:p>{title}</text:p></draw:text-box></draw:frame>{page}</draw:page>"
        "</office:presentation></office:body></office:document-content>"
    )
    buffer = io.BytesIO()
    method = zipfile.ZIP_DEFLATED if packed else zipfile.ZIP_STORED
    with zipfile.ZipFile(buffer, "w", method) as archive:
        archive.writestr(
            "mimetype", "application/vnd.oasis.opendocument.presentation", zipfile.ZIP_STORED
        )
        archive.writestr("content.xml", content)
    return buffer.getvalue()


def _deep_zip() -> bytes:
    """A zip of notes: one note 400 folders down, and "notes.md" beside a folder "notes.md/"."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("a/" * 400 + "keep.md", "# Keeps\n\n- The keep was the strongest tower\n")
        archive.writestr("notes.md", "# Sieges\n\n- A trebuchet hurled stones\n")
        archive.writestr("notes.md/moats.md", "# Moats\n\n- A moat slowed attackers\n")
    return buffer.getvalue()


def _xmind(title: str) -> bytes:
    """An XMind file whose one branch holds `title` under the centre."""
    sheet = {"rootTopic": {"title": "Castles", "children": {"attached": [{"title": title}]}}}
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as archive:  # read, not refused
        archive.writestr("content.json", json.dumps([sheet]))
        archive.writestr("metadata.json", "{}")
    return buffer.getvalue()


def _limit(cap: int) -> None:
    resource.setrlimit(resource.RLIMIT_CPU, (cap, cap + 1))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cap", type=int, default=30, help="CPU seconds allowed per import")
    parser.add_argument("--only", nargs="*", default=None)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="hostile-"))
    for name, text in crafted():
        if args.only and name not in args.only:
            continue
        path = folder / name
        if isinstance(text, bytes):
            path.write_bytes(text)
        else:
            path.write_text(text, encoding="utf-8")
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        done = subprocess.run(
            [sys.executable, "-m", "adapters.cli", "deck", "import", str(path), "-o", "/dev/null"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            preexec_fn=lambda: _limit(args.cap),
            check=False,
        )
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        ended = "ok" if done.returncode == 0 else f"exit {done.returncode}"
        if done.returncode < 0 or cpu >= args.cap:
            ended = f"stopped at the {args.cap} CPU-s cap"
        print(f"{name:20s} {cpu:7.2f} CPU-s  {ended}", flush=True)


if __name__ == "__main__":
    main()
