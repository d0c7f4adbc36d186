"""Spot record text that tries to instruct the copilot (prompt injection).

Flags are for the reviewer: the text is still only data to the model, and
the advisory writer refuses every write but its two record kinds whatever a
model answers. Cues live in `injection_cues.json`; they match redacted text,
so a flag never needs the original.
"""

from __future__ import annotations

import json
import re
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources

from copilot.records import RecordRef

__all__ = ["InjectionFlag", "find_injections", "injection_cue"]


@dataclass(frozen=True)
class InjectionFlag:
    """A record whose text reads like instructions, and what it tries to do."""

    ref: RecordRef
    cue: str

    def as_dict(self) -> dict[str, object]:
        return {**self.ref.as_dict(), "cue": self.cue}

    def label(self) -> str:
        return f"{self.ref.label()} ({self.cue.replace('_', ' ')})"


@cache
def _cues() -> tuple[tuple[str, re.Pattern[str]], ...]:
    raw = resources.files("copilot").joinpath("injection_cues.json").read_text("utf-8")
    data: dict[str, list[str]] = json.loads(raw)
    return tuple(
        (kind, re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE))
        for kind, patterns in data.items()
        if not kind.startswith("_")
    )


def injection_cue(text: str, kinds: Collection[str] | None = None) -> str | None:
    """The kind of instruction `text` carries (among `kinds`, default all)."""
    folded = " ".join(text.split())
    for kind, pattern in _cues():
        if (kinds is None or kind in kinds) and pattern.search(folded):
            return kind
    return None


def find_injections(
    texts: Iterable[tuple[RecordRef, str]],
) -> tuple[InjectionFlag, ...]:
    """One flag per record (first cue found), in the order given."""
    flags: dict[RecordRef, InjectionFlag] = {}
    for ref, text in texts:
        if ref in flags:
            continue
        cue = injection_cue(text)
        if cue is not None:
            flags[ref] = InjectionFlag(ref, cue)
    return tuple(flags.values())
