"""Odoo product names ("[FURN_0096] Customizable Desk") are no one's name.

Odoo shows a product as its internal reference in brackets, then its
name, to the end of the line or an opening bracket ("[FURN_0096]
Customizable Desk (Steel, White)"). The model reads such names as
people or companies ("Acoustic Bloc Screens", "Drawer"). A name span
that lies inside a product's display name is product text when none of
its words may be a person's name (a census first name, or a word no
dictionary knows): "[SRV_1] Coaching Megan Hopper" and "[SRV_1]
Coaching Zorvetta" stay masked, and so does "Customizable", which no
dictionary knows either. A span that takes in the reference counts only
when the reference holds a digit ("[FURN_6666]", not "[HOPPER]").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from redaction.folding import WORD
from redaction.spans import EntitySpan

__all__ = ["ProductNames"]

_NAME_TYPES = frozenset({"PERSON", "ORGANIZATION", "LOCATION"})
# "[FURN_0096] " then the name, up to a line end or "(".
_DISPLAY_NAME = re.compile(
    r"(?<![\w\]])\[[A-Za-z0-9][A-Za-z0-9_./-]{0,31}\][ \t]+(?P<name>[^\n(\[]+)"
)
# How far back a product's reference may stand from a span's start.
_REACH = 120


class ProductNames:
    """Tells names inside Odoo product display names from people's names."""

    def __init__(self, may_be_name: Callable[[str], bool]) -> None:
        """``may_be_name``: a word that may be a person's name ("Megan")."""
        self._may_be_name = may_be_name

    def is_product(self, text: str, span: EntitySpan) -> bool:
        """Whether the name span ``span`` lies inside a product display name."""
        if span.entity_type not in _NAME_TYPES:
            return False
        line_start = text.rfind("\n", 0, span.start) + 1
        window_start = max(line_start, span.start - _REACH)
        if text.find("]", window_start, span.end) < 0:
            return False
        for found in _DISPLAY_NAME.finditer(text, window_start, span.end + 1):
            if found.start() <= span.start and span.end <= found.end():
                name_start = found.start("name")
                if span.start < name_start and not _has_digit(
                    text[found.start() : name_start]
                ):
                    return False  # a reference that could be a word ("[SMITH]")
                words = WORD.findall(text, max(span.start, name_start), span.end)
                return not any(self._may_be_name(word) for word in words)
        return False


def _has_digit(text: str) -> bool:
    return any(char.isdigit() for char in text)
