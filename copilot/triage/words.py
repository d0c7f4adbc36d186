"""Word TF-IDF learned from the firm's history: each word in its own column.

The default features hash words into shared buckets, so two intents a firm
tells apart by one word ("charged twice" vs "charged a fee") may meet in a
bucket. Here every word seen in at least two history tickets has a column
of its own, weighted by sublinear term frequency and the history's smoothed
IDF; a word the history never repeated is left out, as it teaches nothing.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from copilot.triage.linear import Matrix
from retrieval import tokenize

__all__ = ["WordVocabulary"]


@dataclass(frozen=True)
class WordVocabulary:
    """Column and IDF of each word the history repeated."""

    columns: Mapping[str, int]
    idf: Matrix

    @classmethod
    def fit(cls, texts: Sequence[str], *, min_tickets: int = 2) -> WordVocabulary:
        """Words in at least `min_tickets` of `texts`, in sorted column order."""
        if min_tickets < 1:
            raise ValueError("min_tickets must be at least 1")
        tickets = Counter(word for text in texts for word in set(tokenize(text)))
        kept = sorted(word for word, n in tickets.items() if n >= min_tickets)
        idf = np.array(
            [math.log((1 + len(texts)) / (1 + tickets[w])) + 1.0 for w in kept],
            dtype=np.float32,
        )
        return cls({word: i for i, word in enumerate(kept)}, idf)

    def features(self, texts: Sequence[str]) -> Matrix:
        """(1 + log tf) * idf per known word, each non-empty row of unit length."""
        out = np.zeros((len(texts), len(self.columns)), dtype=np.float32)
        for row, text in enumerate(texts):
            for word, count in Counter(tokenize(text)).items():
                column = self.columns.get(word)
                if column is not None:
                    out[row, column] = (1.0 + math.log(count)) * self.idf[column]
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        norms[norms == 0] = 1.0
        result: Matrix = (out / norms).astype(np.float32)
        return result
