"""Shared, session-scoped pieces for triage tests: one trained default model."""

from __future__ import annotations

import pytest

from copilot.triage import DefaultModel, load_training_set
from redaction import Redactor, build_redactor


@pytest.fixture(scope="session")
def default_model(tmp_path_factory: pytest.TempPathFactory) -> DefaultModel:
    """The default model trained once from the shipped set (a few seconds)."""
    # The same folder as the end-to-end tests' data folder: trained once.
    cache = tmp_path_factory.getbasetemp() / "triage-shared" / "models"
    return DefaultModel.train(load_training_set(), cache_dir=cache)


@pytest.fixture(scope="session")
def redactor() -> Redactor:
    """Patterns and an empty deny-list."""
    return build_redactor([], use_ner=False)
