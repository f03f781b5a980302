"""Inline markup taken out of text a student will read: Markdown emphasis, links and HTML tags."""

from __future__ import annotations

import bisect
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
# Code spans. Tried only where a run of backticks starts: from inside a run, a span that did not
# match from its start cannot match either, and trying there made a line of backticks quadratic
# (200 kB of "`" was minutes of CPU).
_CODE = re.compile(r"(?<!`)`+([^`]+)`+")
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_EM_STAR = re.compile(r"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])")
_EM_UNDERSCORE = re.compile(r"(?<![\w_])_(?=\S)(.+?)(?<=\S)_(?![\w_])")
_STRIKE = re.compile(r"~~(.+?)~~")
_HIGHLIGHT = re.compile(r"==(?=\S)(.+?)(?<=\S)==")
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>|<!--.*?-->", re.DOTALL)
_TAG_ONLY = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>")  # `_TAG` but comments
_ENTITY = re.compile(r"&(?:[a-zA-Z]+|#\d+|#x[0-9a-fA-F]+);")
# Tags that end a line of text; table cells too, so "<td>Queen</td><td>female</td>" is not
# "Queenfemale". `[^<>]`: a tag never holds "<", and a run of unclosed "<div" stays one pass.
_BREAK = re.compile(
    r"<br\s*/?>|</?(?:div|p|li|tr|td|th|table|ul|ol|h[1-6])\b[^<>]*>", re.IGNORECASE
)
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
    text = _bracketed_sub(_IMAGE, "", text, "![")
    text = _bracketed_sub(_EMPTY_LINK, "", text, "[")
    text = _WIKI_MARK.sub("", text)
    text = _bracketed_sub(_WIKILINK, r"\1", text, "[[")
    text = _bracketed_sub(_LINK, r"\1", text, "[")
    text = _bracketed_sub(_REF_LINK, r"\1", text, "[")
    text = _AUTOLINK.sub("", text)
    text = _URL.sub("", text)
    text = _CODE.sub(r"\1", text)
    for pattern in (_STRONG, _STRONG, _EM_STAR, _EM_UNDERSCORE, _STRIKE, _HIGHLIGHT):
        text = _paired_sub(pattern, text)
    text = _without_tags(text)
    text = html.unescape(text).replace("\u00a0", " ")
    text = _HIDDEN.sub(lambda m: chr(ord(m.group(1)) - _PRIVATE), text)
    text = re.sub(r"\(\s*\)", "", text)  # what a dropped URL in brackets leaves
    text = _LEADING_EMOJI.sub(
        "", text.strip()
    )  # "🍵 Tea: …", "💡 How to use …": a notes app's icon
    return " ".join(text.split())


_LEADING_EMOJI = re.compile(
    "^[\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff\ufe0f\u200d]+" r"\s+"
)


# Emphasis: each pattern's opener (looked ahead, so every place is found) and its closer, found
# at once for the whole text, and the fewest characters from an opener's start to its closer's
# (`_paired_sub`). A closer's place is where it starts.
_PAIRS: dict[re.Pattern[str], tuple[re.Pattern[str], dict[str, re.Pattern[str]], int]] = {
    _STRONG: (
        re.compile(r"(?=(\*\*|__)\S)"),
        {"**": re.compile(r"(?<=\S)(?=\*\*)"), "__": re.compile(r"(?<=\S)(?=__)")},
        3,
    ),
    _EM_STAR: (
        re.compile(r"(?<![\w*])(?=(\*)\S)"),
        {"*": re.compile(r"(?<=\S)(?=\*(?![\w*]))")},
        2,
    ),
    _EM_UNDERSCORE: (
        re.compile(r"(?<![\w_])(?=(_)\S)"),
        {"_": re.compile(r"(?<=\S)(?=_(?![\w_]))")},
        2,
    ),
    _STRIKE: (re.compile(r"(?=(~~))"), {"~~": re.compile(r"(?=~~)")}, 3),
    _HIGHLIGHT: (re.compile(r"(?=(==)\S)"), {"==": re.compile(r"(?<=\S)(?===)")}, 3),
}


