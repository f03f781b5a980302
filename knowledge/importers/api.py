"""The importers' front door: pick a format (or guess it from the file) and run its importer."""

from __future__ import annotations

import re
from collections.abc import Callable
from os import PathLike
from pathlib import Path
from typing import Any

from knowledge.importers.anki import import_anki_package
from knowledge.importers.asciidoc import import_asciidoc, looks_like_asciidoc
from knowledge.importers.bbcode import import_bbcode, looks_like_bbcode
from knowledge.importers.canvas import import_canvas, looks_like_canvas
from knowledge.importers.chat import chat_style, import_chat
from knowledge.importers.cornell import import_cornell, looks_like_cornell
from knowledge.importers.creole import import_creole, looks_like_creole
from knowledge.importers.dokuwiki import import_dokuwiki, looks_like_dokuwiki
from knowledge.importers.enex import import_enex, looks_like_enex
from knowledge.importers.epub import import_epub, is_epub
from knowledge.importers.errors import DeckImportError, quoted
from knowledge.importers.folder import import_folder
from knowledge.importers.freemind import import_freemind, looks_like_freemind
from knowledge.importers.gap_fill import fill_gaps
from knowledge.importers.gift import import_gift, looks_like_gift
from knowledge.importers.html import import_html, looks_like_html
from knowledge.importers.joplin import joplin_note
from knowledge.importers.keep import import_keep, looks_like_json, looks_like_keep, refuse_json
from knowledge.importers.latex import import_latex
from knowledge.importers.mail import import_mail, looks_like_mail
from knowledge.importers.markdown import import_markdown
from knowledge.importers.markdown_dialects import without_dialect_marks
from knowledge.importers.mediawiki import import_mediawiki, looks_like_mediawiki
from knowledge.importers.notebook import import_notebook, looks_like_notebook
from knowledge.importers.odp import import_odp, is_odp
from knowledge.importers.ods import import_ods
from knowledge.importers.odt import import_odt, is_odt
from knowledge.importers.opml import import_opml, looks_like_opml
from knowledge.importers.org import import_org
from knowledge.importers.outline import import_outline
from knowledge.importers.packaged import (
    MAIL_SUFFIXES,
    PACKAGED_SUFFIXES,
    PackagedFormat,
    first_claiming,
    is_anki_package,
    is_mail,
    is_ods,
    is_pdf,
    is_presentation,
    is_word_document,
    is_workbook,
)
from knowledge.importers.pdf import import_pdf
from knowledge.importers.redtrivia import import_redtrivia, looks_like_trivia
from knowledge.importers.report import Imported
from knowledge.importers.rtf import import_rtf, looks_like_rtf
from knowledge.importers.sheets import import_xlsx
from knowledge.importers.slides import import_pptx
from knowledge.importers.sniff import looks_like_text, not_text_message
from knowledge.importers.source import decode, normalise
from knowledge.importers.tabular import import_table, looks_like_cards, parse_separator
from knowledge.importers.text_columns import MIN_COLUMN_WIDTH, read_columns
from knowledge.importers.textile import import_textile, looks_like_textile
from knowledge.importers.transcript import import_transcript, transcript_kind
from knowledge.importers.vimwiki import import_vimwiki, looks_like_vimwiki
from knowledge.importers.wikidot import import_wikidot, looks_like_wikidot
from knowledge.importers.word import import_docx
from knowledge.importers.xmind import import_xmind, is_xmind
from knowledge.importers.zim import import_zim, looks_like_zim
from knowledge.importers.zipped import holds_notes, unpacked

FORMATS: tuple[str, ...] = (
    "outline",
    "markdown",
    "tsv",
    "csv",
    "cards",
    "redtrivia",
    "cornell",
    "org",
    "latex",
    "html",
    "gift",
    "chat",
    "transcript",
    "mediawiki",
    "zim",
    "dokuwiki",
    "asciidoc",
    "textile",
    "wikidot",
    "bbcode",
    "vimwiki",
    "opml",
    "freemind",
    "notebook",
    "email",
    "enex",
    "rtf",
    "keep",
    "canvas",
    "creole",
)
"""The text formats `import_text` understands, as named on the command line."""

