"""A small recording stand-in for an Odoo connection, for unit tests."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

Handler = Callable[[str, str, Sequence[Any], Mapping[str, Any]], Any]


class RecordingRpc:
    """Answers calls with a handler and records every call it was sent."""

    uid = 2

    def __init__(self, handler: Handler | None = None) -> None:
        self.calls: list[tuple[str, str, list[Any], dict[str, Any]]] = []
        self._handler = handler or (lambda *_: [])

    def execute_kw(
        self,
        model: str,
        method: str,
        args: Sequence[Any],
        kwargs: Mapping[str, Any] | None = None,
    ) -> Any:
        self.calls.append((model, method, list(args), dict(kwargs or {})))
        return self._handler(model, method, args, kwargs or {})

    def field_names(self, model: str) -> frozenset[str]:
        return frozenset()
