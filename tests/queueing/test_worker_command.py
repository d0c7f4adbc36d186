"""`copilot worker` and COPILOT_QUEUE_URL: set up from settings, clear when not."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from pydantic import ValidationError
from typer.testing import CliRunner

from api import create_app
from copilot.cli.main import app
from copilot.sandbox import INTEGRATION_LOGIN
from copilot.settings import Settings
from copilot.store import JobBook, SuggestionState
from copilot.wiring import build_store
from tests.api.conftest import WEBHOOK_SECRET, settings_for
from tests.e2e.test_briefing_end_to_end import admin_client, copilot_activities
from tests.support.sandbox import DB, INTEGRATION_PASSWORD, Sandbox

runner = CliRunner()


@pytest.mark.parametrize(
    ("url", "accepted"),
    [
        ("redis://127.0.0.1:6379/0", True),
        ("rediss://:pw-4f9a@queue.internal:6380/1", True),
        ("unix:///run/redis.sock?db=0", True),
        ("http://127.0.0.1:6379", False),
        ("127.0.0.1:6379", False),
    ],
)
def test_queue_url_must_name_redis(url: str, accepted: bool) -> None:
    """Only Redis URLs are taken; the value stays secret in the settings."""
    if not accepted:
        with pytest.raises(ValidationError, match="redis://"):
            Settings(_env_file=None, queue_url=url)  # type: ignore[call-arg]
        return
    settings = Settings(_env_file=None, queue_url=url)  # type: ignore[call-arg]
    assert settings.queue_url is not None
    assert settings.queue_url.get_secret_value() == url
    assert "pw-4f9a" not in repr(settings)


def test_worker_without_a_queue_says_what_to_set(tmp_path: Path) -> None:
    """No COPILOT_QUEUE_URL: exit code 3 and the setting to add."""
    result = runner.invoke(
        app, ["worker", "--burst"], env={"COPILOT_DATA_DIR": str(tmp_path)}
    )
    assert result.exit_code == 3
    assert "COPILOT_QUEUE_URL" in result.output


def test_worker_command_runs_a_webhook_job(
    redis_url: str, sandbox: Sandbox, tmp_path: Path
) -> None:
    """An API replica queues; `copilot worker --burst` briefs from settings alone."""
    settings = settings_for(tmp_path, queue_url=redis_url)
    api = create_app(settings)
    store = build_store(settings)
    api.state.store = store
    response = TestClient(api).post(
        "/v1/webhooks/odoo",
        json={"_model": "project.project", "_id": 2},
        params={"secret": WEBHOOK_SECRET},
    )
    assert response.status_code == 202

    result = runner.invoke(
        app,
        ["worker", "--burst"],
        env={
            "COPILOT_DATA_DIR": str(tmp_path),
            "COPILOT_QUEUE_URL": redis_url,
            "COPILOT_ODOO_URL": sandbox.server.url,
            "COPILOT_ODOO_DB": DB,
            "COPILOT_ODOO_LOGIN": INTEGRATION_LOGIN,
            "COPILOT_ODOO_PASSWORD": INTEGRATION_PASSWORD,
            "COPILOT_DEFAULT_ASSIGNEE_ID": "2",
            "COPILOT_USE_NER": "false",
        },
    )

    assert result.exit_code == 0, result.output
    assert "jobs ran" in result.output
    assert JobBook(store).pending() == 0
    assert [s.state for s in store.search()] == [SuggestionState.POSTED]
    assert copilot_activities(admin_client(sandbox), 2) == 1
