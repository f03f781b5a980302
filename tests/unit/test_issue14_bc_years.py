"""A year "BC" is not the shorthand "bc" (because): a line dated "1274 BC" with lines under it
was read as a lead-in of reasons, so its details were asked as "a reason for “Ramesses II fought
the Hittites at Kadesh in 1274 )”", the date cut and the details no reasons (round s17-quizb,
Athens A18, A26). Notes written for this test (ancient Egypt), not the review decks."""

from __future__ import annotations

from bot.questions import QuestionGenerator, QuestionKind
from bot.questions._reasons import is_lead_in
from knowledge.importers import dump_deck, import_text
from knowledge.loader import parse_deck
from knowledge.model import Deck

NOTES = """# Egypt in the New Kingdom

## Rulers and wealth

### Early rulers

- Ramesses II fought the Hittites at Kadesh in 1274 BC
  - the chariot battle took place beside the Orontes river
  - both sides claimed victory in their inscriptions
  - a peace treaty followed about sixteen years later
- Hatshepsut ruled as pharaoh for about twenty years
  - sent a trading expedition to the land of Punt
  - built her mortuary temple at Deir el-Bahari

### Why did Egypt grow rich?

- gold mines in Nubia paid for temples and armies
- the Nile flood left fertile silt on the fields every year
- trade along the Red Sea brought incense and ebony

### Consequences of the wealth

- huge stone temples were built at Karnak and Luxor
- priests of Amun became richer than some nobles
- a large professional army was kept in Canaan

## Decline

### Causes of decline

- invasions by the Sea Peoples disrupted trade
- droughts caused poor harvests and food shortages
- tomb robbing showed that royal power had weakened

### Results of the decline

- Egypt lost its lands in Canaan and Nubia
- the country split between rulers in the north and the south
- Libyan and Nubian dynasties later ruled Egypt
"""


def _deck() -> Deck:
    return parse_deck(dump_deck(import_text(NOTES, source_name="n.md", format="markdown")), "t")


def test_a_line_with_a_bc_year_is_no_lead_in_of_reasons() -> None:
    prompts = [
        question.prompt
        for seed in range(3)
        for question in QuestionGenerator(_deck(), seed=seed).all_candidates(
            kinds=[QuestionKind.REASON, QuestionKind.MULTI_SELECT]
        )
    ]

    assert prompts
    assert not any("reason for “Ramesses" in prompt for prompt in prompts), prompts
    assert not any("1274 )" in prompt or "1274”" in prompt for prompt in prompts), prompts
    # Its lines are asked as what they are: the details listed under it, with its date whole.
    assert any(
        "listed under “Ramesses II fought the Hittites at Kadesh in 1274 BC”" in prompt
        for prompt in prompts
    ), prompts


def test_the_shorthand_bc_still_reads_as_because() -> None:
    assert is_lead_in("Egypt grew rich bc")
    assert is_lead_in("Egypt grew rich bc:")
    assert not is_lead_in("Ramesses II fought the Hittites at Kadesh in 1274 BC")
    assert not is_lead_in("Athens was sacked in 480BC")
