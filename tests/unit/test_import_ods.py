"""OpenDocument spreadsheets (.ods) read as Excel workbooks are: a sheet per topic, a bold header
row naming the third column, a question sheet; LibreOffice's million repeated empty rows read
without cost; entity bombs, repeated rows past the limit and broken files refused. The sample
is saved by LibreOffice Calc itself (tests/data/import_formats/make_office_samples.py)."""

from __future__ import annotations

import pytest

from knowledge.importers import DeckImportError, import_bytes_with_report
from knowledge.uploads import UploadedDeck, UploadRefused, read_upload
from tests.unit.formats_helpers import SAMPLES, facts, load
from tests.unit.office_zips import rewritten, with_prolog, zipped

GENERA = SAMPLES / "orchid_genera.ods"
_MIME = b"application/vnd.oasis.opendocument.spreadsheet"


def test_sheets_are_topics_with_their_terms_and_questions() -> None:
    deck = load("orchid_genera.ods")
    assert [topic.title for topic in deck.topics] == ["Genera", "Parts of the flower", "Quiz"]
    terms = {term.term: term.definition for term in deck.terms}
    assert "Genus" not in terms
    assert terms["Vanilla"] == (
        "climbing vine whose seed pods give the spice vanilla; Native to: Mexico"
    )
    assert terms["Labellum"] == "the enlarged lower petal, also called the lip"
    assert [(q.prompt, q.answers) for q in deck.questions][1] == (
        "Which orchid gives us a spice?",
        ("Vanilla",),
    )
    assert len(facts(deck, "Parts of the flower")) == 4


def test_an_upload_is_read_and_so_is_an_ods_under_another_name() -> None:
    uploaded = read_upload("orchid_genera.ods", GENERA.read_bytes())
    assert isinstance(uploaded, UploadedDeck) and uploaded.imported_from == "ods"
    assert import_bytes_with_report(GENERA.read_bytes(), "genera.zip").report.name == "ods"


def _repeated_row(xml: bytes) -> bytes:
    # the first row of text said again two million times
    return xml.replace(
        b"<table:table-row ", b'<table:table-row table:number-rows-repeated="2000000" ', 1
    )


@pytest.mark.parametrize(
    ("data", "said"),
    [
        (rewritten(GENERA, "content.xml", with_prolog), "declares XML entities"),
        (rewritten(GENERA, "content.xml", _repeated_row), "more than 60,000 rows"),
        (rewritten(GENERA, "content.xml", lambda xml: xml[:3000]), "XML is broken"),
        (zipped({"mimetype": _MIME}), "holds no content.xml"),
        (
            zipped(
                {"mimetype": _MIME, "content.xml": b"<a>" + b" " * (20 * 1024 * 1024) + b"</a>"}
            ),
            "zip bomb",
        ),
        (zipped({"mimetype": _MIME, "content.xml": b"<a/>"}), "empty"),
    ],
)
def test_hostile_or_broken_spreadsheets_are_refused_clearly(data: bytes, said: str) -> None:
    with pytest.raises(DeckImportError, match=said):
        import_bytes_with_report(data, "bad.ods")
    refused = read_upload("bad.ods", data)
    assert isinstance(refused, UploadRefused)
    assert said in refused.problems[0]


@pytest.mark.parametrize("name", ["bridge_terms.ods", "bridge_terms.xlsx"])
def test_a_hidden_sheet_of_answers_is_left_out_and_named_as_in_excel(name: str) -> None:
    """Calc's Hide Sheet (a table style with `table:display="false"`) hides a sheet as Excel's
    does: the teacher's test answers are no topic and no quiz answer, in either format."""
    imported = import_bytes_with_report((SAMPLES / name).read_bytes(), name)
    topics = imported.mapping["topics"]
    assert isinstance(topics, list)
    assert [topic["title"] for topic in topics] == ["Bridge terms"]
    assert "flutter" not in str(imported.mapping)
    assert imported.report.detected["hidden sheets left out"] == "'Test answers'"
    assert load(name).terms[0].term == "Abutment"
