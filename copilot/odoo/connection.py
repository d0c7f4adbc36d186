"""One authenticated JSON-RPC session with Odoo, through odoorpc."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol
from urllib.parse import urlsplit

import odoorpc

from copilot.errors import ConfigurationError, OdooFeatureMissing
from copilot.odoo.rpc_errors import translate_rpc_error
from copilot.settings import Settings

__all__ = [
    "OdooConnection",
    "OdooEndpoint",
    "RpcCaller",
    "connect",
    "connect_from_settings",
    "odoo_not_configured",
]

logger = logging.getLogger(__name__)


class RpcCaller(Protocol):
    """What readers and the writer need from a connection: one call method."""

    uid: int

    def execute_kw(
        self,
        model: str,
        method: str,
        args: Sequence[Any],
        kwargs: Mapping[str, Any] | None = None,
    ) -> Any: ...

    def field_names(self, model: str) -> frozenset[str]: ...


ODOO_SETTINGS = (
    "COPILOT_ODOO_URL",
    "COPILOT_ODOO_DB",
    "COPILOT_ODOO_LOGIN",
    "COPILOT_ODOO_PASSWORD",
)


def odoo_not_configured(missing: Sequence[str] = ODOO_SETTINGS) -> ConfigurationError:
    """The operator's error for a job that needs Odoo without its settings."""
    return ConfigurationError(
        f"Odoo is not configured: set {', '.join(missing)} "
        "(or run `copilot demo` to try the product on a demo Odoo)."
    )


@dataclass(frozen=True)
class OdooEndpoint:
    """Where and as whom to connect; the password never appears in `repr`."""

    url: str
    db: str
    login: str
    password: str

    def __repr__(self) -> str:
        return f"OdooEndpoint(url={self.url!r}, db={self.db!r}, login={self.login!r})"

    @classmethod
    def from_settings(cls, settings: Settings) -> OdooEndpoint:
        values = (
            settings.odoo_url,
            settings.odoo_db,
            settings.odoo_login,
            settings.odoo_password,
        )
        missing = [
            name for name, value in zip(ODOO_SETTINGS, values, strict=True) if not value
        ]
        if missing:
            raise odoo_not_configured(missing)
        assert settings.odoo_url and settings.odoo_db and settings.odoo_login
        assert settings.odoo_password is not None
        return cls(
            url=settings.odoo_url,
            db=settings.odoo_db,
            login=settings.odoo_login,
            password=settings.odoo_password.get_secret_value(),
        )


class OdooConnection:
    """An authenticated session. Every call is translated and counted.

    `call_count` lets jobs and benchmarks check that reads stay batched.
    """

    def __init__(self, client: odoorpc.ODOO, endpoint: OdooEndpoint) -> None:
        self._client = client
        self._endpoint = endpoint
        self._fields: dict[str, frozenset[str]] = {}
        self._lock = threading.Lock()
        self.call_count = 0
        self.uid: int = int(client.env.uid)

    @property
    def endpoint(self) -> OdooEndpoint:
        return self._endpoint

    @property
    def server_version(self) -> str:
        return str(self._client.version)

    def execute_kw(
        self,
        model: str,
        method: str,
        args: Sequence[Any],
        kwargs: Mapping[str, Any] | None = None,
    ) -> Any:
        """Call `model.method(*args, **kwargs)` on Odoo; errors become ours."""
        started = time.perf_counter()
        with self._lock:
            self.call_count += 1
        try:
            result = self._client.execute_kw(
                model, method, list(args), dict(kwargs or {})
            )
        except Exception as exc:
            raise translate_rpc_error(
                exc, url=self._endpoint.url, db=self._endpoint.db
            ) from exc
        logger.debug(
            "odoo call %s.%s in %.0f ms",
            model,
            method,
            (time.perf_counter() - started) * 1000,
        )
        return result

    def field_names(self, model: str) -> frozenset[str]:
        """Fields of `model` in this database, asked once per connection.

        `fields_get` works for ordinary users, unlike searching `ir.model`.
        """
        if model not in self._fields:
            answer = self.execute_kw(model, "fields_get", [], {"attributes": ["type"]})
            self._fields[model] = frozenset(answer)
        return self._fields[model]

    def has_model(self, model: str) -> bool:
        try:
            self.field_names(model)
        except OdooFeatureMissing:
            return False
        return True


def connect(endpoint: OdooEndpoint, *, timeout_s: float = 30.0) -> OdooConnection:
    """Open and authenticate a session, or raise a `CopilotError` saying why."""
    parts = urlsplit(endpoint.url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ConfigurationError(
            f"COPILOT_ODOO_URL '{endpoint.url}' is not an http(s) URL."
        )
    if parts.path not in ("", "/"):
        raise ConfigurationError(
            "COPILOT_ODOO_URL must be the server root (odoorpc cannot reach "
            f"Odoo under a path such as '{parts.path}')."
        )
    secure = parts.scheme == "https"
    port = parts.port or (443 if secure else 80)
    try:
        client = odoorpc.ODOO(
            parts.hostname,
            protocol="jsonrpc+ssl" if secure else "jsonrpc",
            port=port,
            timeout=timeout_s,
        )
        client.login(endpoint.db, endpoint.login, endpoint.password)
    except Exception as exc:
        raise translate_rpc_error(exc, url=endpoint.url, db=endpoint.db) from exc
    logger.info("connected to Odoo %s as uid %s", client.version, client.env.uid)
    return OdooConnection(client, endpoint)


def connect_from_settings(
    settings: Settings, endpoint: OdooEndpoint | None = None
) -> OdooConnection:
    """`connect` to `endpoint` or the COPILOT_ODOO_* settings, with their timeout."""
    return connect(
        endpoint or OdooEndpoint.from_settings(settings),
        timeout_s=settings.odoo_timeout_s,
    )
