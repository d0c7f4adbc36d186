"""`copilot triage`: text, batch and ticket modes, and one clear line on bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from copilot.cli.main import app
from tests.e2e.test_cli import assert_one_clear_line, env_for
from tests.support.sandbox import Sandbox

runner = CliRunner()
REQUIRED = {
    "category",
    "priority",
    "confidence",
    "team",
    "language",
    "sentiment",
    "similar",
    "odoo_activity_id",
}


def offline_env(tmp_path: Path, shared: Path) -> dict[str, str]:
    return {
        "COPILOT_DATA_DIR": str(shared),
        "COPILOT_TRIAGE_INDEX_DIR": str(tmp_path / "index"),
        "COPILOT_USE_NER": "false",
    }


@pytest.fixture(scope="session")
def shared(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The session's shared data folder (the trained model is cached there)."""
    folder = tmp_path_factory.getbasetemp() / "triage-shared"
    folder.mkdir(exist_ok=True)
    return folder


def test_text_json_has_the_contract_keys(tmp_path: Path, shared: Path) -> None:
    """`--text --json` prints one object with the documented keys."""
    result = runner.invoke(
        app,
        ["triage", "--text", "I forgot my password for the portal", "--json"],
        env=offline_env(tmp_path, shared),
    )
    assert result.exit_code == 0, result.output
    payload = json.loads(result.stdout)
    assert set(payload) >= REQUIRED
    assert payload["category"] == "access"
    assert payload["priority"] in {"0", "1", "2", "3"}  # Odoo's selection key
    assert payload["odoo_activity_id"] is None


def test_batch_gives_one_line_per_request_in_order(
    tmp_path: Path, shared: Path
) -> None:
    """JSON lines in, JSON lines out, same order, ids kept as given (a number
    stays a number); a BOM is dropped."""
    batch = tmp_path / "batch.jsonl"
    rows = [
        {"id": "a", "text": "Invoice charged twice, please send a credit note"},
        {"id": "b", "text": "Could you add an export of projects to Excel?"},
        {"id": 3, "text": "Our SSO login redirects in a loop"},
    ]
    # A byte-order mark first, as spreadsheet and Notepad exports write it.
    text = "\n".join(json.dumps(r) for r in rows) + "\n"
    batch.write_text(text, encoding="utf-8-sig")
    result = runner.invoke(
        app,
        ["triage", "--batch", str(batch), "--json"],
        env=offline_env(tmp_path, shared),
    )
    assert result.exit_code == 0, result.output
    lines = [json.loads(x) for x in result.stdout.splitlines()]
    assert [x["id"] for x in lines] == ["a", "b", 3]
    assert [x["category"] for x in lines] == ["billing", "change_request", "access"]


def test_batch_dash_reads_json_lines_from_stdin(tmp_path: Path, shared: Path) -> None:
    """`--batch -` takes the JSON lines on stdin, blank lines skipped."""
    rows = [
        {"id": "a", "text": "Invoice charged twice, please send a credit note"},
        {"id": "b", "text": "Our SSO login redirects in a loop"},
    ]
    stdin = "\n".join(json.dumps(r) for r in rows) + "\n\n"
    result = runner.invoke(
        app,
        ["triage", "--batch", "-", "--json"],
        input=stdin,
        env=offline_env(tmp_path, shared),
    )
    assert result.exit_code == 0, result.output
    lines = [json.loads(x) for x in result.stdout.splitlines()]
    assert [x["id"] for x in lines] == ["a", "b"]
    assert [x["category"] for x in lines] == ["billing", "access"]


@pytest.mark.parametrize(
    ("source", "stdin", "needle"),
    [
        ("FILE", None, "the batch on 'FILE' held no requests"),
        ("FILE", "", "the batch on 'FILE' held no requests"),
        ("-", "", "the batch on stdin held no requests"),
        ("-", "\n  \n\t\n", "the batch on stdin held no requests"),
    ],
)
def test_an_empty_batch_says_so_on_stderr(
    tmp_path: Path, shared: Path, source: str, stdin: str | None, needle: str
) -> None:
    """No requests (empty, or only blank lines): nothing on stdout, one line, 0."""
    batch = tmp_path / "batch.jsonl"
    batch.write_text("\n \n\n" if stdin is None else "", encoding="utf-8")
    result = runner.invoke(
        app,
        ["triage", "--batch", str(batch) if source == "FILE" else "-", "--json"],
        input=stdin,
        env=offline_env(tmp_path, shared),
    )
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert result.stderr == needle.replace("FILE", str(batch)) + "\n"


@pytest.mark.parametrize(
    ("lines", "needle"),
    [
        (['{"text": "ok"}', "not json"], "Line 2 of the batch is not JSON"),
        (
            ['{"text": "ok"}', json.dumps({"text": "x" * 20_001})],
            "Line 2 of the batch has a 'text' over 20000 characters",
        ),
    ],
)
def test_batch_on_stdin_names_the_bad_line(
    tmp_path: Path, shared: Path, lines: list[str], needle: str
) -> None:
    """A bad line on stdin stops the batch with its number, as a file does."""
    result = runner.invoke(
        app,
        ["triage", "--batch", "-"],
        input="\n".join(lines),
        env=offline_env(tmp_path, shared),
    )
    assert_one_clear_line(result, 2, needle)


