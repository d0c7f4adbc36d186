"""The scan service: reads once per model, ranks, summarises, says what it
could not check."""

from __future__ import annotations

import pytest

from copilot.billing import BillingScanService, BillingThresholds, ScanScope
from copilot.errors import NotFoundError
from tests.billing.builders import TODAY, invoice, line, project, task, ticket
from tests.billing.fake_source import FakeSource


def service(source: FakeSource) -> BillingScanService:
    return BillingScanService(
        source, thresholds=BillingThresholds(), today=lambda: TODAY
    )


def busy_source(**over: object) -> FakeSource:
    many = tuple(project(id=i) for i in range(1, 51))
    base = FakeSource(
        projects=many,
        tasks=tuple(task(id=i, project_id=1 + i % 50) for i in range(500)),
        lines=(line(), line(id=101, ordered=5, delivered=9, to_invoice=9)),
        invoices=(invoice(),),
        tickets=(ticket(),),
    )
    for key, value in over.items():
        setattr(base, key, value)
    return base


@pytest.mark.parametrize("scale", [1, 50])
def test_reads_once_per_step_whatever_the_size(scale: int) -> None:
    """Each model is read once, for 1 or 50 projects and any number of tasks."""
    source = busy_source(projects=busy_source().projects[:scale])
    service(source).scan(progress=lambda _: None)
    assert sorted(source.calls) == sorted(
        [
            "projects",
            "tasks",
            "milestones",
            "timesheets",
            "sale lines",
            "first uninvoiced",
            "recent time",
            "users",
            "invoices",
            "tickets",
        ]
    )


def test_progress_reports_every_step() -> None:
    """The progress callback is told about each read step, in order."""
    steps: list[str] = []
    service(busy_source()).scan(progress=steps.append)
    assert steps[0] == "projects" and steps[-1] == "people"
    assert len(steps) == 10


def test_blockers_are_ranked_and_summarised() -> None:
    """Critical first, larger amounts first; the summary groups by owner."""
    result = service(busy_source()).scan()
    severities = [b.severity.value for b in result.blockers]
    assert severities == sorted(severities, key=["critical", "warning", "info"].index)
    rows = result.summary()
    assert {(r["owner"], r["kind"]) for r in rows} >= {
        ("Sam Seller", "invoice_overdue"),
        ("Sam Seller", "delivered_not_invoiced"),
    }
    payload = result.as_dict()
    assert payload["blockers"] and payload["summary"]


def test_validation_notice_without_the_field() -> None:
    """Community (no `validated` field): a plain notice, and no read for it."""
    source = busy_source()
    result = service(source).scan()
    assert any("not available" in n for n in result.notices)
    assert "unvalidated" not in source.calls


def test_validation_read_with_the_field() -> None:
    """Enterprise (`validated` exists): one more grouped read, no notice."""
    source = busy_source(fields=frozenset({"validated"}))
    result = service(source).scan()
    assert "unvalidated" in source.calls
    assert not result.notices


def test_unknown_project_is_not_found() -> None:
    """A project the scope names but Odoo does not return is a caller error."""
    with pytest.raises(NotFoundError, match="Project 999"):
        service(busy_source()).scan(ScanScope(project_id=999))


@pytest.mark.parametrize(
    ("scope", "message"),
    [
        (ScanScope(project_id=999), "Project 999 does not exist, is archived"),
        (ScanScope(project_id=999, partner_id=10), "Project 999 does not exist"),
        (ScanScope(project_id=1, partner_id=77), "Partner 77 does not exist"),
        (
            ScanScope(project_id=1, partner_id=11),
            "Project 1 is not a project of partner 11",
        ),
    ],
)
def test_an_empty_scope_names_what_is_wrong(scope: ScanScope, message: str) -> None:
    """A project and a partner that do not go together: the message names the
    one that is missing, or says the project is another client's."""
    source = busy_source()
    source.accounts[11] = source.accounts[10]
    with pytest.raises(NotFoundError, match=message):
        service(source).scan(scope)


@pytest.mark.parametrize(
    ("archived", "owners"),
    [
        (frozenset(), {5}),
        (frozenset({5}), {None}),
    ],
)
def test_an_archived_owner_is_not_named(
    archived: frozenset[int], owners: set[int | None]
) -> None:
    """Odoo keeps a departed salesperson on old sale lines: such a person is
    no blocker's owner, and the summary says nobody is named."""
    source = FakeSource(
        projects=(project(),),
        lines=(line(salesman_id=5),),
        archived_users=archived,
    )
    result = service(source).scan()
    delivered = [b for b in result.blockers if b.subject.model == "sale.order.line"]
    assert delivered
    assert {b.owner_id for b in delivered} == owners
