"""The importers that convert to Markdown (org-mode, LaTeX, web pages, GIFT banks, chats,
captions) on generated text built from their own markup: each gives a deck that loads or a clear
DeckImportError, never another exception (a fuzz run found pylatexenc's \\title text spec failing
inside maths)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from knowledge.importers import DeckImportError, dump_deck, import_text
from knowledge.loader import parse_deck

PIECES: dict[str, list[str]] = {
    "org": [
        *("* ", "** ", "#+TITLE: Rocks", ":PROPERTIES:", ":END:", "#+BEGIN_SRC", "#+END_SRC"),
        *("- a :: b", "- [X] ", "*bold*", "/it/", "=code=", "[[x][y]]", "|---+---|", "| a | b |"),
    ],
    "latex": [
        *("\\section{A}", "\\begin{itemize}", "\\end{itemize}", "\\item", "\\item[T]", "&", "\\\\"),
        *("\\begin{tabular}{ll}", "\\end{tabular}", "\\textbf{", "}", "{", "$", "\\[", "\\]", "%"),
        *("\\title{T}", "\\begin{document}", "\\end{document}", "\\&", "--", "~"),
    ],
    "html": [
        *("<h1>", "</h1>", "<h3>", "<ul>", "</ul>", "<li>", "<ol>", "<table>", "<tr>", "<td>"),
        *(
            "<th>",
            "<b>",
            "</b>",
            "<br>",
            "<script>",
            "</script>",
            "<!--",
            "&amp;",
            "<span class=c1>",
        ),
        *('<p class="title">', "<style>.c1{font-weight:700}</style>"),
    ],
    "gift": [
        *("$CATEGORY: a/b", "::T::", "{", "}", "=", "~", "#", "####", "%50%", "%-100%", "->"),
        *("{T}", "{FALSE}", "{#", "..", ":", "\\:", "\\{", "[html]", "<b>", "//", "?"),
    ],
    "chat": [
        *("12/03/2024, 19:42 - ", "[3/12/24, 7:42:05\u202fPM] ", "Ann: ", "\u200e", "?"),
        *(
            "<Media omitted>",
            "ok",
            "Ann, [12.03.2024 19:42]",
            "[3/12/24 7:42 PM] bob",
            "{Reactions}",
        ),
    ],
    "transcript": [
        *("WEBVTT", "1", "00:00:01,000 --> 00:00:02,000", "00:01.000 --> 00:09.000", "0:00"),
        *("1:02:03", "[Music]", ">>", "- ", "<i>", "<v Ann>", "um,", "Chapter Title", "NOTE"),
    ],
}
WORDS = ["Cells are small.", "Granite is igneous", "\n", "\n\n", " ", "1815", "x"]


@settings(max_examples=60, deadline=None)
@given(st.data())
def test_converted_formats_give_a_deck_or_a_clear_error(data: st.DataObject) -> None:
    format = data.draw(st.sampled_from(sorted(PIECES)))
    pieces = st.sampled_from([*PIECES[format], *WORDS]) | st.text(max_size=5)
    text = "".join(data.draw(st.lists(pieces, max_size=60)))
    try:
        mapping = import_text(text, format=format, source_name=f"generated.{format}")
    except DeckImportError as error:
        assert str(error)
        return
    parse_deck(dump_deck(mapping))
