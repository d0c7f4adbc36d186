"""Facts: deterministic findings with the Odoo records that prove them."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from copilot.records import RecordRef

__all__ = ["Fact", "Severity"]


class Severity(StrEnum):
    INFO = "info"
    WARNING = "warning"
    CRITICAL = "critical"


@dataclass(frozen=True)
class Fact:
    """One finding. Every number in `statement` is also in `figures`.

    `statement` may name records (task or milestone names); it is redacted
    before it reaches any model, like every other free text.
    """

    kind: str
    severity: Severity
    statement: str
    evidence: tuple[RecordRef, ...]
    figures: Mapping[str, float | int | str] = field(default_factory=dict)
    subject: str | None = None

    def as_dict(self) -> dict[str, object]:
        return {
            "kind": self.kind,
            "severity": self.severity.value,
            "statement": self.statement,
            "figures": dict(self.figures),
            "evidence": [ref.as_dict() for ref in self.evidence],
        }
