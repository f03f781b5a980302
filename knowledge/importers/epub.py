"""EPUB e-books (.epub: EbookLib, Calibre, Pandoc, Google Docs' "Download as EPUB"), read as the
web pages they are made of (`html`): each chapter's XHTML is converted as a saved web page is,
then the chapters are put together in the order the book is read (its spine), each chapter's top
heading a topic and its sub-headings subtopics. The book's title (the package's `dc:title`) names
the deck.

Left out: the contents page (EPUB 3's nav document, EPUB 2's toc.ncx, which is never in the spine)
and the cover and title pages, which would repeat every title as a fact.

An EPUB is a zip from a stranger: checked as `archives` checks every upload (member count,
unpacked size, compression ratio) before a part is read, and each part is read bounded. The
container and package files are parsed with defusedxml (entities refused); chapters are read by
`html.parser`, which never expands declared entities. A book with encrypted chapters (DRM,
listed in META-INF/encryption.xml) is refused: its text cannot be read without the key. Paths
are resolved inside the archive, so "../" in a manifest reaches nothing outside it.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass
from pathlib import PurePosixPath
from urllib.parse import unquote, urlsplit
from xml.etree.ElementTree import Element, ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring

from knowledge.importers.archives import bounded_read, check_archive, open_archive
from knowledge.importers.converted import MarkdownDraft, import_converted
from knowledge.importers.errors import DeckImportError
from knowledge.importers.html import html_to_markdown
from knowledge.importers.report import Imported, Skipped
from knowledge.importers.source import decode

EPUB_SUFFIXES = (".epub",)

MAX_EPUB_MEMBERS = 5_000
"""Parts in one book (chapters, pictures, fonts, styles); a textbook has a few hundred."""

MAX_EPUB_BYTES = 96 * 1024 * 1024
"""All parts together once unpacked; most of a book's weight is pictures."""

MAX_CHAPTER_TEXT = 16 * 1024 * 1024
"""All chapters' XHTML together: the most text read from one book (a revision guide is < 1 MiB)."""

MAX_CHAPTERS = 2_000
"""Spine entries read; a long book has a hundred."""

_WHAT = "an EPUB e-book"
_MIMETYPE = b"application/epub+zip"
_CONTAINER = "META-INF/container.xml"
_ENCRYPTION = "META-INF/encryption.xml"
_OPF_NS = "http://www.idpf.org/2007/opf"
_DC_TITLE = "{http://purl.org/dc/elements/1.1/}title"
_CONTAINER_NS = "urn:oasis:names:tc:opendocument:xmlns:container"
_CIPHER_REFERENCE = "{http://www.w3.org/2001/04/xmlenc#}CipherReference"
_CHAPTER_TYPES = ("application/xhtml+xml", "text/html", "application/x-dtbook+xml")
# Fonts publishers obfuscate (not DRM: the text stays readable) are listed in encryption.xml too.
_FONTS = (".ttf", ".otf", ".woff", ".woff2")
# Pages of a book that are not notes: the cover, the title page, the contents and landmarks.
_NOT_NOTES_TYPES = frozenset({"cover", "titlepage", "toc", "landmarks", "loi", "lot"})
_NOT_NOTES_GUIDE = frozenset({"cover", "title-page", "toc"})
_EPUB_TYPE = re.compile(r"""<(?:body|section|nav|div)\b[^>]*\bepub:type\s*=\s*["']([^"']+)""", re.I)
# A cover, title or contents page by its file name or spine id ("cover.xhtml", "titlepage"), not
# a chapter that only starts so ("cover_crops.xhtml").
_COVER_NAME = re.compile(r"^(?:cover|titlepage|title[_-]page|toc|nav)\d*(?:\.x?html?)?$", re.I)
_HEADING = re.compile(r"^(#{1,6}) ")


def looks_like_epub(data: bytes) -> bool:
    """A zip whose first member is `mimetype` saying it is an EPUB (an .epub under another name)."""
    return data.startswith(b"PK\x03\x04") and _MIMETYPE in data[:200]


def is_epub(name: str, data: bytes) -> bool:
    """An .epub by name, or a zip that says it is one."""
    return name.casefold().endswith(EPUB_SUFFIXES) or looks_like_epub(data)


