"""Identifiers the firm marks confidential, matched by configured patterns.

Examples: contract numbers ("CTR-2024-0042"), client codes, a database
name. Patterns come from settings; every match is masked, whatever the
policy, and the leak guard blocks payloads that still contain one.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from copilot.errors import ConfigurationError
from redaction.spans import EntitySpan, SpanSource

__all__ = ["ConfidentialPatterns"]

_ENTITY_TYPE = re.compile(r"[A-Z][A-Z0-9]*(?:_[A-Z][A-Z0-9]*)*")


class ConfidentialPatterns:
    """Regular expressions per entity type, such as ``{"CONTRACT_REF": ...}``."""

    def __init__(self, patterns: Mapping[str, str]) -> None:
        self._patterns: list[tuple[str, re.Pattern[str]]] = []
        for entity_type, regex in sorted(patterns.items()):
            if not _ENTITY_TYPE.fullmatch(entity_type):
                raise ConfigurationError(
                    "confidential pattern names are upper-case words joined "
                    f"by '_' (got {entity_type!r})"
                )
            try:
                compiled = re.compile(regex)
            except re.error as exc:
                raise ConfigurationError(
                    f"confidential pattern {entity_type} is not a valid regex"
                ) from exc
            if compiled.search(""):
                raise ConfigurationError(
                    f"confidential pattern {entity_type} matches empty text"
                )
            self._patterns.append((entity_type, compiled))

    def __len__(self) -> int:
        return len(self._patterns)

    def find(self, text: str) -> list[EntitySpan]:
        """Every match in ``text``; each is confidential by configuration."""
        return [
            EntitySpan(
                entity_type, match.start(), match.end(), 1.0, SpanSource.DENY_LIST
            )
            for entity_type, pattern in self._patterns
            for match in pattern.finditer(text)
            if match.end() > match.start()
        ]
