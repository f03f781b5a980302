"""Inline markup taken out of text a student will read: Markdown emphasis, links and HTML tags."""

from __future__ import annotations

import html
import re

_ESCAPED = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|~<>=])")
_IMAGE = re.compile(r"!\[([^\]]*)\]\((?:[^()]|\([^()]*\))*\)|!\[\[[^\]]*\]\]|!\[[^\]]*\]\[[^\]]*\]")
_EMPTY_LINK = re.compile(r"\[\s*\]\((?:[^()]|\([^()]*\))*\)")
_WIKILINK = re.compile(r"\[\[(?:[^\]|]*\|)?([^\]]+)\]\]")
_CALLOUT = re.compile(r"^\[![A-Za-z-]+\][+-]?\s*")
# Wiki page furniture: reference marks "[12]", "[citation needed]", "[edit]", "[note 3]".
_WIKI_MARK = re.compile(
    r"\[(?:\d{1,3}|[a-z]|note \d+|citation needed|clarification needed|edit|better source needed)\]",
    re.IGNORECASE,
)
_URL = re.compile(r"(?<![\w/])(?:https?://|www\.)[^\s)>\]]+")
_LINK = re.compile(r"\[([^\]]+)\]\((?:[^()]|\([^()]*\))*\)")
_REF_LINK = re.compile(r"\[([^\]]+)\]\[[^\]]*\]")
_AUTOLINK = re.compile(r"<((?:https?|mailto):[^>\s]+)>")
_CODE = re.compile(r"`+([^`]+?)`+")
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_EM_STAR = re.compile(r"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])")
_EM_UNDERSCORE = re.compile(r"(?<![\w_])_(?=\S)(.+?)(?<=\S)_(?![\w_])")
_STRIKE = re.compile(r"~~(.+?)~~")
_HIGHLIGHT = re.compile(r"==(?=\S)(.+?)(?<=\S)==")
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>|<!--.*?-->", re.DOTALL)
_ENTITY = re.compile(r"&(?:[a-zA-Z]+|#\d+|#x[0-9a-fA-F]+);")
_BREAK = re.compile(r"<br\s*/?>|</?(?:div|p|li|tr|h[1-6])\b[^>]*>", re.IGNORECASE)
_SOUND = re.compile(r"\[sound:[^\]]*\]")
# Escaped characters hide as NUL + a private-use character while emphasis is stripped, then come
# back. Input never holds NUL (importers refuse or drop control characters first).
_PRIVATE = 0xE000
_HIDDEN = re.compile("\x00([\ue000-\ue07f])")


def strip_markdown(text: str) -> str:
    """Plain text from a line of Markdown: "**Détente**: a [thaw](url)" -> "Détente: a thaw".

    Images (and badges, an image inside a link) go entirely: their alt text is rarely notes ("enter
    image description here"). Links keep their text, not their target; bare URLs go too.
    """
    text = _ESCAPED.sub(lambda m: "\x00" + chr(_PRIVATE + ord(m.group(1))), text)
    text = _CALLOUT.sub("", text.strip())
    text = _IMAGE.sub("", text)
    text = _EMPTY_LINK.sub("", text)
    text = _WIKI_MARK.sub("", text)
    text = _WIKILINK.sub(r"\1", text)
    text = _LINK.sub(r"\1", text)
    text = _REF_LINK.sub(r"\1", text)
    text = _AUTOLINK.sub("", text)
    text = _URL.sub("", text)
    text = _CODE.sub(r"\1", text)
    for pattern in (_STRONG, _STRONG, _EM_STAR, _EM_UNDERSCORE, _STRIKE, _HIGHLIGHT):
        text = pattern.sub(lambda m: m.group(m.lastindex or 0), text)
    text = _TAG.sub("", text)
    text = html.unescape(text).replace("\u00a0", " ")
    text = _HIDDEN.sub(lambda m: chr(ord(m.group(1)) - _PRIVATE), text)
    text = re.sub(r"\(\s*\)", "", text)  # what a dropped URL in brackets leaves
    return " ".join(text.split())


def strip_html(text: str, *, joiner: str = "; ") -> str:
    """Plain text from an HTML cell (Anki): tags dropped, entities decoded, line breaks joined.

    "<b>thaw</b>&nbsp;in<br>relations<br><br>" -> "thaw in; relations" (empty pieces are dropped).
    """
    text = " ".join(_SOUND.sub("", text).split())  # raw line breaks are spaces in HTML
    text = _BREAK.sub("\n", text)
    text = _TAG.sub("", text)
    text = html.unescape(text).replace("\u00a0", " ")
    pieces = [" ".join(piece.split()) for piece in text.split("\n")]
    kept = [piece for piece in pieces if piece]
    joined = kept[0] if kept else ""
    for piece in kept[1:]:  # a piece that already ends in punctuation needs no joiner
        joined += " " + piece if joined.endswith((";", ":", ",")) else joiner + piece
    return joined


def looks_like_html(text: str) -> bool:
    """True when `text` has a tag or an entity in it (cells exported with HTML on). Asked of
    every cell of a CSV or TSV: a tag needs a "<" and an entity an "&", found far sooner."""
    return ("<" in text and _TAG.search(text) is not None) or (
        "&" in text and _ENTITY.search(text) is not None
    )
