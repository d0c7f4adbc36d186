"""With a model endpoint, the few-shot prompt refines triage; failures fall back."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import odoorpc
import pytest

from copilot.audit import MemoryAuditLog
from copilot.sandbox import ADMIN
from copilot.sandbox.seed import demo_firm
from copilot.settings import Settings
from copilot.triage import TriageResult
from copilot.wiring import build_triage_service
from redaction import Redactor
from retrieval import HashingEmbedder, MemoryTicketIndex
from tests.fakes.openai_server import FakeOpenAIServer, json_answer
from tests.support.sandbox import DB, Sandbox


@pytest.fixture(scope="session")
def shared(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The session's shared data folder (the trained model is cached there)."""
    folder = tmp_path_factory.getbasetemp() / "triage-shared"
    folder.mkdir(exist_ok=True)
    return folder


def triage_with(
    answer: Any, sandbox: Sandbox, redactor: Redactor, shared: Path
) -> tuple[TriageResult, MemoryAuditLog, FakeOpenAIServer, str]:
    client = odoorpc.ODOO("127.0.0.1", port=sandbox.server.port)
    client.login(DB, ADMIN.login, ADMIN.password)
    ticket = client.execute_kw(
        "helpdesk.ticket",
        "search_read",
        [[["closed", "=", False], ["id", ">", 8]]],
        {"fields": ["id", "partner_name"], "limit": 1, "order": "id asc"},
    )[0]
    audit = MemoryAuditLog()
    with FakeOpenAIServer(answer) as fake:
        service = build_triage_service(
            Settings(  # type: ignore[call-arg]
                data_dir=shared,
                llm_base_url=fake.base_url,
                llm_model="m",
                llm_backoff_s=0.01,
                _env_file=None,
            ),
            endpoint=sandbox.endpoint(),
            audit=audit,
            redactor=redactor,
            index=MemoryTicketIndex(HashingEmbedder()),
        )
        result = service.triage_ticket(int(ticket["id"]), dry_run=True)
    return result, audit, fake, str(ticket["partner_name"])


def test_model_answer_in_the_firms_labels_is_used_and_sees_no_names(
    sandbox: Sandbox, demo_redactor: Redactor, shared: Path
) -> None:
    """An allowed category is taken; no planted personal value reaches it."""
    answer = json_answer({"category": "Invoicing", "priority": "3", "confidence": 0.9})
    result, audit, fake, contact = triage_with(answer, sandbox, demo_redactor, shared)
    assert result.suggestion.category.value == "Invoicing"
    assert result.suggestion.refined_by == "llm:m"
    assert "Labelled past tickets" in fake.sent_text()
    sent = fake.sent_text()
    assert contact not in sent
    leaked = [v for v in demo_firm().sensitive_values if v.value in sent]
    assert leaked == []
    calls = [e for e in audit.entries if e["event"] == "model_call"]
    assert calls and calls[0]["outcome"] == "ok"


@pytest.mark.parametrize(
    "answer",
    [
        json_answer({"category": "Payroll", "priority": "1", "confidence": 0.9}),
        json_answer({"category": "Invoicing", "priority": "urgent"}),
        lambda _request: (500, "server error"),
    ],
    ids=["unknown-label", "invalid-schema", "http-error"],
)
def test_unusable_model_answers_keep_the_offline_suggestion(
    sandbox: Sandbox, demo_redactor: Redactor, shared: Path, answer: Any
) -> None:
    """An invented label, a malformed answer or an error: ours stands."""
    result, _, _, _ = triage_with(answer, sandbox, demo_redactor, shared)
    assert result.suggestion.refined_by is None
    assert result.suggestion.category.source != "llm"
