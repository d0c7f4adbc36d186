"""Odoo 17's JSON-RPC services (common, db, object) over sandbox stores."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from copilot.sandbox.access import UserDirectory
from copilot.sandbox.faults import DatabaseNotFound, OdooFault
from copilot.sandbox.methods import Env, call_model_method
from copilot.sandbox.store import OdooStore

__all__ = ["VERSION_INFO", "RpcDispatcher"]

logger = logging.getLogger(__name__)

VERSION_INFO: Mapping[str, Any] = {
    "server_version": "17.0",
    "server_version_info": [17, 0, 0, "final", 0, ""],
    "server_serie": "17.0",
    "protocol_version": 1,
}
VERSION_ROUTE = "/web/webclient/version_info"
JSONRPC_ROUTE = "/jsonrpc"
# Errors Odoo reports as ordinary server errors; anything else is a sandbox bug
# and is logged with its traceback as well.
_EXPECTED = (OdooFault, ValueError, TypeError, AttributeError, IndexError, KeyError)


class RpcDispatcher:
    """Answers JSON-RPC requests as an Odoo 17 server does.

    Calls into a database hold its store's lock, so concurrent requests see
    each write whole.
    """

    def __init__(
        self, databases: Mapping[str, OdooStore], users: UserDirectory
    ) -> None:
        self._databases = dict(databases)
        self._users = users
        self._services: Mapping[str, Mapping[str, Callable[..., Any]]] = {
            "common": {
                "login": self._login,
                "authenticate": self._authenticate,
                "version": lambda: dict(VERSION_INFO),
            },
            "db": {
                "list": lambda *_: sorted(self._databases),
                "server_version": lambda: VERSION_INFO["server_version"],
            },
            "object": {"execute": self._execute, "execute_kw": self._execute_kw},
        }

    @property
    def routes(self) -> frozenset[str]:
        """The URL paths this dispatcher answers."""
        return frozenset({VERSION_ROUTE, JSONRPC_ROUTE})

    def handle(self, route: str, body: bytes) -> dict[str, Any]:
        """The JSON-RPC response envelope for one request body."""
        request_id: Any = None
        try:
            request = json.loads(body or b"{}")
            request_id = request.get("id")
            params = request.get("params") or {}
            result = self._route(route, params)
        except Exception as exc:
            return {"jsonrpc": "2.0", "id": request_id, "error": _error(exc)}
        return {"jsonrpc": "2.0", "id": request_id, "result": result}

    def _route(self, route: str, params: Mapping[str, Any]) -> Any:
        if route == VERSION_ROUTE:
            return dict(VERSION_INFO)
        service = str(params.get("service"))
        method = str(params.get("method"))
        handlers = self._services.get(service)
        if handlers is None:
            raise NameError(f"Service {service} not found")
        handler = handlers.get(method)
        if handler is None:
            raise NameError(f"Method not available {method}")
        args = params.get("args") or []
        logger.debug("rpc %s.%s", service, method)
        return handler(*args)

    def _store(self, database: str) -> OdooStore:
        store = self._databases.get(database)
        if store is None:
            raise DatabaseNotFound(database)
        return store

    def _login(self, database: str, login: str, password: str) -> int | bool:
        self._store(database)
        return self._users.login(login, password) or False

    def _authenticate(
        self, database: str, login: str, password: str, user_agent_env: Any = None
    ) -> int | bool:
        return self._login(database, login, password)

    def _execute(
        self,
        database: str,
        uid: int,
        password: str,
        model: str,
        method: str,
        *args: Any,
    ) -> Any:
        return self._execute_kw(database, uid, password, model, method, list(args))

    def _execute_kw(
        self,
        database: str,
        uid: int,
        password: str,
        model: str,
        method: str,
        args: Sequence[Any] | None = None,
        kwargs: Mapping[str, Any] | None = None,
    ) -> Any:
        store = self._store(database)
        user = self._users.check(int(uid), password)
        keywords = dict(kwargs or {})
        context = keywords.pop("context", None) or {}
        env = Env(store=store, user=user, context=dict(context))
        with store.lock:
            return call_model_method(env, model, method, list(args or []), keywords)


def _error(exc: BaseException) -> dict[str, Any]:
    """Odoo's error envelope: code 200, "Odoo Server Error" and the details."""
    if isinstance(exc, OdooFault):
        name, message = exc.odoo_name, exc.message
    else:
        kind = type(exc)
        name = f"{kind.__module__}.{kind.__qualname__}"
        message = str(exc)
    if not isinstance(exc, _EXPECTED):
        logger.exception("sandbox failed on an RPC call: %s", name)
    return {
        "code": 200,
        "message": "Odoo Server Error",
        "data": {
            "name": name,
            "debug": "<traceback omitted>",
            "message": message,
            "arguments": [message] if isinstance(exc, OdooFault) else _plain(exc.args),
            "context": {},
        },
    }


def _plain(args: tuple[Any, ...]) -> list[Any]:
    return [
        a if isinstance(a, str | int | float | bool | None) else str(a) for a in args
    ]
