"""Writes set F: ``f_tune.jsonl`` and ``f_untouched.jsonl``, 600 texts each.

``python -m evals.redaction.independent.set_f`` rewrites both files; the same
seeds give the same bytes. Each part draws from its own half of every pool
and template list (``set_f_pools``) with its own seed, and labels are
recorded while a text is written (``set_f_render``). Standard library only.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

from evals.redaction.independent.drawing import draw_distinct
from evals.redaction.independent.set_f_pools import Pools, Template, split_pools
from evals.redaction.independent.set_f_render import RenderedText, TextRenderer

__all__ = ["CLEAN", "PARTS", "SPLIT_SEED", "TEXTS", "generate", "main"]

SPLIT_SEED = 7_260_412
PARTS = {"f_tune": 61, "f_untouched": 62}
"""Each part's name and the seed its texts are drawn with."""
TEXTS, CLEAN = 600, 150
"""Texts per part, and how many of them hold no labelled value at all."""

_CLEAN_CATEGORY = "clean"
_ATTEMPTS = 40
_HERE = Path(__file__).resolve().parent


def _row(item_id: str, rendered: RenderedText, template: Template) -> str:
    item = rendered.builder.build(item_id, "f")
    spans = [
        {"type": s.entity_type, "start": s.start, "end": s.end} for s in item.spans
    ]
    tags = [template.category, template.template_id, template.lang, *rendered.tags]
    row = {"id": item_id, "text": item.text, "spans": spans, "tags": tags}
    return json.dumps(row, ensure_ascii=False)


def _draw(
    renderer: TextRenderer, templates: list[Template], count: int, seen: set[str]
) -> list[tuple[RenderedText, Template]]:
    """``count`` distinct texts, taking the templates in turn."""
    return draw_distinct(
        lambda template: renderer.render(template.text, template.lang),
        templates,
        count,
        seen,
        attempts=_ATTEMPTS,
        clean_category=_CLEAN_CATEGORY,
    )


def build_part(name: str, pools: Pools, seed: int) -> list[str]:
    """The JSON lines of one part, shuffled."""
    rng = random.Random(seed)
    renderer = TextRenderer(pools, rng)
    valued = [t for t in pools.templates if t.category != _CLEAN_CATEGORY]
    clean = [t for t in pools.templates if t.category == _CLEAN_CATEGORY]
    rng.shuffle(valued)
    rng.shuffle(clean)
    seen: set[str] = set()
    drawn = _draw(renderer, valued, TEXTS - CLEAN, seen)
    drawn += _draw(renderer, clean, CLEAN, seen)
    rng.shuffle(drawn)
    return [
        _row(f"{name}-{n:04d}", rendered, template)
        for n, (rendered, template) in enumerate(drawn, start=1)
    ]


def generate() -> dict[str, list[str]]:
    """Both parts' JSON lines, by part name."""
    halves = dict(zip(PARTS, split_pools(SPLIT_SEED), strict=True))
    return {name: build_part(name, halves[name], seed) for name, seed in PARTS.items()}


def main() -> None:
    for name, lines in generate().items():
        (_HERE / f"{name}.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
        print(f"{name}.jsonl: {len(lines)} texts")


if __name__ == "__main__":
    main()
