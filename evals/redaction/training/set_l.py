"""Set L: capitalised words that are not people, next to people who bear them.

Business text (status reports, tickets, chat, mail, minutes, catalogues,
menus, headlines) where Amber, Will, Grant, Stone or Price are ordinary
words, often at the start of a line, beside invented people with exactly
those names. Only the people, firms, places and contact values are labelled.

`python -m evals.redaction.training.set_l` rewrites l.jsonl byte for byte.
"""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

from evals.redaction.training.set_l_pools import Template, load_pools
from evals.redaction.training.set_l_pools import read_templates as read_templates
from evals.redaction.training.set_l_render import TemplateFiller

OUTPUT = Path(__file__).with_name("l.jsonl")
TEXT_COUNT = 1500
EMPTY_COUNT = 300
MIN_LENGTH, MAX_LENGTH = 60, 1200
SEED = 20261205


def _template_order(
    templates: tuple[Template, ...], count: int, rng: random.Random
) -> list[Template]:
    """Each template in turn, reshuffled every round, so all are used evenly."""
    order: list[Template] = []
    while len(order) < count:
        round_ = list(templates)
        rng.shuffle(round_)
        order.extend(round_)
    return order[:count]


def generate() -> list[dict[str, Any]]:
    """The set's records, the same on every run."""
    rng = random.Random(SEED)
    pools = load_pools()
    filler = TemplateFiller(pools, rng)
    empty = tuple(t for t in pools.templates if t.is_empty)
    labelled = tuple(t for t in pools.templates if not t.is_empty)
    empty_slots = set(rng.sample(range(TEXT_COUNT), EMPTY_COUNT))
    empty_order = iter(_template_order(empty, EMPTY_COUNT, rng))
    labelled_order = iter(_template_order(labelled, TEXT_COUNT - EMPTY_COUNT, rng))
    records = []
    for index in range(TEXT_COUNT):
        order = empty_order if index in empty_slots else labelled_order
        template = next(order)
        while True:
            rendered = filler.render(template)
            if MIN_LENGTH <= len(rendered.text) <= MAX_LENGTH:
                break
        if template.is_empty:
            rendered.tags.add("no-value")
        records.append(
            {
                "id": f"L-{index + 1:04d}",
                "text": rendered.text,
                "spans": rendered.spans,
                "tags": sorted(rendered.tags),
            }
        )
    return records


def to_jsonl(records: list[dict[str, Any]]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def main() -> None:
    OUTPUT.write_text(to_jsonl(generate()), encoding="utf-8")


if __name__ == "__main__":
    main()
