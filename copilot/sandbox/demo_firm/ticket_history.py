"""Emit the firm's closed helpdesk tickets: its own categories and resolutions.

The history triage learns from: each closed ticket carries the firm's own
category name (not the default taxonomy), a team, an assignee and a priority,
and its chatter ends with the resolution note. Texts name no one; the client
is the ticket's partner.
"""

from __future__ import annotations

import random
from collections.abc import Mapping

from copilot.sandbox.demo_firm.builder import FirmBuilder, stamp
from copilot.sandbox.demo_firm.partners import Client, Person, Staff

__all__ = ["HISTORY_REFS", "add_ticket_history"]

_SEED = 4417
_PER_CATEGORY = 8
# The firm's own configuration, as [id, display name]: six categories of its
# own naming, and the three teams of the recorded demo database.
HISTORY_REFS: dict[str, dict[str, list[object]]] = {
    "helpdesk.ticket.category": {
        "bug": [1, "Bug"],
        "change": [2, "Change request"],
        "howto": [3, "How-to"],
        "invoicing": [4, "Invoicing"],
        "access": [5, "Accounts & access"],
        "complaint": [6, "Escalation"],
    },
    "helpdesk.ticket.team": {
        "localization": [1, "Localization team"],
        "helpdesk": [2, "Helpdesk"],
        "consultants": [3, "Consultants"],
    },
}
# category key -> (team key, staff role, priority, requests, resolutions)
_HISTORY: dict[str, tuple[str, str, str, tuple[str, ...], tuple[str, ...]]] = {
    "bug": (
        "helpdesk",
        "dev",
        "2",
        (
            "Timesheet app shows an error when saving hours",
            "Invoice PDF prints blank since the update",
            "Bank synchronisation stopped importing statements",
            "Duplicate stock moves after the nightly import",
        ),
        (
            "Fixed the view inheritance broken by the update; saving works again.",
            "Restored the report layout and regenerated the PDFs.",
            "Renewed the bank connector token; statements import again.",
            "Removed the duplicated import job and cleaned the moves.",
        ),
    ),
    "change": (
        "consultants",
        "pm1",
        "1",
        (
            "Please add an approval step for purchases over 5k",
            "New field for the cost centre on timesheets",
            "Export of all projects to Excel every Monday",
            "Custom layout for quotations with our new logo",
        ),
        (
            "Approval step configured and demonstrated to the buyers.",
            "Field added to the timesheet form and the reports.",
            "Scheduled export delivered and documented.",
            "New quotation layout deployed after sign-off.",
        ),
    ),
    "howto": (
        "helpdesk",
        "pm2",
        "0",
        (
            "How do I export the aged receivables report?",
            "Where can I change the default payment terms?",
            "How to duplicate a project with its tasks",
            "Which report shows hours per consultant per week?",
        ),
        (
            "Sent the three-step guide for the export.",
            "Explained the setting in Accounting configuration.",
            "Showed the duplicate action on the project form.",
            "Pointed to the timesheet analysis grouped by employee and week.",
        ),
    ),
    "invoicing": (
        "localization",
        "fc",
        "1",
        (
            "Invoice amount higher than the purchase order",
            "Please resend last month's invoice",
            "Payment made but the invoice still shows unpaid",
            "Wrong VAT number on our invoices",
        ),
        (
            "Issued a credit note for the difference.",
            "Resent the invoice from the customer portal.",
            "Reconciled the payment with the bank statement.",
            "Corrected the VAT number and reissued the invoices.",
        ),
    ),
    "access": (
        "helpdesk",
        "dev",
        "2",
        (
            "Cannot log in, password reset e-mail never arrives",
            "Please create a portal account for our new accountant",
            "Locked out after too many login attempts",
            "Remove access for a colleague who left",
        ),
        (
            "Fixed the outgoing mail server; reset e-mail delivered.",
            "Portal account created and invitation sent.",
            "Unlocked the account and enabled two-factor login.",
            "Archived the user and revoked the portal access.",
        ),
    ),
    "complaint": (
        "consultants",
        "pm1",
        "2",
        (
            "Very unhappy with the response times this month",
            "Consultant did not show up to the workshop",
            "Escalation: promises from the kick-off not kept",
            "Tickets closed without a fix, not acceptable",
        ),
        (
            "Call with the client's director; agreed a weekly service review.",
            "Apologised and rescheduled the workshop at no charge.",
            "Reviewed the plan with the client and agreed new dates.",
            "Reopened the tickets and assigned a senior consultant.",
        ),
    ),
}


def add_ticket_history(
    builder: FirmBuilder, clients: Mapping[str, Client], staff: Mapping[str, Staff]
) -> None:
    """Emit the closed tickets and one resolution note each, oldest first."""
    rng = random.Random(_SEED)  # its own draws: earlier records stay as they are
    contacts = [(c, p) for c in clients.values() for p in c.contacts]
    for key, (team, role, priority, requests, resolutions) in _HISTORY.items():
        for n in range(_PER_CATEGORY):
            client, contact = contacts[rng.randrange(len(contacts))]
            member = staff.get(role) or next(iter(staff.values()))
            created = builder.day(-rng.randint(40, 300))
            closed = created + (builder.day(rng.randint(1, 9)) - builder.anchor)
            ticket_id = builder.take("helpdesk.ticket")
            name = requests[n % len(requests)]
            _emit_ticket(
                builder,
                ticket_id,
                name,
                key,
                team,
                priority,
                member,
                client,
                contact,
                stamp(created, "09:20:00"),
                stamp(closed, "16:40:00"),
            )
            person = member.person
            builder.emit(
                "mail.message",
                builder.take("mail.message"),
                {
                    "model": "helpdesk.ticket",
                    "res_id": ticket_id,
                    "record_name": name,
                    "date": stamp(closed, "16:40:00"),
                    "author_id": [person.partner_id, person.display_name],
                    "email_from": f'"{person.name}" <{person.email}>',
                    "subtype_id": builder.ref("mail.message.subtype", "note"),
                    "body": f"<p>{resolutions[n % len(resolutions)]}</p>",
                    "parent_id": False,
                    "create_uid": [member.user_id, person.name],
                },
            )


def _emit_ticket(
    builder: FirmBuilder,
    ticket_id: int,
    name: str,
    category: str,
    team: str,
    priority: str,
    member: Staff,
    client: Client,
    contact: Person,
    created: str,
    closed: str,
) -> None:
    builder.emit(
        "helpdesk.ticket",
        ticket_id,
        {
            "number": f"HT{ticket_id:05d}",
            "name": name,
            "description": f"<p>{name}.</p>",
            "stage_id": builder.ref("helpdesk.ticket.stage", "done"),
            "closed": True,
            "priority": priority,
            "team_id": HISTORY_REFS["helpdesk.ticket.team"][team],
            "category_id": HISTORY_REFS["helpdesk.ticket.category"][category],
            "user_id": [member.user_id, member.person.name],
            "partner_id": [contact.partner_id, contact.display_name],
            "partner_name": contact.name,
            "partner_email": contact.email,
            "commercial_partner_id": [client.partner_id, client.name],
            "channel_id": builder.ref("helpdesk.ticket.channel", "web"),
            "project_id": False,
            "task_id": False,
            "last_stage_update": closed,
            "assigned_date": created,
            "closed_date": closed,
            "unattended": False,
            "create_date": created,
            "write_date": closed,
        },
    )
