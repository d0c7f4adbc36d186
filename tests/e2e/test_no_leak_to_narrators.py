"""No deny-listed or planted personal value reaches a narrator or a chat model."""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

from copilot.briefing import BriefingDraft, BriefingInput, OfflineNarrator
from copilot.deny_list import deny_list_entries
from copilot.odoo import OdooReader, connect
from copilot.sandbox.seed import demo_firm
from redaction import Redactor, html_to_text
from tests.fakes.openai_server import FakeOpenAIServer, restating_answer
from tests.support.sandbox import Sandbox, make_services


class RecordingNarrator(OfflineNarrator):
    """The offline narrator, keeping every input it was given."""

    def __init__(self) -> None:
        self.inputs: list[BriefingInput] = []

    def narrate(self, briefing_input: BriefingInput) -> BriefingDraft:
        self.inputs.append(briefing_input)
        return super().narrate(briefing_input)


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(text.casefold().split())


def digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def sensitive_values(sandbox: Sandbox) -> list[tuple[str, str]]:
    """Planted values of the demo firm plus every person the deny-list knows."""
    connection = connect(sandbox.endpoint())
    people = OdooReader(connection, html_to_text).people()
    values = {(e.entity_type, e.value) for e in deny_list_entries(people)}
    values |= {(v.entity_type, v.value) for v in demo_firm().sensitive_values}
    return sorted(
        (kind, value)
        for kind, value in values
        if kind in {"PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "IBAN_CODE"}
    )


def leaks(text: str, values: list[tuple[str, str]]) -> list[str]:
    found = []
    folded = fold(text)
    numbers = digits(text)
    for kind, value in values:
        if kind in {"PHONE_NUMBER", "IBAN_CODE"}:
            if len(digits(value)) >= 7 and digits(value) in numbers:
                found.append(kind)
        elif re.search(r"\b" + re.escape(fold(value)) + r"\b", folded):
            found.append(f"{kind}:{value}")
    return found


def narrator_text(briefing_input: BriefingInput) -> str:
    return "\n".join(
        [
            briefing_input.project_label,
            *(fact.statement for fact in briefing_input.facts),
        ]
    )


def test_offline_narrator_sees_only_redacted_text_for_every_project(
    sandbox: Sandbox, demo_redactor: Redactor, tmp_path: Path
) -> None:
    """Every demo project's narrator input is free of names, e-mails, phones, IBANs."""
    recorder = RecordingNarrator()
    services, _ = make_services(sandbox, demo_redactor, tmp_path, narrator=recorder)
    values = sensitive_values(sandbox)
    assert len(values) > 50
    for project_id in services.reader.active_project_ids():
        services.briefing.brief(project_id, dry_run=True)
    assert len(recorder.inputs) >= 10
    text = "\n".join(narrator_text(i) for i in recorder.inputs)
    assert "<PERSON_" in text
    assert leaks(text, values) == []


def test_chat_model_requests_carry_no_personal_value(
    sandbox: Sandbox, demo_redactor: Redactor, tmp_path: Path
) -> None:
    """For every demo project the model endpoint receives only redacted text."""
    values = sensitive_values(sandbox)
    with FakeOpenAIServer(restating_answer) as fake:
        services, audit = make_services(
            sandbox, demo_redactor, tmp_path, llm_base_url=fake.base_url, llm_model="m"
        )
        project_ids = services.reader.active_project_ids()
        results = [services.briefing.brief(pid, dry_run=True) for pid in project_ids]
    assert len(fake.requests) == len(project_ids), "a prompt was blocked or not sent"
    assert leaks(fake.sent_text(), values) == []
    assert {r.briefing.narrator for r in results} == {"llm:m"}
    calls = [e for e in audit.entries if e["event"] == "model_call"]
    assert [c["outcome"] for c in calls] == ["ok"] * len(project_ids)
    assert "messages" not in json.dumps(calls)


def test_the_leak_check_itself_finds_planted_values(sandbox: Sandbox) -> None:
    """Guard against a vacuous check: raw demo text does contain the values."""
    values = sensitive_values(sandbox)
    raw = " ".join(value for _, value in values[:40])
    assert len(leaks(raw, values[:40])) == 40
    assert leaks(raw.upper(), values[:40])
