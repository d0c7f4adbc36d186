"""Combine the default model with the firm's labelled history into a suggestion.

With little history the default taxonomy stands. With enough closed tickets
the firm's own category names are suggested: from a classifier fitted on the
history, a similarity-weighted vote of the nearest tickets, and the default
model's opinion carried over to the firm's names through how the two label
sets co-occur on past tickets. A request unlike anything known is `other`
when the firm has that label, and unsure otherwise.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from copilot.triage.firm import Distribution, FirmLearner, FirmTraining, top_label
from copilot.triage.heads import DefaultModel
from copilot.triage.model import Scored, TriageSuggestion
from redaction import RedactedText
from retrieval import Neighbour, TicketIndex

__all__ = [
    "TAXONOMY",
    "Evidence",
    "TriageClassifier",
    "TriagePolicy",
    "decide_category",
]

TAXONOMY = (
    "incident",
    "change_request",
    "question",
    "billing",
    "access",
    "complaint",
    "other",
)


@dataclass(frozen=True)
class TriagePolicy:
    """Thresholds; see the settings `COPILOT_TRIAGE_*` for their meaning.

    The weights and out-of-scope thresholds are chosen on validation splits
    carved from training data, never on a test set: `python -m
    evals.triage.tune` reproduces the choice (evals/triage/validation.py says
    which split is which).
    """

    unsure_below: float = 0.55
    min_history: int = 30
    neighbours: int = 10
    # Chosen on validation (mean macro-F1 0.934 over the four sources).
    history_weight: float = 1.0
    knn_share: float = 0.1
    history_limit: int = 3000
    # 0: a firm with an `other` label of its own gets it from its own model;
    # overriding weak answers with `other` lost macro-F1 on validation.
    out_of_scope_below: float = 0.0
    out_of_scope_confidence_below: float = 0.5
    firm_steps: int = 250
    is_firm_balanced: bool = True
    # Weight of the cue-word block in the firm model (the cues are written
    # for the default taxonomy) and of the history's word TF-IDF block.
    firm_cue_scale: float = 1.0
    firm_word_weight: float = 0.5
    # Refit on a grown history in the background (the previous fit answers
    # meanwhile); off, every grown history is refitted before answering.
    refit_in_background: bool = True
    # A firm without `other`: a weak answer unlike any past ticket is flagged
    # unsure (its value unchanged). No validation set has such requests, so
    # this keeps the similarity the product shipped with.
    unsure_unlike_below: float = 0.45
    # Share of the neighbours' priorities in the priority; no validation set
    # has priority labels, so this keeps the value the product shipped with.
    priority_history_weight: float = 0.4

    @property
    def firm_training(self) -> FirmTraining:
        """How the firm model is fitted on the history."""
        return FirmTraining(
            self.firm_steps,
            self.is_firm_balanced,
            self.firm_cue_scale,
            self.firm_word_weight,
        )


@dataclass(frozen=True)
class Evidence:
    """What the suggestion for one text is decided from; no threshold applied."""

    scores: Mapping[str, Mapping[str, float]]
    learned: Distribution
    carried: Distribution
    near: tuple[Neighbour, ...]
    firm_labels: frozenset[str]
    history_size: int = 0


class TriageClassifier:
    """Default model + labelled history -> a `TriageSuggestion`."""

    def __init__(
        self, model: DefaultModel, index: TicketIndex, policy: TriagePolicy
    ) -> None:
        self._model = model
        self._index = index
        self._policy = policy
        self._learner = FirmLearner(model, index, policy)

    @property
    def index(self) -> TicketIndex:
        return self._index

    def classify_many(self, texts: Sequence[RedactedText]) -> list[TriageSuggestion]:
        """One suggestion per redacted text, in order."""
        return [
            self._suggest(text, found)
            for text, found in zip(texts, self.evidence(texts), strict=True)
        ]

    def evidence(self, texts: Sequence[RedactedText]) -> list[Evidence]:
        """The models' and the neighbours' opinions, one per text, in order."""
        raw = [t.text for t in texts]
        defaults = self._model.predict(raw)
        history = self._index.count()
        firm = self._learner.knowledge(history)
        learned: list[Distribution] = [{} for _ in texts]
        if firm.model is not None and texts:
            probs = firm.model.predict(self._model.features(raw), raw)
            learned = [
                dict(zip(firm.model.labels, map(float, row), strict=True))
                for row in probs
            ]
        k = self._policy.neighbours
        labels = frozenset(x for d in firm.transfer.values() for x in d)
        return [
            Evidence(
                scores,
                mine,
                _carry(scores["category"], firm.transfer),
                tuple(self._index.nearest(text, k)) if history else (),
                labels,
                firm.size,
            )
            for text, scores, mine in zip(texts, defaults, learned, strict=True)
        ]

    def wait_for_refit(self, timeout: float | None = None) -> None:
        """Block until a background refit, if one runs, has finished."""
        self._learner.wait_for_refit(timeout)

    def _suggest(self, text: RedactedText, found: Evidence) -> TriageSuggestion:
        p = self._policy
        default, category = decide_category(found, p)
        near = found.near
        priority = _best(
            _mix(
                found.scores["priority"],
                _vote(near, "priority"),
                p.priority_history_weight,
            ),
            p.unsure_below,
            "blend" if near else "default",
        )
        return TriageSuggestion(
            category=category,
            default_category=default,
            priority=priority,
            sentiment=_best(found.scores["sentiment"], p.unsure_below, "default"),
            language=self._language(text),
            team=_from_history(near, "team", p.unsure_below),
            assignee=_from_history(near, "user", p.unsure_below),
            history_size=found.history_size,
        )

    def _language(self, text: RedactedText) -> Scored:
        code, confidence = self._model.cues.language(text.text)
        return Scored(code, confidence, confidence < self._policy.unsure_below, "cues")


def decide_category(found: Evidence, policy: TriagePolicy) -> tuple[Scored, Scored]:
    """(default category, suggested category) under `policy`.

    Out of scope means: no past ticket is close and the combined opinion is
    weak. It is judged on the combined opinion, not the default model's
    alone, so a short request that the firm's history answers confidently
    is not demoted to `other`. It is `other` when the firm uses that label,
    and an unsure suggestion otherwise.
    """
    p = policy
    default = _best(found.scores["category"], p.unsure_below, "default")
    category = default
    if found.firm_labels:
        history = _mix(found.learned, _vote(found.near, "category"), p.knn_share)
        category = _best(
            _mix(found.carried, history, p.history_weight), p.unsure_below, "history"
        )
    known = found.firm_labels or frozenset(TAXONOMY)
    top = found.near[0].score if found.near else 0.0
    # Without an `other` of its own the firm model cannot say "none of
    # these"; the default model, trained with `other`, can.
    is_weak = category.confidence < p.out_of_scope_confidence_below or (
        "other" not in known and default.value == "other"
    )
    if not found.near or not is_weak:
        return default, category
    if "other" in known and top < p.out_of_scope_below:
        category = Scored("other", 1.0 - top, False, "out_of_scope")
    elif "other" not in known and top < p.unsure_unlike_below:
        category = Scored(category.value, category.confidence, True, "out_of_scope")
    return default, category


def _carry(
    scores: Mapping[str, float], transfer: Mapping[str, Distribution]
) -> Distribution:
    """The default model's opinion expressed in the firm's category names."""
    out: Distribution = defaultdict(float)
    for default, p in scores.items():
        for firm_label, share in transfer.get(default, {}).items():
            out[firm_label] += p * share
    return dict(out)


def _vote(near: Sequence[Neighbour], label: str) -> Distribution:
    """Similarity-weighted share of each label among the neighbours."""
    weights: Distribution = defaultdict(float)
    for n in near:
        value = n.labels.get(label)
        if value:
            weights[value] += max(n.score, 0.0) ** 2
    total = sum(weights.values())
    return {k: v / total for k, v in weights.items()} if total else {}


def _mix(
    base: Mapping[str, float], other: Mapping[str, float], weight: float
) -> Distribution:
    """(1 - weight) * base + weight * other; either alone if the other is empty."""
    if not other:
        return dict(base)
    if not base:
        return dict(other)
    labels = set(base) | set(other)
    return {
        k: (1 - weight) * base.get(k, 0.0) + weight * other.get(k, 0.0) for k in labels
    }


def _best(scores: Mapping[str, float], unsure_below: float, source: str) -> Scored:
    if not scores:
        return Scored(None, 0.0, True, source)
    label = top_label(scores)
    confidence = float(scores[label])
    return Scored(label, confidence, confidence < unsure_below, source)


def _from_history(near: Sequence[Neighbour], label: str, unsure_below: float) -> Scored:
    votes = _vote(near, label)
    if not votes:
        return Scored(None, 0.0, True, "history")
    return _best(votes, unsure_below, "history")
