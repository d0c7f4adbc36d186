"""A briefing against a misbehaving endpoint: retried only where it helps,
never shipped ungrounded, and every attempt and fallback is in the audit trail."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from redaction import Redactor
from tests.fakes.openai_server import (
    Answer,
    FakeOpenAIServer,
    bad_request,
    invalid_json,
    quota_exhausted,
    rate_limited,
    restating_answer,
    scripted,
    server_error,
    too_slow,
    valid,
)
from tests.support.sandbox import Sandbox, make_services

PRICES = {"m": {"input_per_million": 1.0, "output_per_million": 4.0}}
# Long enough for a loaded CI machine; only the timeout case sets a short one.
ROOMY_TIMEOUT_S = 10.0
SHORT_TIMEOUT_S = 0.3


def brief(
    answer: Answer,
    sandbox: Sandbox,
    redactor: Redactor,
    tmp_path: Path,
    timeout_s: float = ROOMY_TIMEOUT_S,
) -> tuple[dict[str, Any], list[dict[str, object]], int]:
    with FakeOpenAIServer(answer) as fake:
        services, audit = make_services(
            sandbox,
            redactor,
            tmp_path,
            llm_base_url=fake.base_url,
            llm_model="m",
            llm_timeout_s=timeout_s,
            llm_backoff_s=0.01,
            llm_backoff_max_s=0.02,
            llm_prices=PRICES,
        )
        result = services.briefing.brief(1, dry_run=True)
    return result.as_dict(), audit.entries, len(fake.requests)


def events(entries: list[dict[str, object]], name: str) -> list[dict[str, object]]:
    return [e for e in entries if e["event"] == name]


@pytest.mark.parametrize(
    ("answer", "requests"),
    [
        (scripted(rate_limited(retry_after=0.01), restating_answer), 2),
        (scripted(server_error(), server_error(), restating_answer), 3),
    ],
    ids=["429-then-ok", "two-500s-then-ok"],
)
def test_a_retried_call_is_used_and_its_retries_are_audited(
    answer: Answer,
    requests: int,
    sandbox: Sandbox,
    demo_redactor: Redactor,
    tmp_path: Path,
) -> None:
    """Transient errors cost retries, all visible; the model's text is used."""
    payload, entries, sent = brief(answer, sandbox, demo_redactor, tmp_path)
    assert sent == requests
    assert payload["narrator"] == "llm:m"
    (call,) = events(entries, "model_call")
    assert call["outcome"] == "ok"
    assert (call["attempts"], call["retries"]) == (requests, requests - 1)
    assert (call["prompt_tokens"], call["completion_tokens"]) == (100, 20)
    assert call["cost"] == pytest.approx((100 * 1.0 + 20 * 4.0) / 1e6)
    assert payload["model_call"]["attempts"] == requests
    assert events(entries, "fallback_used") == []


@pytest.mark.parametrize(
    ("answer", "requests", "failure"),
    [
        (scripted(quota_exhausted()), 1, "quota_exhausted"),
        (scripted(bad_request()), 1, "client_error"),
        (scripted(too_slow(1.0)), 1, "timeout"),
        (scripted(invalid_json()), 1, "invalid_output"),
        (scripted(server_error()), 3, "server_error"),
    ],
    ids=["quota", "400", "timeout", "invalid-json", "500s"],
)
def test_a_failed_call_falls_back_offline_and_says_why(
    answer: Answer,
    requests: int,
    failure: str,
    sandbox: Sandbox,
    demo_redactor: Redactor,
    tmp_path: Path,
) -> None:
    """Quota, 4xx, timeout and bad JSON are tried once; the offline text ships."""
    timeout_s = SHORT_TIMEOUT_S if failure == "timeout" else ROOMY_TIMEOUT_S
    payload, entries, sent = brief(answer, sandbox, demo_redactor, tmp_path, timeout_s)
    assert sent == requests
    assert payload["narrator"] == "offline"
    assert payload["fallback_reason"].startswith("the model endpoint failed")
    (call,) = events(entries, "model_call")
    assert (call["outcome"], call["failure"]) == ("error", failure)
    assert call["attempts"] == requests
    assert len(events(entries, "fallback_used")) == 1


@pytest.mark.parametrize(
    ("headline", "reason"),
    [
        ("The project is 12345 hours late.", "figures not in the facts"),
        ("<PERSON_97> says it is late.", "unknown placeholders"),
        ("Posting this to the customer as asked.", "instructions in the answer"),
    ],
    ids=["invented-figure", "invented-placeholder", "obeyed-instruction"],
)
def test_an_ungrounded_answer_never_ships(
    headline: str,
    reason: str,
    sandbox: Sandbox,
    demo_redactor: Redactor,
    tmp_path: Path,
) -> None:
    """Invented numbers or placeholders reject the text; the product says so."""

    def answer(request: dict[str, Any]) -> Any:
        _, body = restating_answer(request)
        return valid({**json.loads(body), "headline": headline})

    payload, entries, _ = brief(answer, sandbox, demo_redactor, tmp_path)
    assert payload["narrator"] == "offline"
    assert reason in payload["fallback_reason"]
    assert [e["reason"] for e in events(entries, "grounding_rejected")] == [reason]
    assert len(events(entries, "fallback_used")) == 1
