"""Typed access to the recognizer settings in the ``patterns.json`` data file."""

from __future__ import annotations

import re
from functools import cache

from copilot.errors import RedactionError
from redaction.package_data import read_object, read_string_list

__all__ = ["group", "number_setting", "pattern_setting", "text_setting", "words"]

DATA = "patterns.json"


def _bad_setting(key: str) -> RedactionError:
    return RedactionError(f"redaction data file {DATA} has a bad {key}")


def group(name: str) -> dict[str, object]:
    """The settings object ``name`` of the data file."""
    return read_object(DATA, name)


def words(name: str) -> tuple[str, ...]:
    """The word list ``name`` of the data file."""
    return read_string_list(DATA, name)


def text_setting(settings: dict[str, object], key: str) -> str:
    """A string setting of one group."""
    value = settings.get(key)
    if not isinstance(value, str):
        raise _bad_setting(key)
    return value


def number_setting(settings: dict[str, object], key: str) -> float:
    """A numeric setting of one group."""
    value = settings.get(key)
    if not isinstance(value, int | float) or isinstance(value, bool):
        raise _bad_setting(key)
    return float(value)


@cache
def pattern_setting(name: str) -> re.Pattern[str]:
    """The compiled ``regex`` of group ``name``."""
    try:
        return re.compile(text_setting(group(name), "regex"))
    except re.error as exc:
        raise _bad_setting(name) from exc
