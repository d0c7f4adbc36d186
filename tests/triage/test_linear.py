"""The softmax model: a row's probabilities do not depend on its batch."""

from __future__ import annotations

import numpy as np

from copilot.triage.linear import fit_softmax


def test_a_row_gets_the_same_answer_alone_and_in_a_batch() -> None:
    """Single rows and blocks are summed in different orders by BLAS."""
    rng = np.random.default_rng(7)
    features = rng.random((64, 300), dtype=np.float32)
    labels = [("a", "b", "c")[i % 3] for i in range(64)]
    model = fit_softmax(features, labels, steps=20)
    together = model.predict(features)
    alone = np.vstack([model.predict(features[i : i + 1]) for i in range(64)])
    assert np.array_equal(together, alone)
    assert np.allclose(together.sum(axis=1), 1.0, atol=1e-6)
