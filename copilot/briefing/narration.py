"""Narrate with the model when it is configured and trusted, else offline.

Every outcome is audited: the call (tokens, attempts, retries, cost), a
blocked prompt, a failed call, a rejected draft, sentences dropped for
citing no known fact, and the fallback itself.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from copilot.audit import AuditSink
from copilot.briefing.grounding import check_grounding
from copilot.briefing.llm_narrator import LlmNarrator
from copilot.briefing.model import BriefingDraft, BriefingInput, Narrator
from copilot.chat_model import ModelCall, ModelCallFailed
from copilot.errors import ModelError, RedactionError

__all__ = ["Narration", "narrate"]

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Narration:
    """The draft to use, who wrote it, why the model's was not used, the call."""

    draft: BriefingDraft
    narrator: str
    fallback_reason: str | None = None
    call: ModelCall | None = None


def narrate(
    given: BriefingInput,
    *,
    llm: LlmNarrator | None,
    offline: Narrator,
    leak_check: Callable[[], Callable[[str], None]],
    audit: AuditSink,
    correlation_id: str,
) -> Narration:
    """The model's grounded draft, or the offline one with the reason.

    `leak_check` builds the guard only when a model is configured: the
    offline path sends nothing.
    """
    if llm is None:
        return Narration(offline.narrate(given), offline.name)

    def fallback(reason: str, call: ModelCall | None = None) -> Narration:
        logger.warning("offline narrator used: %s", reason)
        audit.record("fallback_used", correlation_id, narrator=offline.name)
        return Narration(offline.narrate(given), offline.name, reason, call)

    fitted = llm.fit(given)
    try:
        draft, call = llm.narrate_checked(
            fitted.given, leak_check(), omitted=fitted.omitted
        )
    except RedactionError as exc:
        audit.record("leak_blocked", correlation_id, reason=str(exc))
        return fallback("the prompt failed the leak guard")
    except ModelError as exc:
        details = exc.audit_fields() if isinstance(exc, ModelCallFailed) else {}
        audit.record(
            "model_call", correlation_id, outcome="error", error=str(exc), **details
        )
        return fallback(f"the model endpoint failed: {exc}")
    audit.record(
        "model_call",
        correlation_id,
        outcome="ok",
        facts_given=len(fitted.given.facts),
        facts_omitted=fitted.omitted,
        **call.audit_fields(),
    )
    result = check_grounding(draft, fitted.given)
    if result.draft is None:
        audit.record("grounding_rejected", correlation_id, reason=result.reason)
        return fallback(f"the model's text was rejected: {result.reason}", call)
    if result.dropped_items:
        # Sentences citing facts the model was never given: kept out of the
        # advice, and on the record, as the README promises.
        audit.record(
            "sentences_dropped", correlation_id, dropped_items=result.dropped_items
        )
        logger.warning("dropped %s uncited sentences", result.dropped_items)
    return Narration(result.draft, llm.name, None, call)
