"""heldout22 questions: per deck, answered (ask, fact) pairs and none questions.

Each deck's questions live in q_<deck>.py; this module gathers them in deck order.
"""
from q_vikings import VIKINGS
from q_forensics import FORENSICS
from q_ceramics import CERAMICS
from q_japanese import JAPANESE
from q_firstaid import FIRSTAID
from q_parliament import PARLIAMENT

QUESTIONS = {
    "hist_vikings": VIKINGS,
    "sci_forensics": FORENSICS,
    "art_ceramics": CERAMICS,
    "lang_japanese": JAPANESE,
    "voc_firstaid": FIRSTAID,
    "pol_parliament": PARLIAMENT,
}
