"""Property tests for the formats added in session 22: mutated AsciiDoc, MediaWiki, OPML, notebook,
e-mail, Evernote and RTF files, each read in its own format and by content detection, give a deck
that loads or a clear DeckImportError — never another exception."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from knowledge.importers import DeckImportError, dump_deck, import_bytes_with_report, import_text
from knowledge.loader import parse_deck
from tests.counts import count
from tests.property.test_prop_files import mutated

DATA = Path(__file__).parent.parent / "data" / "import_formats"
SAMPLES = {
    "mediawiki": "change_ringing.wiki",
    "asciidoc": "horology.adoc",
    "opml": "bonsai.opml",
    "notebook": "dendrochronology.ipynb",
    "email": "orienteering_reply.eml",
    "enex": "heraldry.enex",
    "rtf": "tea.rtf",
}
TEXTS = {
    format: (DATA / name).read_bytes().decode("utf-8", "replace")
    for format, name in SAMPLES.items()
}


def _loads_or_refuses(run: object) -> None:
    try:
        mapping = run() if callable(run) else None
    except DeckImportError as error:
        assert str(error)
        return
    assert isinstance(mapping, dict)
    parse_deck(dump_deck(mapping))  # what an importer makes always loads


@given(st.data())
def test_mutated_files_import_in_their_format_or_get_a_clear_error(data: st.DataObject) -> None:
    format = data.draw(st.sampled_from(sorted(SAMPLES)))
    text = data.draw(mutated(TEXTS[format]))
    count("property: new-format inputs tried")
    _loads_or_refuses(lambda: import_text(text, format=format, source_name=SAMPLES[format]))


@given(st.data())
def test_mutated_files_under_any_name_are_detected_or_refused(data: st.DataObject) -> None:
    format = data.draw(st.sampled_from(sorted(SAMPLES)))
    raw = data.draw(mutated(TEXTS[format])).encode("utf-8", "surrogatepass")
    name = data.draw(st.sampled_from([SAMPLES[format], "notes.txt", "notes.unknown", "notes"]))
    count("property: new-format uploads tried")
    _loads_or_refuses(lambda: import_bytes_with_report(raw, name).mapping)
