"""Session 26, quiz fixes from round 29: classes of unsound stem, each checked on what a student
is shown, on small decks in this session's subjects (the Suez Canal, tea clippers, volcanoes of
Italy) in Markdown and as a web page.
"""

from __future__ import annotations

import re

from bot.questions._model import Question
from knowledge.importers import dump_deck, import_text
from knowledge.loader import parse_deck
from knowledge.model import Deck
from tests.unit.questioning import every_question

SEEDS = range(3)


def _deck(text: str, fmt: str) -> Deck:
    name = {"markdown": "notes.md", "html": "notes.html"}[fmt]
    mapping = import_text(text, source_name=name, format=fmt)
    return parse_deck(dump_deck(mapping), "notes.yaml")


def _stems(questions: list[Question]) -> list[str]:
    return [q.prompt for q in questions]


# --- 1. A heading's section number is no part of the stem -------------------------------------

SUEZ = """# The Suez Canal

## 1. Building the canal

- Ferdinand de Lesseps won a concession from Said Pasha of Egypt in 1854.
- Digging began at Port Said in 1859 and took ten years.

## 5b. Opening and early traffic

- The canal opened on 17 November 1869 with a procession of ships led by a French yacht.
- In its first full year about 486 ships passed through the canal.

## IV. The 1956 crisis

- President Nasser nationalised the Suez Canal Company on 26 July 1956.
- Britain, France and Israel invaded in October 1956 but withdrew under pressure from the USA.

## 3a) The canal today

- The canal is about 193 km long and has no locks.
- A second channel, the New Suez Canal, opened in 2015.
"""

CLIPPERS = """<html><body>
<h1>Tea clippers</h1>
<p>Fast sailing ships of the 1850s and 1860s that raced the new season's tea from China to London.</p>
<h2>2. The Great Tea Race of 1866</h2>
<p>Taeping and Ariel left Foochow on the same tide in May 1866.</p>
<p>After 99 days at sea Taeping docked in London only 28 minutes ahead of Ariel.</p>
<h2>4c. Cutty Sark</h2>
<p>Cutty Sark was launched at Dumbarton in 1869 for the tea trade.</p>
<p>The opening of the Suez Canal in 1869 let steamships take over the tea trade.</p>
<h2>VI. The end of the clippers</h2>
<p>By the 1880s most clippers carried wool from Australia instead of tea.</p>
</body></html>
"""

# A section number before the heading's words as a stem shows it: "5b. Opening …: The canal …".
_NUMBERED_LABEL = re.compile(r"(?:^|: )(?:\d{1,3}[a-z]?[.)]|[IVX]{1,5}\.)\s")


def test_section_numbers_are_not_shown_in_stems_of_a_markdown_deck() -> None:
    stems = _stems(every_question(_deck(SUEZ, "markdown"), SEEDS))
    assert any(stem.startswith("Opening and early traffic: ") for stem in stems)
    assert any(stem.startswith("The 1956 crisis: ") for stem in stems)
    assert any(stem.startswith("The canal today: ") for stem in stems)
    assert [stem for stem in stems if _NUMBERED_LABEL.search(stem)] == []


def test_section_numbers_are_not_shown_in_stems_of_a_web_page() -> None:
    stems = _stems(every_question(_deck(CLIPPERS, "html"), SEEDS))
    assert any("Cutty Sark: " in stem for stem in stems)
    assert [stem for stem in stems if _NUMBERED_LABEL.search(stem)] == []


def test_a_numbered_heading_keeps_its_number_in_the_deck() -> None:
    """The number goes only from what a question shows: the topic keeps it, so a student who
    asks for "5b" still finds the section."""
    deck = _deck(SUEZ, "markdown")
    titles = [topic.title for topic in deck.topics]
    assert any(title.startswith("5b.") for title in titles)


# --- 2. A table's header reads as English in the stem: agreement, counts, brackets -------------

VOLCANOES = """# Volcanoes of Italy

## The main volcanoes

| Volcano | Region | Height (m) | Known eruptions (approx.) |
|---|---|---|---|
| Etna | Sicily | 3,350 | 200 |
| Vesuvius | Campania | 1,281 | 50 |
| Stromboli | Aeolian Islands | 924 | 1,000 |
| Vulcano | Aeolian Islands | 500 | 20 |

- Stromboli has erupted almost continuously for about 2,000 years.
"""

CLIPPER_CREWS = """# Tea clippers

## Famous clippers

| Ship | Builder | Crew members |
|---|---|---|
| Cutty Sark | Scott and Linton | 28 |
| Thermopylae | Walter Hood | 35 |
| Taeping | Robert Steele | 30 |
| Ariel | Robert Steele | 32 |

- Clippers raced to bring the first tea of the season from China to London.
"""

