"""heldout28 questions: per deck, answered (ask, fact) pairs and none questions.

Each deck's questions live in q_<deck>.py; this module gathers them in deck order.
"""
from q_easter import EASTER
from q_eye import EYE
from q_brick import BRICK
from q_percent import PERCENT
from q_popart import POPART
from q_tennis import TENNIS

QUESTIONS = {
    "hist_easter": EASTER,
    "bio_eye": EYE,
    "voc_bricklaying": BRICK,
    "maths_percent": PERCENT,
    "art_popart": POPART,
    "pe_tennis": TENNIS,
}
