"""The HTTP API is a thin shell: the same briefing, errors mapped to statuses."""

from __future__ import annotations

from pathlib import Path

import pytest

from api.deps import get_briefing_service
from copilot.store import Role, SuggestionState
from redaction import Redactor
from tests.api.conftest import Api, stored_services
from tests.support.sandbox import Sandbox, make_services


def test_healthz_needs_no_odoo_and_no_key(api: Api) -> None:
    """Liveness answers without any Odoo configured or key sent."""
    response = api.client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


def test_briefing_route_returns_the_cli_json(
    api: Api, sandbox: Sandbox, demo_redactor: Redactor, tmp_path: Path
) -> None:
    """POST a dry-run briefing and get the same document as `--json`."""
    services, _ = make_services(sandbox, demo_redactor, tmp_path)
    api.app.dependency_overrides[get_briefing_service] = lambda: services.briefing
    response = api.client.post(
        "/v1/projects/14/briefing",
        params={"dry_run": "true"},
        headers=api.auth(Role.PM),
    )
    assert response.status_code == 200
    body = response.json()
    assert body["project_id"] == 14
    assert body["odoo_activity_id"] is None


def test_briefing_is_stored_once_and_shows_in_the_inbox(
    api: Api, sandbox: Sandbox, demo_redactor: Redactor, tmp_path: Path
) -> None:
    """Two briefings of one project: one stored suggestion, posted, in the inbox."""
    services = stored_services(api, sandbox, demo_redactor, tmp_path)
    api.app.dependency_overrides[get_briefing_service] = lambda: services.briefing
    outcomes = [
        api.client.post("/v1/projects/1/briefing", headers=api.auth(Role.PM)).json()[
            "write_outcome"
        ]
        for _ in range(2)
    ]
    assert outcomes == ["created", "unchanged"]
    inbox = api.client.get("/v1/suggestions", headers=api.auth(Role.PM)).json()
    assert [(s["kind"], s["state"]) for s in inbox] == [
        ("brief", SuggestionState.POSTED.value)
    ]


def test_unknown_project_is_404_with_a_reason(
    api: Api, sandbox: Sandbox, demo_redactor: Redactor, tmp_path: Path
) -> None:
    """A missing project maps to 404 and names what was wrong."""
    services, _ = make_services(sandbox, demo_redactor, tmp_path)
    api.app.dependency_overrides[get_briefing_service] = lambda: services.briefing
    response = api.client.post("/v1/projects/9999/briefing", headers=api.auth(Role.PM))
    assert response.status_code == 404
    assert "9999" in response.json()["detail"]


@pytest.mark.parametrize(
    ("method", "path", "role"),
    [
        ("POST", "/v1/projects/1/briefing", Role.PM),
        ("POST", "/v1/tickets/1/triage", Role.HELPDESK),
        ("POST", "/v1/tickets/1/triage?dry_run=true", Role.HELPDESK),
        ("GET", "/v1/blockers", Role.ACCOUNT_MANAGER),
        ("POST", "/v1/partners/1/next-actions", Role.ACCOUNT_MANAGER),
    ],
)
def test_unconfigured_odoo_is_503(api: Api, method: str, path: str, role: Role) -> None:
    """Without Odoo settings every job that reads Odoo is the operator's 503,
    with the one message naming the settings to set."""
    response = api.client.request(method, path, headers=api.auth(role))
    assert response.status_code == 503
    body = response.json()
    assert body["error"] == "ConfigurationError"
    assert body["detail"].startswith("Odoo is not configured: set COPILOT_ODOO_URL")


def test_foreign_host_and_origin_are_refused(api: Api) -> None:
    """DNS rebinding (foreign Host) and cross-site POSTs (foreign Origin) fail."""
    client = api.client
    refused = client.get("/healthz", headers={"host": "evil.example"})
    assert refused.status_code == 400
    assert refused.json()["error"] == "HostRefused"
    with_port = client.get("/healthz", headers={"host": "testserver:8000"})
    assert with_port.status_code == 200
    response = client.post(
        "/v1/projects/1/briefing",
        headers={"origin": "http://evil.example", **api.auth(Role.PM)},
    )
    assert response.status_code == 403


def test_openapi_document_is_served_without_a_cdn(api: Api) -> None:
    """The OpenAPI document is local; no page pulls scripts from the internet."""
    paths = api.client.get("/openapi.json").json()["paths"]
    assert "/v1/projects/{project_id}/briefing" in paths
    assert api.client.get("/docs").status_code == 404
