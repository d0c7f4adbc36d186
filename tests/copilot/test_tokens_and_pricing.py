"""Token counts need no download, and a job's cost follows the price table."""

from __future__ import annotations

import pytest

from copilot.pricing import ModelPrice, call_cost
from copilot.tokens import TokenUsage, estimate_tokens

PRICES = {"m": ModelPrice(input_per_million=2.0, output_per_million=8.0)}


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("", 4, 4),
        ("Hello world.", 7, 8),
        ("The project is at risk: 120 h logged of 100 h.", 16, 20),
        ("x" * 400, 80, 90),
    ],
)
def test_the_estimate_is_deterministic_and_in_a_plausible_range(
    text: str, low: int, high: int
) -> None:
    """Same text, same count; about a token per short word."""
    assert estimate_tokens(text) == estimate_tokens(text)
    assert low <= estimate_tokens(text) <= high


def test_the_servers_usage_wins_over_the_estimate() -> None:
    """Reported numbers are kept; missing ones fall back to the estimate."""
    reported = TokenUsage.of(10, 3, prompt=("a b c",), completion="d")
    assert reported == TokenUsage(10, 3, False)
    missing = TokenUsage.of(None, 3, prompt=("a b c",), completion="d")
    assert missing.is_estimated and missing.prompt_tokens == estimate_tokens("a b c")


@pytest.mark.parametrize(
    ("model", "cost"), [("m", (1000 * 2.0 + 500 * 8.0) / 1e6), ("unpriced", None)]
)
def test_cost_comes_from_the_price_table(model: str, cost: float | None) -> None:
    """A priced model has a cost; an unpriced one has none rather than zero."""
    assert call_cost(PRICES, model, TokenUsage(1000, 500, False)) == cost
