"""Every endpoint but health needs a key; roles limit which ones it may call."""

from __future__ import annotations

import pytest

from api.deps import (
    get_billing_services,
    get_briefing_service,
    get_redactor,
    get_triage_service,
)
from copilot.errors import ConfigurationError
from copilot.store import ApiKeyRegistry, Role
from tests.api.conftest import Api

PM, HELP, ACCT, ADMIN = Role.PM, Role.HELPDESK, Role.ACCOUNT_MANAGER, Role.ADMIN

# (method, path, json body, roles allowed besides admin)
ENDPOINTS: list[tuple[str, str, dict[str, str] | None, set[Role]]] = [
    ("POST", "/v1/projects/1/briefing", None, {PM}),
    ("POST", "/v1/tickets/1/triage", None, {HELP}),
    ("POST", "/v1/triage", {"text": "hello"}, {HELP}),
    ("GET", "/v1/blockers", None, {ACCT, PM}),
    ("POST", "/v1/partners/1/next-actions", None, {ACCT}),
    ("POST", "/v1/redaction/preview", {"text": "hi"}, {PM, HELP, ACCT}),
    ("GET", "/v1/suggestions", None, {PM, HELP, ACCT}),
    ("GET", "/metrics", None, set()),
]


def unbuilt() -> None:
    """Stands in for a service: the role check passed, the job did not run."""
    raise ConfigurationError("service not built in this test")


def stub_services(api: Api) -> None:
    for dependency in (
        get_billing_services,
        get_briefing_service,
        get_redactor,
        get_triage_service,
    ):
        api.app.dependency_overrides[dependency] = unbuilt


@pytest.mark.parametrize(("method", "path", "body", "_roles"), ENDPOINTS)
def test_no_key_is_401_saying_it_is_missing(
    api: Api, method: str, path: str, body: object, _roles: set[Role]
) -> None:
    """Without a key: 401, a Bearer challenge, and how to get a key."""
    response = api.client.request(method, path, json=body)
    assert response.status_code == 401
    assert response.headers["www-authenticate"] == "Bearer"
    assert "missing" in response.json()["detail"]


@pytest.mark.parametrize(("method", "path", "body", "_roles"), ENDPOINTS)
def test_unknown_key_is_401_saying_so(
    api: Api, method: str, path: str, body: object, _roles: set[Role]
) -> None:
    """A made-up key: 401, not recognised."""
    response = api.client.request(
        method, path, json=body, headers={"X-API-Key": "cpk_made-up"}
    )
    assert response.status_code == 401
    assert "not recognised" in response.json()["detail"]


@pytest.mark.parametrize(
    ("method", "path", "body", "role", "allowed"),
    [
        (method, path, body, role, role is ADMIN or role in roles)
        for method, path, body, roles in ENDPOINTS
        for role in Role
    ],
)
def test_role_decides_between_403_and_the_endpoint(
    api: Api, method: str, path: str, body: object, role: Role, allowed: bool
) -> None:
    """A valid key of the wrong role: 403 naming the roles; else never 401/403."""
    stub_services(api)
    response = api.client.request(method, path, json=body, headers=api.auth(role))
    if allowed:
        assert response.status_code not in {401, 403}, response.text
    else:
        assert response.status_code == 403
        assert f"Role '{role.value}'" in response.json()["detail"]


def test_revoked_key_is_refused(api: Api) -> None:
    """Revoking a key takes effect on the next request."""
    registry = ApiKeyRegistry(api.store)
    key, token = registry.create("pm")
    headers = {"Authorization": f"Bearer {token}"}
    assert api.client.get("/v1/suggestions", headers=headers).status_code == 200
    registry.revoke(key.id)
    assert api.client.get("/v1/suggestions", headers=headers).status_code == 401


def test_only_the_hash_of_a_key_is_stored(api: Api) -> None:
    """The database never holds the token itself."""
    from sqlalchemy import text

    with api.store.engine.connect() as connection:
        dumped = repr(connection.execute(text("SELECT * FROM api_key")).all())
    assert all(token not in dumped for token in api.tokens.values())
