"""Shared fixtures for the Odoo sandbox tests."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from urllib.request import ProxyHandler, build_opener

import odoorpc
import pytest

from copilot.sandbox import OdooStore, SandboxServer, SandboxUser, build_demo_store


@pytest.fixture(scope="session")
def integration_user() -> SandboxUser:
    """A least-privilege login (Marc Demo's uid) that cannot read ir.model."""
    return SandboxUser(login="copilot", password="s3cret", uid=6)


@pytest.fixture(scope="session")
def shared_store() -> OdooStore:
    """A demo store that tests only read from (no demo firm, recorded dates)."""
    return build_demo_store(include_demo_firm=False)


@pytest.fixture
def store() -> OdooStore:
    """A fresh demo store a test may change."""
    return build_demo_store(include_demo_firm=False)


@pytest.fixture
def server(store: OdooStore, integration_user: SandboxUser) -> Iterator[SandboxServer]:
    """A running sandbox serving the fresh store as ``copilot_demo``."""
    without_project = build_demo_store(
        include_demo_firm=False, exclude_models=("project.",)
    )
    databases = {"copilot_demo": store, "no_project": without_project}
    with SandboxServer(databases, users=[integration_user]) as running:
        yield running


@pytest.fixture
def connect(server: SandboxServer) -> Callable[[], odoorpc.ODOO]:
    """Makes odoorpc clients of the running sandbox that bypass any proxy."""

    def make() -> odoorpc.ODOO:
        opener = build_opener(ProxyHandler({}))
        return odoorpc.ODOO("127.0.0.1", port=server.port, opener=opener)

    return make
