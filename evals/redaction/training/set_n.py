"""Training set N: operations texts full of proper nouns that are not people.

Service desks, project plans and risk logs, release notes, procurement,
warehouse and field-service notes, marketing briefs, CRM notes and board
minutes, with people among the products, teams, rooms, projects and holidays.
`python -m evals.redaction.training.set_n` rewrites `n.jsonl` byte for byte.
"""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

from evals.redaction.training.set_n_pools import DATA, load_pools
from evals.redaction.training.set_n_render import Template, read_templates, render

OUTPUT = Path(__file__).with_name("n.jsonl")
TEMPLATES = DATA / "templates.txt"
SEED = 20261205
TEXT_COUNT = 1500
EMPTY_COUNT = 300
MIN_CHARS, MAX_CHARS = 60, 1200

__all__ = [
    "EMPTY_COUNT",
    "OUTPUT",
    "TEXT_COUNT",
    "generate",
    "read_templates",
    "to_jsonl",
]


def _draws(templates: list[Template], count: int, rng: random.Random) -> list[Template]:
    """count templates, each used as evenly as the count allows."""
    draws: list[Template] = []
    while len(draws) < count:
        batch = list(templates)
        rng.shuffle(batch)
        draws.extend(batch)
    return draws[:count]


def generate() -> list[dict[str, Any]]:
    """The records of set N, in file order."""
    rng = random.Random(SEED)
    pools = load_pools()
    templates = read_templates(TEMPLATES)
    empty = [t for t in templates if t.is_empty]
    full = [t for t in templates if not t.is_empty]
    draws = _draws(empty, EMPTY_COUNT, rng) + _draws(
        full, TEXT_COUNT - EMPTY_COUNT, rng
    )
    rng.shuffle(draws)
    records = []
    for index, template in enumerate(draws, start=1):
        text, spans = render(template, rng, pools)
        while not MIN_CHARS <= len(text) <= MAX_CHARS:
            text, spans = render(template, rng, pools)
        records.append(
            {
                "id": f"N-{index:04d}",
                "text": text,
                "spans": spans,
                "tags": [template.name, *template.tags],
            }
        )
    return records


def to_jsonl(records: list[dict[str, Any]]) -> str:
    """One JSON object a line, non-ASCII kept, newline-terminated."""
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def main() -> None:
    OUTPUT.write_text(to_jsonl(generate()), encoding="utf-8")


if __name__ == "__main__":
    main()
