"""The titles written before a name ("mr", "frau", "mevrouw"), as listed."""

from __future__ import annotations

from functools import cache

from redaction.package_data import read_string_list

__all__ = ["name_titles"]


@cache
def name_titles() -> frozenset[str]:
    """``names.json``'s name titles, lower case as listed (not folded)."""
    return frozenset(read_string_list("names.json", "name_titles"))
