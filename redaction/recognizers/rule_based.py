"""The base of the product's rule recognizers: English, one entity, no model."""

from __future__ import annotations

from presidio_analyzer import LocalRecognizer

__all__ = ["RuleRecognizer"]


class RuleRecognizer(LocalRecognizer):
    """A recognizer of one entity type whose rules are built on construction."""

    def __init__(self, entity_type: str, name: str) -> None:
        super().__init__(
            supported_entities=[entity_type], name=name, supported_language="en"
        )

    def load(self) -> None:
        """Nothing to load: rules are compiled on construction."""
