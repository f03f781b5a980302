"""Round 16's blind review (issue 14, class 8 of docs/quiz-review/16-findings.md): one fact asked
twice in a sample under different kinds, and a key picked by its root.

- B33 "What does “Anschluss” mean?" (the key terms) after B3 (the timeline row "Anschluss –
  Austria united with Germany"); B35 "Italy invaded in October 1937" after B17 (the row "1935 |
  Italy invades Abyssinia"); A47 "What does “Rf” mean?" after A23 ("Rf value: ratio of …"). Lines
  that say one fact in two sections (a timeline, key terms, the section that teaches it), and a
  key term and the line it was read from, are one fact: a quiz asks it once.
- B12 "Which term means: “a dictated peace …”?" with Diktat among Mandate, Self-determination,
  Collective security: the root, spelt another way, picks the option. Typed, it is still asked.

Checked on German unification notes written here (a timeline table, lines, key terms).
"""

from __future__ import annotations

import pytest

from bot.questions import Question, QuestionGenerator
from knowledge.importers import dump_deck, import_text
from knowledge.loader import parse_deck
from knowledge.model import Deck
from tests.unit import questioning

NOTES = """# German unification 1848–1871

## Timeline

| Year | Event | Why it matters |
|---|---|---|
| 1834 | Zollverein set up | Customs union of German states led by Prussia |
| 1862 | Bismarck appointed Minister-President | Began his "blood and iron" policy |
| 1864 | Danish War | Prussia and Austria took Schleswig-Holstein |
| 1866 | Austro-Prussian War | Austria defeated in seven weeks |
| 1870 | Franco-Prussian War begins | France declared war over the Ems Telegram |
| 1871 | German Empire proclaimed | Wilhelm I crowned Kaiser at Versailles |

## Prussia's rise
- The Zollverein gave Prussia economic leadership of the German states
- Prussia built railways that linked the Ruhr coalfield to its markets
- Moltke reorganised the Prussian army and its general staff

## Bismarck's wars
- Austro-Prussian War (1866): Austria was defeated at Königgrätz in seven weeks
- The Treaty of Prague ended the German Confederation
- Bismarck edited the Ems Telegram to provoke France into war
- France was defeated at Sedan and Napoleon III was captured

## Key terms
- **Realpolitik**: politics based on practical power, not on ideals
- **Kulturkampf**: Bismarck's cultural struggle against the Catholic Church
- **Zollverein**: a customs union of German states led by Prussia
- **Kleindeutschland**: a smaller Germany that left Austria out
- **Grossdeutschland**: a larger Germany that took Austria in
- **Confederation**: a loose union of states, each keeping its own ruler
"""

SEEDS = range(6)


@pytest.fixture(scope="module")
def deck() -> Deck:
    return parse_deck(dump_deck(import_text(NOTES, source_name="de.md", format="markdown")), "t")


def _on(question: Question, *words: str) -> bool:
    return any(word in question.source_fact for word in words)


@pytest.mark.parametrize("seed", SEEDS)
def test_a_fact_the_notes_say_twice_is_asked_once(deck: Deck, seed: int) -> None:
    sample = QuestionGenerator(deck, seed=seed).generate(60)
    # The timeline's row, and the line under "Bismarck's wars" (or the key term read from it).
    row = [q.prompt for q in sample if _on(q, "Event: Austro-Prussian War")]
    line = [q.prompt for q in sample if _on(q, "defeated at Königgrätz")]
    assert not (row and line), row + line
    # The timeline's row and the key term "Zollverein: a customs union …".
    union = [q.prompt for q in sample if _on(q, "Customs union", "customs union")]
    assert len(union) <= 1, union


def test_lines_alike_about_different_things_are_both_asked(deck: Deck) -> None:
    # "a smaller Germany that left Austria out", "a larger Germany that took Austria in": alike
    # in words, two things to know; some sample asks both.
    both = []
    for seed in SEEDS:
        facts = " ".join(q.source_fact for q in QuestionGenerator(deck, seed=seed).generate(60))
        both.append("Kleindeutschland" in facts and "Grossdeutschland" in facts)
    assert any(both)


def test_a_key_its_stem_spells_another_way_is_not_picked_from_options(deck: Deck) -> None:
    questions = questioning.every_question(deck, SEEDS)
    picked = [
        q.prompt
        for q in questions
        if q.options and "Kulturkampf" in q.answers and "cultural" in q.prompt
    ]
    assert picked == []
    defined = [q.prompt for q in questions if q.options and "Kulturkampf" in q.prompt]
    assert defined == []
    # Typed, the word is still asked.
    assert [q for q in questions if not q.options and "Kulturkampf" in q.answers]


