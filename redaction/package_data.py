"""Typed readers for the JSON data files shipped inside the package."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources

from copilot.errors import RedactionError

__all__ = ["read_int_map", "read_object", "read_string_list", "read_string_map"]


@cache
def _read_file(name: str) -> dict[str, object]:
    try:
        raw = (
            resources.files(__package__ or "redaction")
            .joinpath(name)
            .read_text(encoding="utf-8")
        )
        data = json.loads(raw)
    except (OSError, ValueError) as exc:
        raise RedactionError(f"redaction data file {name} is unreadable") from exc
    if not isinstance(data, dict):
        raise RedactionError(f"redaction data file {name} is not a JSON object")
    return data


def read_object(name: str, key: str) -> dict[str, object]:
    """Return the JSON object stored under ``key`` in the data file ``name``."""
    value = _read_file(name).get(key)
    if not isinstance(value, dict):
        raise RedactionError(f"redaction data file {name} lacks object {key}")
    return value


def read_string_list(name: str, key: str) -> tuple[str, ...]:
    """Return the list of strings stored under ``key`` in the data file ``name``."""
    value = _read_file(name).get(key)
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise RedactionError(f"redaction data file {name} lacks string list {key}")
    return tuple(value)


def read_string_map(name: str, key: str) -> dict[str, str]:
    """Return the string-to-string map stored under ``key`` in ``name``."""
    value = read_object(name, key)
    if not all(isinstance(v, str) for v in value.values()):
        raise RedactionError(f"redaction data file {name} has a bad map {key}")
    return {k: str(v) for k, v in value.items()}


def read_int_map(name: str, key: str) -> dict[str, int]:
    """Return the string-to-integer map stored under ``key`` in ``name``."""
    value = read_object(name, key)
    result: dict[str, int] = {}
    for item_key, item in value.items():
        if not isinstance(item, int) or isinstance(item, bool):
            raise RedactionError(f"redaction data file {name} has a bad map {key}")
        result[item_key] = item
    return result