FILE_FORMATS: tuple[str, ...] = (
    *FORMATS,
    "anki",
    "docx",
    "odt",
    "pptx",
    "odp",
    "xlsx",
    "ods",
    "pdf",
    "xmind",
    "epub",
)
"""What `import_file` understands: the text formats, Anki packages (.apkg, .colpkg), Word
documents (.docx), OpenDocument texts (.odt), PowerPoint and OpenDocument slides (.pptx, .odp),
Excel workbooks (.xlsx), OpenDocument spreadsheets (.ods), PDF handouts with a text layer (.pdf),
XMind mind maps (.xmind) and EPUB e-books (.epub)."""
_PACKAGED = ("anki", "docx", "odt", "pptx", "odp", "xlsx", "ods", "pdf", "xmind", "epub")

MAX_IMPORT_BYTES = 16 * 1024 * 1024
"""Largest file accepted; real notes are a few kilobytes, so anything bigger is a mistake."""


def _markdown(text: str, name: str) -> Imported:
    """Markdown notes, or a Joplin note exported raw (its title and body, without the app's
    record of it: `joplin`)."""
    note = joplin_note(text, name)
    if note is None:
        return import_markdown(without_dialect_marks(text), name)
    return import_markdown(
        without_dialect_marks(note.markdown), note.source_name, kind="Joplin note"
    )


_TEXT_IMPORTERS: dict[str, Callable[[str, str], Imported]] = {
    "outline": import_outline,
    "markdown": _markdown,
    "redtrivia": import_redtrivia,
    "cornell": import_cornell,
    "org": import_org,
    "latex": import_latex,
    "html": import_html,
    "gift": import_gift,
    "chat": import_chat,
    "transcript": import_transcript,
    "mediawiki": import_mediawiki,
    "zim": import_zim,
    "dokuwiki": import_dokuwiki,
    "asciidoc": import_asciidoc,
    "textile": import_textile,
    "wikidot": import_wikidot,
    "bbcode": import_bbcode,
    "vimwiki": import_vimwiki,
    "opml": import_opml,
    "freemind": import_freemind,
    "canvas": import_canvas,
    "creole": import_creole,
    "notebook": import_notebook,
    "enex": import_enex,
    "rtf": import_rtf,
}
_TABLES = ("tsv", "csv", "cards")
# Where a gap-fill worksheet with its answer key is typed (`gap_fill`).
_WORKSHEET_FORMATS = ("outline", "markdown")
_MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdown", ".mkd", ".qmd", ".rmd", ".rmarkdown")
_BY_SUFFIX = {
    ".org": "org",
    ".tex": "latex",
    ".latex": "latex",
    ".ltx": "latex",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".gift": "gift",
    ".vtt": "transcript",
    ".srt": "transcript",
    ".wiki": "mediawiki",
    ".mediawiki": "mediawiki",
    ".wikitext": "mediawiki",
    ".dokuwiki": "dokuwiki",
    ".adoc": "asciidoc",
    ".asciidoc": "asciidoc",
    ".textile": "textile",
    ".bbcode": "bbcode",
    ".opml": "opml",
    ".mm": "freemind",
    ".canvas": "canvas",
    ".creole": "creole",
    ".ipynb": "notebook",
    ".enex": "enex",
    ".rtf": "rtf",
}
# A LaTeX document saved under another name (a .txt) still says what it is in its first lines.
_LATEX_START = re.compile(r"^\s*(?:%.*\n\s*)*\\(?:documentclass|begin\{document\})")
_PLAIN_SUFFIXES = (".txt", ".text", ".rst", ".csv", ".tsv", ".tab", ".yaml", ".yml")
KNOWN_SUFFIXES = frozenset(
    {*_MARKDOWN_SUFFIXES, *_BY_SUFFIX, *_PLAIN_SUFFIXES, *MAIL_SUFFIXES} | PACKAGED_SUFFIXES
)
"""Extensions whose format the name says; a file with any other name is read by its content."""


