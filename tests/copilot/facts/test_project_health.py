"""Project health facts: each finding holds on hand-built records, with evidence."""

from __future__ import annotations

from copilot.facts import (
    HealthThresholds,
    ProjectStatus,
    Severity,
    derive_status,
    project_health_facts,
)
from copilot.records import RecordRef
from tests.copilot.facts.builders import (
    TODAY,
    at,
    milestone,
    snapshot,
    task,
    ticket,
    timesheet,
    update,
)

THRESHOLDS = HealthThresholds()


def kinds(snap: object) -> dict[str, list[object]]:
    found: dict[str, list[object]] = {}
    for fact in project_health_facts(snap, TODAY, THRESHOLDS):  # type: ignore[arg-type]
        found.setdefault(fact.kind, []).append(fact)
    return found


def test_healthy_project_is_on_track_with_only_information() -> None:
    """No deadline passed, no overrun, time logged: on track, info facts only."""
    facts = project_health_facts(snapshot(), TODAY, THRESHOLDS)
    assert {fact.severity for fact in facts} == {Severity.INFO}
    assert derive_status(facts) is ProjectStatus.ON_TRACK


def test_hours_budget_states_spent_budget_and_percent() -> None:
    """Hours logged against the project's allocation, as figures and words."""
    (fact,) = kinds(snapshot(total_hours=95.0))["hours_budget"]
    assert fact.figures == {"spent_hours": 95.0, "budget_hours": 100.0, "percent": 95}
    assert fact.severity is Severity.WARNING
    assert fact.evidence == (RecordRef("project.project", 5),)
    assert "95.0 h logged of 100.0 h" in fact.statement


def test_budget_falls_back_to_task_allocations() -> None:
    """With no project allocation, the tasks' allocations are the budget."""
    snap = snapshot(allocated_hours=0.0, tasks=(task(1), task(2)), total_hours=30.0)
    (fact,) = kinds(snap)["hours_budget"]
    assert fact.figures["budget_hours"] == 20.0
    assert fact.severity is Severity.CRITICAL


def test_task_overrun_cites_the_task() -> None:
    """A task with more hours logged than allocated is an overrun."""
    snap = snapshot(tasks=(task(1), task(2, effective_hours=13.0)))
    (fact,) = kinds(snap)["task_overrun"]
    assert fact.evidence == (RecordRef("project.task", 2),)
    assert fact.figures["excess_hours"] == 3.0
    assert fact.figures["percent"] == 130


def test_overdue_counts_open_tasks_only() -> None:
    """A done task past its deadline is not overdue; an open one is."""
    snap = snapshot(
        tasks=(
            task(1, deadline=at(-3)),
            task(2, deadline=at(-30), state="1_done"),
            task(3, deadline=at(-20)),
        )
    )
    overdue = kinds(snap)["task_overdue"]
    assert [f.evidence[0].id for f in overdue] == [3, 1]
    assert overdue[0].severity is Severity.CRITICAL
    assert overdue[1].figures["days_late"] == 3


def test_blocked_task_names_its_open_dependency() -> None:
    """A waiting task cites itself and the open task it waits on."""
    snap = snapshot(
        tasks=(task(1), task(2, state="04_waiting_normal", depends_on_ids=(1,)))
    )
    (fact,) = kinds(snap)["task_blocked"]
    assert fact.evidence == (RecordRef("project.task", 2), RecordRef("project.task", 1))
    assert "waiting on 'Task 1'" in fact.statement


def test_stalled_needs_no_change_and_no_recent_time() -> None:
    """Old write dates make a task stalled unless time was logged on it."""
    old = {"last_stage_change": at(-30), "last_write": at(-20)}
    snap = snapshot(
        tasks=(task(1, **old), task(2, **old)),
        timesheets=(timesheet(900, 2, 3.0, task_id=1),),
    )
    (fact,) = kinds(snap)["task_stalled"]
    assert fact.evidence == (RecordRef("project.task", 2),)
    assert fact.figures["days_idle"] == 20


def test_milestones_missed_and_due_soon() -> None:
    """A past unreached milestone is missed; one due within a week is due soon."""
    snap = snapshot(
        milestones=(milestone(1, -2), milestone(2, 3), milestone(3, -9, reached=True))
    )
    found = kinds(snap)
    assert [f.evidence[0].id for f in found["milestone_missed"]] == [1]
    assert [f.evidence[0].id for f in found["milestone_due_soon"]] == [2]
    facts = project_health_facts(snap, TODAY, THRESHOLDS)
    assert derive_status(facts) is ProjectStatus.OFF_TRACK


def test_latest_update_status_moves_the_status() -> None:
    """A project update rated at risk makes the project at risk."""
    facts = project_health_facts(
        snapshot(updates=(update("at_risk"),)), TODAY, THRESHOLDS
    )
    assert derive_status(facts) is ProjectStatus.AT_RISK


def test_no_recent_time_on_open_project_is_a_warning() -> None:
    """Open tasks and no timesheet in two weeks is a warning."""
    (fact,) = kinds(snapshot(timesheets=()))["no_recent_time"]
    assert fact.severity is Severity.WARNING


def test_open_tickets_count_urgent_ones() -> None:
    """Open tickets of the customer are counted, urgent ones apart."""
    (fact,) = kinds(snapshot(tickets=(ticket(1, "0"), ticket(2, "3"))))["open_tickets"]
    assert fact.figures == {"open_tickets": 2, "urgent_tickets": 1}
    assert len(fact.evidence) == 2


def test_no_helpdesk_means_no_ticket_fact() -> None:
    """Without the helpdesk app there is nothing to say about tickets."""
    assert "open_tickets" not in kinds(snapshot(tickets=None))
