"""The `copilot` command line: thin commands over the same services as the API."""

from __future__ import annotations

import logging
import os
import sys

import typer

from copilot.cli.arguments import IdArgumentCommand, odoo_id
from copilot.cli.errors import guarded
from copilot.offline_env import apply_offline_environment
from copilot.settings import Settings
from copilot.unknown_settings import unknown_setting_warnings

__all__ = ["app", "run"]

app = typer.Typer(
    name="copilot",
    help="Governed advisory copilot for firms that run Odoo. It reads, advises, "
    "and leaves suggestions for people to approve; it never edits business records.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
    # Plain usage errors and help: one "Error:" line, no framed panel.
    rich_markup_mode=None,
)


@app.callback()
def _main(
    verbose: bool = typer.Option(
        False, "--verbose", "-v", help="Log progress to stderr."
    ),
) -> None:
    logging.basicConfig(
        level=logging.DEBUG if verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )
    apply_offline_environment()
    for warning in unknown_setting_warnings(os.environ):
        typer.echo(f"warning: {warning}", err=True)


@app.command(cls=IdArgumentCommand)
def brief(
    project_id: int = typer.Argument(
        ..., parser=odoo_id, help="Odoo id of the project (project.project)."
    ),
    as_json: bool = typer.Option(False, "--json", help="Print JSON for scripts."),
    dry_run: bool = typer.Option(False, "--dry-run", help="Write nothing to Odoo."),
) -> None:
    """Status briefing of one project, left in Odoo as an activity for its manager.

    Example: COPILOT_ODOO_URL=https://odoo.example.com ... copilot brief 12 --dry-run
    """
    from copilot.cli.commands import run_brief

    guarded(lambda: run_brief(Settings(), project_id, as_json=as_json, dry_run=dry_run))


@app.command()
def demo(
    as_json: bool = typer.Option(False, "--json", help="Print JSON lines per project."),
    reset: bool = typer.Option(
        False,
        "--reset",
        help="Start from a fresh demo database and empty the suggestion store "
        "in the same data folder (COPILOT_DATA_DIR/copilot.db).",
    ),
) -> None:
    """Start the demo Odoo, brief every project, and leave one activity per project.

    One sandbox or demo per data folder at a time; a second one exits with 12.

    Example: copilot demo
    """
    from copilot.cli.commands import run_demo

    guarded(lambda: run_demo(Settings(), as_json=as_json, reset=reset))


@app.command()
def sandbox(
    port: int = typer.Option(
        8069, "--port", min=0, max=65535, help="0 picks a free port."
    ),
    reset: bool = typer.Option(
        False,
        "--reset",
        help="Forget what earlier runs wrote, in the demo Odoo and in the "
        "suggestion store in the same data folder (COPILOT_DATA_DIR/copilot.db).",
    ),
) -> None:
    """Serve the demo Odoo (a loopback test double of Odoo 17) until Ctrl-C.

    One sandbox or demo per data folder at a time; a second one exits with 12.

    Example: copilot sandbox --port 8069
    """
    from copilot.cli.commands import run_sandbox

    guarded(lambda: run_sandbox(Settings(), port=port, reset=reset))


@app.command()
def serve(
    host: str = typer.Option("127.0.0.1", "--host", help="Interface to listen on."),
    port: int = typer.Option(8000, "--port", min=1, max=65535),
) -> None:
    """Run the HTTP API on loopback (OpenAPI document at /openapi.json).

    Logs one JSON object per line on stderr: one per request (id, method,
    route, status, latency), never bodies, query values or keys.
    Example: copilot serve --port 8000
    """
    from copilot.cli.serve_body import run_serve

    guarded(lambda: run_serve(Settings(), host=host, port=port))


@app.command("eval")
def eval_(
    suite: str = typer.Argument(
        ..., help="Suite to run: redaction, triage, briefing, billing."
    ),
    as_json: bool = typer.Option(
        False, "--json", help="Print the full report as JSON."
    ),
) -> None:
    """Measure quality against a baseline computed in the same run.

    Example: copilot eval redaction --json
    """
    from copilot.cli.commands import run_eval

    guarded(lambda: run_eval(suite, as_json=as_json))


