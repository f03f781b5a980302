"""heldout23 questions: per deck, answered (ask, fact) pairs and none questions.

Each deck's questions live in q_<deck>.py; this module gathers them in deck order.
"""
from q_heraldry import HERALDRY
from q_typography import TYPOGRAPHY
from q_crypto import CRYPTO
from q_sailing import SAILING
from q_chess import CHESS
from q_bsl import BSL

QUESTIONS = {
    "hist_heraldry": HERALDRY,
    "art_typography": TYPOGRAPHY,
    "comp_crypto": CRYPTO,
    "voc_sailing": SAILING,
    "club_chess": CHESS,
    "lang_bsl": BSL,
}
