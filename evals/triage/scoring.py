"""Accuracy, macro-F1 and the TF-IDF + logistic-regression baseline."""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from itertools import pairwise

import numpy as np
from numpy.typing import NDArray

from copilot.triage.linear import fit_softmax

__all__ = ["TfidfBaseline", "accuracy", "macro_f1"]

_WORD = re.compile(r"[^\W_]+")


def accuracy(gold: Sequence[str], predicted: Sequence[str | None]) -> float:
    return sum(g == p for g, p in zip(gold, predicted, strict=True)) / max(len(gold), 1)


def macro_f1(gold: Sequence[str], predicted: Sequence[str | None]) -> float:
    """Mean F1 over the labels of the gold set (a wrong label counts as a miss)."""
    scores = []
    for label in sorted(set(gold)):
        tp = sum(g == p == label for g, p in zip(gold, predicted, strict=True))
        fp = sum(p == label != g for g, p in zip(gold, predicted, strict=True))
        fn = sum(g == label != p for g, p in zip(gold, predicted, strict=True))
        denominator = 2 * tp + fp + fn
        scores.append(2 * tp / denominator if denominator else 0.0)
    return sum(scores) / max(len(scores), 1)


class TfidfBaseline:
    """Word unigram + bigram TF-IDF (sublinear tf, L2) and softmax regression."""

    def __init__(self, texts: Sequence[str], labels: Sequence[str]) -> None:
        docs = [self._terms(t) for t in texts]
        df = Counter(term for doc in docs for term in set(doc))
        self._vocab = {term: i for i, term in enumerate(sorted(df))}
        self._idf = np.array(
            [math.log((1 + len(docs)) / (1 + df[t])) + 1 for t in sorted(df)],
            dtype=np.float32,
        )
        self._model = fit_softmax(self._matrix(docs), labels, steps=150)

    def predict(self, texts: Sequence[str]) -> list[str]:
        probs = self._model.predict(self._matrix([self._terms(t) for t in texts]))
        return [self._model.labels[i] for i in probs.argmax(axis=1)]

    @staticmethod
    def _terms(text: str) -> list[str]:
        words = _WORD.findall(text.lower())
        return words + [f"{a} {b}" for a, b in pairwise(words)]

    def _matrix(self, docs: Sequence[list[str]]) -> NDArray[np.float32]:
        out = np.zeros((len(docs), len(self._vocab)), dtype=np.float32)
        for row, doc in enumerate(docs):
            for term, count in Counter(doc).items():
                col = self._vocab.get(term)
                if col is not None:
                    out[row, col] = (1 + math.log(count)) * self._idf[col]
            norm = float(np.linalg.norm(out[row]))
            if norm:
                out[row] /= norm
        return out
