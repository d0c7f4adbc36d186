"""Bodies of the CLI commands; each builds services, runs one job, prints."""

from __future__ import annotations

import json
import time
from datetime import date

from rich.console import Console

from copilot.audit import JsonlAuditLog
from copilot.briefing import BriefingResult
from copilot.cli.output import (
    print_briefing,
    print_json,
    print_summary_table,
    progress_bar,
)
from copilot.cli.sandbox_folder import (
    hold_sandbox_folder,
    reset_sandbox_data,
    sandbox_folder,
)
from copilot.errors import CallerError
from copilot.odoo import OdooEndpoint
from copilot.sandbox.integration_user import INTEGRATION_LOGIN
from copilot.settings import Settings
from copilot.wiring import build_services

__all__ = ["run_brief", "run_demo", "run_eval", "run_sandbox"]

DEMO_DB = "copilot_demo"
DEMO_PASSWORD = "copilot-demo"
DEMO_ADMIN_UID = 2


def run_brief(
    settings: Settings, project_id: int, *, as_json: bool, dry_run: bool
) -> None:
    services = build_services(settings)
    result = services.briefing.brief(project_id, dry_run=dry_run)
    if as_json:
        print_json(result.as_dict())
    else:
        print_briefing(Console(), result)


def _demo_server(settings: Settings, *, port: int) -> object:
    from copilot.sandbox import (
        SandboxServer,
        build_demo_store,
        integration_sandbox_user,
    )

    journal = sandbox_folder(settings) / "journal.jsonl"
    store = build_demo_store(today=date.today(), journal_path=journal)
    return SandboxServer(
        databases={DEMO_DB: store},
        users=[integration_sandbox_user(store, DEMO_PASSWORD)],
        port=port,
    )


def run_demo(settings: Settings, *, as_json: bool, reset: bool) -> None:
    console = Console(stderr=as_json)
    if settings.default_assignee_id is None:
        # Projects without an active manager go to the demo's admin (Mitchell
        # Admin) so that every project shows its briefing.
        settings = settings.model_copy(update={"default_assignee_id": DEMO_ADMIN_UID})
    JsonlAuditLog(settings.audit_path).check_writable()
    with hold_sandbox_folder(sandbox_folder(settings)):
        if reset:
            console.print(reset_sandbox_data(settings))
        _brief_demo(settings, console, as_json=as_json)


def _brief_demo(settings: Settings, console: Console, *, as_json: bool) -> None:
    console.print("Starting the demo Odoo (a loopback test double of Odoo 17)…")
    server = _demo_server(settings, port=0)
    with server:  # type: ignore[attr-defined]
        endpoint = OdooEndpoint(
            url=server.url,  # type: ignore[attr-defined]
            db=DEMO_DB,
            login=INTEGRATION_LOGIN,
            password=DEMO_PASSWORD,
        )
        started = time.perf_counter()
        services = build_services(settings, endpoint=endpoint)
        project_ids = services.reader.active_project_ids()
        results: list[BriefingResult] = []
        with progress_bar("{task.description}") as progress:
            task = progress.add_task("Briefing projects", total=len(project_ids))
            for project_id in project_ids:
                results.append(services.briefing.brief(project_id))
                progress.advance(task)
        for result in results:
            if as_json:
                print(json.dumps(result.as_dict(), ensure_ascii=False, default=str))
            else:
                print_briefing(console, result)
        print_summary_table(console, results)
        elapsed = time.perf_counter() - started
        created = sum(1 for r in results if r.write_outcome == "created")
        console.print(
            f"{len(results)} projects briefed in {elapsed:.1f} s; "
            f"{created} new activities, "
            f"{len(results) - created} already there (updated or unchanged)."
        )
        console.print(
            "Where to look: the activities are in the demo database "
            f"(mail.activity, summary 'Copilot suggestion: ...'); `copilot sandbox` "
            "serves it again and prints the settings for `copilot brief ID`. "
            f"Audit trail: {settings.audit_path}."
        )


def run_sandbox(settings: Settings, *, port: int, reset: bool) -> None:
    console = Console()
    JsonlAuditLog(settings.audit_path).check_writable()
    with hold_sandbox_folder(sandbox_folder(settings)):
        if reset:
            console.print(reset_sandbox_data(settings))
        _serve_sandbox(settings, console, port=port)


def _serve_sandbox(settings: Settings, console: Console, *, port: int) -> None:
    server = _demo_server(settings, port=port)
    try:
        server.start()  # type: ignore[attr-defined]
    except OSError as exc:
        raise CallerError(
            f"Cannot listen on 127.0.0.1:{port} ({exc.strerror}); "
            "choose another --port (0 picks a free one)."
        ) from exc
    with server:  # type: ignore[attr-defined]
        url = server.url  # type: ignore[attr-defined]
        console.print(f"Demo Odoo 17 sandbox on {url} (Ctrl-C to stop)")
        console.print(
            f"  COPILOT_ODOO_URL={url} COPILOT_ODOO_DB={DEMO_DB} "
            f"COPILOT_ODOO_LOGIN={INTEGRATION_LOGIN} "
            f"COPILOT_ODOO_PASSWORD={DEMO_PASSWORD}"
        )
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            console.print("stopped")


def run_eval(suite: str, *, as_json: bool) -> None:
    from evals import load_suite

    report = load_suite(suite)()
    if as_json:
        print_json(report)
        return
    for line in report.get("summary", []):
        print(line)
