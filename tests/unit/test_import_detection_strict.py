"""The chat, transcript, GIFT, MediaWiki, Zim, DokuWiki, Textile, Wikidot, BBCode, AsciiDoc, OPML, FreeMind,
notebook, e-mail, Evernote, RTF, Keep, canvas and Creole importers are chosen by content only where a file has
their form throughout: every other note file the project holds (the test decks, the bundled notes, the docs)
reads exactly as it did before they existed."""

from __future__ import annotations

from pathlib import Path

from knowledge.importers import DeckImportError
from knowledge.importers.asciidoc import looks_like_asciidoc
from knowledge.importers.bbcode import looks_like_bbcode
from knowledge.importers.canvas import looks_like_canvas
from knowledge.importers.chat import chat_style
from knowledge.importers.creole import looks_like_creole
from knowledge.importers.dokuwiki import looks_like_dokuwiki
from knowledge.importers.enex import looks_like_enex
from knowledge.importers.freemind import looks_like_freemind
from knowledge.importers.gift import looks_like_gift
from knowledge.importers.joplin import joplin_note
from knowledge.importers.keep import looks_like_keep
from knowledge.importers.mail import looks_like_mail
from knowledge.importers.mediawiki import looks_like_mediawiki
from knowledge.importers.notebook import looks_like_notebook
from knowledge.importers.opml import looks_like_opml
from knowledge.importers.rtf import looks_like_rtf
from knowledge.importers.source import decode, normalise
from knowledge.importers.textile import looks_like_textile
from knowledge.importers.transcript import transcript_kind
from knowledge.importers.wikidot import looks_like_wikidot
from knowledge.importers.zim import looks_like_zim

ROOT = Path(__file__).resolve().parents[2]
NEW = ROOT / "tests" / "data" / "import_formats"
OURS = {
    ".gift",
    ".srt",
    ".vtt",
    ".wiki",
    ".adoc",
    ".opml",
    ".ipynb",
    ".eml",
    ".mbox",
    ".enex",
    ".rtf",
    ".textile",
    ".mm",
    ".canvas",
}
EXAMPLES = {  # the chats, transcripts, Keep note and Creole page these importers' own tests read
    "suffragettes_wiki.txt",
    "WhatsApp Chat with Y10 Beekeeping Club.txt",
    "_chat.txt",
    "keep_beetles.json",
    "knitting_club_telegram.txt",
    "iconoclasm_discord.txt",
    "cartography_youtube.txt",
}
# Blind /ask sets' decks written as a real chat export, transcript, GIFT bank (ask_eval22) and wiki page:
# each should be claimed, by its own detector.
BLIND = {
    "tests/data/ask_eval22/pol_parliament/parliament_chat.txt": "chat",
    "tests/data/ask_eval22/lang_japanese/japanese_transcript.txt": "transcript",
    "tests/data/ask_eval22/voc_firstaid/firstaid_gift.txt": "gift",
    # ask_eval23's wiki page saved as .txt (its .adoc, .ipynb, .eml and .opml decks go by extension)
    "tests/data/ask_eval23/hist_heraldry/heraldry_wiki.txt": "mediawiki",
    # ask_eval25's Zim desktop-wiki page: its header says so (its headings and `[[links]]` have
    # MediaWiki's form too, and Zim is asked first).
    "tests/data/ask_eval25/art_preraphaelites/Pre-Raphaelite_Brotherhood.txt": "zim",
    # The importers' own Zim and DokuWiki pages (session 25), saved as .txt as the wikis save them.
    "tests/data/ask_own25_import/hist_klondike/Klondike_Gold_Rush.txt": "zim",
    "tests/data/ask_own25_import/bio_ants/Ant_colonies.txt": "zim",
    "tests/data/ask_own25_import/art_stained_glass/stained_glass.txt": "dokuwiki",
    "tests/data/ask_own25_import/hist_klondike_people/klondike_people.txt": "dokuwiki",
    # ask_eval26's DokuWiki page (`====== Title ======` headings, `  * ` lists, `^ … ^` tables).
    "tests/data/ask_eval26/hist_mesopotamia/ancient_mesopotamia.txt": "dokuwiki",
    # The importers' own Wikidot page (session 26), its source saved as .txt; and the Joplin
    # notes exported raw (a .md named by the note's id, the app's record at its end).
    "tests/data/ask_own26_import/bio_sea_turtles/sea-turtles.txt": "wikidot",
    "tests/data/ask_own26_import/joplin_art_nouveau/4f1c9a2b7d3e4a5f8b6c0d1e2f3a4b5c.md": "joplin",
    "tests/data/ask_own26_import/joplin_sea_turtles/0b2e6d91c4f84a7e9d3a15c2b8e7f640.md": "joplin",
    # ask_eval27's Wikidot page (`+ ` headings, `||~` tables) and Joplin note (the app's record at
    # its end): claimed by the readers written in session 26 after the set was measured blind.
    "tests/data/ask_eval27/hist_gunpowder/gunpowder-plot.wikidot.txt": "wikidot",
    "tests/data/ask_eval27/eng_pride/b7e41c09a2d34f6e8c5d1a0f9e3b7c21.md": "joplin",
    # The generator of blind quiz review round 30's AsciiDoc deck (session 27), the deck inside it.
    "docs/quiz-review/30-make_deckB.py.txt": "asciidoc",
    # ask_eval28's DiscordChatExporter text export, claimed by the chat reader (as it was blind).
    "tests/data/ask_eval28/pe_tennis/Y11 PE - Text Channels - tennis-revision [1183604229163540511].txt": "chat",
    # ask_eval28's BBCode forum post, claimed by the reader written in session 28 after the set was
    # measured blind; and that reader's own posts (a teacher's and a student's), saved as .txt.
    "tests/data/ask_eval28/hist_easter/easter_rising_revision_post.txt": "bbcode",
    "tests/data/ask_own28_bbcode/hist_russian_revolution/russian_revolution_1917_post.txt": "bbcode",
    "tests/data/ask_own28_bbcode/bio_skeleton/skeleton revision (my post).txt": "bbcode",
    # ask_eval29's Creole class-wiki page, claimed by the Creole reader written in session 28
    # after the set was measured blind (it had been read as plain outline notes).
    "tests/data/ask_eval29/hist_athens_sparta/ancient_greece_wiki.txt": "creole",
}
SKIP = {
    ".apkg",
    ".colpkg",
    ".docx",
    ".pptx",
    ".xlsx",
    ".pdf",
    ".png",
    ".jpg",
    ".gz",
    ".zip",
    ".pyc",
    ".sqlite",
    ".xmind",
}


