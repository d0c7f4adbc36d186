"""The HTTP server: routes, envelopes, several databases, concurrent writers."""

from __future__ import annotations

import json
import threading
from typing import Any
from urllib.error import HTTPError
from urllib.request import ProxyHandler, Request, build_opener

import pytest

from copilot.sandbox import VERSION_INFO, OdooStore, SandboxServer

_OPENER = build_opener(ProxyHandler({}))


def _post(server: SandboxServer, path: str, params: dict[str, Any]) -> Any:
    payload = {"jsonrpc": "2.0", "method": "call", "params": params, "id": 7}
    request = Request(
        server.url + path,
        data=json.dumps(payload).encode(),
        headers={"Content-Type": "application/json"},
    )
    with _OPENER.open(request, timeout=10) as response:
        return json.load(response)


def _execute_kw(server: SandboxServer, model: str, method: str, *args: Any) -> Any:
    params = {
        "service": "object",
        "method": "execute_kw",
        "args": ["copilot_demo", 2, "admin", model, method, *args],
    }
    return _post(server, "/jsonrpc", params)


def test_version_info_route(server: SandboxServer) -> None:
    """/web/webclient/version_info answers Odoo 17's version block."""
    answer = _post(server, "/web/webclient/version_info", {})
    assert answer == {"jsonrpc": "2.0", "id": 7, "result": dict(VERSION_INFO)}


def test_unknown_route_is_not_found(server: SandboxServer) -> None:
    """Routes the sandbox does not serve answer HTTP 404."""
    with pytest.raises(HTTPError) as caught:
        _post(server, "/web/session/authenticate", {})
    caught.value.close()
    assert caught.value.code == 404


def test_error_envelope_shape(server: SandboxServer) -> None:
    """Errors come back as Odoo's envelope with code 200 and the details."""
    answer = _execute_kw(server, "project.task", "search", [[["name", "bogus", 1]]])
    assert set(answer) == {"jsonrpc", "id", "error"}
    error = answer["error"]
    assert (error["code"], error["message"]) == (200, "Odoo Server Error")
    assert set(error["data"]) == {"name", "debug", "message", "arguments", "context"}
    assert error["data"]["name"] == "builtins.ValueError"
    assert error["data"]["arguments"] == ["Invalid leaf ('name', 'bogus', 1)"]


def test_unknown_method_on_a_model(server: SandboxServer) -> None:
    """A public method the model lacks fails with an AttributeError."""
    answer = _execute_kw(server, "project.task", "frobnicate", [[1]])
    assert answer["error"]["data"]["message"] == (
        "The method 'project.task.frobnicate' does not exist"
    )


def test_unknown_database_on_execute_kw(server: SandboxServer) -> None:
    """Calls naming a database the server lacks fail like PostgreSQL."""
    params = {
        "service": "object",
        "method": "execute_kw",
        "args": ["nope", 2, "admin", "project.task", "search", [[]]],
    }
    error = _post(server, "/jsonrpc", params)["error"]
    assert error["data"]["name"] == "psycopg2.OperationalError"


def test_concurrent_creates_get_distinct_ids(
    server: SandboxServer, store: OdooStore
) -> None:
    """Writers on many threads each get their own id; none is lost."""
    results: list[int] = []
    guard = threading.Lock()

    def create(n: int) -> None:
        answer = _execute_kw(server, "project.task", "create", [{"name": f"t{n}"}])
        with guard:
            results.append(answer["result"])

    threads = [threading.Thread(target=create, args=(n,)) for n in range(12)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(set(results)) == 12
    assert len(store.search("project.task", [("name", "=like", "t%")])) == 12


def test_stop_releases_the_port(store: OdooStore) -> None:
    """After stop the server no longer answers and can be started again."""
    server = SandboxServer({"copilot_demo": store}).start()
    first_port = server.port
    server.stop()
    with pytest.raises(RuntimeError):
        _ = server.port
    server.start()
    try:
        assert _post(server, "/web/webclient/version_info", {})["result"]
    finally:
        server.stop()
    assert first_port > 0
