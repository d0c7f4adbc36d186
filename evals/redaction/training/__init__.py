"""Labelled NER training texts, written by people who did not read the product."""

from __future__ import annotations

__all__: list[str] = []
