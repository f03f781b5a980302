"""heldout20 questions: per deck, answered (ask, fact) pairs and none questions.

Each deck's questions live in q_<deck>.py; this module gathers them in deck order.
"""
from q_crusades import CRUSADES
from q_photo import PHOTO
from q_mind import MIND
from q_stats import STATS
from q_film import FILM
from q_egypt import EGYPT

QUESTIONS = {
    "hist_crusades": CRUSADES,
    "art_photography": PHOTO,
    "phil_mind": MIND,
    "maths_stats": STATS,
    "film_language": FILM,
    "hist_egypt": EGYPT,
}
