"""Jobs queued by webhooks: which job an Odoo record triggers, and who runs it."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Protocol

from api.metrics import ServiceMetrics
from copilot.errors import CallerError
from copilot.store import ID_RULE, JobBook, parse_id

__all__ = ["InProcessJobQueue", "JobQueue", "WebhookJob", "job_for"]


@dataclass(frozen=True)
class WebhookJob:
    kind: str  # "triage" or "briefing"
    record_id: int


class JobQueue(Protocol):
    def submit(self, job: WebhookJob) -> None: ...


def _many2one_id(value: object) -> int | None:
    """Odoo sends a many2one as `[id, name]` (or `id`); `False` when empty."""
    if isinstance(value, list) and value and isinstance(value[0], int):
        return value[0]
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    return None


def _project_id(value: int) -> int:
    """The update's project id, by the store's rule (the job row holds it)."""
    try:
        return parse_id(value)
    except ValueError:
        raise CallerError(f"A project.update's project_id {ID_RULE}.") from None


def job_for(model: str, record_id: int, fields: Mapping[str, object]) -> WebhookJob:
    """The job a record change triggers; a caller error for any other model."""
    if model == "helpdesk.ticket":
        return WebhookJob("triage", record_id)
    if model == "project.project":
        return WebhookJob("briefing", record_id)
    if model == "project.update":
        project_id = _many2one_id(fields.get("project_id"))
        if project_id is None:
            raise CallerError(
                "A project.update webhook must include the project_id field; "
                "add it to the automation rule's fields."
            )
        return WebhookJob("briefing", _project_id(project_id))
    raise CallerError(
        f"No job for '{model}': send helpdesk.ticket, project.project or "
        "project.update records."
    )


class InProcessJobQueue:
    """Stores each job, then runs due jobs on two worker threads of this process.

    The stored request survives a crash: `copilot schedule run-due` (or the
    next webhook) runs what was left. A distributed task queue can implement
    `JobQueue` instead.
    """

    def __init__(
        self,
        book: JobBook,
        runners: Mapping[str, Callable[[int], object]],
        metrics: ServiceMetrics,
    ) -> None:
        self._book = book
        self._runners = runners
        self._metrics = metrics
        self._executor = ThreadPoolExecutor(max_workers=2, thread_name_prefix="job")

    def submit(self, job: WebhookJob) -> None:
        self._book.enqueue(job.kind, job.record_id)
        self._executor.submit(self._drain)

    def _drain(self) -> None:
        succeeded, failed = self._book.drain(self._runners)
        self._metrics.jobs.labels("webhook", "ok").inc(succeeded)
        self._metrics.jobs.labels("webhook", "error").inc(failed)
