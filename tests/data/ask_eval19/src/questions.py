"""heldout19 questions: per deck, answered (ask, fact) pairs and none questions.

Each deck's questions live in q_<deck>.py; this module gathers them in deck order.
"""
from q_drama import DRAMA
from q_circles import CIRCLES
from q_ethics import ETHICS
from q_contract import CONTRACT
from q_aztecs import AZTECS
from q_cogdev import COGDEV

QUESTIONS = {
    "drama_practitioners": DRAMA,
    "maths_circles": CIRCLES,
    "phil_ethics": ETHICS,
    "law_contract": CONTRACT,
    "hist_aztecs": AZTECS,
    "psych_cogdev": COGDEV,
}
