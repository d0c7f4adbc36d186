"""A deterministic offline text embedding: signed feature hashing with numpy.

No model file, no download: words, word pairs and character n-grams are
hashed (CRC-32, stable across processes, unlike `hash()`) into a fixed number
of buckets. Placeholders such as ``<PERSON_1>`` embed as their type, so two
redacted texts that differ only in who is named stay close.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Sequence
from itertools import pairwise

import numpy as np
from numpy.typing import NDArray

__all__ = ["HashingEmbedder", "tokenize"]

_PLACEHOLDER = re.compile(r"<([A-Z_]+?)_\d+>")
_WORD = re.compile(r"<[a-z_]+>|[^\W\d_]+|\d+")
_CACHE_LIMIT = 200_000

Feature = tuple[int, float]


def tokenize(text: str) -> list[str]:
    """Lower-cased words; digits collapse to `0`, placeholders to `<type>`."""
    text = _PLACEHOLDER.sub(lambda m: f" <{m.group(1).lower()}> ", text)
    return ["0" if token.isdigit() else token for token in _WORD.findall(text.lower())]


class HashingEmbedder:
    """Maps text to an L2-normalised float32 vector of `dim` buckets.

    The same text gives the same vector in every process and on every
    machine. Cosine similarity between vectors approximates the overlap of
    words, word pairs and word fragments (robust to typos and inflection).
    """

    name = "hashing-v1"

    def __init__(
        self,
        dim: int = 2048,
        *,
        word_weight: float = 1.0,
        pair_weight: float = 0.8,
        char_weight: float = 0.35,
        char_sizes: tuple[int, ...] = (3, 4, 5),
    ) -> None:
        if dim < 16:
            raise ValueError("dim must be at least 16")
        self.dim = dim
        self._word_weight = word_weight
        self._pair_weight = pair_weight
        self._char_weight = char_weight
        self._char_sizes = char_sizes
        self._cache: dict[str, tuple[Feature, ...]] = {}

    def embed(self, texts: Sequence[str]) -> NDArray[np.float32]:
        """One row per text; an empty text gives a zero row."""
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for row, text in enumerate(texts):
            self._fill(out[row], text)
        return out

    def embed_one(self, text: str) -> NDArray[np.float32]:
        row: NDArray[np.float32] = self.embed([text])[0]
        return row

    def _fill(self, row: NDArray[np.float32], text: str) -> None:
        tokens = tokenize(text)
        for token in tokens:
            for index, value in self._token_features(token):
                row[index] += value
        for first, second in pairwise(tokens):
            index, sign = self._bucket(f"{first} {second}")
            row[index] += sign * self._pair_weight
        magnitude = np.abs(row)
        np.log1p(magnitude, out=magnitude)
        row[:] = np.sign(row) * magnitude
        norm = float(np.linalg.norm(row))
        if norm > 0:
            row /= norm

    def _token_features(self, token: str) -> tuple[Feature, ...]:
        cached = self._cache.get(token)
        if cached is not None:
            return cached
        index, sign = self._bucket(token)
        features: list[Feature] = [(index, sign * self._word_weight)]
        if not token.startswith("<"):
            padded = f" {token} "
            for size in self._char_sizes:
                for start in range(max(len(padded) - size + 1, 0)):
                    index, sign = self._bucket("#" + padded[start : start + size])
                    features.append((index, sign * self._char_weight))
        result = tuple(features)
        if len(self._cache) < _CACHE_LIMIT:
            self._cache[token] = result
        return result

    def _bucket(self, feature: str) -> tuple[int, float]:
        digest = zlib.crc32(feature.encode("utf-8"))
        return digest % self.dim, (1.0 if digest & 0x80000000 else -1.0)
