"""Webhooks handed to RQ workers: one wake-up per request, one suggestion per advice."""

from __future__ import annotations

import logging
import signal
import time
import zlib
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from redis import Redis
from rq import Queue
from rq.job import Job
from rq.serializers import JSONSerializer

from api import create_app
from copilot.audit import MemoryAuditLog
from copilot.errors import ConfigurationError
from copilot.queueing import WorkerContext, run_due_jobs, run_worker
from copilot.sandbox import DEMO_ANCHOR
from copilot.store import JobBook, SuggestionState, SuggestionStore
from copilot.wiring import build_services, build_store
from redaction import Redactor
from tests.api.conftest import WEBHOOK_SECRET, settings_for
from tests.api.test_webhook_jobs import expire_leases
from tests.e2e.test_briefing_end_to_end import admin_client, copilot_activities
from tests.support.processes import free_port
from tests.support.sandbox import Sandbox

URL = "/v1/webhooks/odoo"
PROJECT = {"_model": "project.project", "_id": 1}


class Service:
    """An API replica whose webhook jobs go to RQ, and a worker on the sandbox."""

    def __init__(
        self, redis_url: str, data_dir: Path, sandbox: Sandbox, redactor: Redactor
    ) -> None:
        settings = settings_for(data_dir, queue_url=redis_url, default_assignee_id=2)
        self.app = create_app(settings)
        self.store: SuggestionStore = build_store(settings)
        self.app.state.store = self.store
        self.client = TestClient(self.app)
        self.redis = Redis.from_url(redis_url)
        self.queue = Queue("copilot", connection=self.redis, serializer=JSONSerializer)
        self._sandbox = sandbox
        self._redactor = redactor
        self._settings = settings

    def webhook(self, body: dict[str, object]) -> None:
        response = self.client.post(URL, json=body, params={"secret": WEBHOOK_SECRET})
        assert response.status_code == 202, response.text

    def work(self, *, max_attempts: int = 5) -> bool:
        """One worker burst, its services on the sandbox and the shared store."""
        services = build_services(
            self._settings,
            endpoint=self._sandbox.endpoint(),
            today=DEMO_ANCHOR,
            audit=MemoryAuditLog(),
            redactor=self._redactor,
            store=self.store,
        )
        context = WorkerContext(
            JobBook(self.store, max_attempts=max_attempts),
            {"briefing": services.briefing.brief},
        )
        return run_worker(self.redis, "copilot", context, burst=True)


@pytest.fixture
def service(
    redis_url: str, tmp_path: Path, sandbox: Sandbox, demo_redactor: Redactor
) -> Service:
    return Service(redis_url, tmp_path, sandbox, demo_redactor)


def test_replayed_webhook_is_one_wake_up_and_one_suggestion(
    service: Service, sandbox: Sandbox
) -> None:
    """Sent twice before a worker runs: one queued job, one suggestion, one To-Do."""
    service.webhook(PROJECT)
    service.webhook(PROJECT)
    assert service.queue.count == 1
    assert JobBook(service.store).pending() == 1

    assert service.work() is True

    assert service.queue.count == 0
    assert JobBook(service.store).pending() == 0
    assert [s.state for s in service.store.search()] == [SuggestionState.POSTED]
    assert copilot_activities(admin_client(sandbox), 1) == 1


def test_replay_after_the_job_ran_adds_nothing(
    service: Service, sandbox: Sandbox
) -> None:
    """The same event once more after it was handled: no second suggestion."""
    service.webhook(PROJECT)
    service.work()
    first = service.store.search()

    service.webhook(PROJECT)
    assert service.queue.count == 1  # a fresh request, so a fresh wake-up
    assert service.work() is True

    assert service.store.search() == first
    assert copilot_activities(admin_client(sandbox), 1) == 1


def test_job_out_of_attempts_is_dead_and_not_rerun_by_a_worker(
    service: Service, sandbox: Sandbox
) -> None:
    """Its one allowed attempt died with its worker: the next wake-up buries it."""
    service.webhook(PROJECT)
    assert JobBook(service.store).claim_next() is not None  # then the worker died
    expire_leases(service.store)

    assert service.work(max_attempts=1) is True

    assert service.store.search() == []
    assert copilot_activities(admin_client(sandbox), 1) == 0
    [dead] = JobBook(service.store).failed()
    assert (dead.record_id, dead.attempts, dead.status) == (1, 1, "dead")


