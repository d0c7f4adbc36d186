"""Emit each project's helpdesk tickets from its client's contacts."""

from __future__ import annotations

from collections.abc import Mapping

from copilot.sandbox.demo_firm.builder import FirmBuilder, stamp
from copilot.sandbox.demo_firm.partners import Staff
from copilot.sandbox.demo_firm.plans import Plan

__all__ = ["add_tickets"]


def add_tickets(builder: FirmBuilder, plan: Plan, staff: Mapping[str, Staff]) -> None:
    """Emit the tickets; stage flags come from the recorded ticket stages."""
    tasks = {t.key: t for t in plan.spec.tasks}
    for ticket_id, ticket in zip(plan.ticket_ids, plan.spec.tickets, strict=True):
        contact = plan.client.contacts[int(ticket.contact[1:]) - 1]
        flags = builder.data.stage_flags[ticket.stage]
        created = stamp(builder.day(-ticket.created), "10:15:00")
        changed = stamp(builder.day(-ticket.changed), "11:00:00")
        moved = created if ticket.stage == "new" else changed
        member = staff[ticket.user]
        task = tasks.get(ticket.task or "")
        builder.emit(
            "helpdesk.ticket",
            ticket_id,
            {
                "number": f"HT{ticket_id:05d}",
                "name": ticket.name,
                "description": builder.render(ticket.description, plan.tokens),
                "stage_id": builder.ref("helpdesk.ticket.stage", ticket.stage),
                "closed": flags["closed"],
                "priority": ticket.priority,
                "user_id": [member.user_id, member.person.name],
                "partner_id": [contact.partner_id, contact.display_name],
                "partner_name": contact.name,
                "partner_email": contact.email,
                "commercial_partner_id": [plan.client.partner_id, plan.client.name],
                "channel_id": builder.ref("helpdesk.ticket.channel", ticket.channel),
                "project_id": [plan.project_id, plan.spec.name],
                "task_id": [plan.task_ids[task.key], task.name] if task else False,
                "last_stage_update": moved,
                "assigned_date": stamp(builder.day(-ticket.created), "10:30:00"),
                "closed_date": moved if flags["closed"] else False,
                "unattended": flags["unattended"],
                "create_date": created,
                "write_date": moved,
            },
        )
