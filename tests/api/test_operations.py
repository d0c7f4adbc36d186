"""Readiness, Prometheus metrics, and the OpenAPI document's examples."""

from __future__ import annotations

import logging

import pytest
from prometheus_client.parser import text_string_to_metric_families
from pydantic import SecretStr

from api.deps import get_briefing_service
from api.metrics import MeteredAuditSink, ServiceMetrics
from copilot.audit import MemoryAuditLog
from copilot.errors import NotFoundError, OdooUnavailable
from copilot.store import JobBook, Role
from tests.api.conftest import Api, with_odoo
from tests.api.test_inbox import seed
from tests.api.test_webhook_jobs import dead_job
from tests.fakes.openai_server import FakeOpenAIServer, json_answer
from tests.support.sandbox import Sandbox


class DownBriefing:
    """A briefing service whose Odoo is down."""

    def brief(self, project_id: int, *, dry_run: bool = False) -> None:
        raise OdooUnavailable("Odoo did not answer.")


def test_readyz_without_odoo_is_503_naming_only_the_error_class(api: Api) -> None:
    """No Odoo configured: not ready, the store is fine, no message text leaks."""
    response = api.client.get("/readyz")
    assert response.status_code == 503
    assert response.json()["checks"] == {
        "odoo": "down: ConfigurationError",
        "store": "ok",
        "model": "offline",
    }


def test_readyz_with_the_sandbox_is_ready(api: Api, sandbox: Sandbox) -> None:
    """Odoo signs in and the store answers: ready, with no key needed."""
    with_odoo(api, sandbox)
    response = api.client.get("/readyz")
    assert (response.status_code, response.json()["status"]) == (200, "ready")


MODEL_KEY = "sk-test-readiness-key"


def with_model(api: Api, base_url: str) -> None:
    api.app.state.settings = api.app.state.settings.model_copy(
        update={"llm_base_url": base_url, "llm_api_key": SecretStr(MODEL_KEY)}
    )


def test_readyz_probes_a_reachable_model_with_its_key(
    api: Api, caplog: pytest.LogCaptureFixture
) -> None:
    """The model answers `GET /models` with the key: `ok`; the key is not logged."""
    caplog.set_level(logging.DEBUG)
    with FakeOpenAIServer(json_answer({})) as fake:
        with_model(api, fake.base_url)
        response = api.client.get("/readyz")
    assert response.json()["checks"]["model"] == "ok"
    assert fake.model_list_auth == [f"Bearer {MODEL_KEY}"]
    assert fake.requests == []  # no chat call, no tokens spent
    assert MODEL_KEY not in caplog.text
    assert MODEL_KEY not in response.text


def test_readyz_reports_an_unreachable_model_but_stays_ready(
    api: Api, sandbox: Sandbox, caplog: pytest.LogCaptureFixture
) -> None:
    """A model that does not answer is named; jobs fall back to offline, so 200."""
    caplog.set_level(logging.DEBUG)
    with FakeOpenAIServer(json_answer({})) as fake:
        base_url = fake.base_url  # closed on exit: nothing listens there now
    with_odoo(api, sandbox)
    with_model(api, base_url)
    response = api.client.get("/readyz")
    assert (response.status_code, response.json()["checks"]) == (
        200,
        {"odoo": "ok", "store": "ok", "model": "unreachable: ConnectError"},
    )
    assert MODEL_KEY not in caplog.text
    assert "offline narrator in use" in caplog.text


def test_metrics_report_jobs_outbox_and_approvals(api: Api) -> None:
    """Store figures and job counters appear in the Prometheus text."""
    seed(api)
    api.client.post("/v1/suggestions/1/approve", headers=api.auth(Role.ADMIN))
    api.app.dependency_overrides[get_briefing_service] = DownBriefing
    api.client.post("/v1/projects/1/briefing", headers=api.auth(Role.PM))
    text = api.client.get("/metrics", headers=api.auth(Role.ADMIN)).text
    for line in (
        "copilot_outbox_backlog 0.0",
        "copilot_job_queue_backlog 0.0",
        "copilot_exception_queue_size 0.0",
        "copilot_failed_jobs 0.0",
        'copilot_approval_rate{kind="brief"} 1.0',
        'copilot_jobs_total{job="briefing",outcome="error"} 1.0',
    ):
        assert line in text
    assert 'copilot_approval_cycle_seconds{kind="brief"}' in text


