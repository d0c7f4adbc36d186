"""Presidio's synthetic PII set, read in place and split by template."""

from __future__ import annotations

import json
import random
from collections.abc import Sequence
from pathlib import Path

from evals.redaction.labelled import GoldSpan, LabelledText

__all__ = [
    "SPLIT_SEED",
    "SYNTH_TYPE_MAP",
    "SynthSplit",
    "load_synth",
    "split_synth",
    "synth_path",
]

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

SPLIT_SEED = 20261204
"""Fixes which templates are dev and which are held out; never change it."""


class SynthSplit:
    """The set cut by template into a dev part and a held-out test part.

    Recognizers are tuned on ``dev`` only. ``test`` is scored and reported
    but its misses are not read while tuning, so its figures estimate how
    the product does on sentences it was not tuned on. The set fills about
    200 templates with generated values; items of one template share their
    wording, so the cut is by template, not by item.
    """

    def __init__(self, dev: Sequence[LabelledText], test: Sequence[LabelledText]):
        self.dev = list(dev)
        self.test = list(test)


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


def split_synth(items: Sequence[LabelledText], *, seed: int = SPLIT_SEED) -> SynthSplit:
    """Half of the templates (shuffled with ``seed``) are dev, the rest test.

    The same items and seed always give the same split, in item order.
    """
    templates = sorted({item.kind for item in items})
    random.Random(seed).shuffle(templates)
    dev_templates = frozenset(templates[: len(templates) // 2])
    return SynthSplit(
        [item for item in items if item.kind in dev_templates],
        [item for item in items if item.kind not in dev_templates],
    )
