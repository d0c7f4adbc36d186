"""An app per test with its own store, one API key per role, and a client."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from api import create_app
from copilot.audit import MemoryAuditLog
from copilot.sandbox import DEMO_ANCHOR
from copilot.settings import Settings
from copilot.store import ApiKeyRegistry, Role, SuggestionStore
from copilot.wiring import CopilotServices, build_services, build_store
from redaction import Redactor
from tests.support.sandbox import Sandbox

WEBHOOK_SECRET = "webhook-test-secret"


@dataclass
class Api:
    app: FastAPI
    client: TestClient
    store: SuggestionStore
    tokens: dict[Role, str]

    def auth(self, role: Role) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.tokens[role]}"}


def settings_for(data_dir: Path, **overrides: object) -> Settings:
    return Settings(  # type: ignore[call-arg]
        _env_file=None,
        data_dir=data_dir,
        api_allowed_hosts=["testserver"],
        webhook_secret=WEBHOOK_SECRET,
        use_ner=False,
        **overrides,
    )


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
