"""Build the demo firm: wire the record builders in their fixed draw order."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from copilot.sandbox.demo_firm.billing import add_billing
from copilot.sandbox.demo_firm.builder import FirmBuilder
from copilot.sandbox.demo_firm.chatter import add_messages
from copilot.sandbox.demo_firm.datafiles import load_firm_data
from copilot.sandbox.demo_firm.partners import add_clients, add_staff
from copilot.sandbox.demo_firm.plans import plan_project, shared_tokens
from copilot.sandbox.demo_firm.projects import add_project
from copilot.sandbox.demo_firm.results import RISK_KINDS, DemoFirm
from copilot.sandbox.demo_firm.ticket_history import add_ticket_history
from copilot.sandbox.demo_firm.timesheets import add_timesheets

__all__ = ["build_demo_firm"]


def build_demo_firm(next_ids: Mapping[str, int], anchor: date) -> DemoFirm:
    """Build the firm with ids from `next_ids` and dates relative to `anchor`.

    `next_ids` must name the first free id of every generated model. The same
    anchor always gives the same records, byte for byte.
    """
    builder = FirmBuilder(load_firm_data(), next_ids, anchor)
    # The seeded generator is shared: reordering these calls changes the firm.
    staff = add_staff(builder)
    clients = add_clients(builder)
    shared = shared_tokens(builder, staff)
    plans = [
        plan_project(builder, spec, clients, staff, shared)
        for spec in builder.data.projects
    ]
    task_lines = add_timesheets(builder, plans, staff)
    for plan in plans:
        add_project(builder, plan, staff, task_lines)
    add_messages(builder, plans, staff)
    add_ticket_history(builder, clients, staff)
    records = builder.records()
    billing, blockers = add_billing(
        builder, next_ids, plans, staff, clients, task_lines, records
    )
    return DemoFirm(
        records=records,
        sensitive_values=builder.sensitive_values(),
        project_ids=tuple(plan.project_id for plan in plans),
        expected_risks={
            plan.project_id: tuple(k for k in RISK_KINDS if k in plan.spec.risks)
            for plan in plans
        },
        billing_records=billing,
        expected_blockers=blockers,
    )
