"""`copilot schedule run-due`: each scan once per interval, then housekeeping."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from copilot.cli.main import app
from copilot.settings import Settings
from copilot.store import JobBook
from copilot.wiring import build_store
from tests.api.test_webhook_jobs import expire_leases
from tests.e2e.test_briefing_end_to_end import admin_client, copilot_activities
from tests.e2e.test_cli import env_for
from tests.support.sandbox import Sandbox

runner = CliRunner()


def test_due_scans_run_once_and_briefings_leave_one_activity_each(
    sandbox: Sandbox, tmp_path: Path
) -> None:
    """First call runs both scans and a left-over job; a second runs nothing."""
    env = env_for(
        sandbox, COPILOT_DATA_DIR=str(tmp_path), COPILOT_DEFAULT_ASSIGNEE_ID="2"
    )
    store = build_store(
        Settings(_env_file=None, data_dir=tmp_path)  # type: ignore[call-arg]
    )
    JobBook(store).enqueue("briefing", 1)  # left behind by a stopped service
    first = runner.invoke(app, ["schedule", "run-due", "--json"], env=env)
    assert first.exit_code == 0, first.output
    report = json.loads(first.stdout)
    assert set(report["ran"]) == {"blockers", "briefings"}
    assert report["ran"]["briefings"]["failed"] == 0
    assert report["ran"]["briefings"]["briefed"] >= 10
    assert report["webhook_jobs"] == {"succeeded": 1, "failed": 0}

    second = runner.invoke(app, ["schedule", "run-due", "--json"], env=env)
    assert json.loads(second.stdout)["ran"] == {}
    assert copilot_activities(admin_client(sandbox), 1) == 1


def test_plain_report_reads_as_sentences(sandbox: Sandbox, tmp_path: Path) -> None:
    """Without --json: counts in words, left-over jobs said, no Python dicts."""
    env = env_for(
        sandbox, COPILOT_DATA_DIR=str(tmp_path), COPILOT_DEFAULT_ASSIGNEE_ID="2"
    )
    store = build_store(
        Settings(_env_file=None, data_dir=tmp_path)  # type: ignore[call-arg]
    )
    JobBook(store).enqueue("briefing", 1)
    result = runner.invoke(app, ["schedule", "run-due"], env=env)
    assert result.exit_code == 0, result.output
    assert "{" not in result.stdout
    assert "briefings: " in result.stdout and " briefed, 0 failed" in result.stdout
    assert "left-over webhook jobs: 1 succeeded, 0 failed" in result.stdout


def test_left_over_job_out_of_attempts_is_dead_not_rerun(
    sandbox: Sandbox, tmp_path: Path
) -> None:
    """COPILOT_JOB_MAX_ATTEMPTS=1 and its one worker died: dead, shown, not run."""
    env = env_for(
        sandbox,
        COPILOT_DATA_DIR=str(tmp_path),
        COPILOT_DEFAULT_ASSIGNEE_ID="2",
        COPILOT_JOB_MAX_ATTEMPTS="1",
    )
    store = build_store(
        Settings(_env_file=None, data_dir=tmp_path)  # type: ignore[call-arg]
    )
    book = JobBook(store)
    book.enqueue("briefing", 1)
    assert book.claim_next() is not None  # its worker died holding it
    expire_leases(store)
    result = runner.invoke(app, ["schedule", "run-due", "--json"], env=env)
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["webhook_jobs"] == {"succeeded": 0, "failed": 0}
    listed = runner.invoke(app, ["jobs", "list", "--state", "dead", "--json"], env=env)
    assert listed.exit_code == 0, listed.output
    [dead] = json.loads(listed.stdout)
    assert (dead["record"], dead["attempts"]) == (
        {"model": "project.project", "id": 1},
        1,
    )
    assert dead["reason"].startswith("dead after 1 attempt: ")
