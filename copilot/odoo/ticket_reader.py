"""Batched reads of helpdesk tickets and their chatter, OCA or Enterprise.

Odoo has two helpdesk apps with the same model name `helpdesk.ticket`: OCA
helpdesk_mgmt (`number`, `closed`, `category_id`) and Enterprise helpdesk
(`ticket_ref`, `ticket_type_id`, closing stages folded). The flavour is told
from `fields_get` once per connection.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from copilot.errors import NotFoundError, OdooFeatureMissing
from copilot.odoo import normalize as n
from copilot.odoo.connection import RpcCaller
from copilot.odoo.field_lists import (
    FieldPlan,
    ModelFieldSpec,
    load_field_specs,
    plan_fields,
)
from copilot.odoo.users import active_internal_users

__all__ = ["HelpdeskTicket", "TicketReader", "ticket_fields"]

HtmlToText = Callable[[str], str]
_MODEL = "helpdesk.ticket"


def ticket_fields() -> dict[str, ModelFieldSpec]:
    """The field lists triage reads, per model (OCA names, Enterprise fallbacks)."""
    return load_field_specs("ticket_fields.json")


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

    def _plan(self) -> FieldPlan:
        available = self._rpc.field_names(_MODEL)
        return plan_fields(
            _MODEL, available, spec=ticket_fields()[_MODEL], job="Triage"
        )

    def ticket(self, ticket_id: int) -> HelpdeskTicket:
        self.flavour()
        plan = self._plan()
        rows = self._rpc.execute_kw(
            _MODEL, "read", [[ticket_id]], {"fields": list(plan.requested)}
        )
        if not rows:
            raise NotFoundError(
                f"Ticket {ticket_id} does not exist or this Odoo user cannot see it."
            )
        threads = self._threads([ticket_id])
        return self._ticket(rows[0], plan, threads.get(ticket_id, ()))

    def closed_tickets(self, limit: int = 2000) -> list[HelpdeskTicket]:
        """The most recent closed tickets with their threads (two calls)."""
        closed_leaf = (
            ["closed", "=", True]
            if self.flavour() == "oca"
            else ["stage_id.fold", "=", True]
        )
        plan = self._plan()
        rows: list[dict[str, Any]] = self._rpc.execute_kw(
            _MODEL,
            "search_read",
            [[closed_leaf]],
            {
                "fields": list(plan.requested),
                "order": "id desc",
                "limit": limit,
            },
        )
        threads = self._threads([int(r["id"]) for r in rows])
        return [self._ticket(r, plan, threads.get(int(r["id"]), ())) for r in rows]

    def active_reviewers(self, user_ids: Sequence[int]) -> frozenset[int]:
        """Which of ``user_ids`` are active internal users (OdooBot is not)."""
        return active_internal_users(self._rpc, user_ids)

    def team_leader(self, team_id: int | None) -> int | None:
        """The OCA team's leader (`user_id`); Enterprise teams have none."""
        if team_id is None:
            return None
        try:
            available = self._rpc.field_names("helpdesk.ticket.team")
        except OdooFeatureMissing:
            return None
        team = "helpdesk.ticket.team"
        plan = plan_fields(team, available, spec=ticket_fields()[team])
        if not plan.requested:
            return None
        rows = self._rpc.execute_kw(
            team, "read", [[team_id]], {"fields": list(plan.requested)}
        )
        return n.many2one_id(plan.value(rows[0], "user_id")) if rows else None

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
        self, row: dict[str, Any], plan: FieldPlan, thread: tuple[str, ...]
    ) -> HelpdeskTicket:
        def v(name: str) -> object:
            return plan.value(row, name)

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
