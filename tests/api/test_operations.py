"""Readiness, Prometheus metrics, and the OpenAPI document's examples."""

from __future__ import annotations

import pytest
from pydantic import SecretStr

from api.deps import get_briefing_service
from api.metrics import MeteredAuditSink, ServiceMetrics
from copilot.audit import MemoryAuditLog
from copilot.errors import OdooUnavailable
from copilot.store import Role
from tests.api.conftest import Api
from tests.api.test_inbox import seed
from tests.support.sandbox import DB, INTEGRATION_PASSWORD, Sandbox


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
    from copilot.sandbox import INTEGRATION_LOGIN

    api.app.state.settings = api.app.state.settings.model_copy(
        update={
            "odoo_url": sandbox.server.url,
            "odoo_db": DB,
            "odoo_login": INTEGRATION_LOGIN,
            "odoo_password": SecretStr(INTEGRATION_PASSWORD),
        }
    )
    response = api.client.get("/readyz")
    assert (response.status_code, response.json()["status"]) == (200, "ready")


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
