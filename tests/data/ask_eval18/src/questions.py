"""heldout18 questions: per deck, answered (ask, fact) pairs and none questions.

Each deck's questions live in q_<deck>.py; this module gathers them in deck order.
"""
from q_materials import MATERIALS
from q_aggression import AGGRESSION
from q_hinduism import HINDUISM
from q_negligence import NEGLIGENCE
from q_finance import FINANCE
from q_rome import ROME

QUESTIONS = {
    "dt_materials": MATERIALS,
    "psych_aggression": AGGRESSION,
    "rs_hinduism": HINDUISM,
    "law_negligence": NEGLIGENCE,
    "bus_finance": FINANCE,
    "hist_roman_republic": ROME,
}
