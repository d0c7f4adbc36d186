"""Redaction throughput and peak memory: the product against Presidio's defaults.

Run with ``python -m benchmarks.redaction [--notes N] [--rounds R] [--json]``.
Each system runs in its own child process on the same 1,000 notes of about 1 KB
(Odoo-style notes from the redaction eval's generator), so peak resident
memory is each system's own. The baseline analyses and anonymises note by
note with Presidio's default recognizers on the same spaCy model; the
product redacts in batches of 50 notes per scope, as a briefing does.
Wall-clock throughput moves with whatever else the machine runs, so
throughput per CPU second is reported beside it.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import time
from typing import Any

__all__ = ["build_notes", "main", "measure"]

_NOTE_BYTES = 1000
_BATCH = 50
_SYSTEMS = ("product", "baseline")


def build_notes(count: int) -> list[str]:
    """``count`` notes of about 1 KB, joined from the labelled set's items."""
    from evals.redaction.odoo_notes import odoo_notes

    _, items = odoo_notes()
    notes: list[str] = []
    index = 0
    while len(notes) < count:
        note = ""
        while len(note) < _NOTE_BYTES:
            note += items[index % len(items)].text + "\n\n"
            index += 1
        cut = note.rfind(" ", 0, _NOTE_BYTES)
        notes.append(note[: cut if cut > 0 else _NOTE_BYTES])
    return notes


def _run_product(notes: list[str]) -> int:
    from evals.redaction.odoo_notes import CONTRACT_PATTERN, odoo_notes
    from redaction import build_redactor

    firm, _ = odoo_notes()
    redactor = build_redactor(firm.deny_list(), confidential_patterns=CONTRACT_PATTERN)
    masked = 0
    for start in range(0, len(notes), _BATCH):
        scope = redactor.scope(f"bench-{start}")
        for result in scope.redact_many(notes[start : start + _BATCH]):
            masked += len(result.entities)
    return masked


def _run_baseline(notes: list[str]) -> int:
    from presidio_anonymizer import AnonymizerEngine

    from evals.redaction.systems import build_baseline_engine

    analyzer = build_baseline_engine()
    anonymizer = AnonymizerEngine()  # type: ignore[no-untyped-call]
    masked = 0
    for note in notes:
        found = analyzer.analyze(text=note, language="en")
        anonymizer.anonymize(text=note, analyzer_results=found)  # type: ignore[arg-type]
        masked += len(found)
    return masked


def measure(system: str, count: int) -> dict[str, Any]:
    """Time one system on ``count`` notes, in this process."""
    notes = build_notes(count)
    warm = _run_product if system == "product" else _run_baseline
    started = time.perf_counter()
    warm(notes[:5])
    setup_s = time.perf_counter() - started
    started, cpu_started = time.perf_counter(), time.process_time()
    masked = warm(notes)
    elapsed = time.perf_counter() - started
    cpu = time.process_time() - cpu_started
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {
        "system": system,
        "notes": len(notes),
        "mean_note_bytes": round(sum(len(n.encode()) for n in notes) / len(notes)),
        "setup_s": round(setup_s, 2),
        "seconds": round(elapsed, 2),
        "notes_per_s": round(len(notes) / elapsed, 1),
        "notes_per_cpu_s": round(len(notes) / cpu, 1),
        "peak_rss_mb": round(peak_kib / 1024, 1),
        "entities": masked,
    }


def _child(system: str, count: int) -> dict[str, Any]:
    completed = subprocess.run(
        [sys.executable, "-m", "benchmarks.redaction", "--system", system,
         "--notes", str(count)],
        check=True,
        capture_output=True,
        text=True,
    )  # fmt: skip
    result: dict[str, Any] = json.loads(completed.stdout.strip().splitlines()[-1])
    return result


def _round(count: int) -> dict[str, Any]:
    """Both systems one after the other, and their ratios."""
    product, baseline = (_child(system, count) for system in _SYSTEMS)
    return {
        "product": product,
        "baseline": baseline,
        "throughput_ratio": round(product["notes_per_s"] / baseline["notes_per_s"], 2),
        "cpu_throughput_ratio": round(
            product["notes_per_cpu_s"] / baseline["notes_per_cpu_s"], 2
        ),
        "peak_memory_ratio": round(product["peak_rss_mb"] / baseline["peak_rss_mb"], 2),
    }


def _print_round(number: int, result: dict[str, Any]) -> None:
    print(f"round {number}:")
    for row in (result["product"], result["baseline"]):
        print(
            f"  {row['system']:<9} {row['notes']} notes"
            f" of ~{row['mean_note_bytes']} B: "
            f"{row['notes_per_s']} notes/s ({row['notes_per_cpu_s']} per CPU s), "
            f"peak RSS {row['peak_rss_mb']} MB "
            f"(setup {row['setup_s']} s)"
        )
    print(
        f"  product / baseline: throughput x{result['throughput_ratio']:.2f} "
        f"(CPU time x{result['cpu_throughput_ratio']:.2f}), "
        f"peak memory x{result['peak_memory_ratio']:.2f}"
    )


def main(argv: list[str] | None = None) -> None:
    """Run both systems per round and print their figures and ratios.

    Each round measures the product and then the baseline, so a round's
    ratio compares runs made close together; on a shared machine the
    median over rounds and the CPU-time ratio move least.
    """
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--notes", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--system", choices=_SYSTEMS, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.system:
        print(json.dumps(measure(args.system, args.notes)))
        return
    rounds = [_round(args.notes) for _ in range(max(1, args.rounds))]
    report = {
        "rounds": rounds,
        "median_throughput_ratio": statistics.median(
            r["throughput_ratio"] for r in rounds
        ),
        "median_cpu_throughput_ratio": statistics.median(
            r["cpu_throughput_ratio"] for r in rounds
        ),
    }
    if args.json:
        print(json.dumps(report, indent=2))
        return
    for number, result in enumerate(rounds, start=1):
        _print_round(number, result)
    print(
        f"median over {len(rounds)} round(s): "
        f"throughput x{report['median_throughput_ratio']:.2f} "
        f"(CPU time x{report['median_cpu_throughput_ratio']:.2f})"
    )


if __name__ == "__main__":
    main()
