"""Status briefings for project managers: facts in, advisory activity out."""

from copilot.briefing.budget import FittedInput, PromptBudget, fit_to_budget
from copilot.briefing.grounding import GroundingResult, check_grounding
from copilot.briefing.llm_narrator import LlmNarrator
from copilot.briefing.model import Briefing, BriefingDraft, BriefingInput, DraftItem
from copilot.briefing.offline_narrator import OfflineNarrator
from copilot.briefing.render import render_activity_note, render_text
from copilot.briefing.result import BriefingResult
from copilot.briefing.service import BriefingService

__all__ = [
    "Briefing",
    "BriefingDraft",
    "BriefingInput",
    "BriefingResult",
    "BriefingService",
    "DraftItem",
    "FittedInput",
    "GroundingResult",
    "LlmNarrator",
    "OfflineNarrator",
    "PromptBudget",
    "check_grounding",
    "fit_to_budget",
    "render_activity_note",
    "render_text",
]
