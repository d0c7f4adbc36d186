"""Fixtures that drive the product through odoorpc against a loopback sandbox."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from copilot.audit import MemoryAuditLog
from copilot.briefing.model import Narrator
from copilot.deny_list import deny_list_entries
from copilot.odoo import OdooEndpoint, OdooReader, connect
from copilot.sandbox import (
    ADMIN,
    DEMO_ANCHOR,
    INTEGRATION_LOGIN,
    OdooStore,
    SandboxServer,
    SandboxUser,
    build_demo_store,
    integration_sandbox_user,
)
from copilot.settings import Settings
from copilot.wiring import CopilotServices, build_services
from redaction import Redactor, build_redactor, html_to_text

DB = "copilot_demo"
NO_PROJECT_DB = "crm_only"
INTEGRATION_PASSWORD = "copilot-test"


def integration_user(store: OdooStore) -> SandboxUser:
    """The least-privilege user the copilot signs in as (no ir.model access)."""
    return integration_sandbox_user(store, INTEGRATION_PASSWORD)


@dataclass
class Sandbox:
    server: SandboxServer
    store: OdooStore

    def endpoint(self, *, password: str = INTEGRATION_PASSWORD) -> OdooEndpoint:
        return OdooEndpoint(self.server.url, DB, INTEGRATION_LOGIN, password)


@pytest.fixture
def sandbox() -> Iterator[Sandbox]:
    """A fresh demo Odoo per test (0.2 s), pinned to the recorded day."""
    store = build_demo_store()
    databases = {
        DB: store,
        NO_PROJECT_DB: build_demo_store(
            include_demo_firm=False, exclude_models=["project."]
        ),
    }
    with SandboxServer(databases, [ADMIN, integration_user(store)]) as server:
        yield Sandbox(server, store)


@pytest.fixture(scope="session")
def demo_redactor() -> Redactor:
    """One redactor for the session, with the demo's people on its deny-list."""
    store = build_demo_store()
    with SandboxServer({DB: store}, [integration_user(store)]) as server:
        connection = connect(
            OdooEndpoint(server.url, DB, INTEGRATION_LOGIN, INTEGRATION_PASSWORD)
        )
        people = OdooReader(connection, html_to_text).people()
    return build_redactor(deny_list_entries(people))


def make_services(
    sandbox: Sandbox,
    redactor: Redactor,
    tmp_path: Path,
    *,
    narrator: Narrator | None = None,
    **settings: object,
) -> tuple[CopilotServices, MemoryAuditLog]:
    audit = MemoryAuditLog()
    services = build_services(
        Settings(data_dir=tmp_path, _env_file=None, **settings),  # type: ignore[call-arg]
        endpoint=sandbox.endpoint(),
        today=DEMO_ANCHOR,
        audit=audit,
        redactor=redactor,
        narrator=narrator,
    )
    return services, audit
