"""The labelled set is reproducible and split cleanly; the metrics are right."""

from __future__ import annotations

from collections import Counter

import pytest

from copilot.triage import TAXONOMY, load_training_set
from evals.triage.generate import generate
from evals.triage.proxies import MAPPINGS, SHARED, load_proxies
from evals.triage.scoring import TfidfBaseline, accuracy, macro_f1


def test_generation_is_reproducible_and_matches_the_shipped_files() -> None:
    """Same seed, same requests; the shipped training set is that output."""
    train, test = generate()
    again, _ = generate()
    assert train == again
    shipped = load_training_set()
    assert [e.text for e in shipped] == [r.text for r in train]
    assert len(train) + len(test) >= 400


def test_train_and_test_share_no_text_and_cover_every_category() -> None:
    """Nothing scored is trained on; every category and priority appears."""
    train, test = generate()
    assert not {r.text for r in train} & {r.text for r in test}
    assert set(Counter(r.category for r in test)) == set(TAXONOMY)
    assert {r.priority for r in test} == {0, 1, 2, 3}
    assert {r.language for r in test} >= {"en", "fr", "de"}


@pytest.mark.parametrize(
    ("gold", "predicted", "acc", "f1"),
    [
        (["a", "a", "b", "b"], ["a", "a", "b", "b"], 1.0, 1.0),
        (["a", "a", "b", "b"], ["a", "b", "b", "b"], 0.75, (2 / 3 + 0.8) / 2),
        (["a", "b"], [None, None], 0.0, 0.0),
    ],
)
def test_accuracy_and_macro_f1(
    gold: list[str], predicted: list[str | None], acc: float, f1: float
) -> None:
    """Macro-F1 averages over the gold labels; a missing answer is a miss."""
    assert accuracy(gold, predicted) == pytest.approx(acc)
    assert macro_f1(gold, predicted) == pytest.approx(f1)


def test_baseline_learns_a_separable_task() -> None:
    """The TF-IDF baseline separates two obvious classes."""
    texts = ["invoice unpaid", "invoice charged twice", "password reset", "login fails"]
    labels = ["billing", "billing", "access", "access"]
    model = TfidfBaseline(texts, labels)
    assert model.predict(["the invoice is unpaid", "password login"]) == labels[1:3]


def test_mapping_tables_target_the_taxonomy() -> None:
    """Every mapped intent lands on a default category."""
    for table in MAPPINGS.values():
        assert set(table.values()) <= set(TAXONOMY)


def test_proxies_load_or_say_why() -> None:
    """Present sources load with train and test apart; absent ones are named."""
    sources, missing = load_proxies()
    if not SHARED.exists():
        assert len(missing) == 3
        return
    for source in sources:
        assert source.train and source.test
    bitext = next(s for s in sources if s.name == "bitext")
    assert not {x.text for x in bitext.train} & {x.text for x in bitext.test}
