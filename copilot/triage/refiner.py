"""Optional refinement by a language model: few-shot over labelled neighbours.

The model only ever sees redacted text that passed the leak guard. Its answer
is untrusted: parsed into `TriageRefinement`, and a category outside the
allowed set is dropped (the offline suggestion stands).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Literal

from pydantic import BaseModel, Field

from copilot.chat_model import ChatModel, ModelCall
from copilot.triage.classifier import TAXONOMY
from copilot.triage.model import Scored, TriageSuggestion
from prompts import TriageExample, render_triage_prompt
from redaction import RedactedText
from retrieval import Neighbour

__all__ = ["LlmRefiner", "TriageRefinement"]

PayloadCheck = Callable[[str], None]


class TriageRefinement(BaseModel):
    """What the model must answer; anything else fails validation."""

    category: str = Field(max_length=80)
    priority: Literal["0", "1", "2", "3"]
    confidence: float = Field(ge=0.0, le=1.0)
    rationale: str = Field(default="", max_length=300)


class LlmRefiner:
    """Asks the chat model to confirm or correct the offline suggestion."""

    def __init__(self, chat_model: ChatModel, *, unsure_below: float) -> None:
        self._chat_model = chat_model
        self._unsure_below = unsure_below
        self.name = f"llm:{chat_model.name}"

    def refine(
        self,
        text: RedactedText,
        suggestion: TriageSuggestion,
        neighbours: Sequence[Neighbour],
        leak_check: PayloadCheck,
    ) -> tuple[TriageSuggestion, ModelCall | None]:
        """The refined suggestion, or the same one if the answer is unusable."""
        categories = sorted(
            {n.labels["category"] for n in neighbours if n.labels.get("category")}
            or set(TAXONOMY)
        )
        if suggestion.category.value and suggestion.category.value not in categories:
            categories.append(suggestion.category.value)
        prompt = render_triage_prompt(
            text.text,
            [
                TriageExample(
                    n.text, n.labels.get("category", ""), n.labels.get("priority", "")
                )
                for n in neighbours
            ],
            categories,
            category=suggestion.category.value or "unsure",
            priority=suggestion.priority.value or "unsure",
        )
        leak_check(prompt.system)
        leak_check(prompt.user)
        answer, call = self._chat_model.structured(
            prompt.system, prompt.user, TriageRefinement, prompt_sha256=prompt.sha256
        )
        if answer.category not in categories:
            return replace(suggestion, notes=("model answer dropped",)), call
        confidence = float(answer.confidence)
        unsure = confidence < self._unsure_below
        return (
            replace(
                suggestion,
                category=Scored(answer.category, confidence, unsure, "llm"),
                priority=Scored(answer.priority, confidence, unsure, "llm"),
                refined_by=self.name,
            ),
            call,
        )
