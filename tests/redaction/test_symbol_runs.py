"""Long runs of symbols are broken up for spaCy, offsets kept."""

from __future__ import annotations

import pytest

from redaction import Redactor
from redaction.symbol_runs import broken_symbol_runs


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("=" * 100, id="equals"),
        pytest.param('"([<' * 30, id="quotes-and-brackets"),
        pytest.param("\U0001f600" * 70, id="emoji"),
        pytest.param("Dear Ilse,\n" + "-" * 40 + "\nThanks", id="a-rule-line"),
    ],
)
def test_a_symbol_run_gets_spaces_and_keeps_its_length(text: str) -> None:
    broken = broken_symbol_runs(text)
    assert len(broken) == len(text)
    assert " " in broken
    assert all(a == b or b == " " for a, b in zip(text, broken, strict=True))


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("https://example.com/" + "a-b_c" * 20, id="a-long-url"),
        pytest.param("=" * 31, id="a-short-run"),
        pytest.param("Ilse Vandermoortel, +32 470 12 34 56", id="ordinary-text"),
    ],
)
def test_other_text_is_unchanged(text: str) -> None:
    assert broken_symbol_runs(text) is text or broken_symbol_runs(text) == text


def test_names_beside_a_long_run_are_still_masked(ner_redactor: Redactor) -> None:
    text = "=" * 5000 + "\nCall Ilse Vandermoortel on +32 470 12 34 56.\n" + "=" * 5000
    redacted = ner_redactor.scope("runs").redact(text).text
    assert "Vandermoortel" not in redacted
    assert "470 12 34" not in redacted
    assert redacted.startswith("=" * 5000)
