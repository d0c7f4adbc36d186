"""No deny-listed or planted personal value reaches a narrator or a chat model."""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

import pytest

from copilot.briefing import BriefingDraft, BriefingInput, OfflineNarrator
from copilot.deny_list import deny_list_entries
from copilot.odoo import OdooReader, connect
from copilot.sandbox.seed import demo_firm
from redaction import Redactor, html_to_text
from tests.e2e.conftest import Sandbox, make_services
from tests.fakes.openai_server import FakeOpenAIServer, json_answer


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
        [briefing_input.project_label, *(fact.statement for fact in briefing_input.facts)]
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


@pytest.mark.parametrize("project_id", [1, 13, 14, 15])
def test_chat_model_requests_carry_no_personal_value(
    sandbox: Sandbox, demo_redactor: Redactor, tmp_path: Path, project_id: int
) -> None:
    """What the model endpoint receives is redacted, and the briefing is restored."""
    answer = {"headline": "Status restated.", "risks": [], "blockers": [], "next_steps": []}
    with FakeOpenAIServer(json_answer(answer)) as fake:
        services, audit = make_services(
            sandbox, demo_redactor, tmp_path, llm_base_url=fake.base_url, llm_model="m"
        )
        result = services.briefing.brief(project_id, dry_run=True)
    assert fake.requests, "the model endpoint was not called"
    assert leaks(fake.sent_text(), sensitive_values(sandbox)) == []
    assert result.briefing.narrator == "llm:m"
    calls = [e for e in audit.entries if e["event"] == "model_call"]
    assert calls and calls[0]["outcome"] == "ok"
    assert "messages" not in json.dumps(calls)
