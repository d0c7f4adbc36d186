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