def _paired_sub(pattern: re.Pattern[str], text: str) -> str:
    """`pattern.sub` keeping each match's inner text, as `re` would make it, in time linear in
    the text. An emphasis pattern's lazy body matches up to the first closer after its opener on
    its line, so `re` alone tried every opener with no closer after it all the way to the line's
    end: a line of 50,000 unclosed "*a " took 46 CPU-s, and 1.5 MB never ended. Here an opener
    is tried only when a closer of its kind starts far enough after it on the same line, which
    is what its match needs and all it needs (the closer's own conditions are local), so every
    opener tried matches, and the rest of the line is never read again for one that cannot."""
    openers, closer_patterns, gap = _PAIRS[pattern]
    if not openers.search(text):
        return text
    closers = {
        kind: [m.start() for m in closer.finditer(text)] for kind, closer in closer_patterns.items()
    }
    pieces: list[str] = []
    done = 0
    for opener in openers.finditer(text):
        start = opener.start()
        if start < done:
            continue  # inside the last match
        places = closers[opener.group(1)]
        at = bisect.bisect_left(places, start + gap)
        if at == len(places):
            continue  # no closer of its kind after it
        line_end = text.find("\n", start)
        if 0 <= line_end < places[at]:
            continue  # the next one is on another line: "." stops at the line's end
        found = pattern.match(text, start)
        if found is None:
            continue
        pieces += (text[done:start], found.group(found.lastindex or 0))
        done = found.end()
    pieces.append(text[done:])
    return "".join(pieces)


_CLOSING_BRACKET = re.compile(r"\]")
_BLANK_LINK_HEAD = re.compile(r"\[\s*\]\(")


def _bracketed_sub(pattern: re.Pattern[str], repl: str, text: str, opener: str) -> str:
    """`pattern.sub(repl, text)` for a link or image pattern, in time linear in the text. Each
    such match runs from its opener to the first "]" after it (its text holds no "]"), and what
    may follow that "]" is one of "(", "[" or "]": `re` alone read from every "[" with no "]"
    after it to the text's end (quadratic on a line of many). Here an opener is tried only when
    a "]" follows it and is followed as the pattern needs; and when a try fails for what comes
    after that "]" (its brackets' contents never matter once not empty), no later opener
    reaching the same "]" is tried again."""
    if opener not in text or "]" not in text:
        return text
    closes = [m.start() for m in _CLOSING_BRACKET.finditer(text)]
    failed: set[tuple[int, bool]] = set()
    pieces: list[str] = []
    done = 0
    start = text.find(opener)
    while start >= 0:
        at = bisect.bisect_left(closes, start + len(opener))
        if at == len(closes):
            break  # no "]" after it, nor after any later opener
        close = closes[at]
        # What decides a try beyond the "]": the "]" itself, and (for an image) whether it was
        # opened "![[" (`_IMAGE`'s wiki form).
        key = (close, text[start + 2 : start + 3] == "[")
        if (
            text[close + 1 : close + 2] in ("(", "[", "]")
            and key not in failed
            and (pattern is not _EMPTY_LINK or _BLANK_LINK_HEAD.match(text, start))
        ):
            found = pattern.match(text, start)
            if found is not None:
                pieces += (text[done:start], found.expand(repl))
                done = found.end()
                start = text.find(opener, done)
                continue
            if close > start + len(opener):  # an empty "[]" fails for itself alone
                failed.add(key)
        start = text.find(opener, start + 1)
    pieces.append(text[done:])
    return "".join(pieces)


def _without_tags(text: str) -> str:
    """`_TAG.sub("", text)` in time linear in the text (see `_comments_end`)."""
    end = _comments_end(text)
    return _TAG.sub("", text[:end]) + _TAG_ONLY.sub("", text[end:])


def _comments_end(text: str) -> int:
    """Where `_TAG` may stop looking for comments in `text`: after its last "-->" (0 without
    one; the end without any "<!--"). `re` read from each "<!--" to the end of the text for a
    "-->" that is not there: quadratic on a line of many. No match of `_TAG` starting before
    that place ends after it (a tag stops at its ">", a comment at its first "-->"), and after
    it no comment can close, so what follows is read for tags alone (`_TAG_ONLY`)."""
    if "<!--" not in text:
        return len(text)
    last = text.rfind("-->")
    return 0 if last < 0 else last + 3


def strip_html(text: str, *, joiner: str = "; ") -> str:
    """Plain text from an HTML cell (Anki): tags dropped, entities decoded, line breaks joined.

    "<b>thaw</b>&nbsp;in<br>relations<br><br>" -> "thaw in; relations" (empty pieces are dropped).
    """
    text = " ".join(_SOUND.sub("", text).split())  # raw line breaks are spaces in HTML
    text = _BREAK.sub("\n", text)
    text = _without_tags(text)
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
    return ("<" in text and _has_tag(text)) or ("&" in text and _ENTITY.search(text) is not None)


def _has_tag(text: str) -> bool:
    """`_TAG.search(text) is not None`, in time linear in the text (see `_comments_end`)."""
    end = _comments_end(text)
    return _TAG.search(text, 0, end) is not None or _TAG_ONLY.search(text, end) is not None
