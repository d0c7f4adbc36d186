"""Score a scan of the demo firm against the blockers its generator planted."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from copilot.billing import BlockerKind, ScanResult
from copilot.sandbox.demo_firm import DemoFirm

__all__ = ["near_miss_report", "score_by_kind"]

Identity = tuple[str, str, int, int | None]


def _firm_ids(firm: DemoFirm) -> dict[str, set[int]]:
    ids: dict[str, set[int]] = {}
    for records in (firm.records, firm.billing_records):
        for model, rows in records.items():
            ids.setdefault(model, set()).update(int(str(r["id"])) for r in rows)
    return ids


def firm_blockers(result: ScanResult, firm: DemoFirm) -> set[Identity]:
    """Blockers about the firm's records (the recorded demo data is scored
    separately, against its own records)."""
    ids, projects = _firm_ids(firm), set(firm.project_ids)
    return {
        b.identity
        for b in result.blockers
        if b.subject.id in ids.get(b.subject.model, set())
        or (b.project_id is not None and b.project_id in projects)
    }


def score_by_kind(result: ScanResult, firm: DemoFirm) -> list[dict[str, Any]]:
    """Precision and recall per kind; `None` where a kind has nothing to score."""
    found, expected = firm_blockers(result, firm), set(firm.expected_blockers)
    rows = []
    for kind in BlockerKind:
        want = {e for e in expected if e[0] == kind.value}
        got = {f for f in found if f[0] == kind.value}
        hits = len(want & got)
        rows.append(
            {
                "kind": kind.value,
                "expected": len(want),
                "found": len(got),
                "true_positives": hits,
                "precision": round(hits / len(got), 3) if got else None,
                "recall": round(hits / len(want), 3) if want else None,
                "false_positives": sorted(got - want),
                "missed": sorted(want - got),
            }
        )
    return rows


def near_miss_report(result: ScanResult, firm: DemoFirm) -> list[dict[str, Any]]:
    """Records planted to look like blockers but not be ones: none may appear."""
    flagged = {(b.subject.model, b.subject.id) for b in result.blockers}
    flagged_projects = {
        b.project_id for b in result.blockers if b.kind.value == "unlinked_timesheets"
    }
    rows = list(_near_misses(firm))
    return [
        {
            "what": what,
            "record": {"model": model, "id": record_id},
            "flagged": (model, record_id) in flagged
            if model != "project.project"
            else record_id in flagged_projects,
        }
        for what, model, record_id in rows
    ]


def _near_misses(firm: DemoFirm) -> Iterable[tuple[str, str, int]]:
    billing = firm.billing_records
    for row in billing.get("sale.order.line", []):
        if row.get("invoice_status") == "invoiced":
            yield "fully invoiced sale line", "sale.order.line", int(str(row["id"]))
    invoiced_lines = {
        int(str(r["id"]))
        for r in billing.get("sale.order.line", [])
        if r.get("invoice_status") == "invoiced"
    }
    for row in billing.get("project.milestone", []):
        line = row.get("sale_line_id")
        if isinstance(line, list) and int(line[0]) in invoiced_lines:
            what = "reached and invoiced milestone"
            yield what, "project.milestone", int(str(row["id"]))
    for row in billing.get("project.project", []):
        if row.get("allow_billable") is False:
            what = "non-billable project with unlinked time"
            yield what, "project.project", int(str(row["id"]))
    for row in billing.get("account.move", []):
        state, payment = row.get("state"), row.get("payment_state")
        if state == "posted" and payment in ("paid", "in_payment"):
            yield f"invoice {payment}", "account.move", int(str(row["id"]))
    for row in billing.get("helpdesk.ticket", []):
        category = row.get("category_id")
        label = category[1] if isinstance(category, list) else ""
        if row.get("closed") or label == "Technical":
            what = "closed billing ticket" if row.get("closed") else "technical ticket"
            yield what, "helpdesk.ticket", int(str(row["id"]))
