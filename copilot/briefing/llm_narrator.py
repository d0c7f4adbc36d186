"""A narrator backed by a chat model; it only ever sees redacted input."""

from __future__ import annotations

from collections.abc import Callable

from copilot.briefing.model import BriefingDraft, BriefingInput
from copilot.chat_model import ChatModel, ModelCall
from prompts import render_briefing_prompt

__all__ = ["LlmNarrator"]

PayloadCheck = Callable[[str], None]


class LlmNarrator:
    """Renders the briefing prompt, checks it for leaks, asks the model."""

    def __init__(self, chat_model: ChatModel) -> None:
        self._chat_model = chat_model
        self.name = f"llm:{chat_model.name}"

    def narrate_checked(
        self, briefing_input: BriefingInput, leak_check: PayloadCheck
    ) -> tuple[BriefingDraft, ModelCall]:
        """`leak_check` raises before anything is sent if the prompt leaks."""
        prompt = render_briefing_prompt(briefing_input)
        leak_check(prompt.system)
        leak_check(prompt.user)
        return self._chat_model.structured(
            prompt.system, prompt.user, BriefingDraft, prompt_sha256=prompt.sha256
        )