def test_ticket_dry_run_on_the_sandbox(
    sandbox: Sandbox, tmp_path: Path, shared: Path
) -> None:
    """`copilot triage ID --json --dry-run` lists similar tickets, writes nothing."""
    env = {**env_for(sandbox), **offline_env(tmp_path, shared)}
    result = runner.invoke(app, ["triage", "66", "--json", "--dry-run"], env=env)
    assert result.exit_code == 0, result.output
    payload = json.loads(result.stdout)
    assert payload["odoo_activity_id"] is None
    assert payload["similar"] and {"ticket_id", "score"} <= set(payload["similar"][0])
    # Odoo ids are JSON integers: the ticket's, its assignee's, similar tickets'.
    assert payload["id"] == 66
    assert isinstance(payload["assignee_id"], int)
    assert payload["details"]["assignee"]["value"] == payload["assignee_id"]
    assert all(isinstance(t["ticket_id"], int) for t in payload["similar"])


@pytest.mark.parametrize(
    ("args", "title"),
    [
        (["triage", "66", "--dry-run"], "Triage of ticket 66"),
        (["triage", "--text", "Cannot log in to the portal"], "Triage of request"),
    ],
)
def test_the_text_output_says_what_was_triaged(
    sandbox: Sandbox, tmp_path: Path, shared: Path, args: list[str], title: str
) -> None:
    """An Odoo ticket is headed as the ticket, a text as a request."""
    env = {**env_for(sandbox), **offline_env(tmp_path, shared), "COLUMNS": "120"}
    result = runner.invoke(app, args, env=env)
    assert result.exit_code == 0, result.output
    assert title in result.stdout.splitlines()[0]


@pytest.mark.parametrize(
    ("args", "lines", "code", "needle"),
    [
        (["triage"], None, 2, "exactly one"),
        (["triage", "--text", "   "], None, 2, "non-empty"),
        (["triage", "--batch", "BATCH"], ['{"text": "ok"}', "not json"], 2, "Line 2"),
        (["triage", "--batch", "BATCH"], ['{"id": 1}'], 2, "'text'"),
        (
            ["triage", "--batch", "BATCH"],
            ['{"text": "ok"}', '{"id": "z", "text": " "}'],
            2,
            "Line 2 of the batch has an empty 'text'",
        ),
        (
            ["triage", "--batch", "BATCH"],
            ['{"text": "ok"}', json.dumps({"text": "x" * 20_001})],
            2,
            "Line 2 of the batch has a 'text' over 20000 characters",
        ),
        (
            ["triage", "--batch", "BATCH"],
            ['{"id": {"a": 1}, "text": "ok"}'],
            2,
            "Line 1 of the batch has an 'id'",
        ),
        (
            ["triage", "--batch", "BATCH"],
            ['{"text": "ok"}', '{"id": true, "text": "ok"}'],
            2,
            "Line 2 of the batch has an 'id'",
        ),
        (
            ["triage", "--batch", "BATCH"],
            ['{"id": 1e400, "text": "ok"}'],
            2,
            "Line 1 of the batch has an 'id'",
        ),
        (
            ["triage", "--batch", "BATCH"],
            ['{"id": 7, "text": "ok"}', '{"id": NaN, "text": "ok"}'],
            2,
            "Line 2 of the batch has an 'id'",
        ),
        (
            ["triage", "--batch", str(Path("no-such-batch.jsonl"))],
            None,
            2,
            "Cannot read",
        ),
        (["triage", "--batch", "BATCH"], [b"\xff\xfe"], 2, "not UTF-8"),
        (["triage", "--batch", "BATCH"], ["[1, 2]"], 2, "is not a JSON object"),
    ],
)
def test_bad_input_gives_one_line(
    tmp_path: Path,
    shared: Path,
    args: list[str],
    lines: list[str | bytes] | None,
    code: int,
    needle: str,
) -> None:
    """No mode, an empty text, a bad batch file or line: one `error:` line, exit 2."""
    if lines is not None:
        batch = tmp_path / "batch.jsonl"
        raw = [x.encode() if isinstance(x, str) else x for x in lines]
        batch.write_bytes(b"\n".join(raw))
        args = [str(batch) if a == "BATCH" else a for a in args]
    result = runner.invoke(app, args, env=offline_env(tmp_path, shared))
    assert_one_clear_line(result, code, needle)


def test_unknown_ticket_is_not_found(
    sandbox: Sandbox, tmp_path: Path, shared: Path
) -> None:
    """A ticket id that does not exist exits 4 and names the ticket."""
    env = {**env_for(sandbox), **offline_env(tmp_path, shared)}
    result = runner.invoke(app, ["triage", "99999"], env=env)
    assert_one_clear_line(result, 4, "Ticket 99999")
