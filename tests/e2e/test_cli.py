"""The command line: one clear line and a non-zero exit for every bad input."""

from __future__ import annotations

import json
import re
import socket
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from typer.testing import CliRunner

from copilot.cli.main import app
from copilot.cli.sandbox_folder import hold_sandbox_folder
from copilot.sandbox import INTEGRATION_LOGIN
from evals.registry import SUITES
from tests.support.sandbox import DB, INTEGRATION_PASSWORD, NO_PROJECT_DB, Sandbox

runner = CliRunner()


def env_for(sandbox: Sandbox, **overrides: str) -> dict[str, str]:
    env = {
        "COPILOT_ODOO_URL": sandbox.server.url,
        "COPILOT_ODOO_DB": DB,
        "COPILOT_ODOO_LOGIN": INTEGRATION_LOGIN,
        "COPILOT_ODOO_PASSWORD": INTEGRATION_PASSWORD,
        "COPILOT_USE_NER": "false",
    }
    env.update(overrides)
    return env


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def assert_one_clear_line(result: object, code: int, *needles: str) -> None:
    output = result.output  # type: ignore[attr-defined]
    assert result.exit_code == code, output  # type: ignore[attr-defined]
    lines = [line for line in output.splitlines() if line.strip()]
    assert len(lines) == 1, output
    assert lines[0].startswith("error: ")
    assert "Traceback" not in output
    for needle in needles:
        assert needle in lines[0]


def test_brief_json_on_the_sandbox(sandbox: Sandbox) -> None:
    """`copilot brief ID --json --dry-run` prints the briefing with evidence."""
    result = runner.invoke(
        app, ["brief", "14", "--json", "--dry-run"], env=env_for(sandbox)
    )
    assert result.exit_code == 0, result.output
    payload = json.loads(result.stdout)
    assert payload["project_id"] == 14
    assert payload["odoo_activity_id"] is None
    assert all(fact["evidence"] for fact in payload["facts"])


@pytest.mark.parametrize(
    ("args", "overrides", "code", "needles"),
    [
        (["brief", "9999"], {}, 4, ("Project 9999",)),
        (["brief", "1"], {"COPILOT_ODOO_PASSWORD": "wrong"}, 7, ("wrong login",)),
        (["brief", "1"], {"COPILOT_ODOO_DB": "nope"}, 6, ("'nope' does not exist",)),
        (["brief", "1"], {"COPILOT_ODOO_DB": NO_PROJECT_DB}, 8, ("Project app",)),
        (["brief", "1"], {"COPILOT_ODOO_URL": "ftp://odoo"}, 3, ("COPILOT_ODOO_URL",)),
    ],
)
def test_bad_input_gives_one_line_and_an_exit_code(
    sandbox: Sandbox,
    args: list[str],
    overrides: dict[str, str],
    code: int,
    needles: tuple[str, ...],
) -> None:
    """Unknown project, wrong password, unknown database, no project app, bad URL."""
    result = runner.invoke(app, args, env=env_for(sandbox, **overrides))
    assert_one_clear_line(result, code, *needles)


def test_unreachable_odoo_says_so(sandbox: Sandbox) -> None:
    """A URL nobody listens on names the URL and the setting to check."""
    url = f"http://127.0.0.1:{closed_port()}"
    result = runner.invoke(
        app, ["brief", "1"], env=env_for(sandbox, COPILOT_ODOO_URL=url)
    )
    assert_one_clear_line(result, 6, "Cannot reach Odoo", url)


@pytest.mark.parametrize(
    "command",
    [
        ["brief", "1"],
        ["triage", "1"],
        ["triage", "1", "--dry-run"],
        ["next-actions", "1"],
        ["blockers"],
    ],
)
def test_missing_settings_point_to_the_demo(tmp_path: Path, command: list[str]) -> None:
    """With no Odoo configured, a job that reads Odoo is the operator's error
    (exit 3) naming the settings and `copilot demo`; triage builds no index."""
    result = runner.invoke(app, command, env={"COPILOT_DATA_DIR": str(tmp_path)})
    assert_one_clear_line(result, 3, "COPILOT_ODOO_URL", "copilot demo")
    assert not (tmp_path / "triage-index").exists()


