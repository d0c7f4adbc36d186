"""Next-best actions for every demo client send the model no personal value.

(Briefings are covered in test_no_leak_to_narrators, triage in
test_triage_model.)
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import odoorpc

from copilot.audit import MemoryAuditLog
from copilot.sandbox import ADMIN, DEMO_ANCHOR
from copilot.settings import Settings
from copilot.wiring import build_billing_services
from redaction import Redactor
from tests.e2e.test_no_leak_to_narrators import leaks, sensitive_values
from tests.fakes.openai_server import FakeOpenAIServer
from tests.support.sandbox import DB, Sandbox

_ACTION = re.compile(r"^(A\d+) \[", re.MULTILINE)


def citing_answer(request: dict[str, Any]) -> tuple[int, str]:
    """One figure-free next step per action in the prompt."""
    prompt = "\n".join(str(m.get("content", "")) for m in request["messages"])
    steps = [
        {"text": "Handle this with the client.", "fact_ids": [action]}
        for action in _ACTION.findall(prompt)
    ]
    return 200, json.dumps({"headline": "Actions for this week.", "next_steps": steps})


def client_ids(sandbox: Sandbox) -> list[int]:
    client = odoorpc.ODOO("127.0.0.1", port=sandbox.server.port)
    client.login(DB, ADMIN.login, ADMIN.password)
    rows = client.execute_kw(
        "project.project", "search_read", [[]], {"fields": ["partner_id"]}
    )
    return sorted({r["partner_id"][0] for r in rows if r["partner_id"]})


def test_next_actions_requests_carry_no_personal_value(
    sandbox: Sandbox, demo_redactor: Redactor, tmp_path: Path
) -> None:
    """Every client's actions reach the model redacted or not at all: a prompt
    the leak guard blocks is never sent, and that client gets offline text."""
    values = sensitive_values(sandbox)
    audit = MemoryAuditLog()
    with FakeOpenAIServer(citing_answer) as fake:
        services = build_billing_services(
            Settings(  # type: ignore[call-arg]
                data_dir=tmp_path,
                llm_base_url=fake.base_url,
                llm_model="m",
                _env_file=None,
            ),
            endpoint=sandbox.endpoint(),
            today=DEMO_ANCHOR,
            audit=audit,
            redactor=demo_redactor,
        )
        results = [
            services.next_actions.advise(pid, dry_run=True)
            for pid in client_ids(sandbox)
        ]
    advised = [r for r in results if r.actions]
    assert len(advised) >= 3
    blocked = [e for e in audit.entries if e["event"] == "leak_blocked"]
    assert len(fake.requests) + len(blocked) == len(advised)
    assert leaks(fake.sent_text(), values) == []
    calls = [e for e in audit.entries if e["event"] == "model_call"]
    assert all(c["outcome"] == "ok" and c["attempts"] == 1 for c in calls)
    used = [r for r in advised if r.narration.narrator == "llm:m"]
    assert len(used) == len(fake.requests)