# A header's bracket in the middle of a sentence: "the known eruptions (approx.) for Etna".
_MID_BRACKET = re.compile(r"\([^()]*\) (?:for|is|are)\b")


def test_a_plural_header_over_numbers_is_asked_as_a_count() -> None:
    stems = _stems(every_question(_deck(VOLCANOES, "markdown"), SEEDS))
    assert [stem for stem in stems if _MID_BRACKET.search(stem)] == []
    assert [stem for stem in stems if "known eruptions is" in stem] == []
    assert any("Roughly how many known eruptions does the table give for " in s for s in stems)
    crews = _stems(every_question(_deck(CLIPPER_CREWS, "markdown"), SEEDS))
    assert [stem for stem in crews if "the crew members for" in stem] == []
    assert any("How many crew members does the table give for " in stem for stem in crews)


def test_a_unit_in_a_header_follows_the_question() -> None:
    stems = _stems(every_question(_deck(VOLCANOES, "markdown"), SEEDS))
    assert any(re.search(r"What is the height for \w+ \(m\)\?$", stem) for stem in stems)
    said = [stem for stem in stems if stem.startswith("True or false?") and "height" in stem]
    assert said
    assert all(re.search(r"The height for \w+ is “[\d,]+” \(m\)\.$", stem) for stem in said)


# --- 3. A list item that carries on its lead's sentence is shown after that lead ---------------

SUEZ_LISTS = """# The Suez Canal

## Construction

- The canal company faced three great difficulties:
  - a shortage of fresh water for the 30,000 workers until the Sweet Water Canal reached Ismailia in 1863;
  - the forced labour of the corvée, abolished by the Khedive in 1864;
  - the dredging of about 75 million cubic metres of sand.
- Steam dredgers designed by Paul Borel and Alexandre Lavalley did most of the digging after 1864.

## Coaling stops

- Ships on the way to India could refuel at:
  - Port Said, at the northern end of the canal;
  - Aden, a British coaling station from 1839.
"""

ETNA_LISTS = """<html><body>
<h1>Volcanoes of Italy</h1>
<h2>Etna</h2>
<ul>
<li>Etna's lava flows threaten three kinds of place:
<ul>
<li>the orchards and vineyards on its fertile lower slopes;</li>
<li>the town of Nicolosi, nearly destroyed by lava in 1669;</li>
<li>the ski stations of Rifugio Sapienza on the south side.</li>
</ul></li>
<li>Etna has erupted more than 200 times in recorded history.</li>
</ul>
</body></html>
"""

# A stem's line as a fragment: lower case after the heading, or a list's semicolon at its end.
_FRAGMENT = re.compile(r"^(?:True or false\? )?[^:]+: [a-z]")


def _item_stems(deck: Deck, opening: str) -> list[str]:
    return [stem for stem in _stems(every_question(deck, SEEDS)) if opening in stem]


def test_a_list_item_is_shown_after_its_lead_without_its_semicolon() -> None:
    for deck, lead, item in (
        (_deck(SUEZ_LISTS, "markdown"), "three great difficulties: ", "the forced labour"),
        (_deck(ETNA_LISTS, "html"), "three kinds of place: ", "the town of "),
    ):
        stems = _item_stems(deck, item)
        assert stems
        for stem in stems:
            assert lead in stem
            assert not stem.rstrip().endswith(";")
            assert _FRAGMENT.match(stem) is None


# --- 4. A piece of a split sentence that lost its subject or its noun is not asked alone -------

SPLIT_LINES = """# Suez Canal and volcanoes

## Pieces

- Vesuvius buried Pompeii and Herculaneum in 79 AD; the volcano has erupted about three dozen times since.
- The observatory records small earthquakes under the crater; the network may log over 100 a month.
- About 100 ships used the canal in its first months; the canal was widened in 1876.
"""


def test_a_split_piece_needs_its_own_subject_and_noun() -> None:
    stems = _stems(every_question(_deck(SPLIT_LINES, "markdown"), SEEDS))
    # "the volcano" is Vesuvius, "100 a month" of what: such a piece is shown in its line only
    assert [s for s in stems if re.search(r"(?:^|: )The (?:volcano|network) ", s)] == []
    assert any("; the volcano has erupted" in stem for stem in stems)
    # a noun the line before names says which one: "the canal" stands as a piece
    assert any(re.search(r"(?:^|: )The canal was widened in (?:_____|\d+)\.", s) for s in stems)
