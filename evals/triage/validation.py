"""Validation splits, carved from training data only: what tuning may look at.

Which split is used for what, per source (fit / validation / test):

- product: training rows of the other templates / the training rows of a
  seeded quarter of each category's English training templates /
  `product_test.jsonl`.
- bitext: the training two-thirds minus validation / one in five of those
  rows by a salted hash / the crc32 third (see proxies.py).
- banking77: `train.csv` minus validation / one in five of `train.csv` by a
  salted hash / `test.csv`.
- clinc150: `train` + `oos_train` / `val` + `oos_val`, the official split /
  `test` + `oos_test`.

Every threshold, weight and training setting of the classifier is chosen on
the validation column (`python -m evals.triage.tune`); the test column is
read only by `copilot eval triage`, after the choice is made. Product
validation holds out whole templates, like the test set's unseen templates,
so tuning rewards generalising to new wordings rather than memorising them.
The final eval trains both systems on the whole training column (fit and
validation; for clinc150 the official `train` alone).
"""

from __future__ import annotations

import json
import random
import zlib
from collections import defaultdict
from dataclasses import dataclass
from importlib import resources

from copilot.triage.heads import TrainingExample
from evals.triage.proxies import SHARED, LabelledText, Source, mapped

__all__ = ["SEED", "Tuning", "product_tuning", "proxy_tunings"]

SEED = 20261204
_SALT = f"validation/{SEED}/"


@dataclass(frozen=True)
class Tuning:
    """A source's training data split for tuning: fit on one, score the other."""

    name: str
    fit: list[LabelledText]
    validation: list[LabelledText]


def product_tuning() -> tuple[list[TrainingExample], list[TrainingExample]]:
    """(fit, validation) from the shipped training set, held out by template."""
    path = resources.files("copilot.triage").joinpath("data", "train.jsonl")
    rows = [json.loads(x) for x in path.read_text("utf-8").splitlines() if x]
    templates: dict[str, set[str]] = defaultdict(set)
    for row in rows:
        if row["language"] == "en":
            templates[row["category"]].add(row["template"])
    rng = random.Random(SEED)
    held: set[str] = set()
    for category in sorted(templates):
        names = sorted(templates[category])
        held.update(rng.sample(names, max(1, len(names) // 4)))
    fit: list[TrainingExample] = []
    validation: list[TrainingExample] = []
    for row in rows:
        example = TrainingExample(
            row["text"], row["category"], str(row["priority"]), row["sentiment"]
        )
        (validation if row["template"] in held else fit).append(example)
    return fit, validation


def proxy_tunings(sources: list[Source]) -> list[Tuning]:
    """A validation split for each proxy source, never touching its test."""
    out = []
    for source in sources:
        if source.name == "clinc150":
            out.append(_clinc150(source))
        else:
            out.append(_by_hash(source))
    return out


def _by_hash(source: Source) -> Tuning:
    fit: list[LabelledText] = []
    validation: list[LabelledText] = []
    for item in source.train:
        digest = zlib.crc32((_SALT + item.text).encode())
        (validation if digest % 5 == 0 else fit).append(item)
    return Tuning(source.name, fit, validation)


def _clinc150(source: Source) -> Tuning:
    data = json.loads((SHARED / "clinc150" / "data_full.json").read_text("utf-8"))
    validation = mapped("clinc150", [tuple(p) for p in data["val"] + data["oos_val"]])
    return Tuning(source.name, list(source.train), validation)