def _readable(value: bytes | str) -> bytes:
    """RQ stores the call zlib-compressed; everything else as it is."""
    if isinstance(value, str):
        return value.encode()
    try:
        return zlib.decompress(value)
    except zlib.error:
        return value


def test_queue_message_names_only_the_stored_job(service: Service) -> None:
    """Redis holds the job id and nothing the webhook body carried."""
    marker = "Ilse Verbruggen ilse@example.com"
    service.webhook({**PROJECT, "name": marker, "description": marker})
    (job_id,) = service.queue.job_ids
    job = Job.fetch(job_id, connection=service.redis, serializer=JSONSerializer)

    assert job.func_name == "copilot.queueing.worker.run_due_jobs"
    assert list(job.args) == [1]
    assert job.kwargs == {}
    dumped = b"".join(
        _readable(value)
        for key in service.redis.keys("*")
        if service.redis.type(key) == b"hash"
        for value in service.redis.hgetall(key).values()
    )
    assert b"copilot.queueing.worker.run_due_jobs" in dumped
    assert marker.encode() not in dumped
    assert b"Ilse" not in dumped


def test_unreachable_redis_keeps_the_job_for_the_schedule(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """Redis down: the webhook is still accepted, its stored job waits."""
    url = f"redis://:queue-password@127.0.0.1:{free_port()}/0"
    settings = settings_for(tmp_path, queue_url=url)
    app = create_app(settings)
    app.state.store = build_store(settings)
    client = TestClient(app)

    with caplog.at_level(logging.WARNING, logger="copilot.queueing"):
        response = client.post(URL, json=PROJECT, params={"secret": WEBHOOK_SECRET})

    assert response.status_code == 202
    assert JobBook(app.state.store).pending() == 1
    assert "task queue unreachable (ConnectionError)" in caplog.text
    assert "queue-password" not in caplog.text


def test_unreachable_redis_stops_the_worker_with_a_clear_error(
    tmp_path: Path,
) -> None:
    """A worker that cannot reach Redis says what to check, without the URL."""
    store = build_store(settings_for(tmp_path))
    client = Redis.from_url(
        f"redis://:queue-password@127.0.0.1:{free_port()}/0",
        socket_connect_timeout=1,
    )
    with pytest.raises(ConfigurationError) as caught:
        run_worker(client, "copilot", WorkerContext(JobBook(store), {}), burst=True)
    assert "COPILOT_QUEUE_URL" in str(caught.value)
    assert "queue-password" not in str(caught.value)


def test_job_outside_a_copilot_worker_is_refused() -> None:
    """A plain `rq worker` has no services: the job says to use `copilot worker`."""
    with pytest.raises(ConfigurationError, match="copilot worker"):
        run_due_jobs(1)


def test_worker_stops_promptly_after_a_burst(redis_url: str, tmp_path: Path) -> None:
    """An empty burst ends in seconds (RQ's 60 s command poll would hold it).

    Ctrl-C and SIGTERM are handled by the caller again afterwards.
    """
    store = build_store(settings_for(tmp_path))
    handlers = [signal.getsignal(s) for s in (signal.SIGINT, signal.SIGTERM)]
    started = time.monotonic()
    ran = run_worker(
        Redis.from_url(redis_url),
        "copilot",
        WorkerContext(JobBook(store), {}),
        burst=True,
    )
    assert ran is False
    assert time.monotonic() - started < 10
    assert [signal.getsignal(s) for s in (signal.SIGINT, signal.SIGTERM)] == handlers


@pytest.mark.parametrize("is_up", [True, False])
def test_readyz_reports_the_queue_without_blocking_readiness(
    tmp_path: Path, request: pytest.FixtureRequest, is_up: bool
) -> None:
    """Redis answering is `ok`; Redis down is reported but the API stays ready
    (webhooks are stored and run later). Only the first needs redis-server."""
    url = (
        request.getfixturevalue("redis_url")
        if is_up
        else f"redis://127.0.0.1:{free_port()}/0"
    )
    app = create_app(settings_for(tmp_path, queue_url=url))
    checks = TestClient(app).get("/readyz").json()["checks"]
    expected = "ok" if is_up else "unreachable: ConnectionError"
    assert checks["queue"] == expected
    assert checks["store"] == "ok"
