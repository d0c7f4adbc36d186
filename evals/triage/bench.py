"""Speed of the offline path: one triage (p50/p95) and indexing 10,000 tickets."""

from __future__ import annotations

import statistics
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from copilot.triage.classifier import TriageClassifier, TriagePolicy
from copilot.triage.heads import DefaultModel
from evals.triage.proxies import Source
from redaction import Redactor
from retrieval import ChromaTicketIndex, HashingEmbedder, IndexedTicket

__all__ = ["benchmark"]

INDEX_SIZE = 10_000
SAMPLES = 200


def benchmark(
    model: DefaultModel,
    redactors: dict[str, Redactor],
    history: Sequence[Source],
    requests: Sequence[str],
) -> dict[str, Any]:
    """Index 10,000 redacted texts in Chroma, then time single triages on it.

    One triage = redact, classify (default model, firm model, 10 neighbours)
    and two similar-ticket queries (same client, others). The firm model is
    fitted once before timing, as a running service would have it.
    """
    pool = [x for s in history for x in s.train]
    if not pool or not requests:
        return {"summary": ["benchmark skipped: no text to index"]}
    redactor = next(iter(redactors.values()))
    redacted = redactor.scope("bench/index").redact_many([x.text for x in pool[:2000]])
    tickets = [
        IndexedTicket(
            f"b{i}",
            redacted[i % len(redacted)],
            {"category": pool[i % len(redacted)].category},
            i % 7,
        )
        for i in range(INDEX_SIZE)
    ]
    report: dict[str, Any] = {"samples": SAMPLES, "summary": []}
    with tempfile.TemporaryDirectory() as folder:
        index = ChromaTicketIndex(HashingEmbedder(), Path(folder))
        started = time.perf_counter()
        index.add(tickets)
        report["index_10k_seconds"] = round(time.perf_counter() - started, 2)
        classifier = TriageClassifier(model, index, TriagePolicy())
        classifier.classify_many([redacted[0]])
        report["summary"].append(
            f"benchmark: index {INDEX_SIZE:,} tickets in Chroma "
            f"{report['index_10k_seconds']:.1f} s"
        )
        for name, each in redactors.items():
            p50, p95 = _time_triage(classifier, index, each, requests)
            report[f"triage_ms_p50_{name}"] = p50
            report[f"triage_ms_p95_{name}"] = p95
            report["summary"].append(
                f"one triage, redaction by {name}, over the 10k index: "
                f"p50 {p50:.1f} ms, p95 {p95:.1f} ms (target p95 < 150 ms)"
            )
    return report


def _time_triage(
    classifier: TriageClassifier,
    index: ChromaTicketIndex,
    redactor: Redactor,
    requests: Sequence[str],
) -> tuple[float, float]:
    timings: list[float] = []
    for i in range(SAMPLES):
        started = time.perf_counter()
        one = redactor.scope(f"bench/{i}").redact(requests[i % len(requests)])
        classifier.classify_many([one])
        index.nearest(one, 5, client_id=i % 7, same_client=True)
        index.nearest(one, 5, client_id=i % 7, same_client=False)
        timings.append((time.perf_counter() - started) * 1000)
    timings.sort()
    p95 = timings[max(int(0.95 * len(timings)) - 1, 0)]
    return round(statistics.median(timings), 1), round(p95, 1)
