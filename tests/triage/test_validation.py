"""Tuning sees validation splits carved from training data, never test text."""

from __future__ import annotations

from copilot.triage import Evidence, TriagePolicy
from evals.triage.proxies import SHARED, load_product, load_proxies
from evals.triage.tune import ValidationSet, choose
from evals.triage.validation import product_tuning, proxy_tunings
from retrieval import Neighbour


def test_product_validation_is_held_out_by_template_from_training_only() -> None:
    """Fit and validation partition the shipped training set; no test text."""
    fit, validation = product_tuning()
    product = load_product()
    fit_texts = {e.text for e in fit}
    validation_texts = {e.text for e in validation}
    assert fit_texts.isdisjoint(validation_texts)
    assert fit_texts | validation_texts == {x.text for x in product.train}
    assert validation_texts.isdisjoint({x.text for x in product.test})
    assert {e.category for e in validation} == {e.category for e in fit}


def test_product_validation_is_the_same_on_every_run() -> None:
    """The seed fixes which templates are held out."""
    assert product_tuning() == product_tuning()


def test_proxy_validation_never_contains_a_test_text() -> None:
    """Each proxy's validation comes from its training data or official split."""
    sources, _missing = load_proxies()
    if not SHARED.exists():
        return
    for source, tuning in zip(sources, proxy_tunings(sources), strict=True):
        test = {x.text for x in source.test}
        assert tuning.validation and tuning.fit
        assert test.isdisjoint(x.text for x in tuning.validation)
        assert test.isdisjoint(x.text for x in tuning.fit)
        assert {x.text for x in tuning.fit}.isdisjoint(
            x.text for x in tuning.validation
        )
        if source.name != "clinc150":
            assert len(tuning.fit) + len(tuning.validation) == len(source.train)


def validation_set(name: str, gold: list[str], answers: list[str]) -> ValidationSet:
    """Evidence whose firm model answers each text with certainty."""
    near = (Neighbour("n", 0.1, {"category": "access"}, None, "x"),)
    return ValidationSet(
        name,
        gold,
        [
            Evidence(
                {"category": {"question": 1.0}},
                {answer: 0.55, "access" if answer != "access" else "other": 0.45},
                {},
                near,
                frozenset({"access", "other"}),
            )
            for answer in answers
        ],
    )


def test_tuning_keeps_the_out_of_scope_floor() -> None:
    """A policy that drops out-of-scope requests is never chosen."""
    sets = [
        validation_set(
            "clinc150", ["other", "other", "access"], ["access", "access", "access"]
        )
    ]
    policy, scores = choose(sets, TriagePolicy())
    assert scores["clinc150"]["other_recall"] >= 0.85
    assert policy.out_of_scope_below > 0.1
