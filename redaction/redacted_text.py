"""The only form in which client text may leave the process."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from copilot.errors import RedactionError
from redaction.spans import EntitySpan

__all__ = ["RedactedText", "seal"]

_SEAL = object()


@dataclass(frozen=True)
class RedactedText:
    """Text in which every known or detected confidential value is a placeholder.

    ``text`` never contains an original value. ``entity_counts`` tells how
    many values of each type were replaced; ``entities`` where each replaced
    value sat in the text given to the scope (offsets, types, scores: never
    the value). Only a ``RedactionScope``
    constructs it; code that sends text out of the process accepts this
    type, not ``str``.
    """

    text: str
    entity_counts: Mapping[str, int]
    entities: tuple[EntitySpan, ...] = ()
    _seal: object = field(default=None, repr=False, compare=False)

    def __post_init__(self) -> None:
        if self._seal is not _SEAL:
            raise RedactionError("RedactedText is produced only by a RedactionScope")
        counts = MappingProxyType(dict(sorted(self.entity_counts.items())))
        object.__setattr__(self, "entity_counts", counts)


def seal(
    text: str,
    entity_counts: Mapping[str, int],
    entities: tuple[EntitySpan, ...] = (),
) -> RedactedText:
    """Wrap text that a scope has just redacted and checked."""
    return RedactedText(text, entity_counts, entities, _SEAL)
