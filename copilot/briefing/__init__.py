"""Status briefings for project managers: facts in, advisory activity out."""

from copilot.briefing.llm_narrator import LlmNarrator
from copilot.briefing.model import Briefing, BriefingDraft, BriefingInput, DraftItem
from copilot.briefing.offline_narrator import OfflineNarrator
from copilot.briefing.render import render_activity_note, render_text
from copilot.briefing.service import BriefingResult, BriefingService

__all__ = [
    "Briefing",
    "BriefingDraft",
    "BriefingInput",
    "BriefingResult",
    "BriefingService",
    "DraftItem",
    "LlmNarrator",
    "OfflineNarrator",
    "render_activity_note",
    "render_text",
]