def import_text(
    text: str,
    *,
    format: str,
    source_name: str = "notes",
    separator: str | None = None,
    card_separator: str | None = None,
) -> dict[str, Any]:
    """A deck mapping (the YAML deck format) from notes in `format`; the deck id comes from
    `source_name`, a file name. Raises DeckImportError for input that cannot become a deck."""
    return import_text_with_report(
        text,
        format=format,
        source_name=source_name,
        separator=separator,
        card_separator=card_separator,
    ).mapping


def import_text_with_report(
    text: str,
    *,
    format: str,
    source_name: str = "notes",
    separator: str | None = None,
    card_separator: str | None = None,
) -> Imported:
    """`import_text`, with the report of what was detected, made and skipped."""
    if format == "email":  # parsed from bytes: each part says its own charset
        return _mail(text.encode("utf-8", "surrogatepass"), source_name)
    columns = read_columns(text) if format == "outline" else None
    imported = _import_normalised(
        normalise(columns or text),
        format=format,
        source_name=source_name,
        separator=separator,
        card_separator=card_separator,
        in_columns=columns is not None,
    )
    if columns is not None:
        imported.report.detect("page layout", _COLUMNS_READ)
    return imported


def _import_normalised(
    text: str,
    *,
    format: str,
    source_name: str,
    separator: str | None,
    card_separator: str | None,
    in_columns: bool,
) -> Imported:
    """`import_text_with_report` of normalised text; `in_columns` when it was read from a page's
    columns, whose lines are wrapped narrower than typed notes are."""
    if format == "keep":
        return import_keep(text, source_name, _notes)
    if format in _TABLES:
        return import_table(
            text,
            source_name,
            kind=format,
            separator=parse_separator(separator) if separator else None,
            card_separator=parse_separator(card_separator) if card_separator else None,
        )
    importer = _TEXT_IMPORTERS.get(format)
    if importer is None:
        packaged = format in _PACKAGED
        hint = (
            " (Anki packages, PDFs, XMind maps, EPUB e-books and Word, OpenDocument, PowerPoint"
            " and Excel files are read from their files)"
            if packaged
            else ""
        )
        raise DeckImportError(
            f"unknown format {quoted(format)}{hint}; choose one of: {', '.join(FORMATS)}"
        )
    filled = 0
    if format in _WORKSHEET_FORMATS:
        text, filled = fill_gaps(text)
    if in_columns and format == "outline":
        imported = import_outline(text, source_name, column_width=MIN_COLUMN_WIDTH)
    else:
        imported = importer(text, source_name)
    if filled:
        imported.report.detect("answer key", f"{filled} gaps filled with their answers")
    return imported


def import_file(
    path: str | PathLike[str],
    *,
    format: str | None = None,
    separator: str | None = None,
    card_separator: str | None = None,
) -> dict[str, Any]:
    """A deck mapping from a file (or a folder of them); the format is guessed from each file's
    name and content if not given."""
    return import_file_with_report(
        path, format=format, separator=separator, card_separator=card_separator
    ).mapping


def import_file_with_report(
    path: str | PathLike[str],
    *,
    format: str | None = None,
    separator: str | None = None,
    card_separator: str | None = None,
) -> Imported:
    """`import_file`, with the report of what was detected, made and skipped. A folder is read
    as one deck of every note file in it (see `knowledge.importers.folder`)."""
    file = Path(path)
    if file.is_dir():
        return import_folder(
            file,
            lambda one: import_file_with_report(
                one, format=format, separator=separator, card_separator=card_separator
            ),
        )
    return import_bytes_with_report(
        _read(file),
        file.name,
        format=format,
        separator=separator,
        card_separator=card_separator,
    )


