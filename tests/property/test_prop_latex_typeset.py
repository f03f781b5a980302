"""LaTeX's quantities, formulas, links and footnotes (`siunitx`, `latex_macros`) on generated text:
each file gives a deck that loads or a clear DeckImportError, never another exception, and no
footnote marker or raw siunitx macro reaches the deck."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from knowledge.importers import DeckImportError, dump_deck, import_text
from knowledge.loader import parse_deck

PIECES = [
    *("\\section{A}", "\\begin{itemize}", "\\end{itemize}", "\\item", "\\item[", "]", "{", "}"),
    *("\\SI{", "\\qty{", "\\si{", "\\num{", "\\SIrange{", "\\ang{", "\\unit{", "\\tablenum{"),
    *("\\kilo", "\\metre", "\\per", "\\second", "\\squared", "\\tothe{", "\\celsius", "\\year"),
    *("\\DeclareSIUnit", "\\ce{", "H2O", "^2-", "->", "\\footnote{", "\\href{", "\\url{"),
    *("$", "\\,", "\\mathrm{", "^", "\\circ", "\\times", "\\pounds", "\\textsuperscript{", "."),
    *("\\begin{description}", "\\end{description}", "\\emph{", "1.2e3", "+-", ";", "&", "\\\\"),
]
WORDS = ["The tower is", " 49 ", "Fossils form.", "\n", "\n\n", " ", "x"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from([*PIECES, *WORDS]) | st.text(max_size=4), max_size=60))
def test_typeset_macros_give_a_deck_or_a_clear_error(pieces: list[str]) -> None:
    text = "\\section{Notes}\n" + "".join(pieces)
    try:
        mapping = import_text(text, format="latex", source_name="generated.tex")
    except DeckImportError as error:
        assert str(error)
        return
    written = dump_deck(mapping)
    assert "\ufff9" not in written  # a footnote's marker is always placed
    parse_deck(written)
