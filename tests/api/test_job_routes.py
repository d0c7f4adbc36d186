"""Job endpoints: triage of text, blockers, next actions, redaction preview."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from api.deps import get_billing_services, get_redactor, get_triage_service
from api.examples import TRIAGE
from copilot.audit import MemoryAuditLog
from copilot.odoo import OdooReader, connect
from copilot.sandbox import DEMO_ANCHOR
from copilot.store import Role
from copilot.triage import TriageRunner
from copilot.wiring import build_billing_services, build_triage_service
from redaction import build_redactor, html_to_text
from tests.api.conftest import Api, settings_for, with_odoo
from tests.support.sandbox import Sandbox


def test_redaction_preview_masks_and_reports_offsets(api: Api) -> None:
    """Any role may preview; the phone number comes back as a placeholder."""
    api.app.dependency_overrides[get_redactor] = lambda: build_redactor(
        [], use_ner=False
    )
    text = "Call me on +32 470 12 34 56 today"
    response = api.client.post(
        "/v1/redaction/preview", json={"text": text}, headers=api.auth(Role.HELPDESK)
    )
    body = response.json()
    assert response.status_code == 200
    assert "+32 470" not in body["text"]
    [entity] = body["entities"]
    assert entity["type"] == "PHONE_NUMBER"
    assert text[entity["start"] : entity["end"]].startswith("+32")


def triage_offline(
    api: Api, tmp_path_factory: pytest.TempPathFactory, text: str
) -> httpx.Response:
    """POST /v1/triage answered by the offline service (model shared per session)."""
    shared = tmp_path_factory.getbasetemp() / "triage-shared"
    service = build_triage_service(
        settings_for(shared),
        use_odoo=False,
        audit=MemoryAuditLog(),
        redactor=build_redactor([], use_ner=False),
    )
    runner = TriageRunner(lambda: service)
    api.app.dependency_overrides[get_triage_service] = lambda: runner
    try:
        return api.client.post(
            "/v1/triage", json={"text": text}, headers=api.auth(Role.HELPDESK)
        )
    finally:
        runner.close()


def test_triage_of_text_runs_offline(
    api: Api, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """Raw text is triaged without Odoo; nothing is written anywhere."""
    response = triage_offline(
        api, tmp_path_factory, "I cannot log in to the portal, password reset fails"
    )
    assert response.status_code == 200
    assert response.json()["category"] == "access"
    assert response.json()["odoo_activity_id"] is None


def test_the_triage_example_has_the_types_of_an_answer(
    api: Api, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """The documented example shows each field as an answer carries it; the
    priority is Odoo's selection key, a string from "0" to "3"."""
    response = triage_offline(api, tmp_path_factory, "Site down, urgent!")
    answer = response.json()
    assert answer["priority"] in {"0", "1", "2", "3"}
    for name, shown in TRIAGE.items():
        if shown is not None and answer[name] is not None:
            assert type(shown) is type(answer[name]), name


def test_blank_triage_text_is_422(api: Api) -> None:
    """An empty text is refused by validation, whatever the service."""
    api.app.dependency_overrides[get_triage_service] = lambda: None
    response = api.client.post(
        "/v1/triage", json={"text": ""}, headers=api.auth(Role.HELPDESK)
    )
    assert response.status_code == 422


def billing_over_sandbox(api: Api, sandbox: Sandbox, tmp_path: Path) -> None:
    """Point the app's billing services at the sandbox, on the demo's date."""
    services = build_billing_services(
        settings_for(tmp_path),
        endpoint=sandbox.endpoint(),
        today=DEMO_ANCHOR,
        audit=MemoryAuditLog(),
        store=api.store,
    )
    api.app.dependency_overrides[get_billing_services] = lambda: services


@pytest.mark.parametrize(
    ("method", "path", "role"),
    [
        ("GET", "/v1/blockers?partner_id=10", Role.ACCOUNT_MANAGER),
        ("POST", "/v1/partners/10/next-actions?dry_run=true", Role.ACCOUNT_MANAGER),
    ],
)
def test_billing_jobs_answer_from_the_sandbox(
    api: Api, sandbox: Sandbox, tmp_path: Path, method: str, path: str, role: Role
) -> None:
    """Blockers and next actions run over the sandbox and return JSON."""
    billing_over_sandbox(api, sandbox, tmp_path)
    response = api.client.request(method, path, headers=api.auth(role))
    assert response.status_code == 200, response.text
    assert isinstance(response.json(), dict)


@pytest.mark.parametrize(
    ("query", "needle"),
    [("partner_id=999999", "Partner 999999"), ("project_id=9999", "Project 9999")],
)
def test_blockers_for_an_unknown_client_or_project_is_404(
    api: Api, sandbox: Sandbox, tmp_path: Path, query: str, needle: str
) -> None:
    """A scope naming nobody is 404 with the reason, as in the CLI."""
    billing_over_sandbox(api, sandbox, tmp_path)
    response = api.client.get(
        f"/v1/blockers?{query}", headers=api.auth(Role.ACCOUNT_MANAGER)
    )
    assert response.status_code == 404
    assert response.json()["error"] == "NotFoundError"
    assert needle in response.json()["detail"]


def test_redaction_preview_does_not_read_odoos_deny_list(
    api: Api, sandbox: Sandbox
) -> None:
    """As the README says: even with Odoo configured, a contact's name that
    only the deny-list would catch is left visible by the preview."""
    people = OdooReader(connect(sandbox.endpoint()), html_to_text).people()
    name = next(p.name for p in people if not p.is_company and " " in p.name)
    with_odoo(api, sandbox)
    text = f"{name} already handled this by phone"
    response = api.client.post(
        "/v1/redaction/preview", json={"text": text}, headers=api.auth(Role.PM)
    )
    assert response.status_code == 200
    assert response.json() == {"text": text, "entities": []}
