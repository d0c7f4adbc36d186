"""Versioned prompt templates and the pure functions that render them."""

from prompts.render import RenderedPrompt, render_briefing_prompt
from prompts.triage import TriageExample, render_triage_prompt

__all__ = [
    "RenderedPrompt",
    "TriageExample",
    "render_briefing_prompt",
    "render_triage_prompt",
]
