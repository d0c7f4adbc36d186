"""A negative number where a command takes an id is a bad id, not an option."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from copilot.cli.main import app

runner = CliRunner()

ID_RULE = "must be a whole number from 1 to 2147483647"


@pytest.mark.parametrize(
    "command",
    [
        ["brief"],
        ["brief", "--json"],
        ["triage", "--dry-run"],
        ["next-actions"],
        ["jobs", "show"],
        ["suggestions", "approve"],
        ["suggestions", "reject", "--reason", "no"],
        ["suggestions", "retry"],
        ["keys", "revoke"],
    ],
)
@pytest.mark.parametrize("bad", ["-1", "-0", "-1.5", "-2147483648", "-.5"])
def test_a_negative_id_gets_the_id_message(
    tmp_path: Path, command: list[str], bad: str
) -> None:
    """`copilot brief -1` is refused like `brief 0`, naming the argument."""
    result = runner.invoke(
        app, [*command, bad], env={"COPILOT_DATA_DIR": str(tmp_path)}
    )
    assert result.exit_code == 2, result.output
    assert ID_RULE in result.output
    assert "No such option" not in result.output
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["brief", "-1", "--jsn"], "No such option: --jsn"),
        (["brief", "1", "-1"], "unexpected extra argument(s) (-1)"),
        (["brief", "-1", "--json", "--dry-run"], ID_RULE),
        (["blockers", "--project", "-1"], ID_RULE),
        (["suggestions", "reject", "-1", "--reason", "-2"], ID_RULE),
    ],
)
def test_options_and_extra_arguments_read_as_before(
    tmp_path: Path, args: list[str], needle: str
) -> None:
    """Only a token in an argument's place is moved: options and their values
    are parsed as before, and a second id is an extra argument."""
    result = runner.invoke(app, args, env={"COPILOT_DATA_DIR": str(tmp_path)})
    assert result.exit_code == 2, result.output
    assert needle in result.output
