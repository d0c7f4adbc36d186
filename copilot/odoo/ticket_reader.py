"""Batched reads of helpdesk tickets and their chatter, OCA or Enterprise.

Odoo has two helpdesk apps with the same model name `helpdesk.ticket`: OCA
helpdesk_mgmt (`number`, `closed`, `category_id`) and Enterprise helpdesk
(`ticket_ref`, `ticket_type_id`, closing stages folded). The flavour is told
from `fields_get` once per connection.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from copilot.errors import NotFoundError, OdooFeatureMissing
from copilot.odoo import normalize as n
from copilot.odoo.connection import RpcCaller
from copilot.odoo.field_lists import plan_fields

__all__ = ["HelpdeskTicket", "TicketReader", "ticket_fields"]

HtmlToText = Callable[[str], str]
_MODEL = "helpdesk.ticket"


@cache
def ticket_fields() -> dict[str, dict[str, tuple[str, ...]]]:
    """Product field -> Odoo candidates (OCA first), per model, from JSON."""
    text = resources.files("copilot.odoo").joinpath("ticket_fields.json")
    data = json.loads(text.read_text("utf-8"))
    return {
        model: {name: tuple(candidates) for name, candidates in spec.items()}
        for model, spec in data.items()
        if not model.startswith("_")
    }


@dataclass(frozen=True)
class HelpdeskTicket:
    """A ticket with its thread as plain text (not yet redacted)."""

    id: int
    name: str
    description: str
    thread: tuple[str, ...]
    client_id: int | None
    priority: str
    team: str | None
    team_id: int | None
    user_id: int | None
    user: str | None
    category: str | None
    is_closed: bool


class TicketReader:
    """Reads tickets for triage; knows both helpdesk apps' field names."""

    def __init__(self, rpc: RpcCaller, html_to_text: HtmlToText) -> None:
        self._rpc = rpc
        self._html = html_to_text

    def flavour(self) -> str:
        """`oca` or `enterprise`; a clear error when no helpdesk is installed."""
        try:
            available = self._rpc.field_names(_MODEL)
        except OdooFeatureMissing as exc:
            raise OdooFeatureMissing(
                "No helpdesk app is installed in this Odoo database; install the "
                "OCA helpdesk_mgmt module or Odoo Enterprise Helpdesk to use triage."
            ) from exc
        return "oca" if "closed" in available else "enterprise"

    def _requested(self) -> dict[str, str]:
        available = self._rpc.field_names(_MODEL)
        plan_fields(_MODEL, available)  # raises if the required fields are absent
        out: dict[str, str] = {}
        for name, candidates in ticket_fields()[_MODEL].items():
            for candidate in candidates:
                if candidate in available:
                    out[name] = candidate
                    break
        return out

    def ticket(self, ticket_id: int) -> HelpdeskTicket:
        self.flavour()
        fields = self._requested()
        rows = self._rpc.execute_kw(
            _MODEL, "read", [[ticket_id]], {"fields": sorted(set(fields.values()))}
        )
        if not rows:
            raise NotFoundError(
                f"Ticket {ticket_id} does not exist or this Odoo user cannot see it."
            )
        threads = self._threads([ticket_id])
        return self._ticket(rows[0], fields, threads.get(ticket_id, ()))

    def closed_tickets(self, limit: int = 2000) -> list[HelpdeskTicket]:
        """The most recent closed tickets with their threads (two calls)."""
        closed_leaf = (
            ["closed", "=", True]
            if self.flavour() == "oca"
            else ["stage_id.fold", "=", True]
        )
        fields = self._requested()
        rows: list[dict[str, Any]] = self._rpc.execute_kw(
            _MODEL,
            "search_read",
            [[closed_leaf]],
            {
                "fields": sorted(set(fields.values())),
                "order": "id desc",
                "limit": limit,
            },
        )
        threads = self._threads([int(r["id"]) for r in rows])
        return [self._ticket(r, fields, threads.get(int(r["id"]), ())) for r in rows]

    def team_leader(self, team_id: int | None) -> int | None:
        """The OCA team's leader (`user_id`); Enterprise teams have none."""
        if team_id is None:
            return None
        try:
            available = self._rpc.field_names("helpdesk.ticket.team")
        except OdooFeatureMissing:
            return None
        leader = next(
            (
                f
                for f in ticket_fields()["helpdesk.ticket.team"]["leader"]
                if f in available
            ),
            None,
        )
        if leader is None:
            return None
        rows = self._rpc.execute_kw(
            "helpdesk.ticket.team", "read", [[team_id]], {"fields": [leader]}
        )
        return n.many2one_id(rows[0][leader]) if rows else None

    def _threads(self, ticket_ids: Sequence[int]) -> dict[int, tuple[str, ...]]:
        if not ticket_ids:
            return {}
        rows = self._rpc.execute_kw(
            "mail.message",
            "search_read",
            [
                [
                    ["model", "=", _MODEL],
                    ["res_id", "in", list(ticket_ids)],
                    ["message_type", "in", ["comment", "email"]],
                ]
            ],
            {"fields": ["res_id", "body"], "order": "date asc, id asc"},
        )
        out: dict[int, list[str]] = {}
        for row in rows:
            body = self._html(n.as_text(row.get("body"))).strip()
            if body:
                out.setdefault(int(row["res_id"]), []).append(body)
        return {k: tuple(v) for k, v in out.items()}

    def _ticket(
        self, row: dict[str, Any], fields: dict[str, str], thread: tuple[str, ...]
    ) -> HelpdeskTicket:
        def v(name: str) -> object:
            return row.get(fields.get(name, ""), False)

        client = n.many2one_id(v("commercial_partner_id")) or n.many2one_id(
            v("partner_id")
        )
        return HelpdeskTicket(
            id=int(row["id"]),
            name=n.as_text(v("name")),
            description=self._html(n.as_text(v("description"))).strip(),
            thread=thread,
            client_id=client,
            priority=n.as_text(v("priority")) or "0",
            team=n.many2one_name(v("team_id")),
            team_id=n.many2one_id(v("team_id")),
            user_id=n.many2one_id(v("user_id")),
            user=n.many2one_name(v("user_id")),
            category=n.many2one_name(v("category_id")),
            is_closed=n.as_bool(v("closed")),
        )
