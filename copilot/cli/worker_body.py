"""Body of `copilot worker`, and the job runners it shares with the schedule."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import typer

from copilot.settings import Settings
from copilot.store import SuggestionStore
from copilot.wiring import (
    build_job_book,
    build_services,
    build_store,
    build_triage_service,
)

__all__ = ["job_runners", "run_worker_command"]


def job_runners(
    settings: Settings, store: SuggestionStore
) -> dict[str, Callable[[int], object]]:
    """A runner per job kind; each builds its services on first use, once."""
    built: dict[str, Any] = {}

    def triage(ticket_id: int) -> object:
        if "triage" not in built:
            built["triage"] = build_triage_service(settings, store=store)
        return built["triage"].triage_ticket(ticket_id)

    def briefing(project_id: int) -> object:
        if "briefing" not in built:
            built["briefing"] = build_services(settings, store=store).briefing
        return built["briefing"].brief(project_id)

    return {"triage": triage, "briefing": briefing}


def run_worker_command(settings: Settings, *, burst: bool) -> None:
    from copilot.queueing import WorkerContext, redis_for, run_worker

    store = build_store(settings)
    context = WorkerContext(
        build_job_book(settings, store), job_runners(settings, store)
    )
    ran = run_worker(
        redis_for(settings, blocking=True),
        settings.queue_name,
        context,
        burst=burst,
    )
    if burst:
        typer.echo("jobs ran" if ran else "no jobs waiting")
