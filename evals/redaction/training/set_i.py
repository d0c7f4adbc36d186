"""Write training set I: helpdesk and HR/payroll texts from customers and staff.

``python -m evals.redaction.training.set_i`` rewrites ``i.jsonl`` byte for byte:
one seeded ``random.Random`` draws every name, value and template, and each span
is recorded while its text is written, never searched for afterwards.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from pathlib import Path

from evals.redaction.training.set_i_pools import Pools, Template, load_pools
from evals.redaction.training.set_i_render import Span, render

SEED = 20260419
TOTAL = 1560
NEGATIVE_SHARE = 0.15
MIN_CHARS = 100
MAX_CHARS = 1200
OUTPUT = Path(__file__).parent / "i.jsonl"


@dataclass(frozen=True)
class Record:
    """One labelled text; ``tags`` names its template and is not a label."""

    id: str
    text: str
    spans: tuple[Span, ...]
    template: str


def _template_plan(pools: Pools, rng: random.Random) -> list[Template]:
    """Round-robin over the templates so each shape appears about equally often."""
    negatives = [t for t in pools.templates if t.is_negative]
    positives = [t for t in pools.templates if not t.is_negative]
    n_negative = round(TOTAL * NEGATIVE_SHARE)
    plan = [negatives[i % len(negatives)] for i in range(n_negative)]
    plan += [positives[i % len(positives)] for i in range(TOTAL - n_negative)]
    rng.shuffle(plan)
    return plan


def _render_within_limits(
    template: Template, pools: Pools, rng: random.Random
) -> tuple[str, list[Span]]:
    for _ in range(50):
        text, spans = render(template, pools, rng)
        if MIN_CHARS <= len(text) <= MAX_CHARS:
            return text, spans
    raise ValueError(f"template {template.name} never fits {MIN_CHARS}-{MAX_CHARS}")


def build_records(pools: Pools, seed: int = SEED) -> list[Record]:
    """Every record of the set, in file order; the same seed gives the same set."""
    rng = random.Random(seed)
    records = []
    for number, template in enumerate(_template_plan(pools, rng), start=1):
        text, spans = _render_within_limits(template, pools, rng)
        if template.is_negative and spans:
            raise ValueError(f"negative template {template.name} rendered a value")
        records.append(Record(f"i-{number:04d}", text, tuple(spans), template.name))
    return records


def to_jsonl(records: list[Record]) -> str:
    """The file's exact content: one compact JSON object per line."""
    lines = []
    for record in records:
        row = {
            "id": record.id,
            "text": record.text,
            "spans": [
                {"type": s.type, "start": s.start, "end": s.end} for s in record.spans
            ],
            "tags": [record.template],
        }
        lines.append(json.dumps(row, ensure_ascii=False))
    return "\n".join(lines) + "\n"


def main() -> None:
    """Entry point: regenerate the file next to this module."""
    records = build_records(load_pools())
    OUTPUT.write_text(to_jsonl(records), encoding="utf-8")
    print(f"wrote {len(records)} texts to {OUTPUT.name}")


if __name__ == "__main__":
    main()
