"""/ask when the student's words are not the notes' words: a word of the same meaning found by the
static word vectors ("kids" / "children", "remember" / "recall"), negative contractions typed
without their apostrophe ("doesnt"), a slip of an everyday word ("exmaple") that is no name, and
an everyday word the notes never use ("point") that weighs less — while kinds of one thing that
merely share a part ("ammeter" / "voltmeter") stay apart, and what the notes don't cover is still
"not in these notes".

Decks of other subjects written here; what is asserted is what the student reads.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from bot.explain import Asked, answer_question
from knowledge.search import DeckIndex, _embed
from knowledge.search._neighbours import WordNeighbours
from knowledge.search._words import folded_words, index_word
from tests.unit.asking import imported, lead_of

ROOT = Path(__file__).resolve().parents[2]

CHILDHOOD = """Child development - Psychology revision

1. Memory in early childhood
• Children under five recall pictures better than spoken words
• Infants recognise their mother's voice from birth
• Toddlers copy what their parents do, which is called imitation

2. Play
• Children learn to share and take turns through group play
• Parents who purchase educational toys do not always see faster progress
• Outdoor play builds balance and coordination

3. Sleep
• A newborn baby sleeps for about 16 hours a day
• Teenagers need around 9 hours of sleep a night
"""

CIRCUITS = """Science revision

1. Measuring potential difference
• A voltmeter is connected in parallel across the component
• Potential difference is measured in volts

2. Food chains
• Carnivores eat other animals, such as foxes eating rabbits
• Energy passes along a food chain from producers to consumers
"""

ROCKS = """Rocks and soils - Geology revision

1. Igneous rocks
• Igneous rocks such as granite and basalt form when magma cools
• Granite cools slowly underground so it has large crystals
• Basalt cools quickly at the surface so its crystals are small

2. Sedimentary rocks
• Sandstone forms from layers of sand pressed together over millions of years
• Limestone is made from the shells of sea creatures
• Chalk is a soft white limestone found in southern England

3. Metamorphic rocks
• Marble forms when limestone is heated and squeezed
• Slate forms from mudstone under high pressure

4. Weathering
• Freeze-thaw weathering happens when water in cracks freezes and expands
• Acid rain dissolves limestone slowly
• Onion-skin weathering peels layers off rocks in hot deserts
• Tree roots grow into cracks and split rocks apart
• Carbonation weathering forms caves and swallow holes in limestone areas

5. Coasts
• Hydraulic action forces air into cracks in the cliff
• Longshore drift moves sand along the beach in a zigzag
• Spits form where the coast changes direction, such as Spurn Head
• Wave-cut platforms are left behind as cliffs retreat
• Groynes are wooden barriers that trap sand on the beach

6. Rivers
• Meanders form where water flows fastest on the outside of a bend
• Oxbow lakes are cut off when a meander neck is broken through
• Waterfalls form where hard rock lies on top of soft rock
• Levees are raised banks of silt dropped when a river floods
• Deltas form where a river drops sediment at its mouth

7. Soils
• Clay soils hold water and drain slowly
• Sandy soils drain quickly and warm up fast in spring
• Humus is dark organic matter from rotting leaves
• Earthworms mix the soil and let air in

