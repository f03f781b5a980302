"""/ask on notes that list their own shorthand, and on acronyms asked in other forms (issue 13;
heldout18 classes 10-12): "abbrevs: ppts = participants" makes "participants" find the lines
saying "ppts"; "p2p" is "peer-to-peer"; "(SPICED)" after the words whose initials spell it is
their mnemonic; "X plastic stands for what" asks about the word the notes write in capitals; a
plural of an acronym the notes define ("FAPs") is that acronym; "wht" is "what"; a dictionary
word nobody writes ("absorbancy") is a slip. Decks of their own, in other subjects.
"""

from __future__ import annotations

from bot.explain import answer_question
from tests.unit.asking import imported, lead_of

SOCIOLOGY = """SOCIOLOGY - EDUCATION
abbrevs: sts = students, tchrs = teachers, sig = significant, w/ = with
  Labelling
    - Becker (1971): tchrs judged sts by how closely they fitted the 'ideal pupil'
    - Rist (1970): sts placed on the 'fast' table got more attention from tchrs
  Subcultures
    - Hargreaves (1967): sts in the bottom streams formed anti-school subcultures
    - Willis (1977): 12 working-class 'lads' rejected school, expected factory jobs
"""

ECONOMICS = """Market structures - revision cards
Monopoly - a single firm supplies the whole market
Oligopoly - a few large firms dominate the market
Barriers to entry - things that stop new firms joining a market
Collusion - firms agree together to fix prices or output
Business-to-business trade - firms selling goods or services to other firms
Price war - firms cut prices again and again to win customers
Interest rates up => borrowing dearer so firms delay investment
Cartel - a formal agreement between firms to fix prices, e.g. OPEC
Price leadership - one dominant firm sets the price and others follow
Game theory - how firms decide what to do given what rivals might do
Strong currency - high exchange rate: cheaper imports, dearer exports ("HERCIDE")
"""

CHEMISTRY = """# Materials in chemistry

## Properties

- **Absorbency** – how much liquid a material can take in (sponges, paper towels)
- **Conductivity** – how well heat or electricity passes through it
- **Brittleness** – breaks suddenly without bending

## Polymers

| Polymer | Full name | Uses |
| --- | --- | --- |
| PVC | polyvinyl chloride | window frames, pipes |
| HDPE | high density polyethylene | milk bottles, buckets |

## Ceramics

- fixed lattice structure (FLS) = ions held in a rigid 3D grid
- Hardness tests show FLSs resist scratching but shatter when hit
"""


def test_a_word_the_notes_key_as_shorthand_finds_the_lines_using_it() -> None:
    deck, index = imported(SOCIOLOGY, "outline", "education.txt")
    asked = answer_question(deck, index, "what did rist find about the students on the fast table")
    assert lead_of(asked).startswith("Rist (1970): sts placed on the 'fast' table")
    asked = answer_question(deck, index, "how did becker say teachers judged pupils")
    assert lead_of(asked).startswith("Becker (1971): tchrs judged sts")


def test_a_figure_inside_an_acronym_is_the_word_it_sounds_like() -> None:
    deck, index = imported(ECONOMICS, "cards", "markets.txt")
    asked = answer_question(deck, index, "what is b2b trade")
    assert "firms selling goods or services to other firms" in lead_of(asked)


def test_a_mnemonic_in_brackets_is_spelt_by_the_words_before_it() -> None:
    deck, index = imported(ECONOMICS, "cards", "markets.txt")
    asked = answer_question(deck, index, "what does hercide stand for")
    assert "high exchange rate: cheaper imports, dearer exports" in lead_of(asked)


def test_the_word_the_notes_write_in_capitals_is_the_acronym_asked() -> None:
    deck, index = imported(CHEMISTRY, "markdown", "materials.md")
    asked = answer_question(deck, index, "hdpe polymer stands for what")
    assert "high density polyethylene" in lead_of(asked)


def test_the_plural_of_an_acronym_the_notes_define_is_that_acronym() -> None:
    deck, index = imported(CHEMISTRY, "markdown", "materials.md")
    asked = answer_question(deck, index, "do fixed lattice structures resist scratching")
    assert lead_of(asked).startswith("Hardness tests show FLSs resist scratching")


def test_wht_is_what_and_a_dictionary_word_nobody_writes_is_a_slip() -> None:
    deck, index = imported(CHEMISTRY, "markdown", "materials.md")
    asked = answer_question(deck, index, "wht does pvc stand for")
    assert "polyvinyl chloride" in lead_of(asked)
    asked = answer_question(deck, index, "whats absorbancy")
    assert lead_of(asked).startswith("Absorbency")
