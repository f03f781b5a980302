"""Property tests: the deck loader, every importer and the upload reader on generated and mutated
files. Whatever the bytes, the answer is a deck or a clear error — never another exception."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from knowledge.importers import FORMATS, DeckImportError, dump_deck, import_text
from knowledge.importers.redtrivia import looks_like_trivia
from knowledge.loader import DeckError, parse_deck
from knowledge.uploads import ACCEPTED_SUFFIXES, UploadedDeck, UploadRefused, read_upload
from tests.counts import count

DATA = Path(__file__).parent.parent / "data"
SAMPLES = {
    "outline": (DATA / "imports" / "rivers.txt").read_text(encoding="utf-8"),
    "markdown": (DATA / "imports" / "french_revolution.md").read_text(encoding="utf-8"),
    "tsv": (DATA / "imports" / "chemistry_quizlet.tsv").read_text(encoding="utf-8"),
    "csv": (DATA / "imports" / "economics_terms.csv").read_text(encoding="utf-8"),
    "redtrivia": (DATA / "imports" / "cold_war_trivia.yaml").read_text(encoding="utf-8"),
    "deck": (DATA / "good_decks" / "full.yaml").read_text(encoding="utf-8"),
}
# Characters that mean something to one of the formats, or to YAML, or to nobody.
_PUNCTUATION = "-*+#>|:=\t\n ,;\"'[]{}&!%@`~?()\\/.0123456789"
_NASTY = "\x00\x1b\u200b\u202e\ud800\ufeff\u2028\x85é漢👩‍🔬"


@st.composite
def mutated(draw: st.DrawFn, original: str) -> str:
    """`original` with a few random edits: text inserted, cut, a line repeated or indented."""
    text = original
    for _ in range(draw(st.integers(1, 6))):
        where = draw(st.integers(0, len(text)))
        edit = draw(st.sampled_from(["insert", "cut", "repeat", "indent", "nasty"]))
        if edit == "insert":
            text = text[:where] + draw(st.text(alphabet=_PUNCTUATION, max_size=20)) + text[where:]
        elif edit == "cut":
            text = text[:where] + text[where + draw(st.integers(1, 200)) :]
        elif edit == "repeat":
            lines = text.split("\n")
            at = where % max(len(lines), 1)
            text = "\n".join([*lines[:at], *[lines[at]] * draw(st.integers(2, 50)), *lines[at:]])
        elif edit == "indent":
            lines = text.split("\n")
            at = where % max(len(lines), 1)
            lines[at] = " " * draw(st.integers(1, 400)) + lines[at]
            text = "\n".join(lines)
        else:
            text = text[:where] + draw(st.text(alphabet=_NASTY, max_size=5)) + text[where:]
    return text


def _import_or_refuse(text: str, format: str) -> None:
    count("property: importer inputs tried")
    try:
        mapping = import_text(text, format=format, source_name="generated.txt")
    except DeckImportError as error:
        assert str(error)
        return
    parse_deck(dump_deck(mapping))  # what an importer makes always loads


@given(st.sampled_from(FORMATS[:5]), st.text(max_size=2_000))
def test_any_text_imports_or_gets_a_clear_error(format: str, text: str) -> None:
    _import_or_refuse(text, format)


@given(st.data())
def test_mutated_notes_import_or_get_a_clear_error(data: st.DataObject) -> None:
    format = data.draw(st.sampled_from(["outline", "markdown", "tsv", "csv", "redtrivia"]))
    _import_or_refuse(data.draw(mutated(SAMPLES[format])), format)


@given(st.one_of(st.text(max_size=2_000), mutated(SAMPLES["deck"]), mutated(SAMPLES["redtrivia"])))
def test_the_loader_gives_a_deck_or_its_problems(text: str) -> None:
    count("property: deck texts tried")
    try:
        deck = parse_deck(text, "generated.yaml")
    except DeckError as error:
        assert error.problems
        assert all(problem.message for problem in error.problems)
    else:
        assert deck.topics
    assert isinstance(looks_like_trivia(text), bool)


@given(
    st.sampled_from([*ACCEPTED_SUFFIXES, ".exe", ""]),
    st.one_of(
        st.binary(max_size=3_000),
        st.sampled_from(list(SAMPLES.values()))
        .flatmap(mutated)
        .map(lambda text: text.encode("utf-8", "surrogatepass")),
    ),
)
def test_read_upload_never_raises(suffix: str, content: bytes) -> None:
    count("property: uploads tried")
    result = read_upload(f"notes{suffix}", content)
    assert isinstance(result, UploadedDeck | UploadRefused)
    if isinstance(result, UploadRefused):
        assert result.problems and all(result.problems)
