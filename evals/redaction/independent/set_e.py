"""Writes set E: ``e_tune.jsonl`` and ``e_untouched.jsonl``, 600 texts each.

``python -m evals.redaction.independent.set_e`` rewrites both files; the same
seeds always give the same bytes. The parts draw from disjoint halves of
every name, company, street, city and template list (``set_e_pools``), each
with its own seed. Labels are recorded while the text is written
(``set_e_render``), never searched for afterwards. Standard library only.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

from evals.redaction.independent.drawing import draw_distinct
from evals.redaction.independent.set_e_pools import Pools, Template, split_pools
from evals.redaction.independent.set_e_render import RenderedText, TextRenderer

__all__ = ["PARTS", "SPLIT_SEED", "generate", "main"]

SPLIT_SEED = 20261205
PARTS = {"e_tune": 5101, "e_untouched": 5102}
"""Each part's name and the seed its texts are drawn with."""

_WITH_VALUES, _CLEAN = 440, 160
_CLEAN_CATEGORY = "clean"
_RETRIES = 50
_HERE = Path(__file__).resolve().parent


def _record(
    item_id: str, rendered: RenderedText, template: Template
) -> dict[str, object]:
    built = rendered.builder.build(item_id, "e")
    spans = [
        {"type": s.entity_type, "start": s.start, "end": s.end} for s in built.spans
    ]
    tags = [template.category, template.template_id, *rendered.tags]
    return {"id": item_id, "text": built.text, "spans": spans, "tags": tags}


def _fill(
    renderer: TextRenderer, templates: list[Template], count: int, seen: set[str]
) -> list[tuple[RenderedText, Template]]:
    """``count`` texts, cycling through the templates, no text twice."""
    return draw_distinct(
        lambda template: renderer.render(template.text),
        templates,
        count,
        seen,
        attempts=_RETRIES,
        clean_category=_CLEAN_CATEGORY,
    )


def build_part(name: str, pools: Pools, seed: int) -> list[str]:
    """The JSON lines of one part, in a shuffled order."""
    rng = random.Random(seed)
    renderer = TextRenderer(pools, rng)
    valued = [t for t in pools.templates if t.category != _CLEAN_CATEGORY]
    clean = [t for t in pools.templates if t.category == _CLEAN_CATEGORY]
    rng.shuffle(valued)
    rng.shuffle(clean)
    seen: set[str] = set()
    rendered = _fill(renderer, valued, _WITH_VALUES, seen)
    rendered += _fill(renderer, clean, _CLEAN, seen)
    rng.shuffle(rendered)
    return [
        json.dumps(_record(f"{name}-{n:04d}", r, t), ensure_ascii=False)
        for n, (r, t) in enumerate(rendered, start=1)
    ]


def generate() -> dict[str, list[str]]:
    """Every part's JSON lines, by part name."""
    pools = dict(zip(PARTS, split_pools(SPLIT_SEED), strict=True))
    return {name: build_part(name, pools[name], seed) for name, seed in PARTS.items()}


def main() -> None:
    for name, lines in generate().items():
        (_HERE / f"{name}.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
        print(f"{name}.jsonl: {len(lines)} texts")


if __name__ == "__main__":
    main()
