"""`copilot schedule run-due`: the scheduled scans, for cron to call often."""

from __future__ import annotations

import typer

from copilot.cli.errors import guarded
from copilot.settings import Settings

__all__ = ["schedule_app"]

schedule_app = typer.Typer(
    help="Scheduled scans (blockers, weekly briefings).", no_args_is_help=True
)


@schedule_app.command("run-due")
def run_due(
    as_json: bool = typer.Option(False, "--json", help="Print JSON for scripts."),
) -> None:
    """Run the scans that are due, post the outbox, pick up Odoo approvals.

    Safe to call every few minutes from several machines: each scan runs once
    per interval (COPILOT_SCHEDULE_*_EVERY_H).
    Example: */15 * * * *  copilot schedule run-due --json
    """
    from copilot.cli.schedule_body import run_schedule

    guarded(lambda: run_schedule(Settings(), as_json=as_json))