8. Peat bogs and fieldwork
• Peat does not decay because the bog is waterlogged and acidic
• Peat bogs store large amounts of carbon
• Quadrats are used to estimate how many plants of a species grow in a field
• Soil samples are dried in an oven before they are weighed
"""


def _ask(notes: str, question: str) -> Asked:
    deck, index = imported(notes, "outline", "notes.txt")
    return answer_question(deck, index, question)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # "kids" / "children", "remember" / "recall": no word form or table joins them
        ("what can kids remember better than words?", "recall pictures better"),
    ],
)
def test_a_word_of_the_same_meaning_finds_the_line(question: str, expected: str) -> None:
    assert expected in lead_of(_ask(CHILDHOOD, question))


@pytest.mark.parametrize(
    "question",
    [
        "where do you connect an ammeter?",  # "voltmeter" shares "meter", not the meaning
        "what do herbivores eat?",  # "carnivores" share "vores", not the meaning
        "how many hours does a toddler nap after lunch?",
    ],
)
def test_kinds_sharing_a_part_stay_apart(question: str) -> None:
    notes = CIRCUITS if "meter" in question or "herbivores" in question else CHILDHOOD
    asked = _ask(notes, question)
    assert asked.status == "none", asked.lead


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("why doesnt peat decay?", "waterlogged and acidic"),
        ("why doesn't peat decay?", "waterlogged and acidic"),
    ],
)
def test_a_contraction_typed_without_its_apostrophe_is_no_unknown_name(
    question: str, expected: str
) -> None:
    assert expected in lead_of(_ask(ROCKS, question))


def test_contractions_are_read_in_full() -> None:
    assert folded_words("why didnt it, why didn't it, it wont") == (
        *("why", "did", "not", "it", "why", "did", "not", "it", "it", "will", "not"),
    )
    assert folded_words("Don donated to Kant") == ("don", "donated", "to", "kant")


def test_a_slip_of_an_everyday_word_is_no_name_the_notes_lack() -> None:
    assert "granite and basalt" in lead_of(_ask(ROCKS, "what igneous rocks are there, exmaple?"))
    # a name the notes never mention is still refused
    assert _ask(ROCKS, "what igneous rocks are there in Zhytomyr?").status == "none"


def test_an_everyday_word_the_notes_never_use_weighs_less() -> None:
    assert "trap sand" in lead_of(_ask(ROCKS, "what is the point of groynes on a beach?"))


@pytest.mark.parametrize(
    "question",
    [
        "what is the price of slate?",
        "which company mines the most chalk?",
        "what music was played at the beach?",
    ],
)
def test_what_the_notes_do_not_cover_is_still_refused(question: str) -> None:
    assert _ask(ROCKS, question).status == "none"


def test_the_neighbours_of_a_word_are_words_of_its_meaning_not_of_its_letters() -> None:
    deck_words = [
        *("victory", "victories", "civilian", "civilians", "voltmeter", "surgery"),
        *("carnivores", "rainforest", "recall", "recalled", "children", "purchased", "banana"),
    ]
    neighbours = WordNeighbours(deck_words, index_word)
    asked = ["win", "civil", "ammeter", "buy", "herbivores", "rain", "remember", "kids"]
    found = neighbours.near(asked, [index_word(word) for word in asked])
    near = {word: [stem for stem, _ in words] for word, words in zip(asked, found, strict=True)}
    assert near["win"] == [index_word("victory")]
    assert near["buy"] == [index_word("purchase")]
    assert near["remember"] == [index_word("recall")]
    assert near["kids"] == [index_word("children")]
    # a shared piece is no shared meaning: "civil" + "ian", "am" + "meter", "herbi" + "vores"
    assert near["civil"] == near["ammeter"] == near["herbivores"] == near["rain"] == []


def test_vectors_are_unit_length_and_put_meanings_near() -> None:
    vectors = _embed.embed(["children", "kids", "voltage", ""])
    assert vectors is not None, "wordllama is not installed: `make .venv/.installed` (pyproject)"
    assert vectors.shape == (4, _embed.DIMENSIONS)
    assert np.allclose(np.linalg.norm(vectors[:3], axis=1), 1.0, atol=1e-5)
    assert float(vectors[0] @ vectors[1]) > float(vectors[0] @ vectors[2]) + 0.3


def test_without_the_vectors_ask_still_answers(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_embed, "_model", lambda: None)
    deck, _ = imported(CHILDHOOD, "outline", "notes.txt")
    index = DeckIndex(deck)
    assert "16 hours" in lead_of(answer_question(deck, index, "how long does a newborn sleep?"))
    assert answer_question(deck, index, "what can kids remember?").status == "none"


def test_the_vectors_load_no_network_library_and_explain_never_loads_them() -> None:
    probe = (
        "import sys;"
        "from knowledge.loader import parse_deck;"
        "from knowledge.search import DeckIndex;"
        "deck = parse_deck(open(sys.argv[1]).read());"
        "index = DeckIndex(deck, eager=False); index.lookup('Hungarian Uprising');"
        "print('tokenizers' in sys.modules);"
        "index.ask('what can kids remember?');"
        "print('tokenizers' in sys.modules);"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in"
        " {'requests', 'urllib3', 'httpx', 'huggingface_hub', 'wordllama', 'aiohttp', 'ssl'}))"
    )
    deck = ROOT / "knowledge" / "decks" / "khrushchev.yaml"
    result = subprocess.run(
        [sys.executable, "-c", probe, str(deck)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
    )
    assert result.stdout.split("\n")[:3] == ["False", "True", "[]"], result.stdout
    assert "TOKENIZERS_PARALLELISM" not in result.stderr
