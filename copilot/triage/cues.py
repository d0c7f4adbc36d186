"""Cue-word features and the language guess, from the shipped cue list."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources

import numpy as np
from numpy.typing import NDArray

__all__ = ["CueLexicon", "load_cues"]

_FULL_EVIDENCE = 2
"""Marker words of one language needed for a full-confidence guess."""

_WORDS = re.compile(r"[^\W_]+(?:[-'][^\W_]+)*")


@dataclass(frozen=True)
class CueLexicon:
    """Cue stems per label of each signal (`category`, `priority`, ...)."""

    signals: Mapping[str, Mapping[str, tuple[str, ...]]]

    def counts(self, signal: str, text: str) -> dict[str, int]:
        """How many cues of each label of `signal` occur in `text`."""
        padded = " " + " ".join(_WORDS.findall(text.lower())) + " "
        raw = " " + text.lower() + " "
        out: dict[str, int] = {}
        for label, stems in self.signals[signal].items():
            out[label] = sum(
                1 for stem in stems if (" " + stem) in padded or (" " + stem) in raw
            )
        return out

    def features(
        self, signals: Sequence[str], texts: Sequence[str]
    ) -> NDArray[np.float32]:
        """log(1 + count) per (signal, label), one row per text."""
        columns = [(s, label) for s in signals for label in sorted(self.signals[s])]
        out = np.zeros((len(texts), len(columns)), dtype=np.float32)
        for row, text in enumerate(texts):
            counts = {s: self.counts(s, text) for s in signals}
            for col, (signal, label) in enumerate(columns):
                out[row, col] = np.log1p(counts[signal][label])
        return out

    def language(self, text: str) -> tuple[str, float]:
        """The likeliest language code and a confidence in [0, 1]."""
        words = _WORDS.findall(text.lower())
        if not words:
            return "en", 0.0
        hits = {
            code: sum(1 for word in words if word in set(stems))
            for code, stems in self.signals["language"].items()
        }
        total = sum(hits.values())
        best = max(sorted(hits), key=lambda code: hits[code])
        if total == 0:
            return "en", 0.2
        # One marker word is weak evidence ("no id here" is not Spanish):
        # the share of markers counts in full from two markers on.
        evidence = min(1.0, hits[best] / _FULL_EVIDENCE)
        return best, round(hits[best] / total * evidence, 3)


@cache
def load_cues() -> CueLexicon:
    text = resources.files("copilot.triage").joinpath("cues.json").read_text("utf-8")
    data = json.loads(text)
    return CueLexicon(
        {
            signal: {label: tuple(stems) for label, stems in labels.items()}
            for signal, labels in data.items()
            if not signal.startswith("_")
        }
    )
