"""Odoo failing during write-back: nothing lost, nothing duplicated, all posted later.

A loopback proxy in front of the sandbox lets reads through and fails every
request that touches activities (the write-back path) while it is "down":
HTTP 500, a hang past the client timeout, or Odoo's AccessDenied envelope
(the password was revoked).
"""

from __future__ import annotations

import json
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from copilot.audit import MemoryAuditLog
from copilot.odoo import OdooEndpoint
from copilot.sandbox import DEMO_ANCHOR, INTEGRATION_LOGIN
from copilot.settings import Settings
from copilot.store import SuggestionState
from copilot.wiring import build_services, build_store
from redaction import Redactor
from tests.e2e.test_briefing_end_to_end import admin_client, copilot_activities
from tests.support.sandbox import DB, INTEGRATION_PASSWORD, Sandbox

# Reads pass through the proxy under the same client timeout: on a busy
# two-core machine a read took over 0.5 s, so the margin is wider.
_CLIENT_TIMEOUT_S = 1.5
_HANG_S = 2.0

ACCESS_DENIED = {
    "code": 200,
    "message": "Odoo Server Error",
    "data": {"name": "odoo.exceptions.AccessDenied", "message": "Access Denied"},
}


class FaultyProxy(ThreadingHTTPServer):
    """Forwards to `upstream`; in `mode` other than "ok" breaks activity calls."""

    daemon_threads = True

    def __init__(self, upstream: str) -> None:
        super().__init__(("127.0.0.1", 0), _Forward)
        self.upstream = upstream
        self.mode = "ok"

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"


class _Forward(BaseHTTPRequestHandler):
    server: FaultyProxy

    def log_message(self, format: str, *args: object) -> None:
        """Quiet: the test reads outcomes, not access logs."""

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        if self.server.mode != "ok" and b"activit" in body:
            self._fail(body)
            return
        request = urllib.request.Request(
            self.server.upstream + self.path,
            data=body,
            headers={"Content-Type": "application/json"},
        )
        with urllib.request.urlopen(request, timeout=10) as answer:
            payload = answer.read()
        self._reply(200, payload)

    def _fail(self, body: bytes) -> None:
        mode = self.server.mode
        if mode == "timeout":
            time.sleep(_HANG_S)
            return
        if mode == "http500":
            self._reply(500, b"Internal Server Error")
            return
        envelope = {"jsonrpc": "2.0", "id": json.loads(body).get("id")}
        self._reply(200, json.dumps({**envelope, "error": ACCESS_DENIED}).encode())

    def _reply(self, status: int, payload: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)


@pytest.fixture
def proxy(sandbox: Sandbox) -> Iterator[FaultyProxy]:
    server = FaultyProxy(sandbox.server.url)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


PROJECTS = (1, 2, 3)


@pytest.mark.parametrize("mode", ["http500", "timeout", "access_denied"])
def test_outage_during_write_back_loses_and_duplicates_nothing(
    sandbox: Sandbox,
    proxy: FaultyProxy,
    demo_redactor: Redactor,
    tmp_path: Path,
    mode: str,
) -> None:
    """Jobs run twice while Odoo fails; once back, one drain posts each once."""
    settings = Settings(  # type: ignore[call-arg]
        _env_file=None,
        data_dir=tmp_path,
        default_assignee_id=2,
        odoo_timeout_s=_CLIENT_TIMEOUT_S,
        outbox_backoff_s=0,
        outbox_max_attempts=10,
    )
    store = build_store(settings)
    services = build_services(
        settings,
        endpoint=OdooEndpoint(proxy.url, DB, INTEGRATION_LOGIN, INTEGRATION_PASSWORD),
        today=DEMO_ANCHOR,
        audit=MemoryAuditLog(),
        redactor=demo_redactor,
        store=store,
    )
    admin = admin_client(sandbox)
    proxy.mode = mode
    for _ in range(2):
        outcomes = {services.briefing.brief(pid).write_outcome for pid in PROJECTS}
        assert all(o and o.startswith("queued") for o in outcomes), outcomes
    assert [s.state for s in store.search()] == [SuggestionState.PROPOSED] * 3
    assert sum(copilot_activities(admin, pid) for pid in PROJECTS) == 0

    proxy.mode = "ok"
    assert services.outbox is not None
    assert {r.outcome for r in services.outbox.drain()} == {"created"}
    assert services.outbox.drain() == []
    rerun = {services.briefing.brief(pid).write_outcome for pid in PROJECTS}

    assert rerun == {"unchanged"}
    assert [s.state for s in store.search()] == [SuggestionState.POSTED] * 3
    assert [copilot_activities(admin, pid) for pid in PROJECTS] == [1, 1, 1]


def test_proxy_passes_reads_through(proxy: FaultyProxy) -> None:
    """The proxy itself answers like Odoo when healthy (sanity of the seam)."""
    request = urllib.request.Request(
        proxy.url + "/web/webclient/version_info",
        data=b'{"jsonrpc": "2.0", "method": "call", "params": {}, "id": 1}',
        headers={"Content-Type": "application/json"},
    )
    try:
        with urllib.request.urlopen(request, timeout=5) as answer:
            assert json.loads(answer.read())["result"]["server_version"]
    except urllib.error.HTTPError as exc:  # pragma: no cover - shows the body
        pytest.fail(f"proxy answered {exc.code}")
