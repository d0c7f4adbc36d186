"""Typed access to the recognizer settings in the ``patterns.json`` data file."""

from __future__ import annotations

import re
from functools import cache

from copilot.errors import RedactionError
from redaction.package_data import read_object, read_string_list

__all__ = [
    "group",
    "number_setting",
    "particle_alternation",
    "particles",
    "pattern_setting",
    "text_setting",
    "words",
]

DATA = "patterns.json"
_PARTICLE_ROLES = "name_particle_roles"
# A regex names a role's particles so: "(?:{connecting_particles})".
_PARTICLE_PLACEHOLDERS = {
    "{name_line_particles}": "name_line",
    "{connecting_particles}": "connecting",
}


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
def group_words(name: str, key: str) -> frozenset[str]:
    """The word list ``key`` of the settings object ``name``."""
    listed = group(name).get(key)
    if not isinstance(listed, list) or not all(isinstance(w, str) for w in listed):
        raise _bad_setting(f"{name}.{key}")
    return frozenset(listed)


def particles(role: str) -> frozenset[str]:
    """The name particles of one role in ``name_particle_roles``
    ("connecting", "opening_a_surname", "in_lower_case", ...)."""
    return group_words(_PARTICLE_ROLES, role)


def particle_alternation(role: str) -> str:
    """A regex alternation of one role's particles, longest first."""
    return "|".join(sorted(particles(role), key=lambda p: (-len(p), p)))


@cache
def pattern_setting(name: str) -> re.Pattern[str]:
    """The compiled ``regex`` of group ``name``, its particle placeholders
    filled in."""
    regex = text_setting(group(name), "regex")
    for placeholder, role in _PARTICLE_PLACEHOLDERS.items():
        regex = regex.replace(placeholder, particle_alternation(role))
    try:
        return re.compile(regex)
    except re.error as exc:
        raise _bad_setting(name) from exc