@pytest.mark.parametrize(
    ("event", "details", "metric"),
    [
        ("model_call", {"outcome": "ok", "latency_ms": 120}, "model_latency"),
        ("fallback_used", {"narrator": "offline"}, "fallbacks"),
    ],
)
def test_model_calls_and_fallbacks_become_metrics(
    event: str, details: dict[str, object], metric: str
) -> None:
    """The metered audit sink counts model latency and fallbacks, and passes on."""
    metrics = ServiceMetrics(lambda: None)
    inner = MemoryAuditLog()
    MeteredAuditSink(inner, metrics).record(event, "c1", **details)  # type: ignore[arg-type]
    assert inner.entries[0]["event"] == event
    name = {
        "model_latency": "copilot_model_latency_seconds_count",
        "fallbacks": "copilot_model_fallbacks_total",
    }[metric]
    assert f"{name}" in metrics.render().decode()
    assert (
        metrics.registry.get_sample_value(
            name, {"outcome": "ok"} if metric == "model_latency" else {}
        )
        == 1.0
    )


def test_every_operation_is_documented_with_an_example(api: Api) -> None:
    """Each operation has a description and an example (request or response)."""
    document = api.client.get("/openapi.json").json()
    schemas = document["components"]["schemas"]
    for path, operations in document["paths"].items():
        for method, operation in operations.items():
            assert operation.get("description"), (method, path)
            text = repr(operation)
            refs = [name for name in schemas if f"/{name}'" in text]
            documented = "example" in text or any(
                "examples" in repr(schemas[name]) for name in refs
            )
            assert documented or path == "/healthz", (method, path)


def test_jobs_for_missing_records_show_as_failed_jobs(api: Api) -> None:
    """A webhook job whose record is gone is counted once, not retried."""
    book = JobBook(api.store)
    book.enqueue("triage", 404)

    def missing(record_id: int) -> None:
        raise NotFoundError(f"Ticket {record_id} does not exist.")

    book.drain({"triage": missing})
    text = api.client.get("/metrics", headers=api.auth(Role.ADMIN)).text
    assert "copilot_failed_jobs 1.0" in text
    assert "copilot_job_queue_backlog 0.0" in text


def webhook_job_samples(text: str) -> dict[tuple[str, str], float]:
    """`copilot_webhook_jobs` by (kind, state); each sample has only those labels."""
    samples: dict[tuple[str, str], float] = {}
    for family in text_string_to_metric_families(text):
        if family.name != "copilot_webhook_jobs":
            continue
        for sample in family.samples:
            assert set(sample.labels) == {"kind", "state"}
            samples[(sample.labels["kind"], sample.labels["state"])] = sample.value
    return samples


def test_webhook_jobs_are_counted_by_kind_and_state(api: Api) -> None:
    """Read from the store: jobs run by `copilot worker` count too, ids never."""
    dead_job(api.store)
    book = JobBook(api.store)
    book.enqueue("briefing", 7)
    assert book.drain({"briefing": lambda record_id: None}) == (1, 0)
    book.enqueue("briefing", 8)
    assert book.claim_next() is not None
    book.enqueue("triage", 5)

    def missing(record_id: int) -> None:
        raise NotFoundError(f"Ticket {record_id} does not exist.")

    book.enqueue("triage", 404)
    assert book.drain({"triage": missing}) == (0, 2)
    book.enqueue("triage", 6)
    text = api.client.get("/metrics", headers=api.auth(Role.ADMIN)).text
    assert webhook_job_samples(text) == {
        ("briefing", "queued"): 0.0,
        ("briefing", "running"): 1.0,
        ("briefing", "done"): 1.0,
        ("briefing", "failed"): 0.0,
        ("briefing", "dead"): 0.0,
        ("triage", "queued"): 1.0,
        ("triage", "running"): 0.0,
        ("triage", "done"): 0.0,
        ("triage", "failed"): 2.0,
        ("triage", "dead"): 1.0,
    }
    assert "copilot_failed_jobs 3.0" in text
    assert "Ticket" not in text


def test_webhook_jobs_report_zero_before_any_job(api: Api) -> None:
    """Each kind and state is present from the start, at zero."""
    text = api.client.get("/metrics", headers=api.auth(Role.ADMIN)).text
    samples = webhook_job_samples(text)
    assert len(samples) == 10
    assert set(samples.values()) == {0.0}
