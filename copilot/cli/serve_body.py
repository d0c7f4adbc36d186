"""Body of `copilot serve`: bind the address, then hand it to uvicorn."""

from __future__ import annotations

import errno
import logging
import socket

from copilot.errors import CallerError
from copilot.settings import Settings

__all__ = ["run_serve"]

logger = logging.getLogger(__name__)


def run_serve(settings: Settings, *, host: str, port: int) -> None:
    """Serve the API until stopped; an address it cannot use is a caller error.

    The socket is bound here, before any log handler, so a busy port or a
    host that is not this machine's is one `error:` line, as for the sandbox.
    """
    import uvicorn

    from api import create_app
    from api.json_logs import configure_json_logging
    from copilot.audit import JsonlAuditLog

    # The audit trail (and the default SQLite store) live in the data
    # folder: refuse to start rather than serve a store that is down.
    JsonlAuditLog(settings.audit_path).check_writable()
    listener = _listen(host, port)
    verbose = logging.getLogger().isEnabledFor(logging.DEBUG)
    configure_json_logging(level=logging.DEBUG if verbose else logging.INFO)
    # uvicorn's own access log prints the raw path with its query: off.
    config = uvicorn.Config(
        create_app(settings),
        host=host,
        port=port,
        log_config=None,
        log_level="info",
        access_log=False,
    )
    # uvicorn announces only the addresses it bound itself.
    bound_host, bound_port = listener.getsockname()[:2]
    shown = f"[{bound_host}]" if ":" in bound_host else bound_host
    logger.info("serving the API on http://%s:%s", shown, bound_port)
    with listener:
        uvicorn.Server(config).run(sockets=[listener])


def _listen(host: str, port: int) -> socket.socket:
    try:
        family, kind, proto, _, address = socket.getaddrinfo(
            host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE
        )[0]
        listener = socket.socket(family, kind, proto)
    except OSError as exc:
        raise _cannot_listen(host, port, exc) from exc
    try:
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(address)
    except OSError as exc:
        listener.close()
        raise _cannot_listen(host, port, exc) from exc
    return listener


def _cannot_listen(host: str, port: int, exc: OSError) -> CallerError:
    fix = (
        "choose another --port"
        if exc.errno == errno.EADDRINUSE
        else "check --host: it must name an address of this machine"
    )
    reason = exc.strerror or type(exc).__name__
    return CallerError(f"Cannot listen on {host}:{port} ({reason}); {fix}.")
