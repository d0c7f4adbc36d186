"""Write set J: invented engineers' and consultants' tool texts, labelled.

`python -m evals.redaction.training.set_j` rewrites `j.jsonl` byte for byte.
"""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

from evals.redaction.training.set_j_pools import DATA_DIR, Pools
from evals.redaction.training.set_j_render import Template, read_templates, render

OUTPUT = Path(__file__).with_name("j.jsonl")
SEED = 20260515
TEXT_COUNT = 1600
EMPTY_COUNT = 240
MIN_CHARS, MAX_CHARS = 100, 1200
_ATTEMPTS = 40


def templates() -> list[Template]:
    """Every template of the set, from `set_j_data/templates*.txt`."""
    found: list[Template] = []
    for path in sorted(DATA_DIR.glob("templates*.txt")):
        found.extend(read_templates(path))
    return found


def _fitting(template: Template, rng: random.Random, pools: Pools) -> dict[str, Any]:
    for _ in range(_ATTEMPTS):
        record = render(template, rng, pools)
        if MIN_CHARS <= len(str(record["text"])) <= MAX_CHARS:
            return record
    raise ValueError(f"template {template.name} never fits the length bounds")


def _schedule(rng: random.Random, shapes: list[Template], count: int) -> list[Template]:
    """Use every shape once before any repeats, in a seeded order."""
    order: list[Template] = []
    while len(order) < count:
        batch = list(shapes)
        rng.shuffle(batch)
        order.extend(batch)
    return order[:count]


def generate() -> list[dict[str, Any]]:
    """Build the records in id order; the same seed gives the same records."""
    rng = random.Random(SEED)
    pools = Pools.load()
    shapes = templates()
    empty = _schedule(rng, [t for t in shapes if t.is_empty], EMPTY_COUNT)
    full = _schedule(
        rng, [t for t in shapes if not t.is_empty], TEXT_COUNT - EMPTY_COUNT
    )
    chosen = empty + full
    rng.shuffle(chosen)
    records = []
    for index, template in enumerate(chosen, start=1):
        record = _fitting(template, rng, pools)
        records.append({"id": f"j-{index:04d}", **record, "tags": [template.name]})
    return records


def to_jsonl(records: list[dict[str, Any]]) -> str:
    """One JSON object a line, non-ASCII kept, newline-terminated."""
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def main() -> None:
    OUTPUT.write_text(to_jsonl(generate()), encoding="utf-8")


if __name__ == "__main__":
    main()
