"""Footnotes and comments in a Google Docs "Web page" export.

Docs cites a footnote with `<sup><a href="#ftnt1" id="ftnt_ref1">[1]</a></sup>` and a comment with
`<sup><a href="#cmnt1" id="cmnt_ref1">[a]</a></sup>`, and writes their texts at the end of the
page (the footnotes after an `<hr>`, each paragraph opening with its back-link
`<a href="#ftnt_ref1" id="ftnt1">[1]</a>`; then the comments, `<a href="#cmnt_ref1" …>[a]</a>`
and the comment's words, a reply in the paragraphs after it). Read as plain text they were lines
of notes under the last heading. A comment is the editors' talk, not notes: it goes. A footnote
explains the line that cites it, so its text is kept there, in brackets, where the `[1]` was.
"""

from __future__ import annotations

import re

_CITE = re.compile(r"^#(ftnt|cmnt)(\d{1,6})$")
_BACK_LINK = re.compile(r"^#(ftnt|cmnt)_ref(\d{1,6})$")
# Where a footnote's text goes, until the footnotes (at the page's end) have been read.
_OPEN, _CLOSE = "\ue0f0", "\ue0f1"
_PLACE = re.compile(f"{_OPEN}(\\d{{1,6}}){_CLOSE}")


class DocNotes:
    """The footnotes and comments of one page: which link is a citation or a note's back-link,
    the footnotes' texts, and whether the page's notes section has begun."""

    def __init__(self) -> None:
        self.footnotes: dict[str, list[str]] = {}
        self.current: tuple[str, str] | None = None  # the note being read: ("ftnt" | "cmnt", n)

    def citation(self, href: str) -> str | None:
        """For a citation link (`#ftnt1`, `#cmnt1`): what to write in the text in its place (a
        footnote's place, nothing for a comment); None for any other link."""
        cited = _CITE.match(href)
        if cited is None:
            return None
        return f"{_OPEN}{cited.group(2)}{_CLOSE}" if cited.group(1) == "ftnt" else ""

    @staticmethod
    def is_back_link(href: str) -> bool:
        """Whether a link is a footnote's or comment's back-link (`#ftnt_ref1`, `#cmnt_ref1`)."""
        return _BACK_LINK.match(href) is not None

    def starts_note(self, href: str) -> bool:
        """Whether a link is a note's back-link (`#ftnt_ref1`): the note's text follows it, and
        every paragraph from here to the next one belongs to it."""
        back = _BACK_LINK.match(href)
        if back is None:
            return False
        self.current = (back.group(1), back.group(2))
        if back.group(1) == "ftnt":
            self.footnotes.setdefault(back.group(2), [])
        return True

    def take(self, text: str) -> bool:
        """Keep a paragraph of the note being read (a comment's is dropped); False when the
        notes section has not begun and the paragraph is notes."""
        if self.current is None:
            return False
        kind, number = self.current
        if kind == "ftnt" and text:
            self.footnotes[number].append(text)
        return True

    def resolve(self, text: str) -> str:
        """`text` with each footnote's text, in brackets, where it was cited (an unknown one's
        place left empty)."""
        if _OPEN not in text:
            return text

        def note(match: re.Match[str]) -> str:
            words = " ".join(self.footnotes.get(match.group(1), [])).strip()
            return f" ({words})" if words else ""

        return " ".join(_PLACE.sub(note, text).replace(_OPEN, "").replace(_CLOSE, "").split())
