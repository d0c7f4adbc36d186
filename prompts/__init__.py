"""Versioned prompt templates and the pure functions that render them."""

from prompts.render import RenderedPrompt, render_briefing_prompt

__all__ = ["RenderedPrompt", "render_briefing_prompt"]