@app.command()
def redact(
    as_json: bool = typer.Option(
        False, "--json", help="Print the text and each entity's type and offsets."
    ),
) -> None:
    """Redact text read from stdin: names, e-mails, phones, IBANs, cards, addresses.

    Example: echo "Call Ilse on +32 470 12 34 56" | copilot redact --json
    """
    from copilot.cli.redact_cmd import run_redact

    guarded(lambda: run_redact(Settings(), as_json=as_json))


@app.command(cls=IdArgumentCommand)
def triage(
    ticket_id: int | None = typer.Argument(
        None, parser=odoo_id, help="Odoo id of the ticket (helpdesk.ticket)."
    ),
    text: str | None = typer.Option(None, "--text", help="Triage this text."),
    batch: str | None = typer.Option(
        None,
        "--batch",
        help='JSON lines of {"id", "text"} (a file, or - for stdin); '
        "one result per line.",
    ),
    as_json: bool = typer.Option(False, "--json", help="Print JSON for scripts."),
    dry_run: bool = typer.Option(False, "--dry-run", help="Write nothing to Odoo."),
) -> None:
    """Suggest category, priority, team and similar tickets; the agent decides.

    Example: copilot triage --text "Cannot log in to the portal" --json

    Example: cat requests.jsonl | copilot triage --batch - --json
    """
    from copilot.cli.triage_cmd import run_triage

    guarded(
        lambda: run_triage(
            Settings(),
            ticket_id,
            text=text,
            batch=batch,
            as_json=as_json,
            dry_run=dry_run,
        )
    )


@app.command()
def blockers(
    project: int | None = typer.Option(
        None,
        "--project",
        parser=odoo_id,
        help="Scan only this project (project.project id).",
    ),
    partner: int | None = typer.Option(
        None,
        "--partner",
        parser=odoo_id,
        help="Scan only this client's projects (res.partner id).",
    ),
    as_json: bool = typer.Option(False, "--json", help="Print JSON for scripts."),
) -> None:
    """Scan active projects for what blocks or leaks revenue, with amounts.

    Example: copilot blockers --partner 10 --json
    """
    from copilot.cli.billing_cmds import run_blockers

    guarded(
        lambda: run_blockers(
            Settings(), project_id=project, partner_id=partner, as_json=as_json
        )
    )


@app.command("next-actions", cls=IdArgumentCommand)
def next_actions(
    partner_id: int = typer.Argument(
        ..., parser=odoo_id, help="Odoo id of the client account (res.partner)."
    ),
    as_json: bool = typer.Option(False, "--json", help="Print JSON for scripts."),
    dry_run: bool = typer.Option(False, "--dry-run", help="Write nothing to Odoo."),
) -> None:
    """Up to five ranked actions for a client, left as one To-Do for sales.

    Example: copilot next-actions 10 --dry-run
    """
    from copilot.cli.billing_cmds import run_next_actions

    guarded(
        lambda: run_next_actions(
            Settings(), partner_id, as_json=as_json, dry_run=dry_run
        )
    )


def _register_service_commands() -> None:
    """The suggestion inbox, webhook jobs, API keys and scheduled scans."""
    from copilot.cli.jobs_cmd import jobs_app
    from copilot.cli.keys_cmd import keys_app
    from copilot.cli.schedule_cmd import schedule_app
    from copilot.cli.suggestions_cmd import suggestions_app

    app.add_typer(suggestions_app, name="suggestions")
    app.add_typer(jobs_app, name="jobs")
    app.add_typer(keys_app, name="keys")
    app.add_typer(schedule_app, name="schedule")


_register_service_commands()


@app.command()
def worker(
    burst: bool = typer.Option(
        False, "--burst", help="Stop once the queue is empty (for cron or tests)."
    ),
) -> None:
    """Run webhook jobs handed over by API replicas through COPILOT_QUEUE_URL.

    Run one or more per machine; each runs one job at a time, and a job
    whose worker died runs again once its lease (10 minutes) runs out, up
    to COPILOT_JOB_MAX_ATTEMPTS runs; then it is dead (`copilot jobs list`).
    Example: COPILOT_QUEUE_URL=redis://127.0.0.1:6379/0 copilot worker
    """
    from copilot.cli.worker_body import run_worker_command

    guarded(lambda: run_worker_command(Settings(), burst=burst))


# New commands go above this line, one block each, bodies in their own modules.


def run() -> None:
    """Console-script entry point.

    Files the copilot writes (audit trail, suggestion store, vault key,
    indexes) hold business data: readable by their owner only.
    """
    os.umask(0o077)
    app()
