"""heldout24 questions: per deck, answered (ask, fact) pairs and none questions.

Each deck's questions live in q_<deck>.py; this module gathers them in deck order.
"""
from q_polar import POLAR
from q_piracy import PIRACY
from q_aviation import AVIATION
from q_ballet import BALLET
from q_sharks import SHARKS
from q_titanic import TITANIC

QUESTIONS = {
    "hist_polar": POLAR,
    "hist_piracy": PIRACY,
    "tech_aviation": AVIATION,
    "dance_ballet": BALLET,
    "bio_sharks": SHARKS,
    "epq_titanic": TITANIC,
}
