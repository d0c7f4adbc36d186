"""Check what a scan finds on the recorded Odoo 17 demo data against the raw
records exported from that server (`../shared/evaldata/odoo17-demo-db`)."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from copilot.billing import Blocker, ScanResult

__all__ = ["RecordedData", "check_recorded", "evaldata_dir"]

Rows = dict[int, dict[str, Any]]


def evaldata_dir() -> Path:
    """The shared evaluation data, next to the repository."""
    root = Path(__file__).resolve().parents[2]
    return root.parent / "shared" / "evaldata" / "odoo17-demo-db"


class RecordedData:
    """The exported `search_read` rows, by model and id."""

    def __init__(self, folder: Path) -> None:
        self._folder = folder
        self._cache: dict[str, Rows] = {}

    def rows(self, model: str) -> Rows:
        if model not in self._cache:
            raw = json.loads((self._folder / "records" / f"{model}.json").read_text())
            self._cache[model] = {int(r["id"]): r for r in raw["records"]}
        return self._cache[model]


Check = Callable[[RecordedData, Blocker, date], str | None]


def _line(data: RecordedData, b: Blocker, _: date) -> str | None:
    r = data.rows("sale.order.line")[b.subject.id]
    ordered, delivered, invoiced = (
        r["product_uom_qty"],
        r["qty_delivered"],
        r["qty_invoiced"],
    )
    shown = f"ordered {ordered:g}, delivered {delivered:g}, invoiced {invoiced:g}"
    if b.kind.value == "hours_over_sold":
        return shown if delivered > ordered else None
    ok = delivered > invoiced and r["invoice_status"] == "to invoice"
    return f"{shown}, status {r['invoice_status']}" if ok else None


def _milestone(data: RecordedData, b: Blocker, today: date) -> str | None:
    m = data.rows("project.milestone")[b.subject.id]
    if b.kind.value == "milestone_overdue":
        late = m["deadline"] and m["deadline"] < today.isoformat()
        return f"deadline {m['deadline']}, not reached" if late else None
    line = data.rows("sale.order.line")[m["sale_line_id"][0]]
    ok = m["is_reached"] and line["invoice_status"] == "to invoice"
    return f"reached, line {line['id']} to invoice" if ok else None


def _task(data: RecordedData, b: Blocker, _: date) -> str | None:
    t = data.rows("project.task")[b.subject.id]
    over = t["effective_hours"] > t["allocated_hours"] > 0
    return (
        f"allocated {t['allocated_hours']:g} h, logged {t['effective_hours']:g} h"
        if over
        else None
    )


def _invoice(data: RecordedData, b: Blocker, today: date) -> str | None:
    m = data.rows("account.move")[b.subject.id]
    ok = (
        m["move_type"] == "out_invoice"
        and m["state"] == "posted"
        and m["payment_state"] in ("not_paid", "partial")
        and m["invoice_date_due"] < today.isoformat()
    )
    return f"posted, {m['payment_state']}, due {m['invoice_date_due']}" if ok else None


def _project_time(data: RecordedData, b: Blocker, _: date) -> str | None:
    since = str(b.statement.split(" since ")[1][:10])
    lines = [
        r
        for r in data.rows("account.analytic.line").values()
        if r["project_id"]
        and r["project_id"][0] == b.subject.id
        and r["date"] >= since
        and (not r["so_line"] or r["timesheet_invoice_type"] == "non_billable")
    ]
    hours = sum(r["unit_amount"] for r in lines)
    same = abs(hours - (b.hours or 0.0)) < 0.01
    return f"{len(lines)} lines, {hours:g} h unlinked since {since}" if same else None


_CHECKS: dict[str, Check] = {
    "sale.order.line": _line,
    "project.milestone": _milestone,
    "project.task": _task,
    "account.move": _invoice,
    "project.project": _project_time,
}


def check_recorded(
    result: ScanResult, data: RecordedData, today: date
) -> list[dict[str, Any]]:
    """Each blocker with what the exported record shows, and whether it agrees."""
    out = []
    for b in result.blockers:
        check = _CHECKS.get(b.subject.model)
        shown = check(data, b, today) if check else None
        out.append(
            {
                "kind": b.kind.value,
                "record": b.subject.as_dict(),
                "statement": b.statement,
                "records_show": shown or "not checked against the export",
                "agrees": shown is not None if check else None,
            }
        )
    return out


def expected_from_records(data: RecordedData, today: date) -> set[tuple[str, int]]:
    """Over-consumed lines and overdue invoices, read straight off the export."""
    found = {
        ("hours_over_sold", i)
        for i, r in data.rows("sale.order.line").items()
        if r["state"] == "sale"
        and r["is_service"]
        and r["qty_delivered_method"] != "milestones"
        and r["qty_delivered"] > r["product_uom_qty"]
    }
    found |= {
        ("invoice_overdue", i)
        for i, m in data.rows("account.move").items()
        if m["move_type"] == "out_invoice"
        and m["state"] == "posted"
        and m["payment_state"] in ("not_paid", "partial")
        and m["invoice_date_due"] < today.isoformat()
    }
    return found
