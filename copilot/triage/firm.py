"""What the firm's closed tickets teach, refitted as the history grows.

From the labelled history: a classifier over the firm's own category names
(TF-IDF over the default model's features, the IDF learned from the same
history, so what every one of the firm's tickets says counts for little),
and how the default taxonomy's categories map onto them (which share of
tickets the default model calls `billing` the firm filed as "Invoices").
The first fit on enough history happens in the caller's thread; later
refits (a ticket closed since) run in the background while the previous
fit keeps answering, so no request waits seconds for one.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np

from copilot.triage.heads import DefaultModel
from copilot.triage.linear import IdfWeights, Matrix, SoftmaxModel, fit_softmax
from copilot.triage.words import WordVocabulary
from retrieval import TicketIndex

if TYPE_CHECKING:
    from copilot.triage.classifier import TriagePolicy

__all__ = [
    "Distribution",
    "FirmKnowledge",
    "FirmLearner",
    "FirmModel",
    "FirmTraining",
    "top_label",
]

logger = logging.getLogger(__name__)

Distribution = dict[str, float]


@dataclass(frozen=True)
class FirmTraining:
    """How the firm model is fitted; `TriagePolicy` holds the tuned values."""

    steps: int
    is_balanced: bool
    # Weight of the cue-word columns against the hashed ones (the cues are
    # written for the default taxonomy; a firm's own words may say more).
    cue_scale: float = 1.0
    # Weight of the history's word TF-IDF block; 0 leaves it out.
    word_weight: float = 0.0


@dataclass(frozen=True)
class FirmModel:
    """Softmax over the default features weighted by the history's IDF.

    With a word weight, the history's word TF-IDF (`WordVocabulary`) is
    appended, so the model needs the texts as well as their features.
    """

    idf: IdfWeights
    softmax: SoftmaxModel
    words: WordVocabulary | None = None
    word_weight: float = 0.0

    @property
    def labels(self) -> tuple[str, ...]:
        return self.softmax.labels

    def predict(self, features: Matrix, texts: Sequence[str] = ()) -> Matrix:
        """One probability row per row of `DefaultModel.features` (of `texts`)."""
        inputs = _inputs(self.idf, self.words, self.word_weight, features, texts)
        return self.softmax.predict(inputs)

    @classmethod
    def fit(
        cls,
        features: Matrix,
        labels: Sequence[str],
        training: FirmTraining,
        *,
        texts: Sequence[str] = (),
        cue_columns: int = 0,
    ) -> FirmModel:
        """Fit on `features` whose last `cue_columns` are the cue block."""
        idf = IdfWeights.fit(features).scaled(
            features.shape[1] - cue_columns, training.cue_scale
        )
        words = WordVocabulary.fit(texts) if training.word_weight > 0 else None
        softmax = fit_softmax(
            _inputs(idf, words, training.word_weight, features, texts),
            labels,
            steps=training.steps,
            is_balanced=training.is_balanced,
        )
        return cls(idf, softmax, words, training.word_weight)


def _inputs(
    idf: IdfWeights,
    words: WordVocabulary | None,
    word_weight: float,
    features: Matrix,
    texts: Sequence[str],
) -> Matrix:
    """The IDF-weighted features, then the weighted word block if any."""
    weighted = idf.apply(features)
    if words is None:
        return weighted
    if len(texts) != features.shape[0]:
        raise ValueError("the word block needs one text per feature row")
    block = words.features(texts) * np.float32(word_weight)
    result: Matrix = np.hstack([weighted, block])
    return result


@dataclass(frozen=True)
class FirmKnowledge:
    """What was learned from the history at one index size."""

    size: int
    model: FirmModel | None = None
    # default category -> firm category -> share of the history
    transfer: Mapping[str, Distribution] = field(default_factory=dict)


class FirmLearner:
    """Keeps the `FirmKnowledge` of an index current."""

    def __init__(
        self, model: DefaultModel, index: TicketIndex, policy: TriagePolicy
    ) -> None:
        self._model = model
        self._index = index
        self._policy = policy
        self._firm = FirmKnowledge(-1)
        self._refit_lock = threading.Lock()
        self._refit_thread: threading.Thread | None = None

    def knowledge(self, history: int) -> FirmKnowledge:
        """The knowledge for an index of ``history`` tickets (or the last one)."""
        firm = self._firm
        if firm.size == history:
            return firm
        if history < self._policy.min_history:
            self._firm = FirmKnowledge(history)
            return self._firm
        if firm.size >= self._policy.min_history and self._policy.refit_in_background:
            self._refit_later(history)
            return firm
        self._firm = self._fitted(history)
        return self._firm

    def wait_for_refit(self, timeout: float | None = None) -> None:
        """Block until a background refit, if one runs, has finished."""
        thread = self._refit_thread
        if thread is not None:
            thread.join(timeout)

    def _refit_later(self, history: int) -> None:
        with self._refit_lock:
            if self._refit_thread is not None and self._refit_thread.is_alive():
                return
            self._refit_thread = threading.Thread(
                target=self._refit, args=(history,), name="triage-refit", daemon=True
            )
            self._refit_thread.start()

    def _refit(self, history: int) -> None:
        try:
            self._firm = self._fitted(history)
        except Exception as exc:  # the previous fit keeps answering
            logger.warning("triage history refit failed (%s)", type(exc).__name__)

    def _fitted(self, history: int) -> FirmKnowledge:
        started = time.perf_counter()
        pairs = self._index.labelled("category", self._policy.history_limit)
        texts = [text for text, _ in pairs]
        labels = [value for _, value in pairs]
        model = None
        if len(set(labels)) >= 2:
            model = FirmModel.fit(
                self._model.features(texts),
                labels,
                self._policy.firm_training,
                texts=texts,
                cue_columns=self._model.cue_columns,
            )
        predicted = [top_label(s["category"]) for s in self._model.predict(texts)]
        pairs_seen = Counter(zip(predicted, labels, strict=True))
        per_default = Counter(predicted)
        transfer: dict[str, Distribution] = defaultdict(dict)
        for (default, firm_label), count in pairs_seen.items():
            transfer[default][firm_label] = count / per_default[default]
        logger.info(
            "triage history fitted: %s tickets, %.1f s",
            len(pairs),
            time.perf_counter() - started,
        )
        return FirmKnowledge(history, model, dict(transfer))


def top_label(scores: Mapping[str, float]) -> str:
    """The label with the highest score; ties go to the first by name."""
    return max(sorted(scores), key=lambda k: scores[k])
