"""BBCode posts (a phpBB/Moodle teacher's revision thread, a XenForo-style student's post) as the
forum's editor saves them: a styled line is a heading, `[list]`s nest so a sub-point keeps the
item above it, `[table]` rows give a fact a row, a `[quote="Name"]` says who is quoted, links
keep their words, and no tag is ever shown. Decks in two subjects (Russia in 1917, the human
skeleton); the blind set's Easter Rising post is only checked to be claimed."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from knowledge.importers import DeckImportError, dump_deck, import_file_with_report, import_text
from knowledge.importers.api import guess_format
from knowledge.importers.bbcode import MAX_BBCODE_CHARS, looks_like_bbcode
from knowledge.loader import parse_deck
from knowledge.model import Deck
from tests.unit.asking import ask_json
from tests.unit.formats_helpers import ROOT, facts, questions, quiz_sample, written

OWN = ROOT / "tests" / "data" / "ask_own28_bbcode"
RUSSIA = OWN / "hist_russian_revolution" / "russian_revolution_1917_post.txt"
SKELETON = OWN / "bio_skeleton" / "skeleton revision (my post).txt"
EASTER = ROOT / "tests" / "data" / "ask_eval28" / "hist_easter" / "easter_rising_revision_post.txt"
NOISE = re.compile(r"\[/?(?:b|i|u|size|colou?r|url|list|quote|table|tr|td|th|img|spoiler)\b|\[\*\]")


def _deck(path: Path) -> Deck:
    imported = import_file_with_report(path)
    assert imported.report.name == "bbcode"
    return parse_deck(dump_deck(imported.mapping), path.name)


def _groups(deck: Deck) -> dict[str, str]:
    return {fact.raw: str(fact.group) for topic in deck.topics for fact in topic.facts}


def test_styled_lines_are_the_title_and_topics() -> None:
    russia = _deck(RUSSIA)
    assert russia.title == "Russia 1917 – the two revolutions (Y11 revision, Paper 1 section B)"
    assert [topic.title for topic in russia.roots()][1:] == [
        "Long-term causes",
        "The First World War",
        "The February Revolution",
        "Dual Power",
        "The October Revolution",
    ]
    skeleton = _deck(SKELETON)  # a student's bold-only lines, her first one the post's title
    assert skeleton.title == "THE HUMAN SKELETON – my notes for the test"
    titles = [topic.title for topic in skeleton.roots()]
    assert "Axial skeleton" in titles and "Bone diseases" in titles


def test_a_nested_point_keeps_the_item_above_it() -> None:
    groups = _groups(_deck(RUSSIA))
    assert groups[
        'relied on Rasputin, a "holy man" who seemed to ease her son Alexei\'s haemophilia'
    ] == ("left the Tsarina Alexandra in charge at home")
    skeleton = _groups(_deck(SKELETON))
    assert skeleton["radius is on the thumb side"] == (
        "arm: humerus (upper arm), radius + ulna (forearm)"
    )
    assert (
        skeleton["7 cervical (neck), 12 thoracic, 5 lumbar"]
        == "spine (vertebral column) – 33 vertebrae"
    )


def test_table_rows_quotes_and_numbered_lists_keep_their_meaning() -> None:
    russia = _deck(RUSSIA)
    assert (
        "Event: July Days; Date (1917): July; Why it mattered: failed armed protest, Lenin fled to"
        " Finland disguised as a train driver" in facts(russia, "Dual Power")
    )
    quoted = _groups(russia)[
        "Remember: nobody planned February – it was spontaneous. Lenin was in Switzerland when it"
        " happened!"
    ]
    assert "Mrs Kowalski" in quoted
    assert "Nicholas abdicated on 2 March 1917 on his train at Pskov" in facts(
        russia, "The February Revolution"
    )
    skeleton = _deck(SKELETON)
    assert "Bone: patella; Where: knee; Type: sesamoid bone (sits inside a tendon)" in facts(
        skeleton, "Bones table"
    )
    assert "making blood cells – in the bone marrow" in facts(skeleton, "Functions")


def test_the_markup_is_never_shown_and_links_keep_their_words() -> None:
    for path in (RUSSIA, SKELETON, EASTER):
        shown = written(_deck(path))
        assert [line for line in shown if NOISE.search(line)] == []
    shown = written(_deck(SKELETON))
    assert "bitesize page on the skeleton" in shown
    assert "rickets = soft bones from lack of vitamin D" in shown
    assert not [line for line in shown if "imgur" in line or "ff0000" in line]


def test_bold_phrases_are_key_terms() -> None:
    deck = _deck(RUSSIA)
    assert any(term.term == "Nicholas II" for term in deck.terms)


def test_ask_answers_from_a_bbcode_post() -> None:
    reply = ask_json("Who did the Tsarina rely on?", RUSSIA)
    assert reply["status"] == "answer" and "Rasputin" in reply["text"]
    assert "[b]" not in reply["text"]
    reply = ask_json("which side is the radius on", SKELETON)
    assert reply["status"] == "answer" and "thumb side" in reply["text"]


def test_a_quiz_is_drawn_from_a_bbcode_post() -> None:
    asked = questions(quiz_sample(SKELETON, n=12))
    assert len(asked) == 12
    assert not [question for question in asked if NOISE.search(question)]


def test_a_post_sent_as_txt_is_read_as_bbcode() -> None:
    for path in (RUSSIA, SKELETON, EASTER):
        text = path.read_text(encoding="utf-8")
        assert looks_like_bbcode(text)
        assert guess_format("post.txt", text) == "bbcode"
    assert guess_format("post.bbcode", "[list][*]one[/list]\n") == "bbcode"


@pytest.mark.parametrize(
    "notes",
    [
        "Bones\n\n[b]206[/b] bones in an adult\n- the femur is the longest\n- stapes the smallest\n",
        "# Bones\n- see [the diagram](https://example.com/a.png)\n- [x] learn the femur\n",
        # a Zim page's checkboxes are `[*]` too, with no list around them
        "Content-Type: text/x-zim-wiki\n\n====== Bones ======\n[*] femur\n[*] tibia\n[*] fibula\n"
        "[*] patella\n[*] radius\n",
        "+ Bones\n[[code]]\nx = 1\n[[/code]]\n+ Joints\n[[/code]] [[/code]] [[/code]]\n",
        "Revision\n[1] Lenin returned in April [2] the July Days\n[sic] [citation needed]\n",
        # a data file quoting a post's lines in its strings
        'deck:\n  answered:\n  - {ask: a, fact: "the [b]femur[/b]"}\n  - {ask: b, fact: "[i]x[/i]"}\n'
        '  - {ask: c, fact: "[td]knee[/td]"}\n  - {ask: d, fact: "tibia"}\n  - {ask: e, fact: f}\n'
        "  - {ask: g, fact: h}\n  none:\n  - what is bone\n",
    ],
)
def test_other_notes_are_not_taken_for_a_bbcode_post(notes: str) -> None:
    assert not looks_like_bbcode(notes)


@pytest.mark.parametrize(
    "crafted",
    [
        "[list]" * 10_000 + "[*]deep fact" + "[/list]" * 10_000,  # 10,000 nested lists
        "[list]\n[*][b]never closed [i]nor this [quote]or this [table][tr][td]a cell\n",
        "[list][*]" + "[b]word " * 40_000 + "[/list]",
        "[list][*]" + "[" * 500_000 + "[/list]",
        "[table][tr]" + "[td]x" * 20_000 + "[/tr][/table]",
        "[code]\n" + "x = 1\n" * 100,  # never closed
        "[quote=" + '"' * 300 + "]x[/quote]",
        "[i]" * 24_000 + "styled line" + "[/b]" * 24_000,  # each opening's closing looked for
        ("[quote=" + "x " * 150 + " ") * 2_000,  # brackets never closed, values full of spaces
    ],
)
def test_hostile_posts_give_a_deck_or_a_clear_error(crafted: str) -> None:
    post = "[size=150][b]Bones[/b][/size]\n[list][*]fact one[/list]\n" + crafted + "\n"
    try:
        deck = parse_deck(dump_deck(import_text(post, format="bbcode")), "post.bbcode")
    except DeckImportError as error:
        assert str(error)
    else:
        assert "fact one" in written(deck)


def test_unclosed_tags_keep_the_lines_after_them() -> None:
    post = "[b]Bones[/b]\n[list]\n[*][b]femur [i]thigh\n[*]tibia = shin bone\n[/list]\n"
    shown = written(parse_deck(dump_deck(import_text(post, format="bbcode")), "post.bbcode"))
    assert "femur thigh" in shown and "tibia = shin bone" in shown


def test_a_huge_post_is_refused_clearly() -> None:
    post = "[list][*]" + "word " * (MAX_BBCODE_CHARS // 5 + 1) + "[/list]\n"
    with pytest.raises(DeckImportError, match="more than 1,000,000 characters"):
        import_text(post, format="bbcode")
    with pytest.raises(DeckImportError, match="more than 10,000 lines"):
        import_text("[list]\n[*]a\n" * 6_000, format="bbcode")


def test_a_list_on_one_line_is_its_items() -> None:
    post = "[b]Bones[/b]\n[list][*]femur = thigh bone[*]tibia = shin bone[/list]\n"
    shown = written(parse_deck(dump_deck(import_text(post, format="bbcode")), "post.bbcode"))
    assert "femur = thigh bone" in " ".join(shown) and "tibia = shin bone" in " ".join(shown)


SMF_POST = """[center][size=18pt]Bones of the body[/size][/center]
Revision for the end of unit test. [i]Good luck![/i]

