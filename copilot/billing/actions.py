"""Turn one account's blockers, projects, tickets and opportunities into at
most five ranked next-best actions, each with its facts and its owner."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from copilot.billing.model import Blocker, BlockerKind
from copilot.billing.portfolio import money
from copilot.billing.records import (
    Account,
    BillingProject,
    BillingTicket,
    Opportunity,
)
from copilot.facts import Severity
from copilot.records import RecordRef

__all__ = ["MAX_ACTIONS", "Action", "rank_actions"]

MAX_ACTIONS = 5
_WEIGHT = {Severity.CRITICAL: 3, Severity.WARNING: 2, Severity.INFO: 1}
# action kind -> (blocker kinds, title); the order breaks ties in ranking
_GROUPS: tuple[tuple[str, frozenset[BlockerKind], str], ...] = (
    (
        "resolve_disputes",
        frozenset({BlockerKind.BILLING_DISPUTE}),
        "Resolve the billing disputes",
    ),
    (
        "chase_overdue",
        frozenset({BlockerKind.INVOICE_OVERDUE}),
        "Chase the overdue invoices",
    ),
    (
        "invoice_delivered",
        frozenset(
            {
                BlockerKind.DELIVERED_NOT_INVOICED,
                BlockerKind.MILESTONE_NOT_INVOICED,
                BlockerKind.DRAFT_INVOICE_STALE,
            }
        ),
        "Invoice the delivered work",
    ),
    (
        "agree_extra_hours",
        frozenset({BlockerKind.HOURS_OVER_SOLD, BlockerKind.TASK_OVER_ALLOCATED}),
        "Agree a change order for the hours beyond what was sold",
    ),
    (
        "recover_milestones",
        frozenset({BlockerKind.MILESTONE_OVERDUE}),
        "Re-plan the late milestones with the client",
    ),
    (
        "fix_timesheets",
        frozenset(
            {
                BlockerKind.UNLINKED_TIMESHEETS,
                BlockerKind.MISSING_TIME,
                BlockerKind.TIMESHEETS_UNVALIDATED,
            }
        ),
        "Get the time logged, linked and billable",
    ),
)


@dataclass(frozen=True)
class Action:
    """One recommendation; `why` are fact statements, `evidence` their records."""

    kind: str
    title: str
    why: tuple[str, ...]
    owner_id: int | None
    owner_name: str | None
    severity: Severity
    amount: float | None
    currency: str | None
    evidence: tuple[RecordRef, ...]

    def as_dict(self) -> dict[str, object]:
        return {
            "kind": self.kind,
            "title": self.title,
            "why": list(self.why),
            "who": None
            if self.owner_id is None
            else {"model": "res.users", "id": self.owner_id, "name": self.owner_name},
            "severity": self.severity.value,
            "amount": None if self.amount is None else round(self.amount, 2),
            "currency": self.currency,
            "evidence": [ref.as_dict() for ref in self.evidence],
        }


def rank_actions(
    account: Account,
    blockers: Sequence[Blocker],
    projects: Sequence[BillingProject],
    tickets: Sequence[BillingTicket],
    opportunities: Sequence[Opportunity],
) -> list[Action]:
    """Most severe first, then the largest amount; never more than five."""
    actions = [a for a in _blocker_actions(account, blockers) if a is not None]
    actions.extend(_health_actions(projects))
    actions.extend(_ticket_actions(tickets))
    actions.extend(_opportunity_actions(account, opportunities))
    order = {kind: i for i, (kind, _, _) in enumerate(_GROUPS)}
    actions.sort(
        key=lambda a: (-_WEIGHT[a.severity], -(a.amount or 0.0), order.get(a.kind, 99))
    )
    return actions[:MAX_ACTIONS]


def _blocker_actions(
    account: Account, blockers: Sequence[Blocker]
) -> list[Action | None]:
    out: list[Action | None] = []
    for kind, kinds, title in _GROUPS:
        group = [b for b in blockers if b.kind in kinds]
        if not group:
            continue
        amounts = [b for b in group if b.amount is not None]
        currencies = {b.currency for b in amounts}
        total = sum(b.amount or 0.0 for b in amounts) if amounts else None
        currency = next(iter(currencies)) if len(currencies) == 1 else None
        if len(currencies) > 1:
            total = None  # amounts in different currencies are not added up
        owner = _owner(group, account)
        why = tuple(b.statement for b in group[:4])
        if len(group) > 4:
            why += (f"{len(group) - 4} more of the same kind are in the scan.",)
        if total is not None and currency is not None:
            title = f"{title} ({money(total, currency)} at stake)"
        out.append(
            Action(
                kind=kind,
                title=title,
                why=why,
                owner_id=owner[0],
                owner_name=owner[1],
                severity=min((b.severity for b in group), key=_rank),
                amount=total,
                currency=currency,
                evidence=tuple(dict.fromkeys(r for b in group for r in b.evidence)),
            )
        )
    return out


def _rank(severity: Severity) -> int:
    return -_WEIGHT[severity]


def _owner(group: Sequence[Blocker], account: Account) -> tuple[int | None, str | None]:
    """Who acts: the most frequent owner in the group, else the salesperson."""
    counts: dict[tuple[int, str | None], int] = {}
    for b in group:
        if b.owner_id is not None:
            key = (b.owner_id, b.owner_name)
            counts[key] = counts.get(key, 0) + 1
    if counts:
        best = max(sorted(counts, key=str), key=lambda k: counts[k])
        return best
    return account.salesperson_id, account.salesperson_name


def _health_actions(projects: Sequence[BillingProject]) -> list[Action]:
    words = {"off_track": "off track", "at_risk": "at risk"}
    out = []
    for project in projects:
        if project.status not in words:
            continue
        out.append(
            Action(
                kind="project_health",
                title=f"Review {project.name} with its project manager",
                why=(
                    f"The latest update rates project {project.name} "
                    f"{words[project.status]}.",
                ),
                owner_id=project.manager_id,
                owner_name=project.manager_name,
                severity=Severity.CRITICAL
                if project.status == "off_track"
                else Severity.WARNING,
                amount=None,
                currency=None,
                evidence=(project.ref,),
            )
        )
    return out


def _ticket_actions(tickets: Sequence[BillingTicket]) -> list[Action]:
    if not tickets:
        return []
    escalated = [t for t in tickets if t.priority >= "2"]
    why = [f"Ticket {t.name} is open ({t.stage_name or 'no stage'})." for t in tickets]
    owner = (escalated or list(tickets))[0]
    count = f"{len(tickets)} open ticket" + ("" if len(tickets) == 1 else "s")
    return [
        Action(
            kind="open_tickets",
            title=f"Follow up the {count}"
            + (f", {len(escalated)} escalated" if escalated else ""),
            why=tuple(why[:4]),
            owner_id=owner.user_id,
            owner_name=owner.user_name,
            severity=Severity.WARNING if escalated else Severity.INFO,
            amount=None,
            currency=None,
            evidence=tuple(t.ref for t in tickets),
        )
    ]


def _opportunity_actions(
    account: Account, opportunities: Sequence[Opportunity]
) -> list[Action]:
    out = []
    for opp in sorted(opportunities, key=lambda o: -o.expected_revenue)[:2]:
        out.append(
            Action(
                kind="open_opportunity",
                title=f"Advance the opportunity {opp.name}",
                why=(
                    f"Opportunity {opp.name} is at stage {opp.stage_name or 'none'} "
                    f"with {opp.probability:g}% probability and "
                    f"{opp.expected_revenue:,.2f} expected revenue.",
                ),
                owner_id=opp.user_id or account.salesperson_id,
                owner_name=opp.user_name or account.salesperson_name,
                severity=Severity.INFO,
                amount=opp.expected_revenue,
                currency=None,
                evidence=(opp.ref,),
            )
        )
    return out
