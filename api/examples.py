"""Example responses of the job endpoints, shown in the OpenAPI document."""

from __future__ import annotations

from typing import Any

__all__ = ["BLOCKERS", "BRIEFING", "NEXT_ACTIONS", "TRIAGE", "example"]


def example(description: str, body: object) -> dict[int | str, dict[str, Any]]:
    """A `responses=` entry documenting the 200 answer with one example."""
    return {
        200: {
            "description": description,
            "content": {"application/json": {"example": body}},
        }
    }


BRIEFING = {
    "project_id": 7,
    "status": "at_risk",
    "summary": "Project is at risk: 112 of 100 allocated hours logged.",
    "risks": [{"text": "Hours over allocation.", "evidence": []}],
    "odoo_activity_id": 4021,
    "write_outcome": "created",
}
TRIAGE = {
    "id": 42,
    "category": "access",
    "priority": "2",  # Odoo's selection key, as helpdesk.ticket stores it
    "confidence": 0.81,
    "unsure": False,
    "odoo_activity_id": None,
    "write_outcome": None,
}
BLOCKERS = {
    "blockers": [
        {
            "kind": "delivered_not_invoiced",
            "severity": "critical",
            "amount": 4200.0,
            "currency": "EUR",
            "evidence": [{"model": "sale.order.line", "id": 31}],
        }
    ]
}
NEXT_ACTIONS = {
    "partner": {"model": "res.partner", "id": 10},
    "salesperson": None,
    "assignee": {
        "model": "res.users",
        "id": 9,
        "name": "Ines Desmet",
        "reason": "sale_lines",
    },
    "actions": [{"rank": 1, "explanation": "Invoice the delivered hours."}],
    "odoo_activity_id": 4022,
    "write_outcome": "created",
}
