"""The default classifier: category, priority and sentiment heads.

Trained from the labelled requests shipped with the product (the default
taxonomy) on hashed n-grams plus cue-word counts. Training takes a few
seconds, so the weights are cached in a file keyed by the hash of the
training data and the cues; a missing or stale cache is simply retrained.
Nothing is downloaded.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import numpy as np
from numpy.typing import NDArray

from copilot.triage.cues import CueLexicon, load_cues
from copilot.triage.linear import SoftmaxModel, fit_softmax
from retrieval import HashingEmbedder

__all__ = ["HEADS", "DefaultModel", "TrainingExample", "load_training_set"]

logger = logging.getLogger(__name__)

HEADS = ("category", "priority", "sentiment")
FEATURE_DIM = 8192


@dataclass(frozen=True)
class TrainingExample:
    text: str
    category: str
    priority: str
    sentiment: str


def load_training_set() -> tuple[TrainingExample, ...]:
    """The product's shipped training requests (see evals/triage/generate.py)."""
    path = resources.files("copilot.triage").joinpath("data", "train.jsonl")
    rows = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line]
    return tuple(
        TrainingExample(r["text"], r["category"], str(r["priority"]), r["sentiment"])
        for r in rows
    )


class DefaultModel:
    """Probabilities per head for texts, from the shipped training set."""

    def __init__(self, heads: dict[str, SoftmaxModel], cues: CueLexicon) -> None:
        self._heads = heads
        self._cues = cues
        self._embedder = HashingEmbedder(FEATURE_DIM)

    @property
    def cues(self) -> CueLexicon:
        return self._cues

    @property
    def cue_columns(self) -> int:
        """How many of the last columns of `features` are cue-word counts."""
        return sum(len(self._cues.signals[head]) for head in HEADS)

    def features(self, texts: Sequence[str]) -> NDArray[np.float32]:
        """Hashed n-grams, then the cue block (`cue_columns` wide)."""
        hashed = self._embedder.embed(texts)
        cued = self._cues.features(HEADS, texts)
        return np.hstack([hashed, cued])

    def predict(self, texts: Sequence[str]) -> list[dict[str, dict[str, float]]]:
        """For each text, head -> label -> probability."""
        x = self.features(texts)
        out: list[dict[str, dict[str, float]]] = [{} for _ in texts]
        for head, model in self._heads.items():
            probs = model.predict(x)
            for row, scores in zip(probs, out, strict=True):
                scores[head] = {
                    label: float(p) for label, p in zip(model.labels, row, strict=True)
                }
        return out

    @classmethod
    def train(
        cls, examples: Sequence[TrainingExample], *, cache_dir: Path | None = None
    ) -> DefaultModel:
        cues = load_cues()
        digest = _digest(examples, cues)
        cached = _load(cache_dir, digest) if cache_dir else None
        if cached is not None:
            return cls(cached, cues)
        model = cls({}, cues)
        x = model.features([e.text for e in examples])
        heads = {
            head: fit_softmax(x, [getattr(e, head) for e in examples], steps=150)
            for head in HEADS
        }
        if cache_dir is not None:
            _save(cache_dir, digest, heads)
        logger.info("default triage model trained on %s examples", len(examples))
        return cls(heads, cues)


def _digest(examples: Sequence[TrainingExample], cues: CueLexicon) -> str:
    """Key of the cache: the training set, the cues and the feature layout."""
    digest = hashlib.sha256(f"v2/{FEATURE_DIM}".encode())
    digest.update(json.dumps(cues.signals, sort_keys=True).encode())
    for e in examples:
        digest.update(f"\x00{e.text}\x01{e.category}{e.priority}{e.sentiment}".encode())
    return digest.hexdigest()[:16]


def _load(cache_dir: Path, digest: str) -> dict[str, SoftmaxModel] | None:
    path = cache_dir / f"triage-default-{digest}.npz"
    if not path.exists():
        return None
    try:
        with np.load(path, allow_pickle=False) as data:
            return {
                head: SoftmaxModel(
                    tuple(str(x) for x in data[f"{head}_labels"]),
                    data[f"{head}_weights"].astype(np.float32),
                    data[f"{head}_bias"].astype(np.float32),
                )
                for head in HEADS
            }
    except (OSError, KeyError, ValueError):
        logger.warning("triage model cache unreadable; retraining")
        return None


def _save(cache_dir: Path, digest: str, heads: dict[str, SoftmaxModel]) -> None:
    cache_dir.mkdir(parents=True, exist_ok=True)
    arrays: dict[str, NDArray[np.generic]] = {}
    for head, model in heads.items():
        arrays[f"{head}_labels"] = np.array(model.labels)
        arrays[f"{head}_weights"] = model.weights
        arrays[f"{head}_bias"] = model.bias
    np.savez(cache_dir / f"triage-default-{digest}.npz", **arrays)  # type: ignore[arg-type]
