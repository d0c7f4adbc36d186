"""`python -m evals.redaction.leave_one_out SET [SET ...]`: the dev protocol.

Every tuned set is also a training text of the product's NER weights, so its
figures on the shipped weights are training figures. This command measures
what the weights add on text they have not seen: for each SET it trains the
weights without SET (as ``ner_training --leave-out SET``, about ten minutes
on two cores) and scores the product on SET three ways:

- ``base``: the base model's own NER weights;
- ``left-out``: the weights trained without SET, the fair figure;
- ``shipped``: the shipped weights, which saw SET (a training figure).

Rows give PERSON and the five target types pooled: recall, precision, leak.
``--keep DIR`` keeps each run's weights in ``DIR/without-SET`` and reuses
them on the next call, so a rule change can be re-scored without training;
a kept run of other sets, epochs or seed is trained again. ``--seed N``
trains with another seed (kept in ``DIR/without-SET-seedN``): one seed
moves the figures by a few names, so a small effect needs two.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from copilot.errors import RedactionError
from copilot.offline_env import apply_offline_environment
from evals.redaction.ner_training import (
    EPOCHS,
    MAX_SEED,
    SEED,
    TRAINING_SETS,
    run_record,
    train,
    training_items,
    unwritable,
)
from evals.redaction.scoring import score_items
from evals.redaction.synth import synth_path
from evals.redaction.systems import ProductSystem

__all__ = ["main", "score_left_out"]

_KINDS = ("PERSON", "TARGETS")
_WEIGHTS = ("base", "left-out", "shipped")


def _say(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def _run_folder(parent: Path, name: str, seed: int) -> Path:
    """Where the run without ``name`` is kept: ``without-d``, ``without-d-seed2``."""
    return parent / (
        f"without-{name}" if seed == SEED else f"without-{name}-seed{seed}"
    )


def _trained_without(name: str, keep: Path | None, scratch: Path, seed: int) -> Path:
    """Weights trained on every training set but ``name``, reused if kept."""
    folder = _run_folder(keep or scratch, name, seed)
    wanted = {
        "trained_on": [n for n in TRAINING_SETS if n != name],
        "epochs": EPOCHS,
        "seed": seed,
    }
    if keep is not None and _run_settings(folder) == wanted:
        _say(f"{name}: reusing the weights in {folder}")
        return folder
    _say(f"{name}: training without it, seed {seed} (about ten minutes)")
    train(folder, leave_out=[name], seed=seed, say=lambda line: _say(f"  {line}"))
    return folder


def _run_settings(folder: Path) -> dict[str, object] | None:
    """A kept run's sets, epochs and seed, or None without a run's record.

    A run of ``ner_training --epochs 1 --out`` into the kept folder is not
    the run this command would train, so it is not reused.
    """
    record = run_record(folder)
    if record is None:
        return None
    return {key: record.get(key) for key in ("trained_on", "epochs", "seed")}


def score_left_out(
    name: str, weights: Path, systems: dict[str, ProductSystem]
) -> dict[str, dict[str, dict[str, Any]]]:
    """``name``'s scores per weights (``_WEIGHTS``) and kind (``_KINDS``)."""
    items = training_items(name)
    texts = [item.text for item in items]
    runs = {
        "base": systems["base"],
        "left-out": ProductSystem(ner_weights=weights),
        "shipped": systems["shipped"],
    }
    scored: dict[str, dict[str, dict[str, Any]]] = {}
    for label, system in runs.items():
        _say(f"{name}: scoring {len(texts)} texts on the {label} weights")
        scores = score_items(items, system.run(texts).predictions, {})
        scored[label] = {kind: scores[kind].as_dict() for kind in _KINDS}
    return scored


def _print_table(results: dict[str, dict[str, dict[str, dict[str, Any]]]]) -> None:
    print("set            kind     weights   recall  precision  leak")
    for name, scored in results.items():
        for kind in _KINDS:
            for label in _WEIGHTS:
                row = scored[label][kind]
                print(
                    f"{name:<14} {kind:<8} {label:<9} {row['recall']!s:<7} "
                    f"{row['precision']!s:<10} {row['leak_rate']}"
                )


def _run_folders(args: argparse.Namespace) -> list[Path]:
    return [
        _run_folder(args.keep, name, args.seed) for name in dict.fromkeys(args.sets)
    ]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evals.redaction.leave_one_out")
    parser.add_argument(
        "sets",
        nargs="+",
        choices=TRAINING_SETS,
        metavar="SET",
        help="training sets to leave out and score: " + ", ".join(TRAINING_SETS),
    )
    parser.add_argument(
        "--keep", type=Path, help="keep and reuse the trained weights in this folder"
    )
    parser.add_argument(
        "--seed", type=int, default=SEED, help=f"training seed (default: {SEED})"
    )
    parser.add_argument("--json", action="store_true", help="print JSON")
    args = parser.parse_args(argv)
    if not 0 <= args.seed <= MAX_SEED:
        parser.error(f"--seed must be 0 to {MAX_SEED}")
    kept = [] if args.keep is None else [args.keep, *_run_folders(args)]
    for folder in kept:
        problem = unwritable(folder)
        if problem is not None:
            parser.error(f"--keep: {folder} {problem}")
    if not synth_path().is_file():
        parser.exit(1, f"error: the training texts are missing: {synth_path()}\n")
    apply_offline_environment()
    results = {}
    try:
        systems = {
            "base": ProductSystem(tuned_ner=False),
            "shipped": ProductSystem(),
        }
        with tempfile.TemporaryDirectory(prefix="leave-one-out-") as scratch:
            for name in dict.fromkeys(args.sets):
                weights = _trained_without(name, args.keep, Path(scratch), args.seed)
                results[name] = score_left_out(name, weights, systems)
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except RedactionError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    if args.json:
        print(json.dumps(results, indent=2))
    else:
        _print_table(results)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
