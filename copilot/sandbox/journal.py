"""An append-only JSON-lines journal of the writes made to a sandbox store."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

__all__ = ["Journal", "JournalEntry"]

logger = logging.getLogger(__name__)

Operation = Literal["create", "write", "unlink"]


@dataclass(frozen=True)
class JournalEntry:
    """One create, write or unlink, with the values as the store holds them."""

    op: Operation
    model: str
    ids: tuple[int, ...]
    values: Mapping[str, Any] = field(default_factory=dict)

    def to_json(self) -> str:
        """The entry as one line of JSON."""
        payload = {
            "op": self.op,
            "model": self.model,
            "ids": list(self.ids),
            "values": dict(self.values),
        }
        return json.dumps(payload, ensure_ascii=False, separators=(",", ":"))

    @classmethod
    def from_json(cls, line: str) -> JournalEntry:
        """Parse a line written by ``to_json``."""
        payload = json.loads(line)
        op = payload["op"]
        if op not in ("create", "write", "unlink"):
            raise ValueError(f"unknown journal operation {op!r}")
        return cls(
            op=op,
            model=str(payload["model"]),
            ids=tuple(int(i) for i in payload["ids"]),
            values=dict(payload.get("values") or {}),
        )


class Journal:
    """A file of entries; replayed in order, appended to as writes happen."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def entries(self) -> Iterator[JournalEntry]:
        """Every readable entry; a torn last line (a crash mid-write) is skipped."""
        if not self.path.exists():
            return
        with self.path.open(encoding="utf-8") as handle:
            for number, line in enumerate(handle, start=1):
                if not line.strip():
                    continue
                try:
                    yield JournalEntry.from_json(line)
                except (ValueError, KeyError, TypeError):
                    logger.warning(
                        "skipping unreadable journal line %d of %s", number, self.path
                    )

    def append(self, entry: JournalEntry) -> None:
        """Write one entry and flush it to the file."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self.path.open("a", encoding="utf-8") as handle:
            handle.write(entry.to_json() + "\n")
            handle.flush()

    def reset(self) -> None:
        """Delete the journal file."""
        self.path.unlink(missing_ok=True)
