"""Which entity types each destination of redacted text may see unmasked.

Safe by default: every destination gets every masked type masked. An
operator may relax a destination (a local model may see places, say), but
personal types can never be unmasked for a remote model or embeddings.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from enum import StrEnum
from functools import cache
from types import MappingProxyType

from copilot.errors import ConfigurationError
from redaction.package_data import read_string_list
from redaction.policy import RedactionPolicy, default_masked_types, name_types

__all__ = ["Destination", "DestinationPolicy"]


class Destination(StrEnum):
    """Where redacted text goes."""

    REMOTE_MODEL = "remote_model"
    LOCAL_MODEL = "local_model"
    EMBEDDINGS = "embeddings"
    LOGS = "logs"


_STRICT = frozenset({Destination.REMOTE_MODEL, Destination.EMBEDDINGS})


@cache
def _personal_types() -> frozenset[str]:
    return frozenset(read_string_list("policy.json", "personal_types"))


@dataclass(frozen=True)
class DestinationPolicy:
    """The types each destination may receive unmasked (none by default)."""

    unmasked: Mapping[Destination, frozenset[str]] = field(
        default_factory=lambda: MappingProxyType({})
    )

    def __post_init__(self) -> None:
        for destination, types in self.unmasked.items():
            forbidden = sorted(types & _personal_types())
            if destination in _STRICT and forbidden:
                raise ConfigurationError(
                    f"personal entity types cannot be unmasked for {destination}: "
                    + ", ".join(forbidden)
                )
        frozen = {dest: frozenset(types) for dest, types in self.unmasked.items()}
        object.__setattr__(self, "unmasked", MappingProxyType(frozen))

    @classmethod
    def from_lists(cls, unmasked: Mapping[str, Iterable[str]]) -> DestinationPolicy:
        """Build from plain settings values keyed by destination name."""
        try:
            parsed = {
                Destination(name): frozenset(t.strip().upper() for t in types)
                for name, types in unmasked.items()
            }
        except ValueError as exc:
            raise ConfigurationError("unknown redaction destination") from exc
        for destination, types in parsed.items():
            _check_known(destination, types)
        return cls(parsed)

    def policy_for(
        self, destination: Destination, base: RedactionPolicy
    ) -> RedactionPolicy:
        """``base`` with this destination's unmasked types taken out."""
        allowed = self.unmasked.get(destination, frozenset())
        return replace(base, masked_types=base.masked_types - allowed)


def _check_known(destination: Destination, types: frozenset[str]) -> None:
    """A type the analyzer never reports is a typo: unmasking it does nothing."""
    known = default_masked_types() | name_types()
    unknown = sorted(types - known)
    if not unknown:
        return
    hints = [
        f"{shown} (did you mean {close[0]}?)" if close else shown
        for name in unknown
        # An invisible character in a type is shown, not printed raw.
        for shown in [name if name.isascii() and name.isprintable() else ascii(name)]
        for close in [difflib.get_close_matches(name, sorted(known), n=1)]
    ]
    raise ConfigurationError(
        f"unknown entity type for {destination}: " + ", ".join(hints)
    )
