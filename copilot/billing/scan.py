"""The portfolio scan: read in a fixed number of calls, run every detector."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Any

from copilot.billing.detectors import DETECTORS, VALIDATION_UNAVAILABLE
from copilot.billing.model import Blocker
from copilot.billing.portfolio import Portfolio, workdays_before
from copilot.billing.records import BillingProject, PortfolioSnapshot, SaleLine
from copilot.billing.source import BillingSource
from copilot.billing.thresholds import BillingThresholds
from copilot.errors import NotFoundError
from copilot.facts import Severity

__all__ = ["READ_STEPS", "BillingScanService", "ScanResult", "ScanScope"]

logger = logging.getLogger(__name__)

Progress = Callable[[str], None]
READ_STEPS = 10
_SEVERITY_RANK = {Severity.CRITICAL: 0, Severity.WARNING: 1, Severity.INFO: 2}


@dataclass(frozen=True)
class ScanScope:
    """Which projects a scan covers: every active one, one, or one client's."""

    project_id: int | None = None
    partner_id: int | None = None


@dataclass(frozen=True)
class ScanResult:
    """Blockers, most severe and largest first, and what could not be checked."""

    today: date
    projects_scanned: int
    blockers: tuple[Blocker, ...]
    notices: tuple[str, ...]
    rpc_calls: int
    seconds: float
    snapshot: PortfolioSnapshot = field(repr=False)

    def summary(self) -> list[dict[str, object]]:
        """Count and amounts per (owner, kind), owners by name."""
        rows: dict[tuple[str, str], dict[str, Any]] = {}
        for b in self.blockers:
            key = (b.owner_name or "(nobody named)", b.kind.value)
            row = rows.setdefault(
                key, {"owner": key[0], "kind": key[1], "count": 0, "amounts": {}}
            )
            row["count"] += 1
            if b.amount is not None:
                cur = b.currency or "?"
                row["amounts"][cur] = round(row["amounts"].get(cur, 0.0) + b.amount, 2)
        return [rows[k] for k in sorted(rows)]

    def as_dict(self) -> dict[str, object]:
        return {
            "today": self.today.isoformat(),
            "projects_scanned": self.projects_scanned,
            "rpc_calls": self.rpc_calls,
            "seconds": round(self.seconds, 3),
            "notices": list(self.notices),
            "summary": self.summary(),
            "blockers": [b.as_dict() for b in self.blockers],
        }


class BillingScanService:
    """Scans the portfolio for what blocks or leaks revenue."""

    def __init__(
        self,
        source: BillingSource,
        *,
        thresholds: BillingThresholds,
        today: Callable[[], date],
        rpc_calls: Callable[[], int] = lambda: 0,
    ) -> None:
        self._source = source
        self._thresholds = thresholds
        self._today = today
        self._rpc_calls = rpc_calls

    def scan(
        self, scope: ScanScope = ScanScope(), progress: Progress | None = None
    ) -> ScanResult:
        started, calls_before = time.perf_counter(), self._rpc_calls()
        snapshot = self.read(scope, progress or (lambda _: None))
        portfolio = Portfolio(snapshot)
        blockers = [
            _with_active_owner(b, snapshot.user_names)
            for detect in DETECTORS
            for b in detect(portfolio, self._thresholds)
        ]
        blockers.sort(key=_rank)
        notices: tuple[str, ...] = (
            () if snapshot.validation_available else (VALIDATION_UNAVAILABLE,)
        )
        if snapshot.tickets is None:
            notices += ("No helpdesk app: billing disputes in tickets not checked.",)
        calls = self._rpc_calls() - calls_before
        logger.info(
            "billing scan projects=%s blockers=%s rpc_calls=%s",
            len(snapshot.projects),
            len(blockers),
            calls,
        )
        return ScanResult(
            today=snapshot.today,
            projects_scanned=len(snapshot.projects),
            blockers=tuple(blockers),
            notices=notices,
            rpc_calls=calls,
            seconds=time.perf_counter() - started,
            snapshot=snapshot,
        )

    def read(self, scope: ScanScope, progress: Progress) -> PortfolioSnapshot:
        """Every record the detectors need, in `READ_STEPS` batched steps."""
        src, today, t = self._source, self._today(), self._thresholds
        progress("projects")
        projects = src.scoped_projects(scope.project_id, scope.partner_id)
        if not projects:
            _check_empty_scope(src, scope)
        ids = [p.id for p in projects]
        period_start = today - timedelta(days=t.period_days)
        progress("tasks")
        tasks = src.open_tasks(ids)
        progress("milestones")
        milestones = src.milestones(ids)
        progress("timesheets")
        groups = src.timesheet_groups(ids, period_start)
        progress("sale lines")
        lines = src.sale_lines(_line_domain(scope, projects, groups, milestones))
        progress("uninvoiced time")
        pending = [line.id for line in lines if line.delivered > line.invoiced]
        firsts = src.first_uninvoiced(pending) if pending else {}
        lines = tuple(_with_first(line, firsts.get(line.id)) for line in lines)
        progress("recent time")
        since = workdays_before(today, t.missing_time_workdays)
        loggers = src.users_with_time_since(since)
        can_validate = src.has_field("account.analytic.line", "validated")
        unvalidated = (
            src.timesheet_groups(ids, period_start, [["validated", "=", False]])
            if can_validate
            else ()
        )
        progress("invoices")
        partners = _partner_ids(scope, projects)
        invoices = src.customer_invoices(partners, today)
        progress("tickets")
        tickets = (
            src.open_tickets(partners) if src.has_model("helpdesk.ticket") else None
        )
        progress("people")
        people = {u for task in tasks for u in task.assignee_ids} | {
            u
            for u in (
                *(p.manager_id for p in projects),
                *(line.salesman_id for line in lines),
                *(i.salesperson_id for i in invoices),
                *(t.user_id for t in tickets or ()),
            )
            if u is not None
        }
        names = src.user_names(people) if people else {}
        return PortfolioSnapshot(
            today=today,
            period_start=period_start,
            projects=projects,
            tasks=tasks,
            milestones=milestones,
            sale_lines=lines,
            invoices=invoices,
            tickets=tickets,
            timesheet_groups=groups,
            recent_loggers=loggers,
            missing_time_since=since,
            validation_available=can_validate,
            unvalidated=tuple(unvalidated),
            user_names=names,
        )


