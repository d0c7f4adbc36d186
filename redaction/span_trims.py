"""Other text cut off a name span before it is typed.

A span that the model or a rule found may take in text around the name:
the next form label ("Wong FIRST NAME:", ``trailing_labels``), a list's
number ("1.Megan", ``list_numbers``), a pronoun's contraction ("I'm
Abelardo", ``span_edges``), a login's digits ("Rodrigo91",
``handle_names``) or everyday words read on in capitals ("LIV FROST
HERE", ``capital_phrases``). Each is cut here, in that order. A span that
is no name whole ("Backout owner:") keeps its label, so that it is
dropped as before.
"""

from __future__ import annotations

from collections.abc import Callable

from redaction.capital_phrases import without_trailing_words
from redaction.handle_names import without_login_digits
from redaction.list_numbers import without_list_number
from redaction.name_gazetteer import NameGazetteer
from redaction.span_edges import without_contraction
from redaction.spans import EntitySpan
from redaction.trailing_labels import without_trailing_label

__all__ = ["SpanTrims"]


class SpanTrims:
    """Cuts the text of other things off a name span's edges."""

    def __init__(
        self,
        names: NameGazetteer,
        english: frozenset[str],
        form_labels: frozenset[str],
        particles: frozenset[str],
        is_no_name: Callable[[str, EntitySpan], bool],
    ) -> None:
        """``form_labels`` and ``particles`` folded; ``is_no_name``: a span
        known to name no one."""
        self._names = names
        self._english = english
        self._form_labels = form_labels
        self._particles = particles
        self._is_no_name = is_no_name

    def trimmed(self, text: str, span: EntitySpan) -> EntitySpan:
        """``span`` without the other text at its edges."""
        without_label = without_trailing_label(
            text, span, self._form_labels, self._names.is_surname
        )
        if without_label is not span and not self._is_no_name(text, span):
            span = without_label
        span = without_list_number(text, without_contraction(text, span))
        span = without_login_digits(text, span, self._names.first_names)
        return without_trailing_words(
            text, span, self._names, self._english, self._particles
        )
