"""Redaction eval scoring: overlap recall, typed precision, character leak rate."""

from __future__ import annotations

import pytest

from evals.redaction.labelled import GoldSpan, LabelledText
from evals.redaction.scoring import Prediction, score_items

_TEXT = "Ilse Vandermoortel lives at Rue de la Loi 16"
_ITEM = LabelledText(
    "t-1",
    "note",
    _TEXT,
    (GoldSpan("PERSON", 0, 18), GoldSpan("STREET_ADDRESS", 28, 44)),
)
_MAP = {"STREET_ADDRESS": "LOCATION"}


@pytest.mark.parametrize(
    ("predictions", "recall", "precision", "leak_rate"),
    [
        pytest.param([Prediction("PERSON", 0, 18)], 1.0, 1.0, 0.0, id="exact"),
        pytest.param([Prediction("PERSON", 0, 4)], 1.0, 1.0, 0.7647, id="partial"),
        pytest.param([], 0.0, None, 1.0, id="missed"),
        pytest.param(
            [Prediction("PERSON", 0, 18), Prediction("PERSON", 19, 24)],
            1.0,
            0.5,
            0.0,
            id="false-positive",
        ),
    ],
)
def test_person_scores(
    predictions: list[Prediction],
    recall: float,
    precision: float | None,
    leak_rate: float,
) -> None:
    """Recall by overlap, precision by type, leaks by visible characters."""
    person = score_items([_ITEM], [predictions], _MAP)["PERSON"].as_dict()
    assert (person["recall"], person["precision"], person["leak_rate"]) == (
        recall,
        precision,
        leak_rate,
    )


@pytest.mark.parametrize(
    ("predicted_type", "precision"),
    [
        pytest.param("LOCATION", 1.0, id="mapped-type"),
        pytest.param("ORGANIZATION", 0.0, id="wrong-type"),
    ],
)
def test_split_spans_are_scored_by_overlap(
    predicted_type: str, precision: float
) -> None:
    """One masked span over a split address finds it; its type must match."""
    scores = score_items([_ITEM], [[Prediction(predicted_type, 28, 44)]], _MAP)
    assert scores["LOCATION"].as_dict()["recall"] == 1.0
    assert scores[predicted_type].as_dict()["precision"] == precision


def test_unscored_types_are_ignored() -> None:
    """Types the policy does not mask (dates) are neither scored nor penalised."""
    item = LabelledText("t-2", "note", "on 2024-03-15", (GoldSpan("DATE_TIME", 3, 13),))
    scores = score_items([item], [[]], {"DATE_TIME": ""})
    assert scores == {}


def test_targets_pool_only_the_five_types() -> None:
    """TARGETS leaks count person characters, not address characters; ALL both."""
    scores = score_items([_ITEM], [[Prediction("PERSON", 0, 18)]], _MAP)
    assert scores["TARGETS"].as_dict()["leak_rate"] == 0.0
    assert scores["TARGETS"].as_dict()["labelled"] == 1
    assert scores["ALL"].as_dict()["leak_rate"] == 0.4138  # 12 of 29 characters
