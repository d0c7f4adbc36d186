"""Body of `copilot schedule run-due`: due scans, then outbox and approval sync."""

from __future__ import annotations

import logging
import uuid
from datetime import timedelta

from copilot.cli.output import print_json
from copilot.cli.worker_body import job_runners
from copilot.errors import CopilotError
from copilot.settings import Settings
from copilot.store import (
    ScheduleBook,
    ScheduledScan,
    StoreAuditLog,
    SuggestionStore,
)
from copilot.wiring import (
    build_approval_sync,
    build_billing_services,
    build_job_book,
    build_outbox,
    build_services,
    build_store,
)

__all__ = ["run_schedule"]

logger = logging.getLogger(__name__)


def _blockers(settings: Settings, store: SuggestionStore) -> dict[str, int]:
    billing = build_billing_services(settings, store=store)
    result = billing.scan.scan()
    return {"blockers": len(result.blockers)}


def _briefings(settings: Settings, store: SuggestionStore) -> dict[str, int]:
    services = build_services(settings, store=store)
    briefed, failed = 0, 0
    for project_id in services.reader.active_project_ids():
        try:
            services.briefing.brief(project_id)
            briefed += 1
        except CopilotError as exc:
            failed += 1
            logger.warning(
                "scheduled briefing of project %s failed: %s",
                project_id,
                type(exc).__name__,
            )
    return {"briefed": briefed, "failed": failed}


_SCANS = {"blockers": _blockers, "briefings": _briefings}


def _left_over_jobs(settings: Settings, store: SuggestionStore) -> tuple[int, int]:
    """Webhook jobs a stopped service left behind; services built once, if needed."""
    book = build_job_book(settings, store)
    if not book.pending():
        return 0, 0
    return book.drain(job_runners(settings, store))


def run_schedule(settings: Settings, *, as_json: bool) -> None:
    store = build_store(settings)
    book = ScheduleBook(store)
    audit = StoreAuditLog(store.engine)
    every = {
        "blockers": timedelta(hours=settings.schedule_blockers_every_h),
        "briefings": timedelta(hours=settings.schedule_briefings_every_h),
    }
    ran: dict[str, dict[str, int]] = {}
    for name, run in _SCANS.items():
        if book.claim(ScheduledScan(name, every[name])):
            ran[name] = run(settings, store)
            audit.record(
                "scheduled_scan", uuid.uuid4().hex[:16], scan=name, **ran[name]
            )
    jobs_ok, jobs_failed = _left_over_jobs(settings, store)
    posted = build_outbox(settings, store=store).drain()
    synced = build_approval_sync(settings, store=store).sync()
    report = {
        "ran": ran,
        "webhook_jobs": {"succeeded": jobs_ok, "failed": jobs_failed},
        "outbox_attempted": len(posted),
        "approvals": synced.as_dict(),
    }
    if as_json:
        print_json(report)
        return
    for name, figures in ran.items():
        counts = ", ".join(f"{count} {what}" for what, count in figures.items())
        print(f"{name}: {counts}")
    if jobs_ok or jobs_failed:
        print(f"left-over webhook jobs: {jobs_ok} succeeded, {jobs_failed} failed")
    print(
        f"{len(posted)} write-backs attempted; {len(synced.approved)} approved and "
        f"{len(synced.rejected)} rejected in Odoo since the last sync"
    )
