"""The service killed mid write-back: restarted, it loses and doubles nothing.

`copilot serve` (or `copilot worker`) runs as a real process against the
sandbox, behind a loopback proxy that holds the first `activity_schedule`
call: either before Odoo sees it, or after Odoo created the activity but
before the answer reaches the service. The process is killed (SIGKILL)
while the call is held, then started again and the webhook replayed.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from api import create_app
from copilot.sandbox import INTEGRATION_LOGIN
from copilot.settings import Settings
from copilot.store import SuggestionState, SuggestionStore, export_audit
from copilot.wiring import build_store
from tests.e2e.test_briefing_end_to_end import admin_client, copilot_activities
from tests.support.processes import free_port
from tests.support.sandbox import DB, INTEGRATION_PASSWORD, Sandbox

SECRET = "kill-test-secret"
LEASE_S = 1.0


class HoldingProxy(ThreadingHTTPServer):
    """Forwards to the sandbox, but holds the first activity creation.

    `stage` "before": the call never reaches Odoo. "after": Odoo creates
    the activity; its answer is held, then dropped.
    """

    daemon_threads = True

    def __init__(self, upstream: str, stage: str) -> None:
        super().__init__(("127.0.0.1", 0), _Hold)
        self.upstream = upstream
        self.stage = stage
        self.armed = True
        self.held = threading.Event()
        self.release = threading.Event()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    def forward(self, path: str, body: bytes) -> bytes:
        request = urllib.request.Request(
            self.upstream + path,
            data=body,
            headers={"Content-Type": "application/json"},
        )
        with urllib.request.urlopen(request, timeout=10) as answer:
            payload: bytes = answer.read()
        return payload


class _Hold(BaseHTTPRequestHandler):
    server: HoldingProxy

    def log_message(self, format: str, *args: object) -> None:
        """Quiet: the test reads outcomes, not access logs."""

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        if self.server.armed and b'"activity_schedule"' in body:
            self.server.armed = False
            if self.server.stage == "after":
                self.server.forward(self.path, body)
            self.server.held.set()
            self.server.release.wait(60)
            return  # the caller is dead by now: no answer
        payload = self.server.forward(self.path, body)
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)


@dataclass
class Service:
    """One `copilot serve` process; its output goes to a file for diagnosis."""

    process: subprocess.Popen[bytes]
    port: int

    def webhook(self, project_id: int) -> None:
        request = urllib.request.Request(
            f"http://127.0.0.1:{self.port}/v1/webhooks/odoo?secret={SECRET}",
            data=json.dumps({"_model": "project.project", "_id": project_id}).encode(),
            headers={"Content-Type": "application/json"},
        )
        with urllib.request.urlopen(request, timeout=10) as answer:
            assert answer.status == 202

    def stop(self, sig: signal.Signals) -> None:
        self.process.send_signal(sig)
        self.process.wait(timeout=20)


def copilot(args: list[str], env: dict[str, str], log: Path) -> subprocess.Popen[bytes]:
    """`copilot ARGS` as a child process, its output appended to `log`."""
    with log.open("ab") as out:
        return subprocess.Popen(
            [sys.executable, "-c", "from copilot.cli.main import run; run()", *args],
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
        )


def start_service(env: dict[str, str], log: Path) -> Service:
    port = free_port()
    process = copilot(["serve", "--port", str(port)], env, log)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"copilot serve exited: {log.read_text()[-2000:]}")
        try:
            url = f"http://127.0.0.1:{port}/healthz"
            with urllib.request.urlopen(url, timeout=1):
                return Service(process, port)
        except OSError:
            time.sleep(0.2)
    process.kill()
    pytest.fail("copilot serve did not answer within 60 s")


@pytest.fixture
def service_env(tmp_path: Path) -> dict[str, str]:
    """Settings for the service process; the store is a SQLite file in tmp."""
    return {
        **os.environ,
        "COPILOT_DATA_DIR": str(tmp_path / "data"),
        "COPILOT_ODOO_DB": DB,
        "COPILOT_ODOO_LOGIN": INTEGRATION_LOGIN,
        "COPILOT_ODOO_PASSWORD": INTEGRATION_PASSWORD,
        # Roomy for a loaded machine; a held write ends by the kill, not by it.
        "COPILOT_ODOO_TIMEOUT_S": "5",
        "COPILOT_WEBHOOK_SECRET": SECRET,
        "COPILOT_DEFAULT_ASSIGNEE_ID": "2",
        "COPILOT_USE_NER": "false",
        "COPILOT_OUTBOX_LEASE_S": str(LEASE_S),
    }


def open_store(env: dict[str, str]) -> SuggestionStore:
    settings = Settings(_env_file=None, data_dir=Path(env["COPILOT_DATA_DIR"]))  # type: ignore[call-arg]
    return build_store(settings)


def wait_until_posted(store: SuggestionStore, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        found = store.search()
        if found and all(s.state is SuggestionState.POSTED for s in found):
            return
        time.sleep(0.2)
    pytest.fail(f"not posted in {seconds} s: {[s.state for s in store.search()]}")


@pytest.fixture(params=["before", "after"])
def proxy(request: pytest.FixtureRequest, sandbox: Sandbox) -> Iterator[HoldingProxy]:
    server = HoldingProxy(sandbox.server.url, request.param)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.release.set()
    server.shutdown()
    server.server_close()


def test_kill_mid_write_back_loses_and_duplicates_nothing(
    sandbox: Sandbox,
    proxy: HoldingProxy,
    service_env: dict[str, str],
    tmp_path: Path,
) -> None:
    """SIGKILL while Odoo is being written; the restarted service posts once.

    When Odoo already created the activity, the retry finds it by the
    suggestion's reference in its note ("unchanged") instead of adding one.
    """
    env = {**service_env, "COPILOT_ODOO_URL": proxy.url}
    admin = admin_client(sandbox)
    log = tmp_path / "service.log"
    first = start_service(env, log)
    try:
        first.webhook(1)
        assert proxy.held.wait(60), log.read_text()[-2000:]
    finally:
        first.stop(signal.SIGKILL)
    proxy.release.set()
    assert first.process.returncode == -signal.SIGKILL

    store = open_store(env)
    (stranded,) = store.search()
    assert stranded.state is SuggestionState.PROPOSED
    assert stranded.activity_id is None
    odoo_wrote = 1 if proxy.stage == "after" else 0
    assert copilot_activities(admin, 1) == odoo_wrote

    time.sleep(LEASE_S)  # the dead process's hold on the write-back ends
    second = start_service(env, log)
    try:
        second.webhook(1)  # Odoo's automation fires again, or a replay
        wait_until_posted(store)
    finally:
        second.stop(signal.SIGTERM)

    (posted,) = store.search()
    assert posted.id == stranded.id
    assert copilot_activities(admin, 1) == 1
    (activity_id,) = admin.execute_kw(
        "mail.activity",
        "search",
        [
            [
                ["res_model", "=", "project.project"],
                ["res_id", "=", 1],
                ["summary", "=like", "Copilot suggestion%"],
            ]
        ],
    )
    assert posted.activity_id == activity_id
    outcomes = [
        event["outcome"]
        for event in map(json.loads, export_audit(store.engine))
        if event["event"] == "suggestion_posted"
    ]
    assert outcomes == ["unchanged" if proxy.stage == "after" else "created"]


def test_killed_worker_loses_and_duplicates_nothing(
    sandbox: Sandbox,
    proxy: HoldingProxy,
    service_env: dict[str, str],
    redis_url: str,
    tmp_path: Path,
) -> None:
    """A `copilot worker` killed mid write-back; the next worker posts it once."""
    env = {**service_env, "COPILOT_ODOO_URL": proxy.url, "COPILOT_QUEUE_URL": redis_url}
    settings = Settings(  # type: ignore[call-arg]
        _env_file=None,
        data_dir=Path(env["COPILOT_DATA_DIR"]),
        queue_url=redis_url,
        webhook_secret=SECRET,
        api_allowed_hosts=["testserver"],
    )
    replica = TestClient(create_app(settings))
    log = tmp_path / "worker.log"

    def webhook() -> None:
        response = replica.post(
            "/v1/webhooks/odoo",
            json={"_model": "project.project", "_id": 1},
            params={"secret": SECRET},
        )
        assert response.status_code == 202

    webhook()
    worker = copilot(["worker"], env, log)
    try:
        assert proxy.held.wait(60), log.read_text()[-2000:]
    finally:
        worker.kill()
        worker.wait(timeout=20)
    proxy.release.set()

    store = open_store(env)
    (stranded,) = store.search()
    assert stranded.state is SuggestionState.PROPOSED
    time.sleep(LEASE_S)
    webhook()
    burst = copilot(["worker", "--burst"], env, log)
    assert burst.wait(timeout=120) == 0, log.read_text()[-2000:]

    (posted,) = store.search()
    assert (posted.id, posted.state) == (stranded.id, SuggestionState.POSTED)
    assert copilot_activities(admin_client(sandbox), 1) == 1
    outcomes = [
        event["outcome"]
        for event in map(json.loads, export_audit(store.engine))
        if event["event"] == "suggestion_posted"
    ]
    assert outcomes == ["unchanged" if proxy.stage == "after" else "created"]
