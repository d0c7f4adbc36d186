"""The redaction benchmark prints every ratio to two decimals."""

from __future__ import annotations

import pytest

from benchmarks.redaction import _print_round


def test_each_rounds_ratios_print_two_decimals(
    capsys: pytest.CaptureFixture[str],
) -> None:
    row = {
        "notes": 1000,
        "mean_note_bytes": 996,
        "notes_per_s": 41.2,
        "notes_per_cpu_s": 41.2,
        "peak_rss_mb": 214.8,
        "setup_s": 0.75,
    }
    result = {
        "product": {**row, "system": "product"},
        "baseline": {**row, "system": "baseline"},
        "throughput_ratio": 1.9,
        "cpu_throughput_ratio": 1.9,
        "peak_memory_ratio": 1.05,
    }
    _print_round(3, result)
    assert "throughput x1.90 (CPU time x1.90), peak memory x1.05" in (
        capsys.readouterr().out
    )
