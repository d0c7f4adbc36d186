"""Multinomial logistic regression in numpy: small, deterministic, no download.

Used for the classifier heads trained at start-up from the labelled set that
ships with the product (under a second on two cores).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

__all__ = ["IdfWeights", "SoftmaxModel", "fit_softmax"]

Matrix = NDArray[np.float32]


@dataclass(frozen=True)
class SoftmaxModel:
    """Weights over features for each label; `predict` gives probabilities."""

    labels: tuple[str, ...]
    weights: Matrix
    bias: Matrix

    def predict(self, features: Matrix) -> Matrix:
        """One probability row per feature row, columns in `labels` order.

        Computed in float64 and rounded to float32, so a row's answer does not
        depend on which rows share its batch (BLAS sums a single row and a
        block in different orders).
        """
        logits = features.astype(np.float64) @ self.weights.astype(np.float64)
        logits += self.bias
        exp = np.exp(logits - logits.max(axis=1, keepdims=True))
        result: Matrix = (exp / exp.sum(axis=1, keepdims=True)).astype(np.float32)
        return result


@dataclass(frozen=True)
class IdfWeights:
    """Inverse document frequency of each feature column, learned from a corpus.

    `apply` turns any feature layout into TF-IDF: each column is scaled by
    ``log((1 + n) / (1 + df)) + 1`` (smoothed as in scikit-learn; ``df`` is
    the number of the ``n`` corpus rows in which the column is non-zero) and
    each row is scaled back to unit length. A hash bucket or cue that nearly
    every ticket has then weighs little next to the ones that tell tickets
    apart. Each row is weighted on its own, so a row's answer does not
    depend on its batch.
    """

    weights: Matrix

    @classmethod
    def fit(cls, features: Matrix) -> IdfWeights:
        documents = features.shape[0]
        frequency = np.count_nonzero(features, axis=0)
        weights = np.log((1.0 + documents) / (1.0 + frequency)) + 1.0
        return cls(weights.astype(np.float32)[None, :])

    def scaled(self, start: int, factor: float) -> IdfWeights:
        """The same weights with columns from `start` on multiplied by `factor`."""
        if not 0 <= start <= self.weights.shape[1]:
            raise ValueError("start must be a column of the weights")
        weights = self.weights.copy()
        weights[:, start:] *= np.float32(factor)
        return IdfWeights(weights)

    def apply(self, features: Matrix) -> Matrix:
        weighted = features.astype(np.float32) * self.weights
        norms = np.sqrt((weighted * weighted).sum(axis=1, keepdims=True))
        norms[norms == 0] = 1.0
        result: Matrix = (weighted / norms).astype(np.float32)
        return result


def fit_softmax(
    features: Matrix,
    labels: Sequence[str],
    *,
    l2: float = 1e-4,
    steps: int = 250,
    learning_rate: float = 0.05,
    is_balanced: bool = False,
) -> SoftmaxModel:
    """Fit by full-batch Adam; the same inputs always give the same weights.

    `is_balanced` weighs each example by the inverse of its label's share,
    so every label counts alike in the loss (what macro-F1 rewards).
    """
    names = tuple(sorted(set(labels)))
    if len(names) < 2:
        raise ValueError("at least two labels are needed to train a classifier")
    index = {name: i for i, name in enumerate(names)}
    targets = np.zeros((len(labels), len(names)), dtype=np.float32)
    targets[np.arange(len(labels)), [index[label] for label in labels]] = 1.0
    weights = np.zeros((features.shape[1], len(names)), dtype=np.float32)
    bias = np.zeros((1, len(names)), dtype=np.float32)
    moments = [np.zeros_like(weights), np.zeros_like(bias)]
    squares = [np.zeros_like(weights), np.zeros_like(bias)]
    beta1, beta2, eps = 0.9, 0.999, 1e-8
    share = targets.sum(axis=0) / len(labels)
    scale = (
        (targets @ (1.0 / (len(names) * share))).astype(np.float32)[:, None]
        if is_balanced
        else np.ones((len(labels), 1), dtype=np.float32)
    ) / float(len(labels))
    for step in range(1, steps + 1):
        error = (_softmax(features @ weights + bias) - targets) * scale
        grads = [features.T @ error + l2 * weights, error.sum(axis=0, keepdims=True)]
        for param, grad, m, v in zip(
            (weights, bias), grads, moments, squares, strict=True
        ):
            m *= beta1
            m += (1 - beta1) * grad
            v *= beta2
            v += (1 - beta2) * grad * grad
            m_hat = m / (1 - beta1**step)
            v_hat = v / (1 - beta2**step)
            param -= learning_rate * m_hat / (np.sqrt(v_hat) + eps)
    return SoftmaxModel(names, weights, bias)


def _softmax(logits: Matrix) -> Matrix:
    shifted = logits - logits.max(axis=1, keepdims=True)
    exp = np.exp(shifted)
    result: Matrix = (exp / exp.sum(axis=1, keepdims=True)).astype(np.float32)
    return result
