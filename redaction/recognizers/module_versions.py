"""Whether a dotted quad is an Odoo module version rather than an IPv4 address.

Odoo numbers a module ``<major>.0.<x>.<y>`` ("17.0.1.3"; the manifest's
five-part "17.0.1.0.0" never parses as an address). A quad reads as a
version after a version cue ("version", "module", "v") or a module's
technical name ("sale_management 17.0.1.3"), or by its shape alone: an
Odoo major from 8 to 19, then 0. A network word nearby ("server",
"host", "ssh", "db_host") keeps it an address, and so does the shape
"10.0.x.y" on its own: 10.0.0.0/8 is a private range (RFC 1918), far more
often a machine on the firm's network than Odoo 10.
"""

from __future__ import annotations

import re

from redaction.recognizers.context import has_context, has_cue_before
from redaction.recognizers.pattern_data import group, number_setting, words

__all__ = ["ModuleVersions", "is_version_shaped"]

# A lower-case technical name with at least one underscore, then at most a
# few separators: "sale_management 17.0", "hr_expense (16.0", "stock_account:".
_TECHNICAL_NAME = re.compile(
    r"(?<![\w.])[a-z][a-z0-9]*(?:_[a-z0-9]+)+[ \t:=(@-]{1,3}\Z"
)
_TECHNICAL_REACH = 64
# The first octet of the private range 10.0.0.0/8 (RFC 1918).
_PRIVATE_MAJOR = 10


def is_version_shaped(address: str, first: int, last: int) -> bool:
    """Whether ``address`` is ``<major>.0.x.y`` with ``first <= major <= last``.

    ``10.0.x.y`` never is: it is the private range as often as Odoo 10.
    """
    parts = address.split(".")
    if len(parts) != 4 or not all(part.isdigit() for part in parts):
        return False
    major = int(parts[0])
    return first <= major <= last and major != _PRIVATE_MAJOR and int(parts[1]) == 0


class ModuleVersions:
    """Reads the words around a dotted quad; masking wins on doubt."""

    def __init__(self) -> None:
        self._version_cues = words("version_context")
        self._network_cues = words("network_context")
        majors = group("odoo_major_versions")
        self._first = int(number_setting(majors, "first"))
        self._last = int(number_setting(majors, "last"))

    def is_version(self, text: str, start: int, end: int) -> bool:
        """Whether the IPv4 quad at ``[start, end)`` of ``text`` is a version."""
        # A cue right before: "10.1.2.3, module 17.0" is an address then a
        # version, so only the adjacent word counts.
        if has_cue_before(text, start, self._version_cues):
            return True
        if has_context(text, start, end, self._network_cues):
            return False
        if _after_technical_name(text, start):
            return True
        return is_version_shaped(text[start:end], self._first, self._last)


def _after_technical_name(text: str, start: int) -> bool:
    """Whether a module's technical name stands right before ``start``."""
    return (
        _TECHNICAL_NAME.search(text, max(0, start - _TECHNICAL_REACH), start)
        is not None
    )
