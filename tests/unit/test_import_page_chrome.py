"""A saved web page brings the site's chrome along with the notes: skip links, menus,
breadcrumbs, cookie banners, bylines, share buttons, "Key words" strips, "last modified" lines,
comment threads, sidebars and footers. None of it may become a fact, a title or a key term
(round 24: the footer "© … · Back to Biology" and the key-words strip were asked as questions),
while the notes' own tables, glossaries (`<dl>`), tip boxes and labelled lines stay. Pages
written here: a school VLE page (lighthouse engineering), a wiki page (bookbinding) and a blog
revision post (tea processing)."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.importers import import_text_with_report
from knowledge.model import Deck
from tests.unit.asking import imported

PAGES = Path(__file__).resolve().parents[1] / "data" / "import_pages"


def _page(name: str) -> Deck:
    return imported((PAGES / name).read_text(encoding="utf-8"), "html", name)[0]


def _everything(deck: Deck) -> str:
    """All a student could be shown: the title, topic titles, facts, groups and key terms."""
    texts = [deck.title]
    for topic in deck.topics:
        texts.append(topic.title)
        texts += [fact.raw for fact in topic.facts]
        texts += [str(fact.group) for fact in topic.facts if fact.group]
    texts += [f"{term.term}: {term.definition}" for term in deck.terms]
    return "\n".join(texts)


CHROME = {
    "lighthouses_vle.html": [
        "Skip to main content", "Dashboard", "logged in", "cookies", "Accept all", "Home",
        "Achterberg", "min read", "Unit 1: Bridges", "Share", "Facebook", "Last modified",
        "©", "Privacy", "Back to top", "granite · mortar", "Learning Portal",
    ],
    "bookbinding_wiki.html": [
        "Jump to", "From CraftWiki", "donate", "[edit]", "Retrieved from", "Categories",
        "last edited", "Creative Commons", "Log in", "Main page", "Random page",
        "What links here", "Privacy policy", "Disclaimers", "View history",
    ],
    "falconry_gdoc_pub.html": ["Updated automatically", "Published by", "Report abuse"],
    "morris_confluence.html": [
        "Created by", "last modified", "Spaces", "People", "Dance club", "No comments",
        "Powered by", "Atlassian",
    ],
    "tea_blog.html": [
        "Skip to content", "Posted on", "Priya", "4 Comments", "Share this", "Twitter",
        "Pinterest", "Related", "Coffee roasting", "Previous post", "Leave a Reply",
        "Proudly powered", "Subscribe", "Recent Posts", "Leaf & Cup", "This saved my exam",
        "Tagged", "Posted in", "curious minds", "Menu",
    ],
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(CHROME))
def test_the_sites_chrome_becomes_nothing_a_student_sees(name: str) -> None:
    shown = _everything(_page(name))
    assert [chrome for chrome in CHROME[name] if chrome in shown] == []


def test_the_notes_of_a_vle_page_stay_with_their_table_glossary_and_tip() -> None:
    deck = _page("lighthouses_vle.html")
    shown = _everything(deck)
    assert "Abbreviation: Oc; Meaning: occulting: light longer than dark; Example: Oc 6s" in shown
    assert "Exam tip: name the engineer and the date when you describe a lighthouse." in shown
    terms = {term.term: term.definition for term in deck.terms}
    assert terms["Keeper"].startswith("the person who tended the light")
    assert deck.title == "Lighthouses: Engineering the Light"


def test_a_wiki_page_keeps_its_infobox_and_labelled_lists() -> None:
    deck = _page("bookbinding_wiki.html")
    groups = {fact.raw: str(fact.group) for topic in deck.topics for fact in topic.facts}
    assert groups["no glue on the spine"] == "Key features"
    assert groups["Punch sewing stations through each fold with an awl"] == "Steps"
    assert "Origin — Egypt, 2nd c. AD" in _everything(deck)


def test_a_blog_post_is_titled_by_its_heading_not_the_sites_name() -> None:
    deck = _page("tea_blog.html")
    assert deck.title == "Tea Processing: A Revision Guide"
    assert "Remember: herbal “teas” such as rooibos are not tea at all." in _everything(deck)


def test_a_definition_list_keeps_each_term_with_its_meaning() -> None:
    page = (
        "<html><body><h1>Heraldry</h1><h2>Tinctures</h2><dl>"
        "<dt>Or</dt><dd>gold, often shown as yellow</dd>"
        "<dt>Gules (c. 1300 onwards)</dt><dd>red; from the Old French for a fur collar</dd>"
        "</dl></body></html>"
    )
    deck = imported(page, "html", "heraldry.html")[0]
    facts = [fact.raw for topic in deck.topics for fact in topic.facts]
    assert "Or – gold, often shown as yellow" in facts
    assert "Gules (c. 1300 onwards) – red; from the Old French for a fur collar" in facts
    assert not any(fact in ("Or", "Gules (c. 1300 onwards)") for fact in facts)


def test_paragraphs_under_a_label_paragraph_are_its_items_and_a_tip_box_is_not() -> None:
    page = (
        "<html><body><h1>Lacrosse</h1><h2>Rules</h2>"
        "<p>Fouls:</p><p>slashing – a stick swung at a player</p><p>tripping</p>"
        "<p>Penalties:</p><p>a player sits out for 30 seconds to 3 minutes</p>"
        "<p>the team plays a man down</p>"
        '<div class="tip"><p>Tip: learn the crease rules first.</p></div>'
        "</body></html>"
    )
    deck = imported(page, "html", "lacrosse.html")[0]
    groups = {fact.raw: str(fact.group or "") for topic in deck.topics for fact in topic.facts}
    assert groups["tripping"] == "Fouls"
    assert groups["the team plays a man down"] == "Penalties"
    assert groups["Tip: learn the crease rules first."] == ""


def test_notes_inside_a_box_named_like_chrome_are_still_read() -> None:
    page = (
        '<html><body><div class="sidebar-layout"><h1>Semaphore</h1>'
        "<ul><li>Two flags held at set angles spell each letter</li>"
        "<li>The rest position is both flags down</li></ul></div></body></html>"
    )
    deck = imported(page, "html", "semaphore.html")[0]
    assert "Two flags held at set angles spell each letter" in _everything(deck)


def test_what_was_left_out_is_reported() -> None:
    text = (PAGES / "tea_blog.html").read_text(encoding="utf-8")
    report = import_text_with_report(text, format="html", source_name="tea.html").report
    assert any("not notes" in entry.reason for entry in report.skipped)


def test_a_page_of_unclosed_chrome_and_deep_nesting_is_read_without_crashing() -> None:
    page = "<html><body><h1>Knots</h1><p>A bowline makes a fixed loop.</p>"
    page += '<div class="nav">' * 50_000 + "<p>Home</p>" + "<ul><li>" * 5_000 + "reef knot"
    deck = imported(page, "html", "knots.html")[0]
    assert "A bowline makes a fixed loop." in _everything(deck)


CLIPPED = """[Skip to content](#main)

[Home](/) › [Hobbies](/hobbies) › [Falconry](/falconry)

# Falconry basics

By Jo Marsh · 5 min read

A falconer flies a trained bird of prey at quarry. The bird is kept on a **perch** or **block**.

- **Jesses** are leather straps on the legs; the **creance** is a long training line
- A **hood** keeps the bird calm by covering its eyes

Key words: jess · creance · hood · mews · lure

Share: [Facebook](https://f.example) [X](https://x.example) [Email](mailto:a)

© 2025 Hawk Club · [Privacy](/privacy) · [Back to top](#top)
"""


def test_a_page_clipped_as_markdown_leaves_its_chrome_out_too() -> None:
    deck = imported(CLIPPED, "markdown", "falconry.md")[0]
    shown = _everything(deck)
    for chrome in ("Skip to", "Hobbies", "min read", "jess · creance", "Share", "©", "Privacy"):
        assert chrome not in shown
    assert "A hood keeps the bird calm by covering its eyes" in shown
    assert "The bird is kept on a perch or block." in shown


def test_notes_that_mention_cookies_privacy_or_copyright_are_kept() -> None:
    notes = (
        "# The Penny Post\n\n"
        "- Copyright in a letter stays with its writer, not the person who receives it\n"
        "- Privacy policy: a statement of how a post office handled opened letters\n"
        "- Share capital: money the railway companies raised to carry mail\n"
        "- Menu of rates: 1d for half an ounce from 1840\n"
        "- Rowland Hill wrote the 1837 pamphlet · it argued for one cheap rate\n"
    )
    shown = _everything(imported(notes, "markdown", "post.md")[0])
    assert "Copyright in a letter stays with its writer" in shown
    assert "a statement of how a post office handled opened letters" in shown
    assert "money the railway companies raised to carry mail" in shown
    assert "1d for half an ounce from 1840" in shown
    assert "Rowland Hill wrote the 1837 pamphlet" in shown


def test_a_word_web_page_export_keeps_its_lists_and_title() -> None:
    deck = _page("sundials_word.htm")
    assert deck.title == "Sundials"
    facts = [fact.raw for topic in deck.topics for fact in topic.facts]
    assert "its angle equals the latitude of the place" in facts  # no "·" bullet left on it
    assert "Sundials" not in facts and "Sundials" not in [t.title for t in deck.topics]
    terms = {term.term: term.definition for term in deck.terms}
    assert terms["Vertical dial"] == "on a south-facing wall"


def test_a_published_documents_title_is_not_repeated_as_a_line() -> None:
    deck = _page("falconry_gdoc_pub.html")
    assert deck.title == "Y8 Falconry club notes"
    facts = [fact.raw for topic in deck.topics for fact in topic.facts]
    assert "Y8 Falconry club notes" not in facts
    assert "Kestrel: hovers before diving on voles" in facts
