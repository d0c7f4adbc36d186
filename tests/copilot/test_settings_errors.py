"""A bad setting stops the command with one line naming it and what is wrong."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from copilot.cli.main import app

runner = CliRunner()


@pytest.mark.parametrize(
    ("variable", "value", "message"),
    [
        pytest.param(
            "COPILOT_OVERRUN_RATIO", "nan", "should be a finite number", id="nan"
        ),
        pytest.param(
            "COPILOT_LLM_TIMEOUT_S", "inf", "should be a finite number", id="inf"
        ),
        pytest.param(
            "COPILOT_REDACTION_UNMASKED_LOGS",
            '["LOCATON"]',
            "LOCATON (did you mean LOCATION?)",
            id="misspelt-type",
        ),
        pytest.param(
            "COPILOT_REDACTION_UNMASKED_EMBEDDINGS",
            '["PERSON"]',
            "cannot be unmasked for embeddings: PERSON",
            id="personal-type-for-embeddings",
        ),
        pytest.param("COPILOT_DATA_DIR", " ", "is empty", id="empty-data-dir"),
        pytest.param(
            "COPILOT_LLM_BASE_URL",
            "http://key:sk-1@127.0.0.1:8000/v1",
            "must not carry credentials; use COPILOT_LLM_API_KEY",
            id="model-url-credentials",
        ),
        pytest.param(
            "COPILOT_ODOO_URL",
            "http://me:pw@127.0.0.1:8069",
            "credentials; use COPILOT_ODOO_LOGIN and COPILOT_ODOO_PASSWORD",
            id="odoo-url-credentials",
        ),
        pytest.param(
            "COPILOT_REDACTION_UNMASKED_LOGS",
            '["LOCATION"',
            "is neither a JSON list nor comma-separated",
            id="broken-json-list",
        ),
    ],
)
def test_bad_setting_is_one_error_line(
    tmp_path: Path, variable: str, value: str, message: str
) -> None:
    result = runner.invoke(
        app,
        ["redact"],
        input="hello\n",
        env={"COPILOT_DATA_DIR": str(tmp_path), variable: value},
    )
    assert result.exit_code == 3
    assert f"error: invalid setting: {variable} " in result.output
    assert message in result.output
    assert "Traceback" not in result.output


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        pytest.param("", [], id="empty"),
        pytest.param("  ", [], id="blank"),
        pytest.param("LOCATION, URL", ["LOCATION", "URL"], id="comma-separated"),
        pytest.param('["LOCATION"]', ["LOCATION"], id="json-list"),
    ],
)
def test_unmasked_types_read_as_written(
    monkeypatch: pytest.MonkeyPatch, value: str, expected: list[str]
) -> None:
    """Destinations' unmasked types accept a JSON list, commas or nothing."""
    from copilot.settings import Settings

    monkeypatch.setenv("COPILOT_REDACTION_UNMASKED_LOGS", value)
    assert Settings(_env_file=None).redaction_unmasked_logs == expected
