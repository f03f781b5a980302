"""heldout26 questions: per deck, answered (ask, fact) pairs and none questions.

Each deck's questions live in q_<deck>.py; this module gathers them in deck order.
"""
from q_meso import MESO
from q_lep import LEP
from q_horse import HORSE
from q_trig import TRIG
from q_gatsby import GATSBY
from q_usgov import USGOV

QUESTIONS = {
    "hist_mesopotamia": MESO,
    "bio_butterflies": LEP,
    "voc_horse_care": HORSE,
    "maths_trigonometry": TRIG,
    "eng_gatsby": GATSBY,
    "pol_us_government": USGOV,
}
