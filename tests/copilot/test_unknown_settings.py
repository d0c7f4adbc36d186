"""Misspelled COPILOT_ variables are named, with the closest real setting."""

from __future__ import annotations

import pytest

from copilot.unknown_settings import unknown_setting_warnings


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({"COPILOT_ODOO_TIMEOUT_S": "5", "HOME": "/home/x"}, []),
        (
            {"COPILOT_ODOO_TIMOUT_S": "5"},
            [
                "COPILOT_ODOO_TIMOUT_S is not a setting and is ignored; "
                "did you mean COPILOT_ODOO_TIMEOUT_S?"
            ],
        ),
        ({"COPILOT_NOPE": "secret"}, ["COPILOT_NOPE is not a setting and is ignored"]),
        ({"ODOO_TIMOUT_S": "5"}, []),
    ],
)
def test_unknown_variables_are_named_not_their_values(
    environ: dict[str, str], expected: list[str]
) -> None:
    assert unknown_setting_warnings(environ) == expected
    assert all("secret" not in warning for warning in expected)
