"""`copilot jobs ...`: the stored webhook jobs, their state and reason."""

from __future__ import annotations

import typer

from copilot.cli.arguments import IdArgumentCommand, store_id
from copilot.cli.errors import guarded
from copilot.settings import Settings

__all__ = ["jobs_app"]

jobs_app = typer.Typer(
    help="Stored webhook jobs: list them or show one.", no_args_is_help=True
)


@jobs_app.command("list")
def list_(
    state: str | None = typer.Option(
        None, "--state", help="Only this state: queued, running, done, failed, dead."
    ),
    limit: int = typer.Option(100, "--limit", min=1, max=1000),
    as_json: bool = typer.Option(False, "--json", help="Print JSON for scripts."),
) -> None:
    """List webhook jobs, newest first, with attempts and reason.

    Example: copilot jobs list --state dead --json
    """
    from copilot.cli.jobs_body import run_list

    guarded(lambda: run_list(Settings(), state=state, limit=limit, as_json=as_json))


@jobs_app.command(cls=IdArgumentCommand)
def show(
    job_id: int = typer.Argument(..., parser=store_id),
    as_json: bool = typer.Option(False, "--json", help="Print JSON for scripts."),
) -> None:
    """One webhook job: state, attempts, reason and the Odoo record it is for.

    Example: copilot jobs show 12 --json
    """
    from copilot.cli.jobs_body import run_show

    guarded(lambda: run_show(Settings(), job_id, as_json=as_json))
