"""Unicode NFC composition that keeps a map back to the text as written.

A name typed with decomposed accents ("Ce" + U+0301 + "line") reads as
"Celine" with a stray mark to the NER model and to word patterns; analysis
runs on the composed text and its spans are mapped back, so offsets always
index the caller's text and a replaced span never leaves a mark behind.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

__all__ = ["ComposedText", "compose"]


@dataclass(frozen=True)
class ComposedText:
    """``text`` is ``original`` in NFC; ``bounds[i]`` is where char ``i`` came from.

    ``bounds`` is ``None`` when the original was already composed (the usual
    case), meaning the identity map.
    """

    original: str
    text: str
    bounds: tuple[tuple[int, int], ...] | None

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """The span of ``original`` that composed ``[start, end)`` came from."""
        if self.bounds is None or start >= end:
            return start, end
        return self.bounds[start][0], self.bounds[end - 1][1]


def _clusters(text: str) -> list[tuple[int, int]]:
    """Each starter with the combining marks that follow it."""
    clusters: list[tuple[int, int]] = []
    start = 0
    for index in range(1, len(text) + 1):
        if index == len(text) or not unicodedata.combining(text[index]):
            clusters.append((start, index))
            start = index
    return clusters


def compose(text: str) -> ComposedText:
    """``text`` in NFC, cluster by cluster, with the map back to ``text``."""
    if text.isascii() or unicodedata.is_normalized("NFC", text):
        return ComposedText(text, text, None)
    pieces: list[str] = []
    bounds: list[tuple[int, int]] = []
    for start, end in _clusters(text):
        composed = unicodedata.normalize("NFC", text[start:end])
        pieces.append(composed)
        bounds.extend([(start, end)] * len(composed))
    return ComposedText(text, "".join(pieces), tuple(bounds))
