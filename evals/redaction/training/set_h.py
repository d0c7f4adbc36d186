"""Write set H, labelled training texts of a European consultancy, byte for byte.

Run ``python -m evals.redaction.training.set_h``; the same seed always gives the
same ``h.jsonl``. Labels are recorded while each text is written, never searched.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

from evals.redaction.training.set_h_pools import Pools, Template, load_pools
from evals.redaction.training.set_h_render import Span, TextRenderer

OUT_PATH = Path(__file__).resolve().parent / "h.jsonl"
SEED = 20260612
COUNT = 1600
MIN_CHARS = 100
MAX_CHARS = 1200
# Three in every twenty texts come from a template without a personal value.
_EMPTY_SLOTS = frozenset({3, 10, 17})


def _render(
    pools: Pools, rng: random.Random, templates: list[Template]
) -> tuple[str, list[Span]]:
    for _ in range(50):
        template = rng.choice(templates)
        text, spans = TextRenderer(pools, rng, template).render()
        if MIN_CHARS <= len(text) <= MAX_CHARS:
            return text, spans
    raise ValueError("no template rendered within the length limits")


def split_templates(pools: Pools) -> tuple[list[Template], list[Template]]:
    """Templates with a personal value and those without, by a trial render."""
    rng = random.Random(SEED)
    filled: list[Template] = []
    empty: list[Template] = []
    for template in pools.templates:
        _, spans = TextRenderer(pools, rng, template).render()
        (filled if spans else empty).append(template)
    return filled, empty


def generate(pools: Pools | None = None) -> list[str]:
    """The lines of ``h.jsonl``, each a JSON object with id, text and spans."""
    pools = pools or load_pools()
    filled, empty = split_templates(pools)
    rng = random.Random(SEED)
    lines = []
    for index in range(1, COUNT + 1):
        templates = empty if index % 20 in _EMPTY_SLOTS else filled
        text, spans = _render(pools, rng, templates)
        row = {
            "id": f"h-{index:04d}",
            "text": text,
            "spans": [{"type": s.type, "start": s.start, "end": s.end} for s in spans],
        }
        lines.append(json.dumps(row, ensure_ascii=False))
    return lines


def main() -> None:
    lines = generate()
    OUT_PATH.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    print(f"wrote {len(lines)} texts to {OUT_PATH.name}")


if __name__ == "__main__":
    main()
