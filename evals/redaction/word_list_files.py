"""Reading a lookup table and writing a derived word list, for the commands
that derive the redactor's word lists from tables it does not ship."""

from __future__ import annotations

import gzip
import json
from collections.abc import Sequence
from pathlib import Path

__all__ = ["TableUnreadable", "read_gzipped_table", "write_word_list"]


class TableUnreadable(Exception):
    """A lookup table that is missing or not gzipped JSON; the message says which."""


def read_gzipped_table(path: Path) -> dict[str, object]:
    """The JSON object of a ``.json.gz`` lookup table."""
    try:
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            table = json.load(handle)
    except (OSError, ValueError) as exc:
        raise TableUnreadable(f"cannot read {path}: {exc}") from None
    if not isinstance(table, dict):
        raise TableUnreadable(f"{path} holds no JSON object")
    return table


def write_word_list(
    out: Path, about: str, words: Sequence[str], **settings: object
) -> None:
    """Write ``words`` under ``"words"``, with ``about`` and ``settings``."""
    data = {"_about": about, **settings, "words": list(words)}
    out.write_text(json.dumps(data, indent=0, ensure_ascii=False) + "\n", "utf-8")
