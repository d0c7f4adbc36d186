"""Reading tickets: OCA or Enterprise fields, and a clear message without either."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from importlib import resources
from typing import Any

import pytest

from copilot.errors import OdooFeatureMissing
from copilot.odoo.ticket_reader import TicketReader, ticket_fields

OCA = frozenset({"name", "number", "description", "closed", "category_id", "user_id"})
ENTERPRISE = frozenset({"name", "ticket_ref", "description", "ticket_type_id"})


class HelpdeskRpc:
    """A fake connection with one helpdesk flavour (or none)."""

    uid = 2

    def __init__(self, fields: frozenset[str] | None) -> None:
        self._fields = fields
        self.calls: list[tuple[str, str, dict[str, Any]]] = []

    def field_names(self, model: str) -> frozenset[str]:
        if self._fields is None or model != "helpdesk.ticket":
            raise OdooFeatureMissing(f"Object {model} doesn't exist")
        return self._fields

    def execute_kw(
        self,
        model: str,
        method: str,
        args: Sequence[Any],
        kwargs: Mapping[str, Any] | None = None,
    ) -> Any:
        self.calls.append((model, method, dict(kwargs or {})))
        if model == "helpdesk.ticket":
            return [{"id": 5, "name": "Login fails", "description": "<p>Help</p>"}]
        return [{"res_id": 5, "body": "<p>Still broken</p>"}]


@pytest.mark.parametrize(
    ("fields", "flavour", "category_field"),
    [(OCA, "oca", "category_id"), (ENTERPRISE, "enterprise", "ticket_type_id")],
)
def test_flavour_and_field_names(
    fields: frozenset[str], flavour: str, category_field: str
) -> None:
    """The installed app is detected and its own field names are requested."""
    rpc = HelpdeskRpc(fields)
    reader = TicketReader(rpc, lambda html: html.replace("<p>", "").replace("</p>", ""))
    assert reader.flavour() == flavour
    ticket = reader.ticket(5)
    assert ticket.thread == ("Still broken",)
    assert ticket.description == "Help"
    read = next(c for c in rpc.calls if c[1] == "read")
    assert category_field in read[2]["fields"]


def test_no_helpdesk_app_says_which_to_install() -> None:
    """Neither helpdesk installed: the error names both apps."""
    reader = TicketReader(HelpdeskRpc(None), str)
    with pytest.raises(OdooFeatureMissing, match=r"helpdesk_mgmt.*Enterprise Helpdesk"):
        reader.flavour()


def test_oca_names_exist_in_recorded_odoo17() -> None:
    """Every field triage asks for first is in the recorded Odoo 17 fields_get."""
    root = resources.files("copilot.sandbox").joinpath("data", "fields")
    for model, spec in ticket_fields().items():
        recorded = json.loads(root.joinpath(f"{model}.json").read_text("utf-8"))
        for name in spec.fields:
            assert name in recorded["fields"], (model, name)
