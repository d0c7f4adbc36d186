"""Odoo record ids in paths and queries follow the store's id rule."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from api.deps import get_billing_services, get_briefing_service, get_triage_service
from copilot.store import ID_RULE, Role
from tests.api.conftest import Api, with_odoo
from tests.api.test_webhook_jobs import MALFORMED_IDS
from tests.support.sandbox import Sandbox

# (method, URL with the id left open, where the id sits, its name)
ODOO_IDS = [
    ("POST", "/v1/projects/{}/briefing?dry_run=true", "path", "project_id"),
    ("POST", "/v1/tickets/{}/triage?dry_run=true", "path", "ticket_id"),
    ("POST", "/v1/partners/{}/next-actions?dry_run=true", "path", "partner_id"),
    ("GET", "/v1/blockers?project_id={}", "query", "project_id"),
    ("GET", "/v1/blockers?partner_id={}", "query", "partner_id"),
]

# Services that are never reached: the id is refused before a handler runs.
NO_SERVICES = {
    get_briefing_service: lambda: None,
    get_triage_service: lambda: None,
    get_billing_services: lambda: SimpleNamespace(scan=None, next_actions=None),
}


@pytest.mark.parametrize(("method", "url", "where", "name"), ODOO_IDS)
@pytest.mark.parametrize("odoo_id", MALFORMED_IDS)
def test_malformed_odoo_ids_are_422_with_one_message(
    api: Api, method: str, url: str, where: str, name: str, odoo_id: str
) -> None:
    """Letters, zero, a sign, a fraction or past Odoo's range: one 422."""
    api.app.dependency_overrides.update(NO_SERVICES)
    response = api.client.request(
        method, url.format(odoo_id), headers=api.auth(Role.ADMIN)
    )
    assert response.status_code == 422
    [problem] = response.json()["detail"]
    assert problem == {"loc": [where, name], "msg": ID_RULE}


@pytest.mark.parametrize(("method", "url", "where", "name"), ODOO_IDS)
@pytest.mark.parametrize("odoo_id", MALFORMED_IDS)
def test_a_malformed_odoo_id_is_422_while_odoo_is_not_configured(
    api: Api, method: str, url: str, where: str, name: str, odoo_id: str
) -> None:
    """The id is checked before a service that needs Odoo is built (not 503)."""
    response = api.client.request(
        method, url.format(odoo_id), headers=api.auth(Role.ADMIN)
    )
    assert response.status_code == 422, response.text
    [problem] = response.json()["detail"]
    assert problem == {"loc": [where, name], "msg": ID_RULE}


@pytest.mark.parametrize(("method", "url", "where", "name"), ODOO_IDS)
def test_the_key_is_checked_before_the_id(
    api: Api, method: str, url: str, where: str, name: str
) -> None:
    """No key and a malformed id: 401, as before; the id is checked second."""
    response = api.client.request(method, url.format("abc"))
    assert response.status_code == 401


@pytest.mark.parametrize(("method", "url", "where", "name"), ODOO_IDS)
def test_the_largest_well_formed_odoo_id_is_404(
    api: Api, sandbox: Sandbox, method: str, url: str, where: str, name: str
) -> None:
    """An id Odoo could hold but does not: the endpoint's 404, naming it."""
    with_odoo(api, sandbox)
    response = api.client.request(
        method, url.format(2147483647), headers=api.auth(Role.ADMIN)
    )
    assert response.status_code == 404
    assert response.json()["error"] == "NotFoundError"
    assert "2147483647 does not exist" in response.json()["detail"]
