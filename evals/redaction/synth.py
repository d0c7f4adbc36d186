"""Presidio's synthetic PII set, read in place from the shared eval data."""

from __future__ import annotations

import json
from pathlib import Path

from evals.redaction.labelled import GoldSpan, LabelledText

__all__ = ["SYNTH_TYPE_MAP", "load_synth", "synth_path"]

SYNTH_TYPE_MAP = {
    "STREET_ADDRESS": "LOCATION",
    "GPE": "LOCATION",
    "ZIP_CODE": "LOCATION",
    "DOMAIN_NAME": "URL",
    # Not confidential under the product's policy: not scored.
    "DATE_TIME": "",
    "TITLE": "",
    "AGE": "",
    "NRP": "",
}
"""The set's labels renamed to the product's entity types."""


def synth_path() -> Path:
    """Where the set lies: the shared eval data next to the repository."""
    repo = Path(__file__).resolve().parents[2]
    return (
        repo.parent
        / "shared"
        / "evaldata"
        / "presidio-synth-pii"
        / "synth_dataset_v2.json"
    )


def load_synth(path: Path) -> list[LabelledText]:
    """Every record, labelled with the set's own spans (end exclusive)."""
    records = json.loads(path.read_text(encoding="utf-8"))
    return [
        LabelledText(
            item_id=f"synth-{index:04d}",
            kind=f"template-{record.get('template_id', '')}",
            text=record["full_text"],
            spans=tuple(
                GoldSpan(
                    span["entity_type"],
                    int(span["start_position"]),
                    int(span["end_position"]),
                )
                for span in record.get("spans") or []
            ),
        )
        for index, record in enumerate(records)
    ]
