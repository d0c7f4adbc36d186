"""Bodies of `copilot blockers` and `copilot next-actions`."""

from __future__ import annotations

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from copilot.billing import (
    READ_STEPS,
    Assignee,
    AssigneeReason,
    NextActionsResult,
    ScanResult,
    ScanScope,
)
from copilot.cli.output import print_json, progress_bar
from copilot.settings import Settings
from copilot.wiring import build_billing_services

__all__ = ["run_blockers", "run_next_actions"]

_SEVERITY_STYLE = {"critical": "red", "warning": "yellow", "info": "dim"}


def run_blockers(
    settings: Settings,
    *,
    project_id: int | None,
    partner_id: int | None,
    as_json: bool,
) -> None:
    services = build_billing_services(settings)
    scope = ScanScope(project_id=project_id, partner_id=partner_id)
    with progress_bar("Reading {task.description}") as progress:
        task = progress.add_task("Odoo", total=READ_STEPS)

        def step(name: str) -> None:
            progress.update(task, description=name)
            progress.advance(task)

        result = services.scan.scan(scope, step)
    if as_json:
        print_json(result.as_dict())
        return
    print_blockers(Console(), result)


def print_blockers(console: Console, result: ScanResult) -> None:
    table = Table(title="Billing blockers")
    for column in ("severity", "kind", "amount", "owner", "statement", "evidence"):
        table.add_column(column)
    for b in result.blockers:
        amount = f"{b.amount:,.2f} {b.currency or ''}" if b.amount is not None else ""
        table.add_row(
            f"[{_SEVERITY_STYLE[b.severity.value]}]{b.severity.value}[/]",
            b.kind.value,
            amount,
            escape(b.owner_name or "-"),
            escape(b.statement),
            ", ".join(ref.label() for ref in b.evidence[:3]),
        )
    console.print(table)
    summary = Table(title="By owner and kind")
    for column in ("owner", "kind", "count", "amount"):
        summary.add_column(column)
    for row in result.summary():
        amounts = row["amounts"]
        assert isinstance(amounts, dict)
        summary.add_row(
            escape(str(row["owner"])),
            str(row["kind"]),
            str(row["count"]),
            ", ".join(f"{v:,.2f} {k}" for k, v in amounts.items()),
        )
    console.print(summary)
    for notice in result.notices:
        console.print(f"[yellow]note:[/] {escape(notice)}")
    console.print(
        f"{len(result.blockers)} blockers in {result.projects_scanned} projects; "
        f"{result.rpc_calls} Odoo calls in {result.seconds:.1f} s."
    )


def run_next_actions(
    settings: Settings, partner_id: int, *, as_json: bool, dry_run: bool
) -> None:
    services = build_billing_services(settings)
    with Console(stderr=True).status("Reading the account from Odoo…"):
        result = services.next_actions.advise(partner_id, dry_run=dry_run)
    if as_json:
        print_json(result.as_dict())
        return
    print_next_actions(Console(), result)


def print_next_actions(console: Console, result: NextActionsResult) -> None:
    console.rule(f"[bold]Next actions for {escape(result.account.name)}[/]")
    if not result.actions:
        console.print("Nothing needs action on this account.")
    for rank, (action, text) in enumerate(
        zip(result.actions, result.narration.explanations, strict=True), start=1
    ):
        style = _SEVERITY_STYLE[action.severity.value]
        console.print(f"{rank}. [{style}]{escape(action.title)}[/]", highlight=False)
        console.print(
            f"   who: {action.owner_name or 'the account owner'}", markup=False
        )
        console.print(f"   {text}", markup=False, highlight=False)
        refs = ", ".join(ref.label() for ref in action.evidence[:6])
        console.print(f"   [dim]evidence: {refs}[/]")
    if result.narration.fallback_reason:
        console.print(
            f"[yellow]offline narrator used: {result.narration.fallback_reason}[/]"
        )
    if result.assignee is not None:
        console.print(f"To-Do for: {_assignee_line(result.assignee)}", markup=False)
    if result.odoo_activity_id is not None:
        console.print(
            f"[dim]activity mail.activity#{result.odoo_activity_id} "
            f"({result.write_outcome})[/]"
        )
    else:
        console.print("[dim]dry run or nothing to advise: nothing written to Odoo[/]")


_ASSIGNEE_WHY = {
    AssigneeReason.SALESPERSON: "the client's salesperson",
    AssigneeReason.SALE_LINES: "salesperson on most of the client's sale lines",
    AssigneeReason.DEFAULT_ASSIGNEE: "default assignee: no active salesperson",
}


def _assignee_line(assignee: Assignee) -> str:
    who = assignee.name or "user"
    return f"{who} (res.users#{assignee.user_id}, {_ASSIGNEE_WHY[assignee.reason]})"
