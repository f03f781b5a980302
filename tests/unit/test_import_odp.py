"""OpenDocument presentations (.odp, odfpy-made slides in two subjects) read as .pptx slides are:
a title slide names the deck, each slide's title is a topic ("… (cont.)" carries on its topic),
bullets keep their nesting, tables read as rows, speaker notes are facts without the presenter's
directions, footers and hidden slides are left out; entity bombs, zip bombs, absurd nesting and
damaged files are refused clearly and fast."""

from __future__ import annotations

import io
import time
import zipfile
from pathlib import Path

import pytest

from knowledge.deck_files import open_deck_file
from knowledge.importers import DeckImportError, import_bytes_with_report, import_file_with_report
from knowledge.uploads import UploadedDeck, read_upload
from tests.unit.asking import ask_json
from tests.unit.formats_helpers import ROOT, facts, questions, quiz_sample, written

SLIDES = ROOT / "tests" / "data" / "ebooks_slides"
ROMAN = SLIDES / "roman_army.odp"
RIVERS = SLIDES / "rivers_flooding.odp"

_NS = " ".join(
    f'xmlns:{prefix}="urn:oasis:names:tc:opendocument:xmlns:{name}:1.0"'
    for prefix, name in (
        ("office", "office"),
        ("draw", "drawing"),
        ("text", "text"),
        ("presentation", "presentation"),
        ("style", "style"),
        ("table", "table"),
    )
)


def _odp(pages: str, *, prolog: str = "", styles: str = "", packed: bool = False) -> bytes:
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?>{prolog}<office:document-content {_NS}>'
        f"<office:automatic-styles>{styles}</office:automatic-styles><office:body>"
        f"<office:presentation>{pages}</office:presentation></office:body>"
        "</office:document-content>"
    )
    buffer = io.BytesIO()
    method = zipfile.ZIP_DEFLATED if packed else zipfile.ZIP_STORED
    with zipfile.ZipFile(buffer, "w", method) as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.presentation")
        archive.writestr("content.xml", content)
    return buffer.getvalue()


def _page(title: str, body: str = "", style: str = "") -> str:
    return (
        f'<draw:page draw:style-name="{style}"><draw:frame presentation:class="title">'
        f"<draw:text-box><text:p>{title}</text:p></draw:text-box></draw:frame>{body}</draw:page>"
    )


def test_slides_are_topics_with_nested_bullets_tables_and_notes() -> None:
    deck = open_deck_file(ROMAN)
    assert deck.title == "The Roman Army"
    roots = [topic.title for topic in deck.roots()]
    assert roots[:3] == ["The Legion", "Officers", "Weapons"]
    assert "The Legion (cont.)" not in roots and "Any questions?" not in roots
    legion = facts(deck, "The Legion")
    assert "Each legion carried a silver eagle, the aquila" in legion  # the (cont.) slide
    assert "Varus lost three eagles at the Teutoburg Forest in AD 9." in legion  # its notes
    groups = {fact.raw: fact.group for topic in deck.topics for fact in topic.facts}
    assert groups["Its soft iron shank bent on impact"] == "Pilum: a heavy javelin"
    assert "Rank: Optio; Role: The centurion's deputy" in facts(deck, "Officers")


def test_footers_directions_and_the_title_slide_subtitle_are_left_out() -> None:
    imported = import_file_with_report(RIVERS)
    assert imported.report.name == "odp"
    shown = written(open_deck_file(RIVERS))
    assert [line for line in shown if "GCSE Geography" in line or "worksheet" in line] == []
    assert "Draw the basin" not in str(imported.mapping)


def test_hidden_slides_and_empty_placeholders_are_left_out() -> None:
    styles = (
        '<style:style style:name="dp2" style:family="drawing-page">'
        '<style:drawing-page-properties presentation:visibility="hidden"/></style:style>'
    )
    outline = (
        '<draw:frame presentation:class="outline"><draw:text-box><text:list><text:list-item>'
        "<text:p>{}</text:p></text:list-item></text:list></draw:text-box></draw:frame>"
    )
    prompt = (
        '<draw:frame presentation:class="outline" presentation:placeholder="true">'
        "<draw:text-box><text:p>Click to add Text</text:p></draw:text-box></draw:frame>"
    )
    data = _odp(
        _page("Levees", outline.format("Levees are raised banks of deposited silt") + prompt)
        + _page("Draft", outline.format("Not finished yet"), style="dp2"),
        styles=styles,
    )
    imported = import_bytes_with_report(data, "floods.odp")
    shown = str(imported.mapping)
    assert "Levees are raised banks of deposited silt" in shown
    assert "Not finished yet" not in shown and "Click to add" not in shown


def test_an_odp_under_another_name_or_uploaded_is_read(tmp_path: Path) -> None:
    path = tmp_path / "rivers.zip"
    path.write_bytes(RIVERS.read_bytes())
    assert import_file_with_report(path).report.name == "odp"
    uploaded = read_upload("roman_army.odp", ROMAN.read_bytes())
    assert isinstance(uploaded, UploadedDeck) and uploaded.imported_from == "odp"


def test_ask_answers_from_a_nested_bullet_and_a_table_row() -> None:
    reply = ask_json("What was a contubernium?", ROMAN)
    assert reply["status"] == "answer"
    assert "8 men sharing a tent" in reply["text"]
    reply = ask_json("What did an optio do?", ROMAN)
    assert "The centurion's deputy" in reply["text"]


def test_quiz_sample_asks_sound_questions() -> None:
    asked = questions(quiz_sample(RIVERS))
    assert len(asked) >= 12
    assert [question for question in asked if "GCSE Geography" in question] == []


@pytest.mark.parametrize(
    ("data", "said"),
    [
        (
            _odp(
                _page("&b;"),
                prolog='<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>',
            ),
            "declares entities",
        ),
        (_odp(_page("Floods") + " " * 120_000_000, packed=True), "refused"),
        (_odp(_page("Floods"))[:200], "not a readable zip"),
        (_odp("<draw:page/>"), "no notes|no slides|nothing"),
    ],
)
def test_hostile_or_broken_slides_are_refused_clearly_and_fast(data: bytes, said: str) -> None:
    started = time.process_time()
    with pytest.raises(DeckImportError, match=said):
        import_bytes_with_report(data, "bad.odp")
    assert time.process_time() - started < 1.0


def test_absurd_nesting_is_bounded() -> None:
    depth = 5_000
    nested = "<text:list><text:list-item><text:p>deep</text:p>" * depth
    nested += "</text:list-item></text:list>" * depth
    groups = "<draw:g>" * depth + "</draw:g>" * depth
    body = f'<draw:frame presentation:class="outline"><draw:text-box>{nested}</draw:text-box>'
    data = _odp(_page("Deep", body + "</draw:frame>" + groups))
    started = time.process_time()
    assert "deep" in str(import_bytes_with_report(data, "deep.odp").mapping)
    assert time.process_time() - started < 1.0
