"""The Redis connection and RQ queue of the task queue, from COPILOT_QUEUE_*."""

from __future__ import annotations

from redis import Redis
from rq import Queue
from rq.serializers import JSONSerializer

from copilot.errors import ConfigurationError
from copilot.settings import Settings

__all__ = ["job_queue", "redis_for"]

# Seconds to wait for Redis to accept a connection, and (on the enqueue
# side only) for an answer; a worker blocks on its queue for longer.
_CONNECT_TIMEOUT_S = 5.0
_ANSWER_TIMEOUT_S = 5.0


def redis_for(settings: Settings, *, blocking: bool = False) -> Redis:
    """A client for the configured queue; nothing is contacted yet.

    `blocking` is for workers, whose dequeue waits longer than any answer
    timeout would allow.
    """
    if settings.queue_url is None:
        raise ConfigurationError(
            "No task queue configured: set COPILOT_QUEUE_URL, e.g. "
            "redis://127.0.0.1:6379/0."
        )
    return Redis.from_url(
        settings.queue_url.get_secret_value(),
        socket_connect_timeout=_CONNECT_TIMEOUT_S,
        socket_timeout=None if blocking else _ANSWER_TIMEOUT_S,
    )


def job_queue(name: str, connection: Redis) -> Queue:
    """The RQ queue both sides use; they must agree on its serializer (JSON)."""
    return Queue(name, connection=connection, serializer=JSONSerializer)
