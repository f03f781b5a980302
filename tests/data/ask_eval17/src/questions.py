"""heldout17 questions: per deck, answered (ask, fact) pairs and none questions.

Each deck's questions live in q_<deck>.py; this module gathers them in deck order.
"""
from q_frenchrev import FRENCHREV
from q_particles import PARTICLES
from q_sikhism import SIKHISM
from q_psychopath import PSYCHOPATH
from q_families import FAMILIES
from q_lotf import LOTF

QUESTIONS = {
    "hist_french_revolution": FRENCHREV,
    "physics_particle_model": PARTICLES,
    "rs_sikhism": SIKHISM,
    "psych_psychopathology": PSYCHOPATH,
    "soc_families": FAMILIES,
    "lit_lord_of_the_flies": LOTF,
}
