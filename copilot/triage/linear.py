"""Multinomial logistic regression in numpy: small, deterministic, no download.

Used for the classifier heads trained at start-up from the labelled set that
ships with the product (under a second on two cores).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

__all__ = ["SoftmaxModel", "fit_softmax"]

Matrix = NDArray[np.float32]


@dataclass(frozen=True)
class SoftmaxModel:
    """Weights over features for each label; `predict` gives probabilities."""

    labels: tuple[str, ...]
    weights: Matrix
    bias: Matrix

    def predict(self, features: Matrix) -> Matrix:
        """One probability row per feature row, columns in `labels` order."""
        return _softmax(features @ self.weights + self.bias)


def fit_softmax(
    features: Matrix,
    labels: Sequence[str],
    *,
    l2: float = 1e-4,
    steps: int = 250,
    learning_rate: float = 0.05,
) -> SoftmaxModel:
    """Fit by full-batch Adam; the same inputs always give the same weights."""
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
    count = float(len(labels))
    for step in range(1, steps + 1):
        error = (_softmax(features @ weights + bias) - targets) / count
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
