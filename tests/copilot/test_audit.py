"""The audit trail's start-up check names what cannot be written."""

from __future__ import annotations

from pathlib import Path

import pytest

from copilot.audit import JsonlAuditLog
from copilot.errors import ConfigurationError


def _file_in_the_way(tmp_path: Path) -> Path:
    (tmp_path / "a-file").write_text("not a folder")
    return tmp_path / "a-file" / "data" / "audit.jsonl"


def _folder_named_like_the_trail(tmp_path: Path) -> Path:
    (tmp_path / "audit.jsonl").mkdir()
    return tmp_path / "audit.jsonl"


@pytest.mark.parametrize(
    ("make_path", "needle"),
    [
        (_file_in_the_way, "is not a writable folder"),
        (_folder_named_like_the_trail, "cannot be written"),
    ],
    ids=["folder", "trail"],
)
def test_an_unwritable_trail_names_the_folder_or_the_file(
    tmp_path: Path, make_path: object, needle: str
) -> None:
    """A folder that cannot be made is named as COPILOT_DATA_DIR; a trail file
    that cannot be opened in a folder that is fine is named as the file."""
    path = make_path(tmp_path)  # type: ignore[operator]
    with pytest.raises(ConfigurationError) as refused:
        JsonlAuditLog(path).check_writable()
    message = str(refused.value)
    assert needle in message
    if needle == "cannot be written":
        assert str(path) in message
        assert "COPILOT_DATA_DIR" not in message
