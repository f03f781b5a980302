"""A saved web page's chrome: what the site puts round the notes (menus, breadcrumbs, cookie
banners, bylines, share buttons, "last updated" lines, footers, comment threads, sidebars), told
from the notes so that none of it becomes a fact.

Hand-written rather than a boilerplate library: measured on school pages (a VLE page, a wiki
page, a blog post and round 24's deck B), trafilatura dropped every heading of deck B (so the
topic tree), jusText marked every short list item of the notes as boilerplate, and readability
kept the breadcrumbs, cookie banner and byline (and trafilatura brings a dozen more packages:
dateparser, htmldate, courlan, jusText …). The signals are the ones
those libraries use: class, id and role names of the containers (readability's "unlikely
candidates"), the share of a line's text that is links (its "link density"), and a few phrases
that only chrome uses, read on short lines only.
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz

# Words in a class, id or role that name chrome; a container named by one is dropped whole.
_CHROME_WORDS = frozenset(
    {"nav", "navbar", "navigation", "menu", "menubar", "breadcrumb", "breadcrumbs", "crumbs"}
    | {"cookie", "cookies", "consent", "gdpr", "footer", "sidebar", "widget", "widgets"}
    | {"share", "sharing", "sharedaddy", "social", "byline", "meta", "comments", "comment"}
    | {"respond", "related", "relatedposts", "pagination", "pager", "skip", "usermenu"}
    | {"login", "catlinks", "printfooter", "editsection", "toc", "sitenotice", "centralnotice"}
    | {"advert", "advertisement", "ads", "promo", "newsletter", "subscribe", "tags", "modified"}
    | {"lastmod", "copyright", "noprint", "masthead", "colophon", "brand", "logo", "searchform"}
    | {"metadata", "likes"}
    | {"contentinfo", "complementary", "search", "dialog", "alertdialog", "banner", "toolbar"}
)
# Class names of several words that name chrome as a whole ("site-title", "sr-only").
_CHROME_NAMES = frozenset(
    {"site-title", "site-description", "site-branding", "sr-only", "screen-reader-text"}
    | {"visually-hidden", "visuallyhidden", "skip-link", "jump-link", "mw-jump-link"}
)
# Words that name the notes themselves: a container named by one is read even if another word
# of its name is a chrome word ("main-content-nav" would be rare; "page-content" common).
_CONTENT_WORDS = frozenset({"article", "body", "content", "main"})
_WORD = re.compile(r"[a-z0-9]+")
_DISPLAY_NONE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)

MAX_CHROME_WORDS = 20
"""Longest line that a chrome phrase makes chrome: notes that mention "cookies" or "copyright"
in a sentence of their own are longer, or do not open with the phrase."""

_CHROME_PHRASE = re.compile(
    r"^(?:skip\s+to\b|skip\s+navigation|jump\s+to\s+(?:navigation|search|content)"
    r"|you\s+are\s+(?:not\s+)?logged\s+in|back\s+to\s+top|top\s+of\s+(?:the\s+)?page"
    r"|share(?:\s+(?:this|on|via)\b[^:]*)?\s*:|posted\s+(?:on|by|in)\b|published\s+on\b"
    r"|filed\s+under\b|(?:page\s+)?last\s+(?:updated|modified|edited|reviewed)"
    r"|this\s+page\s+was\s+last|updated\s*(?:on\s*)?:?\s*\d|updated\s+automatically\b"
    r"|created\s+by\b[^.]{0,80}\blast\s+(?:modified|updated|edited)|retrieved\s+from\b"
    r"|(?:proudly\s+)?powered\s+by\b|leave\s+a\s+(?:reply|comment)|\d+\s+(?:comments?|thoughts?\s+on)\b"
    r"|this\s+site\s+uses\s+cookies|we\s+use\s+cookies|categories\s*:\s*\S"
    r"|from\s+[\w ]{1,40},\s+the\s+free\b)"
    r"|\bmin(?:ute)?s?\s+read\b|©|\ball\s+rights\s+reserved\b",
    re.IGNORECASE,
)
# Link texts that are chrome only as the whole line: "Privacy policy" in a footer, but "Privacy
# policy: a statement of how a site uses data" in a computing deck is notes.
_CHROME_LINK_TEXT = re.compile(
    r"(?:log\s*(?:in|out)|sign\s+(?:in|up)|privacy\s+(?:policy|notice)|cookie\s+settings"
    r"|accept\s+(?:all\s+)?cookies|terms\s+(?:of\s+use|and\s+conditions)|accessibility\s+statement"
    r"|(?:previous|next)\s+post\b.*|related\s+posts?|subscribe(?:\s+to\s+.*)?|follow\s+us.*"
    r"|print\s+this\s+page|menu|search)[.!:]?",
    re.IGNORECASE,
)
_COPYRIGHT_YEAR = re.compile(r"^(?:copyright|\(c\))\s+(?:19|20)\d\d\b", re.IGNORECASE)
# A strip of short pieces: "Home > Science > Biology", "chitin · hypha · mycelium".
_DOT_SEPARATOR = re.compile(r"\s+[·•]\s+")  # "|" only with links: "P(A | B)" is maths
_LINK_SEPARATOR = re.compile(r"\s+[·•|›»>/]\s+")
_STRIP_PIECE_WORDS = 4
_STRIP_PIECES = 3
_LINKS_ARE_CHROME = 0.5  # share of a short line's letters inside links
_MAX_LINK_LINE_WORDS = 8  # a longer line that is mostly links still says something


def is_chrome_element(tag: str, attributes: dict[str, str]) -> bool:
    """Whether an element (by its class, id, role and hidden state) is chrome, so everything in it
    is left out. `<body>` and `<html>` never are, whatever their classes."""
    if tag in ("body", "html"):
        return False
    if "hidden" in attributes or attributes.get("aria-hidden", "").lower() == "true":
        return True
    if _DISPLAY_NONE.search(attributes.get("style", "")):
        return True
    names = " ".join(
        attributes.get(name, "") for name in ("class", "id", "role", "aria-label")
    ).lower()
    if not names.strip():
        return False
    if _CHROME_NAMES & set(names.split()):
        return True
    words = set(_WORD.findall(names))
    return bool(words & _CHROME_WORDS) and not words & _CONTENT_WORDS


def chrome_line(text: str, link_share: float) -> str | None:
    """Why a line of a page is chrome (None when it is notes): a chrome phrase on a short line
    ("Posted by …", "© 2025 …", "Last modified: …"), or a strip of short pieces that are links
    (breadcrumbs, footer links) or are joined by dots ("Key words: chitin · hypha · mycelium")."""
    plain = " ".join(text.replace("*", "").split())
    words = plain.split()
    if not words:
        return None
    if len(words) <= MAX_CHROME_WORDS and (
        _CHROME_PHRASE.search(plain)
        or _COPYRIGHT_YEAR.match(plain)
        or _CHROME_LINK_TEXT.fullmatch(plain)
    ):
        return "the page's own text (menus, byline, footer), not notes"
    body = plain.split(": ", 1)[1] if ": " in plain[:40] else plain
    if link_share >= _LINKS_ARE_CHROME and len(words) <= _MAX_LINK_LINE_WORDS:
        return "a line of links, not notes"
    for separator in (_DOT_SEPARATOR, _LINK_SEPARATOR if link_share > 0 else None):
        if separator is None:
            continue
        pieces = separator.split(body)
        if len(pieces) >= _STRIP_PIECES and all(
            len(piece.split()) <= _STRIP_PIECE_WORDS for piece in pieces
        ):
            return "a strip of words joined by separators, not notes"
    return None


_LONGEST_TITLE = 300  # characters compared: a crafted megabyte-long <title> costs no more


def same_title(page_title: str, heading: str) -> bool:
    """Whether a page's <title> ("Fungi & Mycology – Revision Notes | Biology | Ashgrove VLE")
    names the same thing as its top heading: sites add their own name and sections to it."""
    page_title, heading = page_title[:_LONGEST_TITLE], heading[:_LONGEST_TITLE]
    first = re.split(r"\s+[|·•»]\s+", page_title)[0]
    return fuzz.token_set_ratio(first, heading, processor=_folded) >= 85 or (
        fuzz.partial_ratio(_folded(heading), _folded(page_title)) >= 90
    )


def _folded(text: str) -> str:
    return " ".join(text.casefold().replace("&", "and").replace("*", "").split())
