"""heldout29 questions: per deck, answered (ask, fact) pairs and none questions.

Each deck's questions live in q_<deck>.py; this module gathers them in deck order.
"""
from q_athens import ATHENS
from q_infection import INFECTION
from q_poetry import POETRY
from q_basketball import BASKETBALL

QUESTIONS = {
    "hist_athens_sparta": ATHENS,
    "bio_infection": INFECTION,
    "eng_power_conflict": POETRY,
    "pe_basketball": BASKETBALL,
}
