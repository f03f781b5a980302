"""heldout27 questions: per deck, answered (ask, fact) pairs and none questions.

Each deck's questions live in q_<deck>.py; this module gathers them in deck order.
"""
from q_gunpowder import GUNPOWDER
from q_spiders import SPIDERS
from q_hair import HAIR
from q_quad import QUAD
from q_pride import PRIDE
from q_cricket import CRICKET

QUESTIONS = {
    "hist_gunpowder": GUNPOWDER,
    "bio_spiders": SPIDERS,
    "voc_hairdressing": HAIR,
    "maths_quadratics": QUAD,
    "eng_pride": PRIDE,
    "pe_cricket": CRICKET,
}
