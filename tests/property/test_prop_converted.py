"""The importers that convert to Markdown (org-mode, LaTeX, web pages) on generated text built from
their own markup: each gives a deck that loads or a clear DeckImportError, never another exception
(a fuzz run found pylatexenc's \\title text spec failing inside maths)."""

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
