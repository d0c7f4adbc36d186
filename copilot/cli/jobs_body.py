"""Bodies of `copilot jobs ...`: open the store, read the jobs, print."""

from __future__ import annotations

import sys

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from copilot.cli.output import print_json
from copilot.settings import Settings
from copilot.store import JobStatus, find_jobs, read_job
from copilot.store.job_views import require_job_state
from copilot.wiring import open_existing_store

__all__ = ["run_list", "run_show"]


def _print_table(jobs: list[JobStatus]) -> None:
    table = Table(title="Webhook jobs")
    for column in ("id", "kind", "record", "state", "attempts", "reason"):
        table.add_column(column, overflow="fold")
    for job in jobs:
        record = job.as_dict()["record"]
        assert isinstance(record, dict)
        table.add_row(
            str(job.id),
            job.kind,
            f"{record['model']}#{record['id']}",
            job.state,
            str(job.attempts),
            escape(job.reason or ""),
        )
    Console().print(table)


def run_list(
    settings: Settings, *, state: str | None, limit: int, as_json: bool
) -> None:
    """The newest jobs (of one state), as a table or JSON; a full page says so."""
    if state is not None:
        require_job_state(state)  # before the store: a typo is the first error
    jobs = find_jobs(open_existing_store(settings), state=state, limit=limit)
    if as_json:
        print_json([job.as_dict() for job in jobs])
        return
    _print_table(jobs)
    if len(jobs) == limit:
        print(
            f"showing the newest {limit} jobs; there may be more "
            "(--limit up to 1000, or --state to narrow)",
            file=sys.stderr,
        )


def run_show(settings: Settings, job_id: int, *, as_json: bool) -> None:
    """One job's state, attempts and reason."""
    job = read_job(open_existing_store(settings), job_id)
    if as_json:
        print_json(job.as_dict())
        return
    _print_table([job])
