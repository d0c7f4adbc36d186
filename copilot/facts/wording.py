"""Small wording helpers shared by the fact statements."""

from __future__ import annotations

__all__ = ["count_of", "hours_text"]


def count_of(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def hours_text(value: float) -> str:
    return f"{value:.1f}"
