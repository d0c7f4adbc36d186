"""Recall, precision and leak rate per entity type, by overlap of spans.

A labelled value counts as found when any masked span overlaps it (the
synthetic set splits addresses into pieces, so exact matching would punish
masking the whole address). A masked span counts as correct when it overlaps
a labelled value of its own type. The leak rate is the share of a type's
labelled non-space characters that no masked span covers.

Besides one row per type, two pooled rows are kept: ``ALL`` pools every
labelled type, and ``TARGETS`` pools the five types the product's targets
name (``TARGET_TYPES``). A pooled leak rate is leaked characters over
labelled characters of its types; a pooled precision counts a masked span of
any type as correct when it overlaps a labelled value of any type (``ALL``)
or one of its own type among the five (``TARGETS``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from evals.redaction.labelled import GoldSpan, LabelledText

__all__ = [
    "ALL_TYPES",
    "TARGETS",
    "TARGET_TYPES",
    "Prediction",
    "TypeScore",
    "score_items",
]

ALL_TYPES = "ALL"
TARGETS = "TARGETS"
TARGET_TYPES = frozenset(
    {"PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "IBAN_CODE", "CREDIT_CARD"}
)
"""The types the product's targets name: recall 0.98, precision 0.85, leaks 1 %."""


@dataclass(frozen=True)
class Prediction:
    """A span a system masked."""

    entity_type: str
    start: int
    end: int


@dataclass
class TypeScore:
    """Counts for one entity type; ratios are ``None`` when undefined."""

    labelled: int = 0
    found: int = 0
    predicted: int = 0
    correct: int = 0
    sensitive_chars: int = 0
    leaked_chars: int = 0

    def as_dict(self) -> dict[str, float | int | None]:
        """Counts and ratios, rounded for reading."""
        return {
            "labelled": self.labelled,
            "predicted": self.predicted,
            "recall": _ratio(self.found, self.labelled),
            "precision": _ratio(self.correct, self.predicted),
            "leak_rate": _ratio(self.leaked_chars, self.sensitive_chars),
        }


@dataclass
class _Tally:
    scores: dict[str, TypeScore] = field(default_factory=dict)

    def of(self, entity_type: str) -> TypeScore:
        return self.scores.setdefault(entity_type, TypeScore())


def _ratio(part: int, whole: int) -> float | None:
    return None if whole == 0 else round(part / whole, 4)


def _overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    return a_start < b_end and b_start < a_end


def _covered(length: int, predictions: Sequence[Prediction]) -> list[bool]:
    mask = [False] * length
    for prediction in predictions:
        for index in range(max(0, prediction.start), min(length, prediction.end)):
            mask[index] = True
    return mask


def _keys(name: str) -> tuple[str, ...]:
    return (name, ALL_TYPES, TARGETS) if name in TARGET_TYPES else (name, ALL_TYPES)


def _score_gold(
    tally: _Tally,
    text: str,
    gold: GoldSpan,
    name: str,
    predictions: Sequence[Prediction],
    mask: list[bool],
) -> None:
    is_found = any(_overlaps(gold.start, gold.end, p.start, p.end) for p in predictions)
    visible = [i for i in range(gold.start, gold.end) if not text[i].isspace()]
    leaked = sum(1 for i in visible if not mask[i])
    for key in _keys(name):
        score = tally.of(key)
        score.labelled += 1
        score.found += int(is_found)
        score.sensitive_chars += len(visible)
        score.leaked_chars += leaked


def score_items(
    items: Iterable[LabelledText],
    predictions: Iterable[Sequence[Prediction]],
    type_map: Mapping[str, str],
) -> dict[str, TypeScore]:
    """Scores per reported type; ``type_map`` renames labelled types.

    Labelled types mapped to ``""`` are not confidential under the policy
    (dates, ages, titles): they are neither scored nor counted against a
    masked span that overlaps them.
    """
    tally = _Tally()
    for item, predicted in zip(items, predictions, strict=True):
        golds = [
            (gold, type_map.get(gold.entity_type, gold.entity_type))
            for gold in item.spans
        ]
        scored = [(gold, name) for gold, name in golds if name]
        mask = _covered(len(item.text), predicted)
        for gold, name in scored:
            _score_gold(tally, item.text, gold, name, predicted, mask)
        for prediction in predicted:
            is_correct = any(
                name == prediction.entity_type
                and _overlaps(gold.start, gold.end, prediction.start, prediction.end)
                for gold, name in scored
            )
            is_any = any(
                _overlaps(gold.start, gold.end, prediction.start, prediction.end)
                for gold, _ in scored
            )
            hits = [(prediction.entity_type, is_correct), (ALL_TYPES, is_any)]
            if prediction.entity_type in TARGET_TYPES:
                hits.append((TARGETS, is_correct))
            for key, hit in hits:
                score = tally.of(key)
                score.predicted += 1
                score.correct += int(hit)
    return dict(sorted(tally.scores.items()))
