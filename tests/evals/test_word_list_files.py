"""The derived word lists' table reader and writer."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from evals.redaction.word_list_files import (
    TableUnreadable,
    read_gzipped_table,
    write_word_list,
)


def test_a_table_round_trips(tmp_path: Path) -> None:
    table = tmp_path / "t.json.gz"
    with gzip.open(table, "wt", encoding="utf-8") as handle:
        json.dump({"Zorvetta": -12.5}, handle)
    assert read_gzipped_table(table) == {"Zorvetta": -12.5}
    out = tmp_path / "words.json"
    write_word_list(out, "invented", ["quelbrink"], threshold=0.5)
    written = json.loads(out.read_text("utf-8"))
    assert written == {"_about": "invented", "threshold": 0.5, "words": ["quelbrink"]}


@pytest.mark.parametrize(
    ("content", "message"),
    [
        pytest.param(None, "cannot read", id="missing"),
        pytest.param(b"not gzip", "cannot read", id="not-gzipped"),
        pytest.param(gzip.compress(b"[1, 2]"), "holds no JSON object", id="a-list"),
    ],
)
def test_a_bad_table_is_named(
    tmp_path: Path, content: bytes | None, message: str
) -> None:
    table = tmp_path / "t.json.gz"
    if content is not None:
        table.write_bytes(content)
    with pytest.raises(TableUnreadable, match=message):
        read_gzipped_table(table)
