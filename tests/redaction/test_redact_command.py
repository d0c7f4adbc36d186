"""`copilot redact` prints redacted stdin, or JSON whose offsets index the input."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from copilot.cli.main import app
from copilot.cli.redact_cmd import run_redact
from copilot.errors import CallerError
from copilot.settings import Settings

_INPUT = "🙂 Call Ilse Vandermoortel on +32 470 12 34 56, IBAN BE71 0961 2345 6769."


@pytest.mark.parametrize(
    ("value", "entity_type"),
    [
        pytest.param("+32 470 12 34 56", "PHONE_NUMBER", id="phone"),
        pytest.param("BE71 0961 2345 6769", "IBAN_CODE", id="iban"),
    ],
)
def test_json_offsets_index_the_input(value: str, entity_type: str) -> None:
    """Each entity's offsets select the original value in the input, emoji included."""
    result = CliRunner().invoke(app, ["redact", "--json"], input=_INPUT)
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    spans = {(e["start"], e["end"]): e["type"] for e in report["entities"]}
    start = _INPUT.index(value)
    assert spans[(start, start + len(value))] == entity_type
    assert value not in report["text"]
    assert set(report["entities"][0]) == {"type", "start", "end", "score"}


def test_plain_output_is_the_redacted_text() -> None:
    """Without --json only the redacted text is printed."""
    result = CliRunner().invoke(app, ["redact"], input=_INPUT)
    assert result.exit_code == 0
    assert result.stdout.startswith("🙂 Call <")
    assert "+32 470" not in result.stdout


def test_input_over_the_limit_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    """Too long an input is one error line, nothing on stdout."""
    monkeypatch.setattr("copilot.cli.redact_cmd.MAX_CHARS", 50)
    result = CliRunner().invoke(app, ["redact"], input="x" * 51)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "longer than 50 characters" in result.stderr


def test_long_input_is_announced_on_stderr(monkeypatch: pytest.MonkeyPatch) -> None:
    """A long redaction says so on stderr; stdout carries only the text."""
    monkeypatch.setattr("copilot.cli.redact_cmd._NOTICE_CHARS", 10)
    result = CliRunner().invoke(app, ["redact"], input=_INPUT)
    assert result.exit_code == 0
    assert result.stdout.startswith("🙂 Call <")
    assert "redacting" in result.stderr


def test_closed_stdin_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    """Started with stdin closed (`copilot redact <&-`): a caller error, not a crash."""
    monkeypatch.setattr("sys.stdin", None)
    with pytest.raises(CallerError, match="stdin is closed"):
        run_redact(Settings(), as_json=False)