[size=14pt]The skull[/size]
[ul]
[li]cranium protects the brain[/li]
[li]mandible = lower jaw[/li]
[/ul]
[size=14pt]The spine[/size]
[list type=decimal]
[*]33 vertebrae
[*]cervical vertebrae = the 7 in the neck
[/list]
[quote author=MrJones link=topic=12.msg34#msg34 date=1699999999]the atlas is the top vertebra[/quote]
[QUOTE="jess_b, post: 123, member: 45"]the axis lets you shake your head[/QUOTE]
"""


def test_other_forums_tags_and_attributes_are_read_too() -> None:
    """SMF's size-only headings, `[ul][li]` lists, `[list type=decimal]` and `[quote author=…]`,
    XenForo's `[QUOTE="Name, post: …"]`."""
    assert guess_format("bones.txt", SMF_POST) == "bbcode"
    deck = parse_deck(dump_deck(import_text(SMF_POST, format="bbcode")), "bones.txt")
    assert deck.title == "Bones of the body"
    assert facts(deck, "The skull") == ["cranium protects the brain", "mandible = lower jaw"]
    groups = _groups(deck)
    assert "MrJones" in groups["the atlas is the top vertebra"]
    assert "jess_b" in groups["the axis lets you shake your head"]
    assert not [line for line in written(deck) if NOISE.search(line) or "author=" in line]


def test_a_section_after_a_list_left_open_is_still_a_section() -> None:
    post = (
        "[size=150][b]Russia 1917[/b][/size]\n"
        "[size=120][b][u]February[/u][/b][/size]\n[list]\n[*]the Tsar abdicated on 2 March\n"
        "[size=120][b][u]October[/u][/b][/size]\n[list]\n[*]the Bolsheviks seized power\n"
        "[*][b]Sovnarkom[/b]\n[/list]\n"
    )
    deck = parse_deck(dump_deck(import_text(post, format="bbcode")), "post.txt")
    assert facts(deck, "February") == ["the Tsar abdicated on 2 March"]
    assert "the Bolsheviks seized power" in facts(deck, "October")
