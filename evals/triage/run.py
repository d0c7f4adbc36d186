"""`copilot eval triage`: per-source accuracy and macro-F1, product vs baseline.

Sources are never pooled. The product is the offline path: the default model
trained on the shipped set plus the source's own training split indexed as
labelled history (what a firm's closed tickets would be). The baseline is a
TF-IDF + logistic-regression classifier trained on the same training data.
Nothing scored is in the index or the training data.

Test splits are read here only, to score: the classifier's policy (weights,
out-of-scope thresholds, training steps) is the shipped `TriagePolicy`,
chosen on validation splits carved from the training data by `python -m
evals.triage.tune`, and the cue words are backed by the taxonomy's
definitions or the training requests (tests/triage/test_cues.py). Which
split serves for fitting, tuning and scoring is listed in validation.py.
"""

from __future__ import annotations

import json
import time
from collections.abc import Sequence
from typing import Any

from copilot.offline_env import apply_offline_environment
from copilot.triage.classifier import TriageClassifier, TriagePolicy
from copilot.triage.heads import DefaultModel, load_training_set
from evals.triage.bench import benchmark
from evals.triage.proxies import (
    MAPPINGS,
    PRODUCT_TEST,
    LabelledText,
    Source,
    load_product,
    load_proxies,
)
from evals.triage.scoring import TfidfBaseline, accuracy, macro_f1
from redaction import RedactedText, Redactor, build_redactor
from retrieval import HashingEmbedder, IndexedTicket, MemoryTicketIndex

__all__ = ["history_index", "redact_all", "run_suite"]

TARGETS = {"product": 0.85, "proxy": 0.80, "oos_as_other": 0.80, "p95_ms": 150.0}


def redact_all(
    redactor: Redactor, texts: Sequence[str], scope: str
) -> list[RedactedText]:
    """Redact in chunks, one scope per chunk (placeholders need not be shared)."""
    out: list[RedactedText] = []
    for start in range(0, len(texts), 200):
        chunk = redactor.scope(f"{scope}/{start}")
        out.extend(chunk.redact_many(list(texts[start : start + 200])))
    return out


def history_index(
    redactor: Redactor, name: str, items: Sequence[LabelledText], scope: str
) -> MemoryTicketIndex:
    """`items` redacted and indexed as closed tickets labelled by category."""
    index = MemoryTicketIndex(HashingEmbedder())
    history = redact_all(redactor, [x.text for x in items], f"{name}/{scope}")
    index.add(
        [
            IndexedTicket(f"{name}-{i}", text, {"category": x.category})
            for i, (text, x) in enumerate(zip(history, items, strict=True))
        ]
    )
    return index


def _score_source(
    source: Source,
    model: DefaultModel,
    product_train: list[LabelledText],
    redactor: Redactor,
) -> dict[str, Any]:
    started = time.perf_counter()
    index = history_index(redactor, source.name, source.train, "train")
    classifier = TriageClassifier(model, index, TriagePolicy())
    tests = redact_all(redactor, [x.text for x in source.test], f"{source.name}/test")
    predicted = [s.category.value for s in classifier.classify_many(tests)]
    gold = [x.category for x in source.test]
    extra = [] if source.name == "product" else product_train
    baseline = TfidfBaseline(
        [x.text for x in [*extra, *source.train]],
        [x.category for x in [*extra, *source.train]],
    ).predict([x.text for x in source.test])
    report: dict[str, Any] = {
        "source": source.name,
        "train": len(source.train),
        "test": len(source.test),
        "labels": sorted(set(gold)),
        "product": {
            "accuracy": accuracy(gold, predicted),
            "macro_f1": macro_f1(gold, predicted),
        },
        "baseline": {
            "accuracy": accuracy(gold, baseline),
            "macro_f1": macro_f1(gold, baseline),
        },
        "seconds": round(time.perf_counter() - started, 1),
    }
    if "other" in gold:
        oos = [p for g, p in zip(gold, predicted, strict=True) if g == "other"]
        report["other_recall"] = sum(p == "other" for p in oos) / len(oos)
    return report


