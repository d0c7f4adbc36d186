"""The worker side of the task queue: the RQ job function and the work loop.

Jobs run in the worker's own process (RQ's `SimpleWorker`, no fork per
job), so the Odoo connection, redactor and triage model are built once per
worker, not once per job.
"""

from __future__ import annotations

import logging
import signal
from collections.abc import Callable, Mapping
from contextvars import ContextVar
from dataclasses import dataclass

from redis import Redis
from redis.exceptions import RedisError
from rq import SimpleWorker

from copilot.errors import ConfigurationError
from copilot.queueing.connection import job_queue
from copilot.store import JobBook

__all__ = ["WorkerContext", "run_due_jobs", "run_worker"]

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class WorkerContext:
    """What a wake-up needs: the job book and a runner per job kind."""

    book: JobBook
    runners: Mapping[str, Callable[[int], object]]


_context: ContextVar[WorkerContext] = ContextVar("copilot_worker_context")

# How often the worker's command channel (RQ's stop and kill requests) is
# polled. RQ 3.0 polls with a 60 s wait, and redis-py 8 lets that wait end
# before a worker may stop, so each stop (every burst) took a minute.
_COMMAND_POLL_S = 1.0


class _CopilotWorker(SimpleWorker):
    """RQ's in-process worker, with a short poll of its command channel."""

    def subscribe(self) -> None:
        self.pubsub = self.connection.pubsub()
        self.pubsub.subscribe(**{self.pubsub_channel_name: self.handle_payload})
        # RQ declares the attribute as None until it subscribes.
        self.pubsub_thread = self.pubsub.run_in_thread(  # type: ignore[assignment]
            sleep_time=_COMMAND_POLL_S,
            daemon=True,
            exception_handler=self._pubsub_exception_handler,
        )


def run_due_jobs(job_id: int) -> dict[str, int]:
    """RQ job: run every due stored request; `job_id` names the one that woke us.

    Each request is leased in the database before it runs, so workers on
    several machines never run the same one at once, and a stored
    suggestion makes a replayed request add nothing.
    """
    context = _context.get(None)
    if context is None:
        raise ConfigurationError(
            "Copilot jobs run under `copilot worker`, which builds the services "
            "they need; a plain `rq worker` cannot run them."
        )
    succeeded, failed = context.book.drain(context.runners)
    logger.info(
        "wake-up for job %s: %s succeeded, %s failed", job_id, succeeded, failed
    )
    return {"succeeded": succeeded, "failed": failed}


def run_worker(
    connection: Redis, queue_name: str, context: WorkerContext, *, burst: bool
) -> bool:
    """Work the queue until stopped (or, in a burst, until it is empty).

    Returns whether any job ran. Redis failing is an operator's problem,
    reported without the URL (it may hold a password).
    """
    token = _context.set(context)
    # RQ takes over Ctrl-C and SIGTERM (finish the job, then stop); the
    # caller gets its own handlers back afterwards.
    handlers = {sig: signal.getsignal(sig) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        queue = job_queue(queue_name, connection)
        worker = _CopilotWorker(
            [queue], connection=connection, serializer=queue.serializer
        )
        return worker.work(burst=burst, logging_level="INFO")
    except RedisError as exc:
        raise ConfigurationError(
            f"The task queue did not answer ({type(exc).__name__}); check "
            "COPILOT_QUEUE_URL and that Redis is running."
        ) from exc
    finally:
        _context.reset(token)
        for sig, handler in handlers.items():
            signal.signal(sig, handler)
