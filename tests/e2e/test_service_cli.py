"""`copilot suggestions ...` and `copilot keys ...` on a store in the data folder."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from typer.testing import CliRunner

from copilot.cli.main import app
from copilot.settings import Settings
from copilot.store import (
    ApiKeyRegistry,
    JobBook,
    OutboxDispatcher,
    StoredActivityWriter,
)
from copilot.wiring import build_store
from tests.store.fakes import FlakyWriter, write
from tests.support.processes import free_port

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
    env = {"COPILOT_DATA_DIR": str(data_dir), "COPILOT_USE_NER": "false"}
    result = runner.invoke(app, list(args), env=env)
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
        (("keys", "revoke", "99"), 4, "No API key with id 99"),
        (("jobs", "show", "99"), 4, "No webhook job with id 99"),
        (("jobs", "list", "--state", "nope"), 2, "Unknown job state"),
        (("suggestions", "reject", "1", "--reason", ""), 2, "--reason is empty"),
        (("suggestions", "reject", "1", "--reason", "  \t"), 2, "--reason is empty"),
        (
            ("suggestions", "reject", "1", "--reason", "x" * 501),
            2,
            "--reason is 501 characters; keep it to 500",
        ),
    ],
)
def test_bad_input_is_one_line_and_an_exit_code(
    tmp_path: Path, args: tuple[str, ...], code: int, needle: str
) -> None:
    """Unknown ids, states and roles: a clear error and the documented exit code."""
    build_store(Settings(_env_file=None, data_dir=tmp_path))  # type: ignore[call-arg]
    result = runner.invoke(app, list(args), env={"COPILOT_DATA_DIR": str(tmp_path)})
    assert result.exit_code == code
    assert needle in result.output


@pytest.mark.parametrize(
    "command",
    [
        ("jobs", "show"),
        ("suggestions", "approve"),
        ("suggestions", "retry"),
        ("keys", "revoke"),
    ],
)
@pytest.mark.parametrize("bad", ["abc", "0", "1.5", "2147483648", "1e3"])
def test_malformed_ids_are_the_parsers_error_with_one_message(
    tmp_path: Path, command: tuple[str, ...], bad: str
) -> None:
    """Not a whole number from 1 to 2**31 - 1: usage line, `Error:`, exit 2."""
    build_store(Settings(_env_file=None, data_dir=tmp_path))  # type: ignore[call-arg]
    result = runner.invoke(
        app, [*command, bad], env={"COPILOT_DATA_DIR": str(tmp_path)}
    )
    assert result.exit_code == 2
    assert "must be a whole number from 1 to 2147483647" in result.output


def test_a_bad_job_state_is_named_before_a_missing_store(tmp_path: Path) -> None:
    """The typo the user can fix first is the one named; nothing is created."""
    missing = tmp_path / "no-such-folder"
    result = runner.invoke(
        app,
        ["jobs", "list", "--state", "bogus"],
        env={"COPILOT_DATA_DIR": str(missing)},
    )
    assert result.exit_code == 2
    assert "Unknown job state 'bogus'" in result.output
    assert not missing.exists()


def test_an_empty_reason_rejects_nothing(tmp_path: Path) -> None:
    """A blank `--reason` is refused and the suggestion stays proposed."""
    seeded(tmp_path)
    result = runner.invoke(
        app,
        ["suggestions", "reject", "1", "--reason", " "],
        env={"COPILOT_DATA_DIR": str(tmp_path)},
    )
    assert result.exit_code == 2
    assert result.output.startswith("error: --reason is empty")
    code, out = run(tmp_path, "suggestions", "list", "--json")
    assert code == 0
    assert {s["id"]: s["state"] for s in json.loads(out)}[1] != "rejected"


def test_jobs_show_a_stored_job_and_its_input(tmp_path: Path) -> None:
    """A queued webhook job, in JSON and as a table."""
    store = build_store(Settings(_env_file=None, data_dir=tmp_path))  # type: ignore[call-arg]
    JobBook(store).enqueue("triage", 42)
    code, out = run(tmp_path, "jobs", "show", "1", "--json")
    assert code == 0
    shown = json.loads(out)
    assert (shown["state"], shown["attempts"], shown["record"]) == (
        "queued",
        0,
        {"model": "helpdesk.ticket", "id": 42},
    )
    code, out = run(tmp_path, "jobs", "list")
    assert code == 0
    assert "helpdesk.ticket#42" in out and "queued" in out


# Commands that read stored rows, or change one named by id: none can do
# anything useful in a store that does not exist yet.
ON_A_STORE = [
    ("jobs", "list"),
    ("jobs", "show", "1"),
    ("suggestions", "list"),
    ("suggestions", "list", "--failed", "--json"),
    ("suggestions", "audit"),
    ("suggestions", "approve", "1"),
    ("suggestions", "reject", "1", "--reason", "stale"),
    ("suggestions", "retry", "1"),
    ("keys", "list", "--json"),
    ("keys", "revoke", "1"),
]


@pytest.mark.parametrize("args", ON_A_STORE, ids="-".join)
@pytest.mark.parametrize(
    ("folder", "needle"),
    [("mistyped", "No data folder at "), ("", "No suggestion store (copilot.db) in ")],
)
def test_commands_on_a_folder_without_a_store_say_so_and_create_nothing(
    tmp_path: Path, args: tuple[str, ...], folder: str, needle: str
) -> None:
    """A wrong COPILOT_DATA_DIR is named, exit 3; no folder or store is left."""
    data_dir = tmp_path / folder
    result = runner.invoke(app, list(args), env={"COPILOT_DATA_DIR": str(data_dir)})
    assert result.exit_code == 3
    assert result.output.startswith(f"error: {needle}{data_dir.resolve()};")
    assert len(result.output.splitlines()) == 1
    assert sorted(tmp_path.iterdir()) == []


def test_creating_a_key_still_creates_the_folder_and_store(tmp_path: Path) -> None:
    """Only commands that need stored rows refuse a new folder; `keys create` not."""
    data_dir = tmp_path / "new"
    assert run(data_dir, "keys", "create", "--role", "pm")[0] == 0
    assert (data_dir / "copilot.db").is_file()
    code, out = run(data_dir, "keys", "list", "--json")
    assert (code, [k["role"] for k in json.loads(out)]) == (0, ["pm"])


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


def test_keys_list_shows_roles_and_revocations_never_secrets(
    tmp_path: Path,
) -> None:
    """Listed: id, role, created, revoked; not the token, nor its hash."""
    tokens = [
        run(tmp_path, "keys", "create", "--role", r)[1].strip() for r in ("pm", "admin")
    ]
    assert run(tmp_path, "keys", "revoke", "1") == (0, "key 1 revoked\n")
    code, out = run(tmp_path, "keys", "list", "--json")
    listed = json.loads(out)
    assert code == 0
    assert [(k["id"], k["role"], k["revoked_at"] is not None) for k in listed] == [
        (1, "pm", True),
        (2, "admin", False),
    ]
    assert all(k["created_at"] for k in listed)
    code, table = run(tmp_path, "keys", "list")
    assert code == 0 and "admin" in table
    for token in tokens:
        for shown in (out, table):
            assert token not in shown
            assert hashlib.sha256(token.encode()).hexdigest() not in shown


def test_revoking_a_revoked_key_is_an_error(tmp_path: Path) -> None:
    """The second revoke says the key was already revoked and exits 2."""
    run(tmp_path, "keys", "create", "--role", "pm")
    assert run(tmp_path, "keys", "revoke", "1")[0] == 0
    result = runner.invoke(
        app, ["keys", "revoke", "1"], env={"COPILOT_DATA_DIR": str(tmp_path)}
    )
    assert result.exit_code == 2
    assert "already revoked" in result.output
    assert "key 1 revoked" not in result.output


def test_reject_reason_is_kept_masked(tmp_path: Path) -> None:
    """An e-mail and a phone typed in a reason never reach the store."""
    seeded(tmp_path)
    reason = "asked by wim.peeters@client.example.com, call +32 470 98 76 54"
    code, _ = run(tmp_path, "suggestions", "reject", "2", "--reason", reason)
    assert code == 0
    code, out = run(tmp_path, "suggestions", "list", "--json")
    kept = {s["id"]: s["reason"] for s in json.loads(out)}[2]
    assert kept.startswith("asked by <EMAIL_ADDRESS")
    assert "<PHONE_NUMBER" in kept
    audit = run(tmp_path, "suggestions", "audit")[1]
    for planted in ("wim.peeters", "470 98 76 54"):
        assert planted not in out and planted not in audit


def wait_until_up(base_url: str, server: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        assert server.poll() is None, "copilot serve exited early"
        try:
            if httpx.get(f"{base_url}/healthz", timeout=1).status_code == 200:
                return
        except httpx.TransportError:
            time.sleep(0.2)
    raise AssertionError("copilot serve did not start within 60 s")


def test_serve_logs_json_lines_without_keys_or_text(tmp_path: Path) -> None:
    """One JSON object per line; requests logged by route, no key, body or query."""
    store = build_store(Settings(_env_file=None, data_dir=tmp_path))  # type: ignore[call-arg]
    _, token = ApiKeyRegistry(store).create("admin")
    port, log_path = free_port(), tmp_path / "serve.log"
    env = {**os.environ, "COPILOT_DATA_DIR": str(tmp_path), "COPILOT_USE_NER": "false"}
    command = [sys.executable, "-c", "from copilot.cli.main import run; run()"]
    with log_path.open("wb") as log:
        server = subprocess.Popen(
            [*command, "serve", "--port", str(port)],
            env=env,
            cwd=tmp_path,
            stdout=subprocess.DEVNULL,
            stderr=log,
        )
        try:
            base_url = f"http://127.0.0.1:{port}"
            wait_until_up(base_url, server)
            headers = {"Authorization": f"Bearer {token}"}
            preview = httpx.post(
                f"{base_url}/v1/redaction/preview",
                json={"text": "Call Ilse Vandermoortel on +32 470 12 34 56"},
                headers={**headers, "X-Request-ID": "req-0001-test"},
                timeout=60,
            )
            listed = httpx.get(
                f"{base_url}/v1/suggestions?limit=7&note=Vandermoortel-query",
                headers=headers,
                timeout=10,
            )
        finally:
            server.terminate()
            server.wait(timeout=30)
    assert (preview.status_code, listed.status_code) == (200, 200)
    assert preview.headers["x-request-id"] == "req-0001-test"
    text = log_path.read_text()
    lines = [json.loads(line) for line in text.splitlines() if line.strip()]
    assert all({"ts", "level", "logger", "event"} <= line.keys() for line in lines)
    access = {
        (line["method"], line["path"]): line
        for line in lines
        if line["logger"] == "api.access"
    }
    posted = access[("POST", "/v1/redaction/preview")]
    assert (posted["status"], posted["request_id"]) == (200, "req-0001-test")
    assert isinstance(posted["latency_ms"], float)
    assert access[("GET", "/v1/suggestions")]["status"] == 200
    for secret in (token, token[4:], "Vandermoortel", "470 12 34", "note=", "limit=7"):
        assert secret not in text