def import_bytes_with_report(
    data: bytes,
    name: str,
    *,
    format: str | None = None,
    separator: str | None = None,
    card_separator: str | None = None,
) -> Imported:
    """A deck from a file's bytes (an upload): office documents, PDFs, Anki packages and e-mail by
    name or content (the first of `_READ_AS_BYTES` to claim the file), text otherwise."""
    packaged = first_claiming(_READ_AS_BYTES, name, data, format)
    if packaged is not None:
        imported = packaged.read(data, name)
        imported.report.name = packaged.name
        return imported
    unknown = format is None and Path(name).suffix.lower() not in KNOWN_SUFFIXES
    if unknown and not looks_like_text(data):
        raise DeckImportError(not_text_message(data))
    text = decode(data)
    columns = _columns(text, name, format)
    text = normalise(columns or text)
    if not text.strip():
        raise DeckImportError("the file is empty: there are no notes in it to import")
    chosen = format or guess_format(name, text)
    if chosen == "email":
        return _mail(data, name)
    imported = _import_normalised(
        text,
        format=chosen,
        source_name=name,
        separator=separator,
        card_separator=card_separator,
        in_columns=columns is not None,
    )
    imported.report.name = chosen
    if columns is not None:
        imported.report.detect("page layout", _COLUMNS_READ)
    if unknown:
        suffix = Path(name).suffix or "no extension"
        imported.report.detect("read by its content", f"{suffix} is not a notes format I know")
    return imported


_COLUMNS_READ = "two columns a page (as pdftotext prints them): read left column, then right"


def _columns(text: str, name: str, format: str | None) -> str | None:
    """A plain-text file of two-column pages read column by column (`text_columns`), before its
    form feeds, which mark the pages, become line breaks; None when it is not one."""
    plain = format == "outline" or (
        format is None and Path(name).suffix.lower() not in {*_MARKDOWN_SUFFIXES, *_BY_SUFFIX}
    )
    return read_columns(text) if plain else None


def _mail(data: bytes, name: str) -> Imported:
    """An e-mail or mailbox, each thread's text read as notes are by content."""
    imported = import_mail(data, name, _notes)
    imported.report.name = "email"
    return imported


def _notes(text: str, name: str) -> Imported:
    """The text of an e-mail or a Keep note read as a .txt of notes (never as another one)."""
    text = normalise(text)
    chosen = guess_format(name, text)
    return import_text_with_report(
        text, format="outline" if chosen in ("email", "keep") else chosen, source_name=name
    )


def _pdf(data: bytes, name: str) -> Imported:
    """A PDF handout, its text read as a .txt of notes is."""
    return import_pdf(data, name, _notes)


def _zip_of_notes(data: bytes, name: str) -> Imported:
    """A zip of note files (a Notion export, a zipped vault or folder) read as that folder."""
    with unpacked(data, name) as folder:
        try:
            imported = import_folder(folder, import_file_with_report)
        except DeckImportError as error:  # its messages name the zip, not the temporary folder
            raise DeckImportError(str(error).replace(str(folder.parent), name)) from None
        files = sum(1 for path in folder.rglob("*.*") if path.is_file())  # "notes.md/" is a folder
    imported.report.detect("zip", f"{files} note files read from the zip as a folder")
    return imported


_READ_AS_BYTES: tuple[PackagedFormat, ...] = (
    PackagedFormat("docx", is_word_document, import_docx),
    PackagedFormat("odt", is_odt, import_odt),
    PackagedFormat("pptx", is_presentation, import_pptx),
    PackagedFormat("odp", is_odp, import_odp),
    PackagedFormat("xlsx", is_workbook, import_xlsx),
    PackagedFormat("ods", is_ods, import_ods),
    PackagedFormat("pdf", is_pdf, _pdf),
    PackagedFormat("xmind", is_xmind, import_xmind),
    PackagedFormat("epub", is_epub, import_epub),
    PackagedFormat("zip", holds_notes, _zip_of_notes),
    PackagedFormat("anki", is_anki_package, import_anki_package),
    PackagedFormat("email", is_mail, _mail),
)
"""The formats read from a file's bytes, asked in this order (an office file is a zip too, so the
office formats come before "any other zip is an Anki package"); a file none claims is text."""