def _product_signals(model: DefaultModel, redactor: Redactor) -> list[dict[str, Any]]:
    """Priority and sentiment on the product's own test set (no proxy has them)."""
    rows = [
        json.loads(line)
        for line in PRODUCT_TEST.read_text("utf-8").splitlines()
        if line
    ]
    train = load_training_set()
    texts = redact_all(redactor, [r["text"] for r in rows], "signals")
    predicted = model.predict([t.text for t in texts])
    out = []
    for head in ("priority", "sentiment"):
        gold = [str(r[head]) for r in rows]
        ours = [max(p[head], key=p[head].__getitem__) for p in predicted]
        baseline = TfidfBaseline(
            [e.text for e in train], [getattr(e, head) for e in train]
        ).predict([r["text"] for r in rows])
        out.append(
            {
                "signal": head,
                "test": len(rows),
                "product": {
                    "accuracy": accuracy(gold, ours),
                    "macro_f1": macro_f1(gold, ours),
                },
                "baseline": {
                    "accuracy": accuracy(gold, baseline),
                    "macro_f1": macro_f1(gold, baseline),
                },
            }
        )
    return out


def run_suite() -> dict[str, Any]:
    """The JSON report; `summary` holds the plain-text table."""
    apply_offline_environment()
    redactor = build_redactor([], use_ner=False)
    training = load_training_set()
    model = DefaultModel.train(training)
    product = load_product()
    proxies, missing = load_proxies()
    sources = [
        _score_source(s, model, product.train, redactor) for s in [product, *proxies]
    ]
    redactors = {"patterns": redactor, "patterns+spaCy": build_redactor([])}
    bench = benchmark(model, redactors, proxies, [x.text for x in product.test])
    signals = _product_signals(model, redactor)
    summary = _summary(sources)
    summary.append("Priority and sentiment, product set (default model only)")
    summary.extend(
        f"{r['signal']:<10} {r['test']:>5}  "
        f"{r['product']['accuracy']:>6.3f}/{r['product']['macro_f1']:.3f}  "
        f"{r['baseline']['accuracy']:>7.3f}/{r['baseline']['macro_f1']:.3f}"
        for r in signals
    )
    summary.extend(missing)
    summary.extend(bench["summary"])
    return {
        "sources": sources,
        "signals": signals,
        "mappings": MAPPINGS,
        "targets": TARGETS,
        "benchmark": bench,
        "skipped": missing,
        "summary": summary,
    }


def _summary(sources: Sequence[dict[str, Any]]) -> list[str]:
    """One line per source: product and baseline, and whether targets are met."""
    lines = [
        "Triage category, offline path (default model + indexed history)",
        f"{'source':<10} {'test':>5}  {'product acc/F1':>15}  "
        f"{'baseline acc/F1':>16}  target",
    ]
    for r in sources:
        target = TARGETS["product" if r["source"] == "product" else "proxy"]
        product, baseline = r["product"], r["baseline"]
        verdict = "met" if product["macro_f1"] >= target else "MISSED"
        ahead = "ahead" if product["macro_f1"] > baseline["macro_f1"] else "NOT ahead"
        lines.append(
            f"{r['source']:<10} {r['test']:>5}  "
            f"{product['accuracy']:>6.3f}/{product['macro_f1']:.3f}  "
            f"{baseline['accuracy']:>7.3f}/{baseline['macro_f1']:.3f}  "
            f"F1>={target:.2f} {verdict}, {ahead} of baseline"
        )
        if "other_recall" in r:
            lines.append(
                f"{'':<10} requests labelled other answered 'other': "
                f"{r['other_recall']:.3f} (target {TARGETS['oos_as_other']:.2f})"
            )
    return lines
