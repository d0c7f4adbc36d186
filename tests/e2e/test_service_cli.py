"""`copilot suggestions ...` and `copilot keys ...` on a store in the data folder."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from copilot.cli.main import app
from copilot.settings import Settings
from copilot.store import ApiKeyRegistry, OutboxDispatcher, StoredActivityWriter
from copilot.wiring import build_store
from tests.store.fakes import FlakyWriter, write

runner = CliRunner()


def seeded(data_dir: Path, *, down: bool = False) -> None:
    """Two briefing suggestions (ids 1, 2) in the store of `data_dir`."""
    store = build_store(Settings(_env_file=None, data_dir=data_dir))  # type: ignore[call-arg]
    store.max_attempts = 1
    jobs = StoredActivityWriter(store, OutboxDispatcher(store, FlakyWriter(down=down)))
    for record_id in (1, 2):
        pending = write(record_id=record_id)
        jobs.schedule_activity(
            pending.key,
            user_id=pending.user_id,
            summary=pending.summary,
            note_html=pending.note_html,
            deadline=pending.deadline,
        )


def run(data_dir: Path, *args: str) -> tuple[int, str]:
    result = runner.invoke(app, list(args), env={"COPILOT_DATA_DIR": str(data_dir)})
    return result.exit_code, result.stdout


def test_list_approve_reject_and_audit(tmp_path: Path) -> None:
    """Decide from the command line; the audit export shows who and what, no text."""
    seeded(tmp_path)
    assert run(tmp_path, "suggestions", "approve", "1") == (
        0,
        "suggestion 1 approved\n",
    )
    code, out = run(tmp_path, "suggestions", "reject", "2", "--reason", "stale")
    assert (code, out) == (0, "suggestion 2 rejected\n")
    code, out = run(tmp_path, "suggestions", "list", "--json")
    assert [(s["id"], s["state"]) for s in json.loads(out)] == [
        (2, "rejected"),
        (1, "approved"),
    ]
    code, out = run(tmp_path, "suggestions", "audit")
    events = [json.loads(line) for line in out.splitlines()]
    assert events[-1]["event"] == "suggestion_rejected"
    assert events[-1]["actor"] == "cli"
    assert "advice" not in out


@pytest.mark.parametrize(
    ("args", "code", "needle"),
    [
        (("suggestions", "approve", "99"), 4, "No suggestion with id 99"),
        (("suggestions", "list", "--state", "nope"), 2, "Unknown state"),
        (("keys", "create", "--role", "boss"), 2, "Unknown role"),
    ],
)
def test_bad_input_is_one_line_and_an_exit_code(
    tmp_path: Path, args: tuple[str, ...], code: int, needle: str
) -> None:
    """Unknown ids, states and roles: a clear error and the documented exit code."""
    result = runner.invoke(app, list(args), env={"COPILOT_DATA_DIR": str(tmp_path)})
    assert result.exit_code == code
    assert needle in result.output


def test_failed_lists_the_exception_queue(tmp_path: Path) -> None:
    """Write-backs that gave up show with their reason."""
    seeded(tmp_path, down=True)
    code, out = run(tmp_path, "suggestions", "list", "--failed", "--json")
    assert code == 0
    assert {s["last_error"] for s in json.loads(out)} == {"Odoo did not answer."}


def test_keys_create_prints_a_working_key_once(tmp_path: Path) -> None:
    """The printed token verifies with its role; the store has only its hash."""
    code, out = run(tmp_path, "keys", "create", "--role", "helpdesk")
    token = out.strip()
    assert code == 0 and token.startswith("cpk_")
    store = build_store(Settings(_env_file=None, data_dir=tmp_path))  # type: ignore[call-arg]
    key = ApiKeyRegistry(store).verify(token)
    assert key is not None and key.role.value == "helpdesk"