@dataclass(frozen=True, slots=True)
class _Chapter:
    """One page of the book's spine: its path in the zip and its XHTML."""

    number: int
    path: str
    xhtml: str


def import_epub(data: bytes, source_name: str) -> Imported:
    """A deck mapping from an EPUB's bytes; skipped lines are counted in chapters."""
    title, chapters, left_out = _read(data)
    draft = _draft(title, chapters)
    imported = import_converted(draft, source_name, "EPUB e-book")
    imported.report.detect("chapters", f"{len(chapters)} read in the book's reading order")
    if left_out:
        imported.report.detect("contents, cover and title pages left out", ", ".join(left_out))
    imported.report.skipped = [
        Skipped(entry.line, entry.reason, "chapter" if entry.line is not None else entry.unit)
        for entry in imported.report.skipped
    ]
    return imported


def _read(data: bytes) -> tuple[str, list[_Chapter], list[str]]:
    """The book's title, its chapters in spine order, and the pages left out (by path)."""
    with open_archive(data, _WHAT) as archive:
        check_archive(archive, members=MAX_EPUB_MEMBERS, total_bytes=MAX_EPUB_BYTES, what=_WHAT)
        names = set(archive.namelist())
        if _ENCRYPTION in names:
            _refuse_encrypted(_member(archive, _ENCRYPTION))
        if _CONTAINER not in names:
            raise DeckImportError(f"this is not {_WHAT}: it holds no {_CONTAINER}")
        package_path = _package_path(_parse(_member(archive, _CONTAINER)))
        if package_path not in names:
            raise DeckImportError(f"this e-book is damaged: its package {package_path} is missing")
        package = _parse(_member(archive, package_path))
        title = _title(package)
        chapters: list[_Chapter] = []
        left_out: list[str] = []
        budget = MAX_CHAPTER_TEXT
        missing = 0
        for number, (path, properties, idref) in enumerate(_spine(package, package_path), 1):
            if path not in names:
                missing += 1  # named by the manifest, but not in the zip (or outside it)
                continue
            if _is_front_matter(path, properties, idref, package, package_path):
                left_out.append(PurePosixPath(path).name)
                continue
            raw = _member(archive, path, budget)
            budget -= len(raw)
            xhtml = decode(raw)
            if _page_types(xhtml) & _NOT_NOTES_TYPES:
                left_out.append(PurePosixPath(path).name)
                continue
            chapters.append(_Chapter(number, path, xhtml))
    if not chapters and missing:
        raise DeckImportError(
            f"this e-book is damaged: {missing} of its chapters are not in the zip (or are named "
            "with a path outside it)"
        )
    if not chapters:
        raise DeckImportError("this e-book has no chapters to read (only a cover or contents)")
    return title, chapters, left_out


def _member(archive: zipfile.ZipFile, path: str, limit: int = MAX_CHAPTER_TEXT) -> bytes:
    try:
        with archive.open(path) as stream:
            return bounded_read(stream, max(limit, 0), f"this e-book's text ({path})")
    except KeyError:
        raise DeckImportError(f"this e-book is damaged: it holds no {path}") from None
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError) as error:
        if isinstance(error, DeckImportError):
            raise
        raise DeckImportError(f"this e-book is damaged ({error})") from None


def _parse(xml: bytes) -> Element:
    try:
        return fromstring(xml)
    except DefusedXmlException:
        raise DeckImportError(
            "this e-book declares XML entities, which e-book tools never write; refused"
        ) from None
    except (ParseError, LookupError, ValueError) as error:
        raise DeckImportError(f"this e-book's XML is broken ({error})") from None


def _refuse_encrypted(xml: bytes) -> None:
    """Refuse a book whose text is encrypted (DRM); obfuscated fonts alone are fine."""
    try:
        root = fromstring(xml)
    except (DefusedXmlException, ParseError, LookupError, ValueError):
        root = None
    uris = [] if root is None else [ref.get("URI", "") for ref in root.iter(_CIPHER_REFERENCE)]
    if root is None or any(not uri.casefold().endswith(_FONTS) for uri in uris):
        raise DeckImportError(
            "this e-book is DRM-protected (its chapters are encrypted), so its text cannot be "
            "read: export your own notes without DRM (e.g. as EPUB from the app you wrote them in)"
        )


