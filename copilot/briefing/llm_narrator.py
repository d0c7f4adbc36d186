"""A narrator backed by a chat model; it only ever sees redacted input."""

from __future__ import annotations

import re
import time
from collections.abc import Callable

from copilot.briefing.model import BriefingDraft, BriefingInput, DraftItem
from copilot.chat_model import ChatModel, ModelCall
from copilot.errors import ModelError
from prompts import render_briefing_prompt

__all__ = ["LlmNarrator"]

PayloadCheck = Callable[[str], None]

# Terminal control sequences in a model's answer must not reach a terminal.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


class LlmNarrator:
    """Renders the briefing prompt, checks it for leaks, asks the model.

    After a failure the model is skipped for `cooldown_s` (a circuit
    breaker), so a hung endpoint costs one timeout per run, not one per
    project.
    """

    def __init__(
        self,
        chat_model: ChatModel,
        *,
        cooldown_s: float = 300.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._chat_model = chat_model
        self._cooldown_s = cooldown_s
        self._clock = clock
        self._paused_until = 0.0
        self.name = f"llm:{chat_model.name}"

    def narrate_checked(
        self, briefing_input: BriefingInput, leak_check: PayloadCheck
    ) -> tuple[BriefingDraft, ModelCall]:
        """`leak_check` raises before anything is sent if the prompt leaks."""
        if self._clock() < self._paused_until:
            raise ModelError("the model is paused after a recent failure")
        prompt = render_briefing_prompt(briefing_input)
        leak_check(prompt.system)
        leak_check(prompt.user)
        try:
            draft, call = self._chat_model.structured(
                prompt.system, prompt.user, BriefingDraft, prompt_sha256=prompt.sha256
            )
        except ModelError:
            self._paused_until = self._clock() + self._cooldown_s
            raise
        return _without_control_characters(draft), call


def _clean(text: str) -> str:
    return _CONTROL.sub("", text)


def _without_control_characters(draft: BriefingDraft) -> BriefingDraft:
    def items(entries: list[DraftItem]) -> list[DraftItem]:
        return [DraftItem(text=_clean(i.text), fact_ids=i.fact_ids) for i in entries]

    return BriefingDraft(
        headline=_clean(draft.headline),
        risks=items(draft.risks),
        blockers=items(draft.blockers),
        next_steps=items(draft.next_steps),
    )
