"""/ask on note layouts of heldout17 (issue 13; tests/data/ask_eval17/ANALYSIS.md classes A1, A2,
B1), each on a deck written here in a subject of its own and imported as an upload is:

- a question-and-answer sheet: the sheet's question is the front of the answer line under it, so
  of several answers sharing the asked words the one whose question asks what the student asks
  leads ("what does molar volume mean?" is answered by the meaning, not by the equation);
- a member's name asked in the plural ("do jains …") is the deck's subject ("Jainism") and the
  singular its lines write ("any Jain"): a card leaving it implicit still answers, and the name
  is background that every card is about, so it does not count as a word the card lacks;
- a glossary typed with dot leaders ("TRIBUTARY ....... a smaller river…"): the dots separate
  the term from its meaning, so the line defining the term asked leads; and the last entry of a
  section, followed by a blank line and the next section's rule, is an entry, not a title.
"""

from __future__ import annotations

from bot.explain import answer_question
from tests.unit.asking import imported, lead_of

CHEMISTRY_SHEET = """CHEMISTRY - MOLES - Q&A SHEET

--- GASES ---
Q: What is molar volume?
A: The space taken up by one mole of any gas at room temperature and pressure.
Q: What is the equation using molar volume?
A: volume of gas = moles x molar volume (24 dm3 at RTP)
Q: What is the molar volume of a gas at RTP?
A: 24 dm3, the same for every gas.
Q: What are the units of molar volume?
A: dm3 per mole

--- MASSES ---
Q: What is relative formula mass?
A: The sum of the relative atomic masses of all the atoms in the formula.
Q: What is the equation for moles?
A: moles = mass / relative formula mass
"""


def test_a_sheet_question_tells_apart_answers_sharing_the_asked_words() -> None:
    deck, index = imported(CHEMISTRY_SHEET, "outline", "moles.txt")
    asked = answer_question(deck, index, "what does molar volume actually mean")
    assert (
        lead_of(asked)
        == "A: The space taken up by one mole of any gas at room temperature and pressure."
    )


JAINISM = """front\tback
Jainism - where it began\tnorth-east India, in the 6th century BCE
Number of Jains\tabout four million worldwide, most of them in India
Mahavira\tthe 24th tirthankara, who taught the Jain path in its present form
Ahimsa\tnon-violence towards every living being, the first of the five vows
Diet\tno meat, fish or eggs; many also avoid eating root vegetables such as onions
Monks and nuns\tsweep the path before them so as not to tread on insects
Temples\tcalled derasar; images of the tirthankaras are kept there
Moksha\tthe soul's release from the cycle of rebirth
Karma\ta fine matter that sticks to the soul and weighs it down
Paryushana\tthe most important festival, eight or ten days of fasting and forgiveness
Digambara\tmonks who wear no clothes at all
Svetambara\tmonks and nuns who wear white robes
Worship\tprayers at home or at the derasar, led by any Jain
"""


def test_a_follower_asked_in_the_plural_is_the_subject_of_the_deck() -> None:
    deck, index = imported(JAINISM, "tsv", "jainism.tsv")
    asked = answer_question(deck, index, "what foods do jains avoid eating")
    assert lead_of(asked).startswith("Diet")


def test_a_follower_asked_in_the_plural_is_the_one_follower_a_line_names() -> None:
    deck, index = imported(JAINISM, "tsv", "jainism.tsv")
    asked = answer_question(deck, index, "who leads worship for jains")
    assert "led by any Jain" in lead_of(asked)


def test_the_deck_subject_asked_by_its_followers_is_background() -> None:
    deck, index = imported(JAINISM, "tsv", "jainism.tsv")
    assert lead_of(answer_question(deck, index, "when do jains fast")).startswith("Paryushana")
    asked = answer_question(deck, index, "why do jains sweep the path")
    assert lead_of(asked).startswith("Monks and nuns")


def test_a_question_on_the_deck_subject_the_cards_do_not_answer_is_refused() -> None:
    deck, index = imported(JAINISM, "tsv", "jainism.tsv")
    assert answer_question(deck, index, "what do jains believe about abortion").status == "none"


RIVERS = """RIVERS AND FLOODING - GLOSSARY

~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
PART 1: THE DRAINAGE BASIN
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
DRAINAGE BASIN ...... the area of land drained by a river and its tributaries
WATERSHED ........... the high land that separates one drainage basin from another
TRIBUTARY ........... a smaller river or stream that joins a larger one
Confluence .......... the point where a tributary meets the main river
Source .............. where a river begins, often in upland areas
Mouth ............... where a river meets the sea, a lake or another river
Interception store .. rain held on leaves before it lands

~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
PART 2: FLOODS
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
Lag time ............ the delay between peak rainfall and peak discharge
Discharge ........... the volume of water passing a point each second, in cumecs
Flood plain ......... the flat land either side of a river that floods
Levee ............... a raised bank built up by floods along a river
"""


def test_a_dot_leader_separates_the_term_from_its_meaning() -> None:
    deck, index = imported(RIVERS, "outline", "rivers.txt")
    asked = answer_question(deck, index, "what is a tributary")
    assert lead_of(asked) == "TRIBUTARY — a smaller river or stream that joins a larger one"


def test_the_last_entry_before_a_rule_after_a_blank_line_is_no_title() -> None:
    deck, index = imported(RIVERS, "outline", "rivers.txt")
    asked = answer_question(deck, index, "what is an interception store")
    assert lead_of(asked) == "Interception store — rain held on leaves before it lands"
