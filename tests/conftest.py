"""Suite-wide isolation: no settings leak in from the developer's environment."""

from __future__ import annotations

import os

import pytest

from copilot.offline_env import apply_offline_environment

pytest_plugins = [
    "tests.support.sandbox",
    "tests.support.redis_server",
    "tests.support.postgres_server",
]


@pytest.fixture(autouse=True)
def _isolated_settings(
    monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """Drop COPILOT_* variables and run from an empty folder (no stray .env)."""
    for name in list(os.environ):
        if name.startswith("COPILOT_") or name in ("OPENAI_API_KEY", "OPENAI_BASE_URL"):
            monkeypatch.delenv(name, raising=False)
    monkeypatch.chdir(tmp_path_factory.mktemp("cwd"))


def pytest_configure(config: pytest.Config) -> None:
    apply_offline_environment()
