"""The API side of the task queue: store the job request, then wake a worker.

The job request in the database stays the source of truth. The Redis
message only names its id, so it carries no record text, and losing it
(Redis restarted, unreachable) loses no work: the next wake-up or
`copilot schedule run-due` runs what is due.
"""

from __future__ import annotations

import logging
from typing import Protocol

from redis.exceptions import RedisError
from rq import Queue
from rq.exceptions import DuplicateJobError

from copilot.queueing.connection import job_queue, redis_for
from copilot.queueing.worker import run_due_jobs
from copilot.settings import Settings
from copilot.store import JobBook

__all__ = ["QueuedJob", "RedisJobQueue", "redis_job_queue"]

logger = logging.getLogger(__name__)

# A wake-up runs every due request, so it may take a while under load; a
# wake-up that failed is kept a week for `rq info`, then dropped.
_WAKE_UP_TIMEOUT_S = 3600
_FAILED_KEPT_S = 7 * 86400


class QueuedJob(Protocol):
    @property
    def kind(self) -> str: ...

    @property
    def record_id(self) -> int: ...


class RedisJobQueue:
    """Stores each job, then puts a wake-up naming its id on an RQ queue.

    A replay of a request not yet run maps to the same stored id, and so to
    the same RQ job id: Redis holds one wake-up, not two.
    """

    def __init__(self, book: JobBook, queue: Queue) -> None:
        self._book = book
        self._queue = queue

    def submit(self, job: QueuedJob) -> None:
        job_id = self._book.enqueue(job.kind, job.record_id)
        try:
            self._queue.enqueue_call(
                run_due_jobs,
                args=(job_id,),
                job_id=f"copilot-job-{job_id}",
                description=f"copilot job {job_id}",
                timeout=_WAKE_UP_TIMEOUT_S,
                failure_ttl=_FAILED_KEPT_S,
                unique=True,
            )
        except DuplicateJobError:
            logger.debug("job %s already has a wake-up queued", job_id)
        except RedisError as exc:
            # Stored already: degrade to the scheduled run rather than
            # refusing a webhook Odoo will not send again.
            logger.warning(
                "task queue unreachable (%s); job %s waits for the next "
                "wake-up or `copilot schedule run-due`",
                type(exc).__name__,
                job_id,
            )


def redis_job_queue(settings: Settings, book: JobBook) -> RedisJobQueue:
    """The queue named by COPILOT_QUEUE_NAME on COPILOT_QUEUE_URL."""
    return RedisJobQueue(book, job_queue(settings.queue_name, redis_for(settings)))