@pytest.mark.parametrize(
    ("args", "stderr"),
    [
        (["blockers", "--project", "1", "--json"], ""),
        (
            ["blockers", "--project", "9999"],
            "error: Project 9999 does not exist, is archived, or this Odoo user "
            "cannot see it.\n",
        ),
        (["next-actions", "10", "--dry-run", "--json"], ""),
        (
            ["next-actions", "9999"],
            "error: Partner 9999 does not exist or this Odoo user cannot see it.\n",
        ),
    ],
)
def test_progress_leaves_nothing_on_stderr_that_is_no_terminal(
    sandbox: Sandbox, args: list[str], stderr: str
) -> None:
    """The progress bar and spinner are for a terminal: in a script, stderr
    holds the error line alone (or nothing), not a blank line before it."""
    result = runner.invoke(app, args, env=env_for(sandbox))
    assert result.stderr == stderr


def test_password_never_printed(sandbox: Sandbox) -> None:
    """A failed login does not echo the password."""
    result = runner.invoke(
        app, ["brief", "1"], env=env_for(sandbox, COPILOT_ODOO_PASSWORD="s3cret-value")
    )
    assert "s3cret-value" not in result.output


@pytest.mark.parametrize(
    ("url", "needle"),
    [
        ("http://user:s3cret@127.0.0.1:8069", "must not carry credentials"),
        ("http://127.0.0.1:99999", "invalid port"),
    ],
)
def test_bad_urls_are_refused_without_echoing_secrets(
    sandbox: Sandbox, url: str, needle: str
) -> None:
    """Credentials in the URL are refused and never printed; bad ports named."""
    result = runner.invoke(
        app, ["brief", "1"], env=env_for(sandbox, COPILOT_ODOO_URL=url)
    )
    assert_one_clear_line(result, 3, "COPILOT_ODOO_URL", needle)
    assert "s3cret" not in result.output


def test_unwritable_data_dir_fails_before_anything_is_written(
    sandbox: Sandbox, tmp_path: Path
) -> None:
    """A data folder that cannot hold the audit trail stops the job up front."""
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    env = env_for(sandbox, COPILOT_DATA_DIR=str(blocker / "sub"))
    result = runner.invoke(app, ["brief", "1"], env=env)
    assert_one_clear_line(result, 3, "COPILOT_DATA_DIR")
    assert (
        sandbox.store.search("mail.activity", [["summary", "=like", "Copilot%"]]) == []
    )


@contextmanager
def _taken_port() -> Iterator[int]:
    """A loopback port some other socket is listening on."""
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        yield taken.getsockname()[1]


def test_sandbox_on_a_busy_port_says_so(tmp_path: Path) -> None:
    """`copilot sandbox --port P` with P taken gives one line, not a traceback."""
    with _taken_port() as port:
        result = runner.invoke(
            app,
            ["sandbox", "--port", str(port)],
            env={"COPILOT_DATA_DIR": str(tmp_path)},
        )
    assert_one_clear_line(result, 2, "choose another --port")


@pytest.mark.parametrize(
    ("host", "needle"),
    [
        ("127.0.0.1", "choose another --port"),
        ("192.0.2.1", "check --host"),  # no interface of this machine
    ],
)
def test_serve_on_a_busy_port_or_bad_host_says_so(
    tmp_path: Path, host: str, needle: str
) -> None:
    """`copilot serve` that cannot listen gives one line and exit 2, as the
    sandbox does, not uvicorn's log lines and its exit 3."""
    with _taken_port() as port:
        result = runner.invoke(
            app,
            ["serve", "--host", host, "--port", str(port)],
            env={"COPILOT_DATA_DIR": str(tmp_path)},
        )
    assert_one_clear_line(result, 2, f"Cannot listen on {host}:{port}", needle)


