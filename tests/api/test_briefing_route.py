"""The HTTP API is a thin shell: the same briefing, errors mapped to statuses."""

from __future__ import annotations

from pathlib import Path

from fastapi.testclient import TestClient

from api import create_app
from api.deps import get_briefing_service
from copilot.briefing import BriefingService
from copilot.settings import Settings
from redaction import Redactor
from tests.support.sandbox import Sandbox, make_services


def client_for(service: BriefingService | None) -> TestClient:
    settings = Settings(_env_file=None, api_allowed_hosts=["testserver"])  # type: ignore[call-arg]
    app = create_app(settings)
    if service is not None:
        app.dependency_overrides[get_briefing_service] = lambda: service
    return TestClient(app)


def test_healthz_needs_no_odoo() -> None:
    """Liveness answers without any Odoo configured."""
    response = client_for(None).get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


def test_briefing_route_returns_the_cli_json(
    sandbox: Sandbox, demo_redactor: Redactor, tmp_path: Path
) -> None:
    """POST a dry-run briefing and get the same document as `--json`."""
    services, _ = make_services(sandbox, demo_redactor, tmp_path)
    response = client_for(services.briefing).post(
        "/v1/projects/14/briefing", params={"dry_run": "true"}
    )
    assert response.status_code == 200
    body = response.json()
    assert body["project_id"] == 14
    assert body["odoo_activity_id"] is None


def test_unknown_project_is_404_with_a_reason(
    sandbox: Sandbox, demo_redactor: Redactor, tmp_path: Path
) -> None:
    """A missing project maps to 404 and names what was wrong."""
    services, _ = make_services(sandbox, demo_redactor, tmp_path)
    response = client_for(services.briefing).post("/v1/projects/9999/briefing")
    assert response.status_code == 404
    assert "9999" in response.json()["detail"]


def test_unconfigured_odoo_is_503() -> None:
    """Without Odoo settings the API says which settings to set."""
    response = client_for(None).post("/v1/projects/1/briefing")
    assert response.status_code == 503
    assert "COPILOT_ODOO_URL" in response.json()["detail"]


def test_foreign_host_and_origin_are_refused() -> None:
    """DNS rebinding (foreign Host) and cross-site POSTs (foreign Origin) fail."""
    client = client_for(None)
    assert client.get("/healthz", headers={"host": "evil.example"}).status_code == 400
    response = client.post(
        "/v1/projects/1/briefing", headers={"origin": "http://evil.example"}
    )
    assert response.status_code == 403


def test_openapi_document_is_served_without_a_cdn() -> None:
    """The OpenAPI document is local; no page pulls scripts from the internet."""
    client = client_for(None)
    assert (
        "/v1/projects/{project_id}/briefing"
        in client.get("/openapi.json").json()["paths"]
    )
    assert client.get("/docs").status_code == 404
