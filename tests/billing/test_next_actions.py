"""The next-actions service: one activity per account and week, or none."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import pytest

from copilot.audit import MemoryAuditLog
from copilot.billing import BillingScanService, BillingThresholds
from copilot.billing.next_actions import NextActionsService
from copilot.errors import NotFoundError
from copilot.odoo.writer import AdvisoryWriter
from tests.billing.builders import TODAY, account, invoice, line, project
from tests.billing.fake_source import FakeSource
from tests.copilot.fake_rpc import RecordingRpc


class ActivityStore:
    """Answers the writer like Odoo: finds its activities, schedules new ones."""

    def __init__(self) -> None:
        self.activities: list[dict[str, Any]] = []

    def __call__(
        self, model: str, method: str, args: Sequence[Any], kwargs: Mapping[str, Any]
    ) -> Any:
        if method == "search_read":
            marker = args[0][3][2]
            return [a for a in self.activities if marker in a["note"]]
        if method == "activity_schedule":
            self.activities.append(
                {"id": len(self.activities) + 1, "note": kwargs["note"], **kwargs}
            )
            return f"mail.activity({len(self.activities)},)"
        if method == "write":
            self.activities[0].update(args[1])
            return True
        raise AssertionError(f"unexpected {model}.{method}")


def make(
    source: FakeSource, store: ActivityStore, fallback: int | None = 2
) -> NextActionsService:
    thresholds = BillingThresholds()
    scan = BillingScanService(source, thresholds=thresholds, today=lambda: TODAY)
    return NextActionsService(
        source,
        scan,
        AdvisoryWriter(RecordingRpc(store)),
        MemoryAuditLog(),
        thresholds=thresholds,
        today=lambda: TODAY,
        fallback_user_id=fallback,
    )


def source() -> FakeSource:
    return FakeSource(projects=(project(),), lines=(line(),), invoices=(invoice(),))


def test_one_activity_for_the_salesperson_per_week() -> None:
    """Two runs create one To-Do on the partner, for its salesperson."""
    store = ActivityStore()
    first = make(source(), store).advise(10)
    second = make(source(), store).advise(10)
    assert first.write_outcome == "created"
    assert second.write_outcome == "unchanged"
    assert len(store.activities) == 1
    assert store.activities[0]["user_id"] == 7
    assert store.activities[0]["summary"].startswith("Copilot suggestion")


def test_dry_run_writes_nothing() -> None:
    """A dry run ranks and explains but sends no write."""
    store = ActivityStore()
    result = make(source(), store).advise(10, dry_run=True)
    assert result.actions and result.odoo_activity_id is None
    assert store.activities == []


@pytest.mark.parametrize(
    ("salesperson", "line_seller", "fallback", "user_id"),
    [(7, None, 2, 7), (None, 9, 2, 9), (None, None, 2, 2), (None, None, None, None)],
    ids=["partner", "sale-lines", "fallback", "nobody"],
)
def test_activity_goes_to_the_salesperson(
    salesperson: int | None,
    line_seller: int | None,
    fallback: int | None,
    user_id: int | None,
) -> None:
    """The partner's salesperson, else the one on its sale lines, else the
    configured reviewer; with none, nothing is written and the result says so."""
    store = ActivityStore()
    src = source()
    src.accounts = {10: account(salesperson_id=salesperson)}
    src.lines = (line(salesman_id=line_seller),)
    result = make(src, store, fallback).advise(10)
    assert [a["user_id"] for a in store.activities] == (
        [] if user_id is None else [user_id]
    )
    if user_id is None:
        assert result.odoo_activity_id is None
        assert (result.write_outcome or "").startswith("skipped")


@pytest.mark.parametrize(
    ("salesperson", "line_seller", "archived", "fallback", "assignee"),
    [
        (7, None, set(), 2, (7, "User 7", "salesperson")),
        (None, 9, set(), 2, (9, "User 9", "sale_lines")),
        (7, 9, {7}, 2, (9, "User 9", "sale_lines")),
        (None, None, set(), 2, (2, "User 2", "default_assignee")),
        (7, None, {7, 2}, 2, (2, None, "default_assignee")),
        (None, None, set(), None, None),
    ],
    ids=[
        "partner",
        "sale-lines",
        "archived-salesperson",
        "fallback",
        "archived-fallback",
        "nobody",
    ],
)
@pytest.mark.parametrize("dry_run", [False, True], ids=["written", "dry-run"])
def test_json_names_who_gets_the_todo_and_why(
    salesperson: int | None,
    line_seller: int | None,
    archived: set[int],
    fallback: int | None,
    assignee: tuple[int, str | None, str] | None,
    dry_run: bool,
) -> None:
    """`assignee` is the user the To-Do went (or would go) to, with the reason;
    `salesperson` still shows the partner's own field."""
    store = ActivityStore()
    src = source()
    src.accounts = {10: account(salesperson_id=salesperson)}
    src.lines = (line(salesman_id=line_seller),)
    src.archived_users = frozenset(archived)
    payload = make(src, store, fallback).advise(10, dry_run=dry_run).as_dict()
    expected = (
        None
        if assignee is None
        else dict(zip(("id", "name", "reason"), assignee, strict=True))
    )
    got = payload["assignee"]
    assert (got if got is None else {k: got[k] for k in ("id", "name", "reason")}) == (
        expected
    )
    assert payload["salesperson"] == (
        None if salesperson is None else {"model": "res.users", "id": salesperson}
    )
    written = [a["user_id"] for a in store.activities]
    assert written == ([] if dry_run or assignee is None else [assignee[0]])


def test_nothing_to_advise_has_no_assignee() -> None:
    """No action, no To-Do: `assignee` is null."""
    result = make(FakeSource(), ActivityStore()).advise(10)
    assert result.actions == () and result.as_dict()["assignee"] is None


def test_unknown_partner_is_not_found() -> None:
    """A partner Odoo does not return is a caller error, before any write."""
    with pytest.raises(NotFoundError):
        make(source(), ActivityStore()).advise(99)
