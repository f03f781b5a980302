"""heldout25 questions: per deck, answered (ask, fact) pairs and none questions.

Each deck's questions live in q_<deck>.py; this module gathers them in deck order.
"""
from q_china import CHINA
from q_ceph import CEPH
from q_prb import PRB
from q_vehicle import VEHICLE
from q_cpu import CPU
from q_frank import FRANK

QUESTIONS = {
    "hist_qin_han": CHINA,
    "bio_cephalopods": CEPH,
    "art_preraphaelites": PRB,
    "voc_vehicle": VEHICLE,
    "cs_architecture": CPU,
    "eng_frankenstein": FRANK,
}
