"""`python -m evals.redaction.independent`: both systems on the independent sets.

Prints, for each set, PERSON and the five target types pooled: recall,
precision and leak rate for the product and for Presidio's defaults, and
the spans each masks in the texts that hold no personal value. See the
README beside this file for which set is held out.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from copilot.offline_env import apply_offline_environment
from evals.redaction.labelled import LabelledText, read_jsonl
from evals.redaction.scoring import Prediction, score_items
from evals.redaction.systems import BaselineSystem, ProductSystem

__all__ = ["SETS", "load_set", "main"]

SETS = (
    "c_tune",
    "c_untouched",
    "d",
    "e_tune",
    "e_untouched",
    "f_tune",
    "f_untouched",
)
_HERE = Path(__file__).resolve().parent


def load_set(name: str) -> list[LabelledText]:
    """The labelled texts of one independent set."""
    return read_jsonl(_HERE / f"{name}.jsonl", name)


def main() -> None:
    apply_offline_environment()
    product, baseline = ProductSystem(), BaselineSystem()
    print("set          system    type     recall  precision  leak   masked-in-clean")
    for name in SETS:
        items = load_set(name)
        texts = [item.text for item in items]
        runs: dict[str, Sequence[Sequence[Prediction]]] = {
            "product": product.run(texts).predictions,
            "baseline": baseline.run(texts),
        }
        for label, predictions in runs.items():
            scores = score_items(items, predictions, {})
            clean = sum(
                len(found)
                for item, found in zip(items, predictions, strict=True)
                if not item.spans
            )
            for kind in ("PERSON", "TARGETS"):
                row = scores[kind].as_dict()
                print(
                    f"{name:<12} {label:<9} {kind:<8} {row['recall']:<7} "
                    f"{row['precision']:<10} {row['leak_rate']:<6} {clean}"
                )


if __name__ == "__main__":
    main()
