"""heldout16 questions: per deck, answered (ask, fact) pairs and none questions.

Each deck's questions live in q_<deck>.py; this module gathers them in deck order.
"""
from q_judaism import JUDAISM
from q_chem import CHEM
from q_sleep import SLEEP
from q_jekyll import JEKYLL
from q_space import SPACE
from q_geog import GEOG

QUESTIONS = {
    "rs_judaism": JUDAISM,
    "chem_quantitative": CHEM,
    "psych_sleep_dreaming": SLEEP,
    "lit_jekyll_hyde": JEKYLL,
    "physics_space": SPACE,
    "geog_resources": GEOG,
}
