"""Set G regenerates byte for byte and every label it records holds."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from evals.redaction.training import set_g


@pytest.fixture(scope="module")
def records() -> list[dict[str, Any]]:
    return set_g.generate()


def test_texts_keep_length_bounds_and_share_without_values(
    records: list[dict[str, Any]],
) -> None:
    """Texts hold 100 to 1,200 characters and 15 % of them label nothing."""
    assert len(records) == set_g.TEXT_COUNT
    assert all(100 <= len(r["text"]) <= 1200 for r in records)
    empty = [r for r in records if not r["spans"]]
    assert len(empty) == set_g.EMPTY_COUNT


def test_templates_marked_empty_label_nothing(tmp_path: Path) -> None:
    """A template flagged empty that holds a person placeholder is refused."""
    path = tmp_path / "templates.txt"
    path.write_text("=== bad empty\nHi {p1:given}, see {tool}.\n", encoding="utf-8")
    with pytest.raises(ValueError, match="bad"):
        set_g.read_templates(path)
