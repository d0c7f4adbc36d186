"""`copilot suggestions ...`: the inbox, decisions, the outbox and the audit export."""

from __future__ import annotations

import typer

from copilot.cli.arguments import IdArgumentCommand, store_id
from copilot.cli.errors import guarded
from copilot.settings import Settings

__all__ = ["suggestions_app"]

suggestions_app = typer.Typer(
    help="Stored suggestions: list, approve, reject, retry, flush, sync, audit.",
    no_args_is_help=True,
)


@suggestions_app.command("list")
def list_(
    failed: bool = typer.Option(
        False, "--failed", help="Only the exception queue, with reason and age."
    ),
    state: str | None = typer.Option(None, "--state", help="Only this state."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON for scripts."),
) -> None:
    """List stored suggestions, newest first.

    Example: copilot suggestions list --failed --json
    """
    from copilot.cli.suggestions_body import run_list

    guarded(lambda: run_list(Settings(), failed=failed, state=state, as_json=as_json))


@suggestions_app.command(cls=IdArgumentCommand)
def approve(suggestion_id: int = typer.Argument(..., parser=store_id)) -> None:
    """Approve a suggestion (it stays in Odoo as the person left it).

    Example: copilot suggestions approve 12
    """
    from copilot.cli.suggestions_body import run_decide

    guarded(lambda: run_decide(Settings(), suggestion_id, "approved", None))


@suggestions_app.command(cls=IdArgumentCommand)
def reject(
    suggestion_id: int = typer.Argument(..., parser=store_id),
    reason: str = typer.Option(
        ..., "--reason", help="Why; kept with names, e-mails and phones masked."
    ),
) -> None:
    """Reject a suggestion with a reason.

    Example: copilot suggestions reject 12 --reason "already discussed"
    """
    from copilot.cli.suggestions_body import run_decide

    guarded(lambda: run_decide(Settings(), suggestion_id, "rejected", reason))


@suggestions_app.command(cls=IdArgumentCommand)
def retry(suggestion_id: int = typer.Argument(..., parser=store_id)) -> None:
    """Move a failed suggestion from the exception queue back to the outbox.

    Example: copilot suggestions retry 12
    """
    from copilot.cli.suggestions_body import run_retry

    guarded(lambda: run_retry(Settings(), suggestion_id))


@suggestions_app.command()
def flush(
    as_json: bool = typer.Option(False, "--json", help="Print JSON for scripts."),
) -> None:
    """Post every due write-back in the outbox to Odoo (run it from cron).

    Example: copilot suggestions flush --json
    """
    from copilot.cli.suggestions_body import run_flush

    guarded(lambda: run_flush(Settings(), as_json=as_json))


@suggestions_app.command()
def sync(
    as_json: bool = typer.Option(False, "--json", help="Print JSON for scripts."),
) -> None:
    """Pick up approvals made in Odoo: done = approved, cancelled = rejected.

    Example: copilot suggestions sync --json   (from cron, e.g. every 10 minutes)
    """
    from copilot.cli.suggestions_body import run_sync

    guarded(lambda: run_sync(Settings(), as_json=as_json))


@suggestions_app.command()
def audit(
    since: int = typer.Option(0, "--since", min=0, help="Only entries after this id."),
) -> None:
    """Export the store's audit trail as JSON lines (ids and hashes, no text).

    Example: copilot suggestions audit --since 100 > audit.jsonl
    """
    from copilot.cli.suggestions_body import run_audit

    guarded(lambda: run_audit(Settings(), since=since))
