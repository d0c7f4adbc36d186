"""`copilot eval billing`: precision and recall of the billing scan per kind.

Two measurements in one run: the demo firm's planted blockers and
near-misses (scored against the generator's list), and the recorded Odoo 17
demo data (each finding checked against the exported records). The
baseline, computed in the same run, is Odoo's own flags: a sale line whose
`invoice_status` is `to invoice` and a milestone whose `is_deadline_exceeded`
is set, counted as blockers without further checks.
"""

from __future__ import annotations

from typing import Any

from copilot.billing import ScanResult
from copilot.sandbox import DEMO_ANCHOR, build_demo_store
from copilot.sandbox.demo_firm import DemoFirm
from copilot.sandbox.seed import demo_firm
from evals.billing.harness import scan_store
from evals.billing.recorded import (
    RecordedData,
    check_recorded,
    evaldata_dir,
    expected_from_records,
)
from evals.billing.seeded import firm_blockers, near_miss_report, score_by_kind

__all__ = ["run_suite"]


def run_suite() -> dict[str, Any]:
    firm = demo_firm(DEMO_ANCHOR)
    seeded = scan_store(build_demo_store())
    by_kind = score_by_kind(seeded, firm)
    near = near_miss_report(seeded, firm)
    report: dict[str, Any] = {
        "seeded": {
            "planted": len(firm.expected_blockers),
            "found": len(firm_blockers(seeded, firm)),
            "rpc_calls": seeded.rpc_calls,
            "notices": list(seeded.notices),
            "by_kind": by_kind,
            "near_misses": near,
            "baseline": _baseline(seeded, firm),
        },
        "recorded": _recorded(),
    }
    report["summary"] = _summary(report)
    return report


def _baseline(result: ScanResult, firm: DemoFirm) -> dict[str, Any]:
    """Odoo's stored flag alone, on the same scan, for one kind."""
    firm_lines = {
        int(str(r["id"])) for r in firm.billing_records.get("sale.order.line", [])
    }
    got = {
        ("delivered_not_invoiced", line.id)
        for line in result.snapshot.sale_lines
        if line.invoice_status == "to invoice" and line.id in firm_lines
    }
    want = {
        (k, i) for k, _, i, _ in firm.expected_blockers if k == "delivered_not_invoiced"
    }
    hits = len(got & want)
    return {
        "rule": "sale line invoice_status == 'to invoice'",
        "kind": "delivered_not_invoiced",
        "precision": round(hits / len(got), 3) if got else None,
        "recall": round(hits / len(want), 3) if want else None,
    }


def _recorded() -> dict[str, Any]:
    folder = evaldata_dir()
    if not (folder / "records").is_dir():
        return {"skipped": "recorded demo data not found at ../shared/evaldata"}
    data = RecordedData(folder)
    result = scan_store(build_demo_store(include_demo_firm=False))
    checks = check_recorded(result, data, DEMO_ANCHOR)
    want = expected_from_records(data, DEMO_ANCHOR)
    got = {(b.kind.value, b.subject.id) for b in result.blockers}
    return {
        "rpc_calls": result.rpc_calls,
        "findings": checks,
        "agreeing": sum(1 for c in checks if c["agrees"]),
        "checked": sum(1 for c in checks if c["agrees"] is not None),
        "read_off_the_export": sorted(want),
        "missed_from_export": sorted(want - got),
    }


def _fmt(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.2f}"


def _summary(report: dict[str, Any]) -> list[str]:
    seeded = report["seeded"]
    lines = [
        f"billing eval: {seeded['planted']} blockers planted in the demo firm, "
        f"{seeded['found']} found, {seeded['rpc_calls']} RPC calls per scan",
        f"{'kind':<26}{'expected':>9}{'found':>7}{'precision':>11}{'recall':>8}",
    ]
    for row in seeded["by_kind"]:
        lines.append(
            f"{row['kind']:<26}{row['expected']:>9}{row['found']:>7}"
            f"{_fmt(row['precision']):>11}{_fmt(row['recall']):>8}"
        )
    flagged = [n for n in seeded["near_misses"] if n["flagged"]]
    lines.append(
        f"near-misses: {len(seeded['near_misses'])} planted, "
        f"{len(flagged)} wrongly flagged"
    )
    base = seeded["baseline"]
    lines.append(
        f"baseline ({base['rule']}) on {base['kind']}: precision "
        f"{_fmt(base['precision'])}, recall {_fmt(base['recall'])}"
    )
    lines.extend(f"notice: {n}" for n in seeded["notices"])
    recorded = report["recorded"]
    if "skipped" in recorded:
        lines.append(f"recorded demo data: skipped ({recorded['skipped']})")
        return lines
    lines.append(
        f"recorded Odoo 17 demo data: {len(recorded['findings'])} findings, "
        f"{recorded['agreeing']} of {recorded['checked']} checked agree with "
        f"the exported records; missed from the export: "
        f"{len(recorded['missed_from_export'])}"
    )
    for finding in recorded["findings"]:
        ref = finding["record"]
        lines.append(
            f"  {finding['kind']:<24} {ref['model']}#{ref['id']:<4} "
            f"records show: {finding['records_show']}"
        )
    return lines
