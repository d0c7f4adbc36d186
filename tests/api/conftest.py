"""An app per test with its own store, one API key per role, and a client."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from pydantic import SecretStr

from api import create_app
from copilot.audit import MemoryAuditLog
from copilot.sandbox import DEMO_ANCHOR, INTEGRATION_LOGIN
from copilot.settings import Settings
from copilot.store import ApiKeyRegistry, Role, SuggestionStore
from copilot.wiring import CopilotServices, build_services, build_store
from redaction import Redactor
from tests.support.sandbox import DB, INTEGRATION_PASSWORD, Sandbox

WEBHOOK_SECRET = "webhook-test-secret"


@dataclass
class Api:
    app: FastAPI
    client: TestClient
    store: SuggestionStore
    tokens: dict[Role, str]

    def auth(self, role: Role) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.tokens[role]}"}


def settings_for(data_dir: Path, **overrides: Any) -> Settings:
    values: dict[str, Any] = {
        "data_dir": data_dir,
        "api_allowed_hosts": ["testserver"],
        "webhook_secret": SecretStr(WEBHOOK_SECRET),
        "use_ner": False,
        **overrides,
    }
    return Settings(_env_file=None, **values)  # type: ignore[call-arg]


@pytest.fixture
def api(tmp_path: Path) -> Api:
    """A fresh service: store in `tmp_path`, no Odoo configured."""
    settings = settings_for(tmp_path)
    app = create_app(settings)
    store = build_store(settings)
    app.state.store = store
    registry = ApiKeyRegistry(store)
    tokens = {role: registry.create(role.value)[1] for role in Role}
    return Api(app, TestClient(app), store, tokens)


def with_odoo(api: Api, sandbox: Sandbox) -> None:
    """Point the running app at the sandbox Odoo."""
    api.app.state.settings = api.app.state.settings.model_copy(
        update={
            "odoo_url": sandbox.server.url,
            "odoo_db": DB,
            "odoo_login": INTEGRATION_LOGIN,
            "odoo_password": SecretStr(INTEGRATION_PASSWORD),
        }
    )


def stored_services(
    api: Api, sandbox: Sandbox, redactor: Redactor, data_dir: Path
) -> CopilotServices:
    """Services on the sandbox that store their advice in the API's store."""
    return build_services(
        settings_for(data_dir, default_assignee_id=2),
        endpoint=sandbox.endpoint(),
        today=DEMO_ANCHOR,
        audit=MemoryAuditLog(),
        redactor=redactor,
        store=api.store,
    )
