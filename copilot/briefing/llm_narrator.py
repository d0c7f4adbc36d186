"""A narrator backed by a chat model; it only ever sees redacted input."""

from __future__ import annotations

import re
from collections.abc import Callable

from copilot.briefing.budget import FittedInput, PromptBudget, fit_to_budget
from copilot.briefing.model import BriefingDraft, BriefingInput, DraftItem
from copilot.chat_model import ChatModel, ModelCall
from prompts import render_briefing_prompt

__all__ = ["LlmNarrator"]

PayloadCheck = Callable[[str], None]

# Terminal control sequences in a model's answer must not reach a terminal.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


class LlmNarrator:
    """Renders the briefing prompt, checks it for leaks, asks the model.

    Retries and the circuit breaker live in the chat model, so every job
    that uses the same model shares them.
    """

    def __init__(
        self, chat_model: ChatModel, *, budget: PromptBudget | None = None
    ) -> None:
        self._chat_model = chat_model
        self.budget = budget or PromptBudget()
        self.name = f"llm:{chat_model.name}"

    def fit(self, briefing_input: BriefingInput) -> FittedInput:
        """The input cut to this narrator's prompt budget; check grounding on it."""
        return fit_to_budget(briefing_input, self.budget)

    def narrate_checked(
        self,
        briefing_input: BriefingInput,
        leak_check: PayloadCheck,
        *,
        omitted: int = 0,
    ) -> tuple[BriefingDraft, ModelCall]:
        """`leak_check` raises before anything is sent if the prompt leaks."""
        prompt = render_briefing_prompt(briefing_input, omitted=omitted)
        leak_check(prompt.system)
        leak_check(prompt.user)
        draft, call = self._chat_model.structured(
            prompt.system, prompt.user, BriefingDraft, prompt_sha256=prompt.sha256
        )
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
