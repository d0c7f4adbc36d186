"""Labelled training texts for the name finder, written apart from the product."""

__all__: list[str] = []
