"""heldout15 questions: per deck, answered (ask, fact) pairs and none questions.

Each deck's questions live in q_<deck>.py; this module gathers them in deck order.
"""
from q_biz import BIZ
from q_phys import PHYS
from q_hist import HIST
from q_geog import GEOG
from q_psych import PSYCH
from q_food import FOOD

QUESTIONS = {
    "business_marketing": BIZ,
    "physics_forces": PHYS,
    "history_power_people": HIST,
    "geography_living_world": GEOG,
    "psychology_perception_language": PSYCH,
    "food_nutrition": FOOD,
}
