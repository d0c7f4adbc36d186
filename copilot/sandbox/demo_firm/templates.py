"""Fill `{placeholder}` templates, keeping the personal values they plant."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from copilot.sandbox.demo_firm.results import SensitiveValue

__all__ = ["Token", "compose", "pii"]

_PLACEHOLDER = re.compile(r"\{([a-z0-9_:]+)\}")


@dataclass(frozen=True)
class Token:
    """Text for one placeholder and the personal values it carries."""

    text: str
    found: tuple[SensitiveValue, ...] = ()


def pii(entity_type: str, value: str) -> Token:
    """A token that is itself one personal value."""
    return Token(value, (SensitiveValue(entity_type, value),))


def compose(template: str, tokens: Mapping[str, Token]) -> Token:
    """Fill a template's placeholders; the result carries what they carried."""
    found: list[SensitiveValue] = []

    def fill(match: re.Match[str]) -> str:
        token = tokens[match.group(1)]
        found.extend(token.found)
        return token.text

    return Token(_PLACEHOLDER.sub(fill, template), tuple(found))
