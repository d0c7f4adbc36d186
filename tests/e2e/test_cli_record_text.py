"""Odoo's text in the terminal: brackets in a name are shown, never styled."""

from __future__ import annotations

from pathlib import Path

import odoorpc
import pytest
from typer.testing import CliRunner

from copilot.cli.main import app
from copilot.sandbox import ADMIN
from tests.e2e.test_cli import env_for
from tests.support.sandbox import DB, Sandbox

runner = CliRunner()

# Rich reads '[/]' and '[/bold]' as closing tags: unmatched, they raised.
NAME = "Rollout [/] phase [/bold] two"


def rename(sandbox: Sandbox, model: str, record_id: int) -> None:
    client = odoorpc.ODOO("127.0.0.1", port=sandbox.server.port)
    client.login(DB, ADMIN.login, ADMIN.password)
    client.execute_kw(model, "write", [[record_id], {"name": NAME}])


@pytest.mark.parametrize(
    ("model", "record_id", "args"),
    [
        ("project.project", 13, ["brief", "13", "--dry-run"]),
        ("res.partner", 10, ["next-actions", "10", "--dry-run"]),
        ("project.project", 8, ["blockers", "--project", "8"]),
    ],
)
def test_brackets_in_an_odoo_name_are_printed_as_they_are(
    sandbox: Sandbox, model: str, record_id: int, args: list[str]
) -> None:
    """A project, client or owner name is data, not terminal markup."""
    rename(sandbox, model, record_id)
    result = runner.invoke(app, args, env=env_for(sandbox))
    assert result.exit_code == 0, result.output
    assert "[/]" in result.stdout


def test_a_reject_reason_with_brackets_is_listed(
    sandbox: Sandbox, tmp_path: Path
) -> None:
    """The inbox shows a reviewer's reason as written."""
    env = env_for(
        sandbox, COPILOT_DATA_DIR=str(tmp_path), COPILOT_DEFAULT_ASSIGNEE_ID="2"
    )
    assert runner.invoke(app, ["brief", "13"], env=env).exit_code == 0
    rejected = runner.invoke(
        app, ["suggestions", "reject", "1", "--reason", "dup of [/] row"], env=env
    )
    assert rejected.exit_code == 0, rejected.output

    listed = runner.invoke(app, ["suggestions", "list"], env=env)

    assert listed.exit_code == 0, listed.output
    assert "[/]" in listed.stdout


def test_a_batch_id_with_brackets_titles_its_result(tmp_path: Path) -> None:
    """A request id from a batch file is shown as given."""
    batch = tmp_path / "batch.jsonl"
    batch.write_text('{"id": "[/]", "text": "I cannot log in"}\n')
    result = runner.invoke(
        app,
        ["triage", "--batch", str(batch)],
        env={"COPILOT_DATA_DIR": str(tmp_path), "COPILOT_USE_NER": "false"},
    )
    assert result.exit_code == 0, result.output
    assert "[/]" in result.stdout
