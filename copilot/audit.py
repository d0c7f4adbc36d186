"""Append-only audit trail of model calls and write-backs, as JSON lines.

Entries carry ids, hashes, counts and outcomes; never record text, prompts,
completions or pseudonym maps.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import Protocol

from copilot.errors import ConfigurationError

__all__ = ["AuditSink", "JsonlAuditLog", "MemoryAuditLog"]

AuditValue = str | int | float | bool | None | list[dict[str, object]]


class AuditSink(Protocol):
    def record(
        self, event: str, correlation_id: str, **details: AuditValue
    ) -> None: ...


class JsonlAuditLog:
    """One JSON object per line in a file that is only ever appended to."""

    def __init__(self, path: Path) -> None:
        self._path = path
        self._lock = threading.Lock()

    def record(self, event: str, correlation_id: str, **details: AuditValue) -> None:
        entry = _entry(event, correlation_id, details)
        line = json.dumps(entry, sort_keys=True, ensure_ascii=False)
        with self._lock:
            try:
                self._path.parent.mkdir(parents=True, exist_ok=True)
                with self._path.open("a", encoding="utf-8") as handle:
                    handle.write(line + "\n")
            except OSError as exc:
                raise ConfigurationError(
                    f"Cannot append to the audit trail in {self._path.parent}; "
                    "check COPILOT_DATA_DIR is a writable folder."
                ) from exc

    def check_writable(self) -> None:
        """Fail before any job runs if the trail could not be written."""
        try:
            self._path.parent.mkdir(parents=True, exist_ok=True)
            with self._path.open("a", encoding="utf-8"):
                pass
        except OSError as exc:
            if self._path.exists():  # the folder is there; the file refuses
                raise ConfigurationError(
                    f"The audit trail {self._path} cannot be written "
                    f"({exc.strerror}); let the user the copilot runs as "
                    "write it."
                ) from exc
            raise ConfigurationError(
                f"COPILOT_DATA_DIR ({self._path.parent}) is not a writable folder."
            ) from exc


class MemoryAuditLog:
    """An audit sink that keeps entries in memory, for tests and dry runs."""

    def __init__(self) -> None:
        self.entries: list[dict[str, object]] = []

    def record(self, event: str, correlation_id: str, **details: AuditValue) -> None:
        self.entries.append(_entry(event, correlation_id, details))


def _entry(
    event: str, correlation_id: str, details: Mapping[str, AuditValue]
) -> dict[str, object]:
    return {
        "at": datetime.now(UTC).isoformat(timespec="seconds"),
        "event": event,
        "correlation_id": correlation_id,
        **details,
    }
