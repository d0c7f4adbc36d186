"""JSON-lines logging for service mode: one object per line, no free text.

Each line has `ts`, `level`, `logger`, `event` (the message, which by the
product's rules holds ids and counts only) and, during a request, its
`request_id`; access lines add `method`, `path` (the route template),
`status` and `latency_ms`. An exception is reported by its class alone: a
traceback may quote the request text.
"""

from __future__ import annotations

import json
import logging
import sys
from datetime import UTC, datetime
from typing import IO

from api.access_log import current_request_id

__all__ = ["JsonLinesFormatter", "configure_json_logging"]

_FIELDS = ("method", "path", "status", "latency_ms")


class JsonLinesFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        line: dict[str, object] = {
            "ts": datetime.fromtimestamp(record.created, UTC).isoformat(
                timespec="milliseconds"
            ),
            "level": record.levelname,
            "logger": record.name,
            "event": record.getMessage(),
        }
        request_id = current_request_id()
        if request_id is not None:
            line["request_id"] = request_id
        for name in _FIELDS:
            if name in record.__dict__:
                line[name] = record.__dict__[name]
        if record.exc_info and record.exc_info[0] is not None:
            line["exc_type"] = record.exc_info[0].__name__
        return json.dumps(line, ensure_ascii=False, default=str)


def configure_json_logging(
    *, level: int = logging.INFO, stream: IO[str] | None = None
) -> None:
    """Replace the root handlers with one JSON-lines handler (stderr by default)."""
    handler = logging.StreamHandler(stream or sys.stderr)
    handler.setFormatter(JsonLinesFormatter())
    root = logging.getLogger()
    for old in list(root.handlers):
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(level)