@pytest.mark.parametrize(
    "command",
    [
        ["brief", "--dry-run", "--"],
        ["triage", "--dry-run", "--"],
        ["next-actions", "--dry-run", "--"],
        ["blockers", "--project"],
        ["blockers", "--partner"],
    ],
)
@pytest.mark.parametrize("bad", ["0", "-1", "2147483648", "1.5", "abc"])
def test_malformed_odoo_ids_are_the_parsers_error_with_one_message(
    sandbox: Sandbox, command: list[str], bad: str
) -> None:
    """Odoo ids follow the store's rule, a whole number from 1 to 2**31 - 1:
    anything else is the usage error (exit 2) and never reaches Odoo. ('--'
    lets a positional id start with '-'.)"""
    result = runner.invoke(app, [*command, bad], env=env_for(sandbox))
    assert result.exit_code == 2, result.output
    assert "must be a whole number from 1 to 2147483647" in result.output


def demo_env(data_dir: Path) -> dict[str, str]:
    return {"COPILOT_DATA_DIR": str(data_dir), "COPILOT_USE_NER": "false"}


def new_and_old(output: str) -> tuple[int, int]:
    """The demo's closing counts: new activities, activities already there."""
    found = re.search(r"(\d+)\s+new\s+activities,\s+(\d+)\s+already\s+there", output)
    assert found, output
    return int(found.group(1)), int(found.group(2))


def test_demo_reset_starts_the_paired_store_over(tmp_path: Path) -> None:
    """After `--reset` every activity is new again: the store forgot them too."""
    first = runner.invoke(app, ["demo"], env=demo_env(tmp_path))
    assert first.exit_code == 0, first.output
    created, _ = new_and_old(first.output)
    assert created > 0
    again = runner.invoke(app, ["demo"], env=demo_env(tmp_path))
    assert new_and_old(again.output) == (0, created)
    reset = runner.invoke(app, ["demo", "--reset"], env=demo_env(tmp_path))
    assert reset.exit_code == 0, reset.output
    assert "suggestion store" in reset.output
    assert new_and_old(reset.output) == (created, 0)


@pytest.mark.parametrize(
    "args", [["demo"], ["demo", "--reset"], ["sandbox", "--port", "0", "--reset"]]
)
def test_a_second_sandbox_on_the_same_folder_is_refused(
    tmp_path: Path, args: list[str]
) -> None:
    """While one sandbox holds the data folder, others stop and wipe nothing."""
    folder = tmp_path / "sandbox"
    folder.mkdir()
    journal = folder / "journal.jsonl"
    journal.write_text("{}\n")
    with hold_sandbox_folder(folder):
        result = runner.invoke(app, args, env=demo_env(tmp_path))
    assert_one_clear_line(result, 12, str(folder), "COPILOT_DATA_DIR")
    assert journal.read_text() == "{}\n"


def test_serve_refuses_an_unwritable_data_dir(tmp_path: Path) -> None:
    """`copilot serve` stops at start-up, as other commands do, not at /readyz."""
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    result = runner.invoke(
        app,
        ["serve", "--port", str(closed_port())],
        env={"COPILOT_DATA_DIR": str(blocker / "sub")},
    )
    assert_one_clear_line(result, 3, "COPILOT_DATA_DIR", "not a writable folder")


def test_eval_help_lists_every_suite() -> None:
    """Each suite `copilot eval` can run is named in its help."""
    result = runner.invoke(app, ["eval", "--help"], env={"COLUMNS": "200"})
    assert result.exit_code == 0
    for suite in SUITES:
        assert suite in result.output


def test_suggestions_help_names_real_commands() -> None:
    """The group's summary names `flush`, the command that posts the outbox."""
    result = runner.invoke(app, ["suggestions", "--help"], env={"COLUMNS": "200"})
    summary = result.output.split("Options")[0]
    assert "flush" in summary
    assert " post," not in summary
