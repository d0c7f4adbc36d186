"""Placeholder syntax: how ``<PERSON_1>`` is written and recognised again.

Recognition tolerates what language models do to placeholders: drop the
brackets (``PERSON_1``), change the case (``<person_1>``), swap the brackets
(``[PERSON_1]``), escape them (``&lt;PERSON_1&gt;``) or add a possessive
(``<PERSON_1>'s``, which keeps its ``'s``).
"""

from __future__ import annotations

import re
from collections.abc import Callable

__all__ = [
    "Placeholder",
    "blank_placeholders",
    "format_placeholder",
    "replace_placeholders",
]

_TYPE = r"[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z][A-Za-z0-9]*)*"
_OPEN = r"(?:<|&lt;|\[|\{|\()"
_CLOSE = r"(?:>|&gt;|\]|\}|\))"
_PLACEHOLDER = re.compile(
    rf"{_OPEN}\s*(?P<btype>{_TYPE})[_\- ](?P<bnum>[0-9]+)\s*{_CLOSE}"
    rf"|(?<![A-Za-z0-9_])(?P<type>{_TYPE})_(?P<num>[0-9]+)(?![A-Za-z0-9_])"
)
_BLANK = "|"

Placeholder = tuple[str, int]
"""An entity type in upper case and its number within a scope."""


def _parse(match: re.Match[str]) -> Placeholder:
    entity_type = match.group("btype") or match.group("type")
    number = match.group("bnum") or match.group("num")
    return entity_type.upper(), int(number)


def format_placeholder(entity_type: str, number: int) -> str:
    """The canonical written form, e.g. ``<PERSON_1>``."""
    return f"<{entity_type}_{number}>"


def replace_placeholders(
    text: str, resolve: Callable[[Placeholder], str | None]
) -> str:
    """Replace each placeholder ``resolve`` knows; leave the others as written."""

    def substitute(match: re.Match[str]) -> str:
        value = resolve(_parse(match))
        return match.group(0) if value is None else value

    return _PLACEHOLDER.sub(substitute, text)


def blank_placeholders(text: str, is_known: Callable[[Placeholder], bool]) -> str:
    """Overwrite the placeholders ``is_known`` accepts with bars.

    Every other character keeps its offset, so the result can be scanned for
    leaks without the placeholders' own words ("person") counting as text.
    Bars, not spaces: the words either side of a placeholder ("the
    <LOCATION_1>, Town Hall") are no value written across it.
    """

    def substitute(match: re.Match[str]) -> str:
        if is_known(_parse(match)):
            return _BLANK * len(match.group(0))
        return match.group(0)

    return _PLACEHOLDER.sub(substitute, text)
