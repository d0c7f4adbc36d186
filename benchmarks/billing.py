"""Benchmark the billing scan on a sandbox scaled to 1,000 projects.

    python -m benchmarks.billing [--projects 1000] [--tasks 20000]
                                 [--lines 200000] [--json]

The sandbox (store and loopback server) runs in a child process so the
scan's own memory is measured apart from the test double's. Reports wall
time, RPC calls and peak resident memory of both processes.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import random
import resource
import time
from datetime import timedelta
from typing import Any

from copilot.billing import BillingScanService, BillingThresholds
from copilot.odoo import OdooEndpoint, connect
from copilot.odoo.billing_reader import BillingReader
from copilot.sandbox import DEMO_ANCHOR, OdooStore, SandboxServer, SandboxUser
from copilot.sandbox.catalog import load_catalog

_DB = "bench"
_USER = SandboxUser(login="bench", password="bench", uid=2)
_USERS, _PARTNERS = 60, 150
Rows = dict[str, list[dict[str, Any]]]


def synthetic_records(projects: int, tasks: int, lines: int, seed: int = 7) -> Rows:
    """A portfolio of the given size; every figure drawn from a fixed seed."""
    rng = random.Random(seed)
    today = DEMO_ANCHOR
    users = [[i, f"Consultant {i}"] for i in range(100, 100 + _USERS)]
    partners = [[i, f"Client {i}"] for i in range(1000, 1000 + _PARTNERS)]
    usd = [1, "USD"]
    out: Rows = {
        "res.users": [{"id": u[0], "name": u[1], "active": True} for u in users],
        "res.partner": [{"id": p[0], "name": p[1]} for p in partners],
    }
    rows = out.setdefault
    for pid in range(1, projects + 1):
        partner, manager = rng.choice(partners), rng.choice(users)
        billable = rng.random() < 0.9
        line_id = pid * 10
        rows("project.project", []).append(
            {
                "id": pid,
                "name": f"Project {pid}",
                "active": True,
                "partner_id": partner,
                "user_id": manager,
                "allow_billable": billable,
                "sale_line_id": [line_id, f"S{pid:05d}"] if billable else False,
                "currency_id": usd,
                "last_update_status": "on_track",
            }
        )
        for offset, method in enumerate(("timesheet", "timesheet", "milestones")):
            ordered = float(rng.randint(20, 200))
            delivered = ordered * rng.uniform(0.3, 1.4)
            invoiced = delivered * rng.choice((0.0, 0.5, 1.0))
            rows("sale.order.line", []).append(
                {
                    "id": line_id + offset,
                    "name": f"Line {offset}",
                    "state": "sale",
                    "order_id": [pid, f"S{pid:05d}"],
                    "is_service": True,
                    "product_uom_qty": ordered,
                    "qty_delivered": delivered,
                    "qty_delivered_method": method,
                    "qty_invoiced": invoiced,
                    "qty_to_invoice": delivered - invoiced,
                    "invoice_status": "to invoice"
                    if delivered > invoiced
                    else "invoiced",
                    "untaxed_amount_to_invoice": (delivered - invoiced) * 120.0,
                    "price_unit": 120.0,
                    "discount": 0.0,
                    "currency_id": usd,
                    "project_id": [pid, f"Project {pid}"],
                    "order_partner_id": partner,
                    "salesman_id": manager,
                }
            )
        for k in range(3):
            reached = rng.random() < 0.5
            rows("project.milestone", []).append(
                {
                    "id": pid * 3 + k,
                    "name": f"Milestone {k}",
                    "project_id": [pid, f"Project {pid}"],
                    "deadline": (
                        today + timedelta(days=rng.randint(-40, 40))
                    ).isoformat(),
                    "is_reached": reached,
                    "reached_date": today.isoformat() if reached else False,
                    "sale_line_id": [line_id + 2, "Line 2"] if k == 0 else False,
                }
            )
    for tid in range(1, tasks + 1):
        pid = 1 + (tid - 1) % projects
        allocated = float(rng.randint(4, 40))
        rows("project.task", []).append(
            {
                "id": tid,
                "name": f"Task {tid}",
                "project_id": [pid, f"Project {pid}"],
                "state": rng.choice(("01_in_progress", "01_in_progress", "1_done")),
                "user_ids": [rng.choice(users)[0]],
                "allocated_hours": allocated,
                "effective_hours": allocated * rng.uniform(0.2, 1.5),
                "active": True,
            }
        )
    for lid in range(1, lines + 1):
        tid = 1 + (lid - 1) % tasks
        pid = 1 + (tid - 1) % projects
        linked = rng.random() < 0.9
        user = rng.choice(users)
        rows("account.analytic.line", []).append(
            {
                "id": lid,
                "date": (today - timedelta(days=rng.randint(0, 90))).isoformat(),
                "unit_amount": rng.choice((1.0, 2.0, 4.0)),
                "project_id": [pid, f"Project {pid}"],
                "task_id": [tid, f"Task {tid}"],
                "user_id": user,
                "employee_id": user,
                "so_line": [pid * 10, "Line 0"] if linked else False,
                "timesheet_invoice_type": "billable_time" if linked else "non_billable",
                "timesheet_invoice_id": False,
            }
        )
    for mid in range(1, 2 * projects + 1):
        rows("account.move", []).append(
            {
                "id": mid,
                "name": f"INV/{mid:05d}",
                "move_type": "out_invoice",
                "state": rng.choice(("posted", "posted", "draft")),
                "payment_state": rng.choice(("not_paid", "paid", "partial")),
                "partner_id": rng.choice(partners),
                "currency_id": usd,
                "invoice_date_due": (
                    today - timedelta(days=rng.randint(-30, 60))
                ).isoformat(),
                "amount_untaxed": 1000.0,
                "amount_residual": 1210.0,
                "create_date": f"{(today - timedelta(days=20)).isoformat()} 10:00:00",
            }
        )
    return out


def _serve(sizes: tuple[int, int, int], ready: Any, stop: Any) -> None:
    catalog = load_catalog()
    store = OdooStore(
        catalog.models.values(), synthetic_records(*sizes), today=DEMO_ANCHOR
    )
    with SandboxServer({_DB: store}, [_USER]) as server:
        ready.put(server.port)
        stop.wait()


def run(projects: int, tasks: int, lines: int) -> dict[str, Any]:
    context = multiprocessing.get_context("fork")
    ready, stop = context.Queue(), context.Event()
    started = time.perf_counter()
    child = context.Process(target=_serve, args=((projects, tasks, lines), ready, stop))
    child.start()
    port = ready.get(timeout=600)
    build_s = time.perf_counter() - started
    try:
        connection = connect(
            OdooEndpoint(f"http://127.0.0.1:{port}", _DB, "bench", "bench"),
            timeout_s=600,
        )
        service = BillingScanService(
            BillingReader(connection, db=_DB),
            thresholds=BillingThresholds(),
            today=lambda: DEMO_ANCHOR,
            rpc_calls=lambda: connection.call_count,
        )
        scan_started = time.perf_counter()
        result = service.scan()
        scan_s = time.perf_counter() - scan_started
    finally:
        stop.set()
        child.join(timeout=60)
    return {
        "projects": projects,
        "tasks": tasks,
        "timesheet_lines": lines,
        "sandbox_build_s": round(build_s, 1),
        "scan_wall_s": round(scan_s, 1),
        "rpc_calls": result.rpc_calls,
        "blockers": len(result.blockers),
        "projects_scanned": result.projects_scanned,
        "scan_peak_rss_mb": _mb(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss),
        "sandbox_peak_rss_mb": _mb(
            resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        ),
    }


def _mb(kilobytes: int) -> float:
    return round(kilobytes / 1024, 1)  # Linux reports ru_maxrss in KiB


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--projects", type=int, default=1000)
    parser.add_argument("--tasks", type=int, default=20000)
    parser.add_argument("--lines", type=int, default=200000)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    report = run(args.projects, args.tasks, args.lines)
    if args.json:
        print(json.dumps(report, indent=2))
        return
    for key, value in report.items():
        print(f"{key:>22}: {value}")


if __name__ == "__main__":
    main()
