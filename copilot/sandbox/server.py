"""The sandbox's HTTP server: Odoo 17's JSON-RPC routes on the loopback interface."""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Iterable, Mapping
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any

from copilot.sandbox.access import SandboxUser, UserDirectory
from copilot.sandbox.rpc import RpcDispatcher
from copilot.sandbox.store import OdooStore

__all__ = ["SandboxServer"]

logger = logging.getLogger(__name__)

LOOPBACK = "127.0.0.1"
# How often serve_forever checks for shutdown; stop() waits up to this long.
_POLL_SECONDS = 0.05


class SandboxServer:
    """An Odoo 17 look-alike serving one store per database name.

    It binds to 127.0.0.1 only; ``port=0`` picks a free port, readable from
    ``port`` once started. Use as a context manager or call start and stop.
    """

    def __init__(
        self,
        databases: Mapping[str, OdooStore],
        users: Iterable[SandboxUser] = (),
        *,
        port: int = 0,
    ) -> None:
        self._dispatcher = RpcDispatcher(databases, UserDirectory(users))
        self._requested_port = port
        self._httpd: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    @property
    def port(self) -> int:
        """The bound port; only known once started."""
        if self._httpd is None:
            raise RuntimeError("the sandbox server is not started")
        return int(self._httpd.server_address[1])

    @property
    def url(self) -> str:
        """Base URL, e.g. ``http://127.0.0.1:8069``."""
        return f"http://{LOOPBACK}:{self.port}"

    def start(self) -> SandboxServer:
        """Bind and serve in a background thread."""
        if self._httpd is not None:
            return self
        handler = _handler_class(self._dispatcher)
        httpd = ThreadingHTTPServer((LOOPBACK, self._requested_port), handler)
        httpd.daemon_threads = True
        self._httpd = httpd
        self._thread = threading.Thread(
            target=httpd.serve_forever,
            kwargs={"poll_interval": _POLL_SECONDS},
            name="odoo-sandbox",
            daemon=True,
        )
        self._thread.start()
        logger.info("sandbox serving on %s", self.url)
        return self

    def stop(self) -> None:
        """Stop serving and release the port."""
        if self._httpd is None:
            return
        self._httpd.shutdown()
        self._httpd.server_close()
        if self._thread is not None:
            self._thread.join()
        self._httpd = None
        self._thread = None
        logger.info("sandbox stopped")

    def __enter__(self) -> SandboxServer:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()


def _handler_class(dispatcher: RpcDispatcher) -> type[BaseHTTPRequestHandler]:
    class OdooRequestHandler(BaseHTTPRequestHandler):
        """Posts to the JSON-RPC routes; anything else is a 404."""

        server_version = "OdooSandbox/17.0"
        protocol_version = "HTTP/1.1"

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length)
            route = self.path.split("?", 1)[0]
            if route not in dispatcher.routes:
                self._send(404, {"error": "not found"})
                return
            self._send(200, dispatcher.handle(route, body))

        def _send(self, status: int, payload: Any) -> None:
            data = json.dumps(payload).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, format: str, *args: Any) -> None:
            logger.debug("http %s", format % args)

    return OdooRequestHandler
