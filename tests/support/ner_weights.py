"""Copies of the shipped NER weights, for tests that load or replace them."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from redaction import tuned_ner
from redaction.tuned_ner import WEIGHT_FILES

SHIPPED_MODELS = Path(tuned_ner.__file__).resolve().parent / "models"
"""The shipped weights' folder: ``ner.json`` and ``ner/``."""


def copy_shipped_weights(folder: Path, **record_changes: Any) -> Path:
    """``folder`` holding the shipped weights and their record, as a training
    run writes them; ``record_changes`` replace fields of the record."""
    (folder / "ner").mkdir(parents=True, exist_ok=True)
    for name in WEIGHT_FILES:
        (folder / "ner" / name).write_bytes(
            (SHIPPED_MODELS / "ner" / name).read_bytes()
        )
    record = (SHIPPED_MODELS / "ner.json").read_text(encoding="utf-8")
    if record_changes:
        record = json.dumps({**json.loads(record), **record_changes})
    (folder / "ner.json").write_text(record, encoding="utf-8")
    return folder
