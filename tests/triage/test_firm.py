"""The firm model is TF-IDF over the default features, IDF from the history."""

from __future__ import annotations

import numpy as np
import pytest

from copilot.triage import DefaultModel, TriagePolicy
from copilot.triage.firm import FirmLearner, FirmModel, FirmTraining
from copilot.triage.linear import IdfWeights
from redaction import Redactor
from retrieval import HashingEmbedder, IndexedTicket, MemoryTicketIndex


def test_a_bucket_in_every_ticket_weighs_least() -> None:
    """Columns 0 (every row), 1 (one row), 2 (two rows), 3 (no row)."""
    history = np.array(
        [[1.0, 1.0, 1.0, 0.0], [0.5, 0.0, -1.0, 0.0], [2.0, 0.0, 0.0, 0.0]],
        dtype=np.float32,
    )
    weights = IdfWeights.fit(history).weights[0]
    assert weights[0] == np.float32(1.0)  # log(4 / 4) + 1
    assert weights[0] < weights[2] < weights[1] < weights[3]
    # Equal raw values: the rare bucket ends up far above the common one,
    # and the row is scaled back to unit length.
    row = IdfWeights.fit(history).apply(np.array([[1, 1, 0, 0]], dtype=np.float32))
    assert np.isclose(row[0, 1] / row[0, 0], weights[1])
    assert np.isclose(np.linalg.norm(row), 1.0)
    # An empty row stays empty (no division by zero).
    empty = IdfWeights.fit(history).apply(np.zeros((1, 4), dtype=np.float32))
    assert not empty.any()


def test_a_row_gets_the_same_firm_answer_alone_and_in_a_batch() -> None:
    rng = np.random.default_rng(3)
    features = rng.random((48, 200), dtype=np.float32)
    features[features < 0.7] = 0.0
    labels = [("a", "b")[i % 2] for i in range(48)]
    model = FirmModel.fit(features, labels, FirmTraining(20, True))
    together = model.predict(features)
    alone = np.vstack([model.predict(features[i : i + 1]) for i in range(48)])
    assert np.array_equal(together, alone)


def test_the_cue_scale_weighs_only_the_last_columns() -> None:
    """IDF of columns 0-1 unchanged; the two cue columns scaled by 0.5."""
    history = np.array([[1, 0, 1, 0], [0, 1, 1, 1]], dtype=np.float32)
    plain = IdfWeights.fit(history).weights[0]
    scaled = IdfWeights.fit(history).scaled(2, 0.5).weights[0]
    assert np.array_equal(scaled[:2], plain[:2])
    assert np.allclose(scaled[2:], plain[2:] * 0.5)
    with pytest.raises(ValueError, match="column"):
        IdfWeights.fit(history).scaled(5, 0.5)


def test_the_fitted_cue_scale_reaches_the_cue_block() -> None:
    rng = np.random.default_rng(5)
    features = rng.random((20, 10), dtype=np.float32)
    labels = [("a", "b")[i % 2] for i in range(20)]
    training = FirmTraining(5, True, cue_scale=0.7)
    model = FirmModel.fit(features, labels, training, cue_columns=3)
    plain = IdfWeights.fit(features).weights[0]
    assert np.allclose(model.idf.weights[0, -3:], plain[-3:] * 0.7)
    assert np.array_equal(model.idf.weights[0, :-3], plain[:-3])


@pytest.mark.parametrize(
    ("word_weight", "has_words", "width"),
    [(0.0, False, 6), (0.5, True, 6 + 3)],
)
def test_the_word_block_is_appended_only_with_a_word_weight(
    word_weight: float, has_words: bool, width: int
) -> None:
    """Three words recur in the history ("invoice", "login", "the")."""
    texts = ["the invoice", "the invoice again", "the login", "the login fails"]
    features = np.eye(4, 6, dtype=np.float32)
    training = FirmTraining(5, True, word_weight=word_weight)
    model = FirmModel.fit(
        features, ["Money", "Money", "Access", "Access"], training, texts=texts
    )
    assert (model.words is not None) == has_words
    assert model.softmax.weights.shape[0] == width
    together = model.predict(features, texts)
    alone = np.vstack(
        [model.predict(features[i : i + 1], texts[i : i + 1]) for i in range(4)]
    )
    assert np.array_equal(together, alone)


def test_the_word_block_needs_the_texts() -> None:
    texts = ["the invoice", "the invoice", "the login", "the login"]
    features = np.eye(4, 6, dtype=np.float32)
    model = FirmModel.fit(
        features,
        ["a", "a", "b", "b"],
        FirmTraining(5, True, word_weight=0.5),
        texts=texts,
    )
    with pytest.raises(ValueError, match="one text per feature row"):
        model.predict(features)


def test_the_policy_carries_the_firm_training() -> None:
    policy = TriagePolicy(firm_steps=250, firm_cue_scale=0.7, firm_word_weight=0.5)
    assert policy.firm_training == FirmTraining(250, True, 0.7, 0.5)


def test_the_fitted_firm_model_discounts_what_every_history_ticket_says(
    default_model: DefaultModel, redactor: Redactor
) -> None:
    """A greeting on every closed ticket: its word bucket gets the least IDF."""
    scope = redactor.scope("tests/firm-idf")
    texts = {
        "Bug": ["the export fails", "saving crashes", "report shows an error"],
        "Money": ["invoice is wrong", "refund my payment", "charged twice"],
    }
    index = MemoryTicketIndex(HashingEmbedder())
    index.add(
        [
            IndexedTicket(
                f"{label}-{n}",
                scope.redact(f"Hello team, {text} ({n})"),
                {"category": label},
            )
            for label, rows in texts.items()
            for n in range(6)
            for text in rows[n % 3 : n % 3 + 1]
        ]
    )
    learner = FirmLearner(
        default_model, index, TriagePolicy(min_history=12, refit_in_background=False)
    )
    firm = learner.knowledge(index.count())
    assert isinstance(firm.model, FirmModel)
    weights = firm.model.idf.weights[0]
    hello = default_model.features(["hello"])[0]
    refund = default_model.features(["refund"])[0]
    # Buckets only "hello" fills (every ticket) vs only "refund" fills (two).
    only_hello = (hello != 0) & (refund == 0)
    only_refund = (refund != 0) & (hello == 0)
    assert weights[only_hello].min() == np.float32(1.0)
    assert np.median(weights[only_hello]) < np.median(weights[only_refund])
    request = ["Hello, refund please"]
    probs = firm.model.predict(default_model.features(request), request)
    assert firm.model.labels[int(probs.argmax())] == "Money"