def _texts() -> list[tuple[Path, str]]:
    found: list[tuple[Path, str]] = []
    for folder in (ROOT / "tests" / "data", ROOT / "knowledge", ROOT / "docs"):
        for path in sorted(folder.rglob("*")):
            if not path.is_file() or path.suffix.lower() in SKIP | OURS:
                continue
            if path.parent == NEW and path.name in EXAMPLES:
                continue
            if path.stat().st_size > 2_000_000:
                continue
            try:
                found.append((path, normalise(decode(path.read_bytes()))))
            except DeckImportError:
                continue  # a binary
    return found


def test_no_other_note_file_is_claimed_by_a_content_detector() -> None:
    texts = _texts()
    assert len(texts) > 500
    claimed = [
        (path.relative_to(ROOT).as_posix(), kind)
        for path, text in texts
        for kind, found in (
            ("chat", chat_style(text)),
            ("transcript", transcript_kind(text)),
            ("gift", looks_like_gift(text)),
            # Zim and DokuWiki are asked before MediaWiki, whose form their pages have too.
            (
                "mediawiki",
                looks_like_mediawiki(text)
                and not looks_like_zim(text)
                and not looks_like_dokuwiki(text),
            ),
            ("zim", looks_like_zim(text)),
            ("dokuwiki", looks_like_dokuwiki(text)),
            ("textile", looks_like_textile(text)),
            ("wikidot", looks_like_wikidot(text)),
            ("bbcode", looks_like_bbcode(text)),
            ("joplin", _joplin(path, text)),
            ("asciidoc", looks_like_asciidoc(text)),
            ("opml", looks_like_opml(text)),
            ("freemind", looks_like_freemind(text)),
            ("notebook", looks_like_notebook(text)),
            ("email", looks_like_mail(text)),
            ("enex", looks_like_enex(text)),
            ("rtf", looks_like_rtf(text)),
            ("keep", looks_like_keep(text)),
            ("canvas", looks_like_canvas(text)),
            ("creole", looks_like_creole(text)),
        )
        if found
    ]
    assert sorted(claim for claim in claimed if claim[0] not in BLIND) == []
    assert sorted(claim for claim in claimed if claim[0] in BLIND) == sorted(BLIND.items())


def _joplin(path: Path, text: str) -> bool:
    """A Markdown file read as a Joplin note exported raw (its record of the app dropped)."""
    if path.suffix.lower() != ".md":
        return False
    try:
        return joplin_note(text, path.name) is not None
    except DeckImportError:
        return True  # a Joplin notebook or tag record
