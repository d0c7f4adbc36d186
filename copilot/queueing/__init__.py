"""Task queue: webhook jobs handed to RQ workers through Redis, for many replicas.

Needs the `queue` extra (RQ and redis-py); importing this package without
them is a configuration error that says how to install them.
"""

from copilot.errors import ConfigurationError

try:
    from copilot.queueing.connection import redis_for
    from copilot.queueing.redis_queue import (
        QueuedJob,
        RedisJobQueue,
        redis_job_queue,
    )
    from copilot.queueing.worker import WorkerContext, run_due_jobs, run_worker
except ModuleNotFoundError as exc:  # pragma: no cover - needs a bare install
    if exc.name not in ("rq", "redis"):
        raise
    raise ConfigurationError(
        "COPILOT_QUEUE_URL needs RQ and redis-py: install the package with "
        "its `queue` extra, e.g. pip install 'odoo-copilot[queue]'."
    ) from exc

__all__ = [
    "QueuedJob",
    "RedisJobQueue",
    "WorkerContext",
    "redis_for",
    "redis_job_queue",
    "run_due_jobs",
    "run_worker",
]