def _rank(blocker: Blocker) -> tuple[int, float, str]:
    return (_SEVERITY_RANK[blocker.severity], -(blocker.amount or 0.0), blocker.kind)


def _with_active_owner(blocker: Blocker, active: Mapping[int, str]) -> Blocker:
    """The blocker without its owner if that user is archived: Odoo keeps a
    departed salesperson or manager on old records, who can act on nothing."""
    if blocker.owner_id is None or blocker.owner_id in active:
        return blocker
    return replace(blocker, owner_id=None, owner_name=None)


def _with_first(line: SaleLine, first: date | None) -> SaleLine:
    return replace(line, first_uninvoiced=first) if first else line


def _partner_ids(
    scope: ScanScope, projects: Sequence[BillingProject]
) -> list[int] | None:
    """Whose invoices and tickets to read: everyone's on a portfolio scan."""
    if scope.partner_id is not None:
        return [scope.partner_id]
    if scope.project_id is not None:
        return sorted({p.partner_id for p in projects if p.partner_id is not None})
    return None


def _line_domain(
    scope: ScanScope,
    projects: Sequence[BillingProject],
    groups: Sequence[Any],
    milestones: Sequence[Any],
) -> list[Any]:
    """All confirmed service lines on a portfolio scan; else the lines the
    scoped projects sell, log time on or tie milestones to."""
    if scope.project_id is None and scope.partner_id is None:
        return []
    linked = {g.sale_line_id for g in groups} | {m.sale_line_id for m in milestones}
    linked |= {p.sale_line_id for p in projects}
    linked.discard(None)
    domain: list[Any] = [
        "|",
        ["id", "in", sorted(linked)],
        ["project_id", "in", [p.id for p in projects]],
    ]
    if scope.partner_id is not None:
        domain = ["|", *domain, ["order_partner_id", "child_of", scope.partner_id]]
    return domain


def _check_empty_scope(src: BillingSource, scope: ScanScope) -> None:
    """Name what a scope without active projects got wrong, if anything.

    A client without active projects is a valid, empty scan; a partner id
    that names nobody, a project Odoo does not show, or a project of another
    client (with both ids given) is the caller's mistake.
    """
    if scope.partner_id is not None:
        src.account(scope.partner_id)
    if scope.project_id is None:
        return
    if scope.partner_id is not None and src.scoped_projects(scope.project_id, None):
        raise NotFoundError(
            f"Project {scope.project_id} is not a project of partner "
            f"{scope.partner_id} or its contacts."
        )
    raise NotFoundError(
        f"Project {scope.project_id} does not exist, is archived, or this "
        "Odoo user cannot see it."
    )
