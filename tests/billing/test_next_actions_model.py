"""Next actions with a model: it only sees redacted facts, and the grounding
check decides whether its rewrite is used."""

from __future__ import annotations

from typing import Any, TypeVar

import pytest

from copilot.audit import MemoryAuditLog
from copilot.billing import BillingScanService, BillingThresholds
from copilot.billing.next_actions import NextActionsService
from copilot.briefing import LlmNarrator
from copilot.briefing.model import BriefingDraft, DraftItem
from copilot.chat_model import ModelCall
from copilot.odoo.writer import AdvisoryWriter
from redaction import DenyListEntry, build_redactor
from tests.billing.builders import TODAY, account, invoice, line, project
from tests.billing.fake_source import FakeSource
from tests.copilot.fake_rpc import RecordingRpc

T = TypeVar("T")


class ScriptedModel:
    """Answers with a draft built from the facts in the prompt it was sent."""

    name = "scripted"

    def __init__(self, *, invent: bool) -> None:
        self.prompts: list[str] = []
        self._invent = invent

    def structured(
        self, system: str, user: str, schema: type[T], *, prompt_sha256: str
    ) -> tuple[T, ModelCall]:
        self.prompts.append(system + user)
        ids = sorted({f"A{i}" for i in range(1, 6) if f"A{i}" in user})
        headline = "Pay 123,456.00 now." if self._invent else "Act this week."
        draft = BriefingDraft(
            headline=headline,
            next_steps=[DraftItem(text="Do this first.", fact_ids=[i]) for i in ids],
        )
        call = ModelCall(self.name, prompt_sha256, 5, None, None)
        return schema.model_validate(draft.model_dump()), call  # type: ignore[attr-defined]


def advise(model: ScriptedModel, audit: MemoryAuditLog | None = None) -> Any:
    source = FakeSource(
        projects=(project(),),
        lines=(line(),),
        invoices=(invoice(),),
        accounts={10: account(name="Client SA")},
    )
    thresholds = BillingThresholds()
    redactor = build_redactor(
        [
            DenyListEntry("ORGANIZATION", "Client SA"),
            DenyListEntry("PERSON", "Sam Seller"),
        ],
        use_ner=False,
    )
    service = NextActionsService(
        source,
        BillingScanService(source, thresholds=thresholds, today=lambda: TODAY),
        AdvisoryWriter(RecordingRpc()),
        audit if audit is not None else MemoryAuditLog(),
        thresholds=thresholds,
        today=lambda: TODAY,
        fallback_user_id=2,
        redactor=redactor,
        llm=LlmNarrator(model),
    )
    return service.advise(10, dry_run=True)


@pytest.mark.parametrize(
    ("invent", "narrator"), [(False, "llm:scripted"), (True, "offline")]
)
def test_grounding_decides_whether_the_rewrite_is_used(
    invent: bool, narrator: str
) -> None:
    """A grounded rewrite is used; an invented figure falls back offline."""
    model = ScriptedModel(invent=invent)
    result = advise(model)
    assert result.narration.narrator == narrator
    assert (result.narration.fallback_reason is None) is (not invent)
    for prompt in model.prompts:
        assert "Client SA" not in prompt and "Sam Seller" not in prompt


def test_a_rejected_rewrite_is_audited_as_a_fallback() -> None:
    """The same audit trail as briefings: the call, the rejection, the fallback."""
    audit = MemoryAuditLog()
    advise(ScriptedModel(invent=True), audit)
    events = [entry["event"] for entry in audit.entries]
    assert events[:3] == ["model_call", "grounding_rejected", "fallback_used"]
    call = audit.entries[0]
    assert call["outcome"] == "ok" and call["facts_omitted"] == 0
