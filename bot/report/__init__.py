"""The teacher's view: class reports as data, chat text, a heat map and signed dashboard links.

`ReportFeature` answers /report and /dashboard in chat; the web dashboard (an adapter) reads the same
`ClassReport` through `ReportFeature.report` and checks its links with `LinkSigner`.
"""

from bot.report._build import WEEK, ReportRequest, build_report
from bot.report._feature import ALL_TIME, PICK_ACTION, Dashboard, ReportFeature
from bot.report._links import (
    LinkClaims,
    LinkError,
    LinkSigner,
    Scope,
    is_revoked,
    link_generation,
    revoked_setting,
)
from bot.report._model import ClassReport, MissedQuestion, Podium, StudentStat, Tally, TopicStat
from bot.report._questions import QuestionCatalogue, build_catalogue
from bot.report._render import report_text

__all__ = [
    "ALL_TIME",
    "PICK_ACTION",
    "WEEK",
    "ClassReport",
    "Dashboard",
    "LinkClaims",
    "LinkError",
    "LinkSigner",
    "MissedQuestion",
    "Podium",
    "QuestionCatalogue",
    "ReportFeature",
    "ReportRequest",
    "Scope",
    "StudentStat",
    "Tally",
    "TopicStat",
    "build_catalogue",
    "build_report",
    "is_revoked",
    "link_generation",
    "report_text",
    "revoked_setting",
]