BLOOD = """BIOLOGY - BLOOD (revision outline)

1. BLOOD CELLS
  - Red blood cells:
    - red blood cells carry oxygen to the tissues
    - cells have no nucleus so there is more room for haemoglobin
    - biconcave shape gives a large surface area
  - White blood cells:
    - white cells engulf pathogens by phagocytosis
    - lymphocytes produce antibodies against antigens
    - some produce antitoxins that neutralise toxins
"""


def test_a_list_item_alone_echoing_its_heading_is_no_key() -> None:
    # Round 16, A3: "listed under “White precipitates”" with the one "white ppt" option among
    # "green precipitate", "brown precipitate", "blue precipitate" (all echo "precipitates").
    deck = parse_deck(dump_deck(import_text(BLOOD, source_name="blood.txt", format="outline")), "t")
    listed = [q for q in questioning.every_question(deck, range(10)) if "listed under" in q.prompt]
    assert listed, "the blood cells lists are never asked"
    keyed = {(q.prompt.rsplit("“", 1)[-1], q.answers[0]) for q in listed}
    assert ("White blood cells”?", "white cells engulf pathogens by phagocytosis") not in keyed
    assert ("Red blood cells”?", "red blood cells carry oxygen to the tissues") not in keyed


FOOD_TESTS = """BIOLOGY - FOOD TESTS (revision outline)

1. THE TESTS
  - Starch:
    Test: add a few drops of iodine solution
    Result: turns from orange-brown to blue-black
  - Glucose:
    Test: add Benedict's solution and heat in a water bath
    Result: brick-red precipitate forms
  - Protein:
    Test: add Biuret solution
    Result: turns from blue to purple
  - Lipids:
    Test: shake with ethanol then add water
    Result: a cloudy white emulsion appears

2. SUMMARY TABLE
  Starch -> iodine turns blue-black
  Glucose -> Benedict's turns brick-red
  Protein -> Biuret turns purple
  Lipids -> ethanol gives a cloudy emulsion
"""

_STARCH = (
    "Test: add a few drops of iodine solution",
    "Result: turns from orange-brown to blue-black",
    "Starch -> iodine turns blue-black",
)


@pytest.mark.parametrize("seed", SEEDS)
def test_a_thing_a_summary_pairs_again_is_asked_once(seed: int) -> None:
    # Round 16: "Carbon dioxide -> limewater milky" (a summary table) asked beside the gas's own
    # "Result: limewater turns milky".
    deck = parse_deck(
        dump_deck(import_text(FOOD_TESTS, source_name="food.txt", format="outline")), "t"
    )
    sample = QuestionGenerator(deck, seed=seed).generate(60)
    starch = [q.prompt for q in sample if any(line in q.source_fact for line in _STARCH)]
    assert len(starch) <= 1, starch
    assert len(sample) >= 4


RIVERS = """GEOGRAPHY - RIVERS AND PEOPLE (revision outline)

1. RIVERS
  - Uses of rivers:
    - rivers are used for transport of goods by barge
    - rivers are used to irrigate farmland in dry seasons
    - rivers are used to generate hydro-electric power
  - Threats to rivers:
    - pollution from fertiliser washed off farms
    - over-abstraction of water for cities
    - dams that block fish migration
"""


def test_a_key_alone_lacking_the_word_every_other_option_echoes_is_no_key() -> None:
    # "Which of these is listed under “Threats to rivers”?" with one threat among three "rivers
    # are used for …", or "… NOT listed under “Uses of rivers”?" with one line lacking "used":
    # the odd one out picks itself (round 16: "NOT listed under “Coloured precipitates”" with one
    # "white ppt" among three "… precipitate").
    deck = parse_deck(
        dump_deck(import_text(RIVERS, source_name="rivers.txt", format="outline")), "t"
    )
    listed = [q for q in questioning.every_question(deck, SEEDS) if "listed under" in q.prompt]
    odd = [
        q.prompt
        for q in listed
        if ("used" in q.answers[0]) != all("used" in o for o in q.options if o not in q.answers)
        and sum("used" in o for o in q.options) in (1, len(q.options) - 1)
    ]
    assert odd == []
