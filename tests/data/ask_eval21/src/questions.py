"""heldout21 questions: per deck, answered (ask, fact) pairs and none questions.

Each deck's questions live in q_<deck>.py; this module gathers them in deck order.
"""
from q_mongols import MONGOLS
from q_plants import PLANTS
from q_latin import LATIN
from q_music import MUSIC
from q_archaeology import ARCHAEOLOGY
from q_databases import DATABASES

QUESTIONS = {
    "hist_mongols": MONGOLS,
    "bio_plantrepro": PLANTS,
    "latin_grammar": LATIN,
    "music_theory": MUSIC,
    "arch_methods": ARCHAEOLOGY,
    "cs_databases": DATABASES,
}
