"""Combine the default model with the firm's labelled history into a suggestion.

With little history the default taxonomy stands. With enough closed tickets
the firm's own category names are suggested: from a classifier fitted on the
history, a similarity-weighted vote of the nearest tickets, and the default
model's opinion carried over to the firm's names through how the two label
sets co-occur on past tickets. A request unlike anything known is `other`
when the firm has that label, and unsure otherwise.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from copilot.triage.heads import DefaultModel
from copilot.triage.linear import SoftmaxModel, fit_softmax
from copilot.triage.model import Scored, TriageSuggestion
from redaction import RedactedText
from retrieval import Neighbour, TicketIndex

__all__ = ["TAXONOMY", "TriageClassifier", "TriagePolicy"]

TAXONOMY = (
    "incident",
    "change_request",
    "question",
    "billing",
    "access",
    "complaint",
    "other",
)

Distribution = dict[str, float]


@dataclass(frozen=True)
class TriagePolicy:
    """Thresholds; see the settings `COPILOT_TRIAGE_*` for their meaning."""

    unsure_below: float = 0.55
    min_history: int = 30
    neighbours: int = 10
    history_weight: float = 0.8
    knn_share: float = 0.2
    history_limit: int = 3000
    out_of_scope_below: float = 0.45
    out_of_scope_default_below: float = 0.6


@dataclass(frozen=True)
class _FirmKnowledge:
    """What was learned from the history at one index size."""

    size: int
    model: SoftmaxModel | None = None
    # default category -> firm category -> share of the history
    transfer: Mapping[str, Distribution] = field(default_factory=dict)


class TriageClassifier:
    """Default model + labelled history -> a `TriageSuggestion`."""

    def __init__(
        self, model: DefaultModel, index: TicketIndex, policy: TriagePolicy
    ) -> None:
        self._model = model
        self._index = index
        self._policy = policy
        self._firm = _FirmKnowledge(-1)

    @property
    def index(self) -> TicketIndex:
        return self._index

    def classify_many(self, texts: Sequence[RedactedText]) -> list[TriageSuggestion]:
        """One suggestion per redacted text, in order."""
        raw = [t.text for t in texts]
        defaults = self._model.predict(raw)
        history = self._index.count()
        firm = self._knowledge(history)
        learned: list[Distribution] = [{} for _ in texts]
        if firm.model is not None and texts:
            probs = firm.model.predict(self._model.features(raw))
            learned = [
                dict(zip(firm.model.labels, map(float, row), strict=True))
                for row in probs
            ]
        k = self._policy.neighbours
        return [
            self._decide(
                text,
                scores,
                self._index.nearest(text, k) if history else [],
                firm,
                mine,
            )
            for text, scores, mine in zip(texts, defaults, learned, strict=True)
        ]

    def _knowledge(self, history: int) -> _FirmKnowledge:
        """Refit on the history when it has grown (or shrunk) since last time."""
        if self._firm.size == history:
            return self._firm
        if history < self._policy.min_history:
            self._firm = _FirmKnowledge(history)
            return self._firm
        pairs = self._index.labelled("category", self._policy.history_limit)
        texts = [text for text, _ in pairs]
        labels = [value for _, value in pairs]
        model = None
        if len(set(labels)) >= 2:
            model = fit_softmax(self._model.features(texts), labels, steps=120)
        predicted = [_argmax(s["category"]) for s in self._model.predict(texts)]
        pairs_seen = Counter(zip(predicted, labels, strict=True))
        per_default = Counter(predicted)
        transfer: dict[str, Distribution] = defaultdict(dict)
        for (default, firm_label), count in pairs_seen.items():
            transfer[default][firm_label] = count / per_default[default]
        self._firm = _FirmKnowledge(history, model, dict(transfer))
        return self._firm

    def _decide(
        self,
        text: RedactedText,
        scores: Mapping[str, Mapping[str, float]],
        near: list[Neighbour],
        firm: _FirmKnowledge,
        learned: Distribution,
    ) -> TriageSuggestion:
        p = self._policy
        default = _best(scores["category"], p.unsure_below, "default")
        category = default
        if firm.transfer:
            history = _mix(learned, _vote(near, "category"), p.knn_share)
            carried = _carry(scores["category"], firm.transfer)
            category = _best(
                _mix(carried, history, p.history_weight), p.unsure_below, "history"
            )
        top = near[0].score if near else 0.0
        if (
            near
            and top < p.out_of_scope_below
            and (
                default.confidence < p.out_of_scope_default_below
                or default.value == "other"
            )
        ):
            known = {x for d in firm.transfer.values() for x in d} or set(TAXONOMY)
            category = (
                Scored("other", 1.0 - top, False, "out_of_scope")
                if "other" in known
                else Scored(category.value, category.confidence, True, "out_of_scope")
            )
        priority = _best(
            _mix(scores["priority"], _vote(near, "priority"), p.history_weight / 2),
            p.unsure_below,
            "blend" if near else "default",
        )
        return TriageSuggestion(
            category=category,
            default_category=default,
            priority=priority,
            sentiment=_best(scores["sentiment"], p.unsure_below, "default"),
            language=self._language(text),
            team=_from_history(near, "team", p.unsure_below),
            assignee=_from_history(near, "user", p.unsure_below),
            history_size=firm.size,
        )

    def _language(self, text: RedactedText) -> Scored:
        code, confidence = self._model.cues.language(text.text)
        return Scored(code, confidence, confidence < self._policy.unsure_below, "cues")


def _argmax(scores: Mapping[str, float]) -> str:
    return max(sorted(scores), key=lambda k: scores[k])


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
    label = _argmax(scores)
    confidence = float(scores[label])
    return Scored(label, confidence, confidence < unsure_below, source)


def _from_history(near: Sequence[Neighbour], label: str, unsure_below: float) -> Scored:
    votes = _vote(near, label)
    if not votes:
        return Scored(None, 0.0, True, "history")
    return _best(votes, unsure_below, "history")