def _package_path(container: Element) -> str:
    """The OPF package's path in the zip, as META-INF/container.xml names it."""
    for rootfile in container.iter(f"{{{_CONTAINER_NS}}}rootfile"):
        path = rootfile.get("full-path", "")
        if path:
            return _inside(path) or path
    raise DeckImportError("this e-book is damaged: its container names no package file")


def _title(package: Element) -> str:
    found = package.find(f".//{_DC_TITLE}")
    return " ".join((found.text or "").split()) if found is not None else ""


def _spine(package: Element, package_path: str) -> list[tuple[str, str, str]]:
    """The spine's chapters as (path in the zip, manifest properties, id), in reading order."""
    base = PurePosixPath(package_path).parent
    manifest: dict[str, tuple[str, str, str]] = {}
    for entry in package.iter(f"{{{_OPF_NS}}}item"):
        manifest[entry.get("id", "")] = (
            entry.get("href", ""),
            entry.get("media-type", ""),
            entry.get("properties", ""),
        )
    chapters: list[tuple[str, str, str]] = []
    for reference in package.iter(f"{{{_OPF_NS}}}itemref"):
        if len(chapters) >= MAX_CHAPTERS:
            raise DeckImportError(f"this e-book has more than {MAX_CHAPTERS:,} chapters; refused")
        idref = reference.get("idref", "")
        href, media_type, properties = manifest.get(idref, ("", "", ""))
        path = _inside(str(base / unquote(urlsplit(href).path))) if href else ""
        if href and media_type in _CHAPTER_TYPES:  # a path outside the zip ("") is missing
            chapters.append((path, properties, idref))
    return chapters


def _inside(path: str) -> str:
    """A path in the zip with "." and ".." resolved; "" when it climbs out of the archive."""
    parts: list[str] = []
    for part in path.replace("\\", "/").split("/"):
        if part in ("", "."):
            continue
        if part == "..":
            if not parts:
                return ""
            parts.pop()
        else:
            parts.append(part)
    return "/".join(parts)


def _is_front_matter(
    path: str, properties: str, idref: str, package: Element, package_path: str
) -> bool:
    """The contents page (`nav` in the manifest), or a cover or title page by the package's
    guide or the file's id or name ("cover.xhtml", "titlepage.xhtml", "nav.xhtml")."""
    if "nav" in properties.split() or _COVER_NAME.match(idref):
        return True
    base = PurePosixPath(package_path).parent
    for reference in package.iter(f"{{{_OPF_NS}}}reference"):
        href = _inside(str(base / unquote(urlsplit(reference.get("href", "")).path)))
        if href == path and reference.get("type", "").casefold() in _NOT_NOTES_GUIDE:
            return True
    return bool(_COVER_NAME.match(PurePosixPath(path).name))


def _page_types(xhtml: str) -> set[str]:
    """The `epub:type`s its body (or its first section) declares: "cover", "toc", "chapter"."""
    found = _EPUB_TYPE.search(xhtml[:8192])
    return set(found.group(1).casefold().split()) if found else set()


def _draft(title: str, chapters: list[_Chapter]) -> MarkdownDraft:
    """The book as one Markdown draft: its title, then each chapter with its headings moved so
    its top heading is a topic (`##`), its line numbers the chapter's number in the spine."""
    draft = MarkdownDraft()
    if title:
        draft.heading(1, title, None)
    for chapter in chapters:
        lines = html_to_markdown(chapter.xhtml).lines
        # The page's <title> (with an <h1> saying the same merged into it) is its `#` line: the
        # chapter's name, kept as its heading, or the book's, which the deck title already says.
        body = [line for line in lines if line[2:].casefold() != title.casefold() or not title]
        levels = sorted({len(found.group(1)) for line in body if (found := _HEADING.match(line))})
        # Each heading level the chapter uses, top first, is the next level down from a topic.
        rank = {level: min(index + 2, 6) for index, level in enumerate(levels)}
        for line in body:
            found = _HEADING.match(line)
            heading = f"{'#' * rank[len(found.group(1))]} {line[found.end() :]}" if found else ""
            draft.add(heading or line, chapter.number)
        draft.blank(chapter.number)
    return draft