def guess_format(name: str, text: str) -> str:
    """The likely format of a file: by extension first, then by what its lines look like."""
    suffix = Path(name).suffix.lower()
    if suffix in _MARKDOWN_SUFFIXES:
        return "markdown"
    if suffix == ".wiki" and looks_like_vimwiki(text):
        return "vimwiki"  # Vimwiki's pages are .wiki as MediaWiki's are: told by their marks
    if suffix in _BY_SUFFIX:
        return _BY_SUFFIX[suffix]
    if suffix == ".csv":
        return "csv"
    if suffix in (".tsv", ".tab"):
        return "tsv"
    if suffix in (".yaml", ".yml"):
        if looks_like_trivia(text):
            return "redtrivia"
        raise DeckImportError(
            "this YAML file is not a Red trivia list ('question: [answers]' lines); "
            "if it is already a studybot deck, check it with `studybot deck check` instead"
        )
    if suffix in MAIL_SUFFIXES or looks_like_mail(text):
        return "email"
    if _LATEX_START.match(text):
        return "latex"
    if looks_like_html(text):
        return "html"
    if looks_like_opml(text):
        return "opml"
    if looks_like_freemind(text):
        return "freemind"
    if looks_like_notebook(text):
        return "notebook"
    if looks_like_keep(text):
        return "keep"
    if looks_like_canvas(text):
        return "canvas"
    if suffix not in KNOWN_SUFFIXES - {".json"} and looks_like_json(text):
        raise refuse_json()  # a .json, or JSON under an unknown name: data, not notes
    if looks_like_enex(text):
        return "enex"
    if looks_like_rtf(text):
        return "rtf"
    # Each of these is detected only where most of the file has its form, so other notes sent
    # as .txt are read as before.
    if looks_like_gift(text):
        return "gift"
    if chat_style(text) is not None:
        return "chat"
    if transcript_kind(text) is not None:
        return "transcript"
    if looks_like_bbcode(text):
        return "bbcode"
    if looks_like_textile(text):
        return "textile"
    if looks_like_wikidot(text):
        return "wikidot"
    # Creole, Zim and DokuWiki before MediaWiki: their headings and links have its form too;
    # Creole first, as it leaves a page with Zim's header or DokuWiki's lists to them.
    if looks_like_creole(text):
        return "creole"
    if looks_like_zim(text):
        return "zim"
    if looks_like_dokuwiki(text):
        return "dokuwiki"
    if looks_like_mediawiki(text):
        return "mediawiki"
    if looks_like_asciidoc(text):
        return "asciidoc"
    if looks_like_cornell(text):  # before TSV: its two columns are cues and notes, not cards
        return "cornell"
    if _looks_tab_separated(text):
        return "tsv"
    if looks_like_cards(text):
        return "cards"
    return "outline"


def _looks_tab_separated(text: str) -> bool:
    """Anki's "#separator:" header, or a tab between words on most lines (not indenting tabs)."""
    lines = [line for line in text.split("\n") if line.strip()]
    if lines and lines[0].startswith("#separator:"):
        return True
    tabbed = sum(1 for line in lines if "\t" in line.strip())
    return bool(lines) and 2 * tabbed >= len(lines)


def _read(file: Path) -> bytes:
    try:
        if file.stat().st_size > MAX_IMPORT_BYTES:
            raise DeckImportError(
                f"{file} is too large to be notes (over {MAX_IMPORT_BYTES // (1024 * 1024)} MiB)"
            )
        return file.read_bytes()
    except FileNotFoundError as error:
        raise DeckImportError(f"{file}: no such file") from error
    except IsADirectoryError as error:
        raise DeckImportError(f"{file} is a folder, not a file") from error
    except OSError as error:
        raise DeckImportError(f"cannot read {file}: {error.strerror or error}") from error
