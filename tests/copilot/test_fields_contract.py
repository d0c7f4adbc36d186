"""Every field the adapter reads exists in a real Odoo 17 database.

The reference is the `fields_get` answer recorded from an Odoo 17 server with
demo data, shipped with the sandbox.
"""

from __future__ import annotations

import json
from importlib import resources

import pytest

from copilot.odoo.field_lists import catalogue

RECORDED = resources.files("copilot.sandbox").joinpath("data", "fields")


def recorded_fields(model: str) -> set[str]:
    data = json.loads(RECORDED.joinpath(f"{model}.json").read_text("utf-8"))
    return set(data["fields"])


@pytest.mark.parametrize("model", sorted(catalogue()))
def test_adapter_fields_exist_in_odoo17(model: str) -> None:
    """Each explicit field of the model is in the recorded Odoo 17 `fields_get`."""
    available = recorded_fields(model)
    spec = catalogue()[model]
    assert set(spec.fields) - available == set()
    assert spec.required <= available
