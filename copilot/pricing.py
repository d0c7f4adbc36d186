"""What a model call costs, from the price table in settings."""

from __future__ import annotations

from collections.abc import Mapping

from pydantic import BaseModel, Field

from copilot.tokens import TokenUsage

__all__ = ["ModelPrice", "call_cost"]


class ModelPrice(BaseModel):
    """Prices in the firm's currency per million tokens."""

    input_per_million: float = Field(ge=0)
    output_per_million: float = Field(ge=0)


def call_cost(
    prices: Mapping[str, ModelPrice], model: str, usage: TokenUsage
) -> float | None:
    """The call's cost, or None when the model has no price in the table."""
    price = prices.get(model)
    if price is None:
        return None
    cost = (
        usage.prompt_tokens * price.input_per_million
        + usage.completion_tokens * price.output_per_million
    ) / 1_000_000
    return round(cost, 6)
