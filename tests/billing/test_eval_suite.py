"""`copilot eval billing` returns a JSON report with a plain-text summary."""

from __future__ import annotations

import json

from evals.billing.run import run_suite
from evals.registry import load_suite


def test_billing_suite_report_shape() -> None:
    """The registry finds the suite; its report is JSON with summary lines,
    a row per kind and the recorded-data findings (or why they were skipped)."""
    assert load_suite("billing") is run_suite
    report = run_suite()
    json.dumps(report)
    assert all(isinstance(line, str) for line in report["summary"])
    assert {row["kind"] for row in report["seeded"]["by_kind"]} >= {
        "delivered_not_invoiced",
        "billing_dispute",
    }
    assert "findings" in report["recorded"] or "skipped" in report["recorded"]
