"""With a model endpoint, ungrounded or failed answers fall back to the offline text."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from redaction import Redactor
from tests.fakes.openai_server import FakeOpenAIServer, json_answer, restating_answer
from tests.support.sandbox import Sandbox, make_services


def brief_with(
    answer: Any, sandbox: Sandbox, redactor: Redactor, tmp_path: Path
) -> Any:
    with FakeOpenAIServer(answer) as fake:
        services, audit = make_services(
            sandbox,
            redactor,
            tmp_path,
            llm_base_url=fake.base_url,
            llm_model="m",
            llm_backoff_s=0.01,
        )
        result = services.briefing.brief(1, dry_run=True)
    return result, audit, fake


def test_grounded_answer_is_used_and_cites_records(
    sandbox: Sandbox, demo_redactor: Redactor, tmp_path: Path
) -> None:
    """A model answer that restates every warning is used, with the evidence."""
    result, _, _ = brief_with(restating_answer, sandbox, demo_redactor, tmp_path)
    assert result.briefing.narrator == "llm:m"
    assert result.briefing.fallback_reason is None
    payload = result.as_dict()
    assert payload["risks"]
    assert all(risk["evidence"] for risk in payload["risks"])


def test_answer_that_drops_the_risks_falls_back(
    sandbox: Sandbox, demo_redactor: Redactor, tmp_path: Path
) -> None:
    """An all-clear answer for an off-track project is rejected, not written."""
    answer = {"headline": "Everything is fine.", "risks": []}
    result, _, _ = brief_with(json_answer(answer), sandbox, demo_redactor, tmp_path)
    assert result.briefing.narrator == "offline"
    assert "left out" in (result.briefing.fallback_reason or "")


def test_invented_number_falls_back_to_offline_and_is_audited(
    sandbox: Sandbox, demo_redactor: Redactor, tmp_path: Path
) -> None:
    """A figure no fact holds rejects the model's text; the offline text is used."""
    answer = {"headline": "The project is 12345 hours late.", "risks": []}
    result, audit, _ = brief_with(json_answer(answer), sandbox, demo_redactor, tmp_path)
    assert result.briefing.narrator == "offline"
    assert "not in the facts" in (result.briefing.fallback_reason or "")
    assert [e["event"] for e in audit.entries].count("grounding_rejected") == 1


def test_sentences_citing_unknown_facts_are_dropped_and_audited(
    sandbox: Sandbox, demo_redactor: Redactor, tmp_path: Path
) -> None:
    """A sentence citing a fact id the model was never given is left out of
    the advice, and the audit trail counts it."""

    def answer(request: dict[str, Any]) -> tuple[int, str]:
        _, content = restating_answer(request)
        document = json.loads(content)
        document["risks"].append({"text": "Fire the team.", "fact_ids": ["F999"]})
        return 200, json.dumps(document)

    result, audit, _ = brief_with(answer, sandbox, demo_redactor, tmp_path)
    assert result.briefing.narrator == "llm:m"
    assert "Fire the team." not in [r.text for r in result.briefing.risks]
    dropped = [e for e in audit.entries if e["event"] == "sentences_dropped"]
    assert [e["dropped_items"] for e in dropped] == [1]


def test_invalid_json_falls_back_to_offline(
    sandbox: Sandbox, demo_redactor: Redactor, tmp_path: Path
) -> None:
    """An answer that is not the schema's JSON never reaches the reader."""
    result, audit, _ = brief_with(
        lambda _req: (200, "not json {"), sandbox, demo_redactor, tmp_path
    )
    assert result.briefing.narrator == "offline"
    assert (result.briefing.fallback_reason or "").startswith(
        "the model endpoint failed"
    )
    assert any(e.get("outcome") == "error" for e in audit.entries)


def test_server_error_falls_back_to_offline(
    sandbox: Sandbox, demo_redactor: Redactor, tmp_path: Path
) -> None:
    """A 500 from the endpoint leaves the briefing to the offline narrator."""
    result, _, fake = brief_with(
        lambda _req: (500, "boom"), sandbox, demo_redactor, tmp_path
    )
    assert result.briefing.narrator == "offline"
    assert len(fake.requests) >= 1


def test_a_failing_endpoint_is_paused_for_the_rest_of_the_run(
    sandbox: Sandbox, demo_redactor: Redactor, tmp_path: Path
) -> None:
    """After one failure the next briefings skip the model (circuit breaker)."""
    with FakeOpenAIServer(lambda _req: (500, "boom")) as fake:
        services, _ = make_services(
            sandbox,
            demo_redactor,
            tmp_path,
            llm_base_url=fake.base_url,
            llm_model="m",
            llm_backoff_s=0.01,
        )
        first = services.briefing.brief(1, dry_run=True)
        calls_after_first = len(fake.requests)
        second = services.briefing.brief(2, dry_run=True)
    assert calls_after_first >= 1
    assert len(fake.requests) == calls_after_first
    assert "paused" in (second.briefing.fallback_reason or "")
    assert first.briefing.narrator == second.briefing.narrator == "offline"


def test_control_characters_from_the_model_are_removed(
    sandbox: Sandbox, demo_redactor: Redactor, tmp_path: Path
) -> None:
    """Terminal escape sequences in an answer never reach the reader."""

    def answer(request: dict[str, object]) -> tuple[int, str]:
        status, body = restating_answer(request)  # type: ignore[arg-type]
        return status, body.replace("Status restated.", "Status \\u001b[2J restated.")

    result, _, _ = brief_with(answer, sandbox, demo_redactor, tmp_path)
    assert result.briefing.narrator == "llm:m"
    assert "\x1b" not in result.briefing.headline
