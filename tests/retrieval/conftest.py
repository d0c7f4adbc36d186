"""A pattern-only redactor: the index takes redacted text only."""

from __future__ import annotations

import pytest

from redaction import Redactor, build_redactor


@pytest.fixture(scope="session")
def pattern_redactor() -> Redactor:
    """Patterns and an empty deny-list: fast, and enough to seal test texts."""
    return build_redactor([], use_ner=False)
