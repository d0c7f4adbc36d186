"""Status briefings end to end: sandbox Odoo over odoorpc, one activity per project."""

from __future__ import annotations

from pathlib import Path

import odoorpc
import pytest

from copilot.sandbox import ADMIN
from copilot.sandbox.seed import demo_firm
from redaction import Redactor
from tests.support.sandbox import DB, Sandbox, make_services

NON_ADVISORY_MODELS_TO_WATCH = (
    "project.project",
    "project.task",
    "project.milestone",
    "project.update",
    "account.analytic.line",
    "helpdesk.ticket",
    "res.partner",
    "sale.order.line",
)


def admin_client(sandbox: Sandbox) -> odoorpc.ODOO:
    client = odoorpc.ODOO("127.0.0.1", port=sandbox.server.port)
    client.login(DB, ADMIN.login, ADMIN.password)
    return client


def copilot_activities(client: odoorpc.ODOO, project_id: int) -> int:
    count: int = client.execute_kw(
        "mail.activity",
        "search_count",
        [
            [
                ["res_model", "=", "project.project"],
                ["res_id", "=", project_id],
                ["summary", "=like", "Copilot suggestion%"],
            ]
        ],
    )
    return count


def business_state(client: odoorpc.ODOO) -> dict[str, list[dict[str, object]]]:
    state = {}
    for model in NON_ADVISORY_MODELS_TO_WATCH:
        fields = ["write_date"] if model != "res.partner" else ["name", "email"]
        state[model] = client.execute_kw(
            model, "search_read", [[]], {"fields": fields, "order": "id asc"}
        )
    return state


def test_every_project_gets_exactly_one_activity_and_a_rerun_adds_none(
    sandbox: Sandbox, demo_redactor: Redactor, tmp_path: Path
) -> None:
    """Two runs over every project leave one copilot activity each, and no edits."""
    services, audit = make_services(
        sandbox, demo_redactor, tmp_path, default_assignee_id=2
    )
    admin = admin_client(sandbox)
    before = business_state(admin)
    project_ids = services.reader.active_project_ids()
    assert len(project_ids) >= 10

    first = [services.briefing.brief(pid) for pid in project_ids]
    second = [services.briefing.brief(pid) for pid in project_ids]

    assert {r.write_outcome for r in first} == {"created"}
    assert {r.write_outcome for r in second} == {"unchanged"}
    assert [r.odoo_activity_id for r in first] == [r.odoo_activity_id for r in second]
    for project_id in project_ids:
        assert copilot_activities(admin, project_id) == 1
    assert business_state(admin) == before
    written = [e for e in audit.entries if e["event"] == "suggestion_written"]
    assert len(written) == 2 * len(project_ids)


def test_changed_facts_update_the_same_activity(
    sandbox: Sandbox, demo_redactor: Redactor, tmp_path: Path
) -> None:
    """New timesheet hours change the facts: the activity is updated, not duplicated."""
    services, _ = make_services(sandbox, demo_redactor, tmp_path)
    admin = admin_client(sandbox)
    first = services.briefing.brief(1)
    admin.execute_kw(
        "account.analytic.line",
        "create",
        [{"name": "extra", "project_id": 1, "unit_amount": 7.5, "date": "2026-12-03"}],
    )
    second = services.briefing.brief(1)
    assert second.write_outcome == "updated"
    assert second.odoo_activity_id == first.odoo_activity_id
    assert copilot_activities(admin, 1) == 1


def test_json_output_cites_records_and_dry_run_writes_nothing(
    sandbox: Sandbox, demo_redactor: Redactor, tmp_path: Path
) -> None:
    """`--json` shape: status, summary, facts with evidence; dry run has no activity."""
    services, _ = make_services(sandbox, demo_redactor, tmp_path)
    admin = admin_client(sandbox)
    payload = services.briefing.brief(14, dry_run=True).as_dict()
    assert payload["project_id"] == 14
    assert payload["status"] in {"on_track", "at_risk", "off_track"}
    assert isinstance(payload["summary"], str) and payload["summary"]
    assert payload["odoo_activity_id"] is None
    facts = payload["facts"]
    assert isinstance(facts, list) and facts
    for fact in facts:
        assert fact["evidence"]
        for ref in fact["evidence"]:
            assert set(ref) >= {"model", "id"}
            assert isinstance(ref["id"], int)
            found = admin.execute_kw(
                ref["model"], "read", [[ref["id"]]], {"fields": ["id"]}
            )
            assert found, f"evidence {ref} does not resolve to a record"
    assert copilot_activities(admin, 14) == 0


def test_planted_risks_of_the_demo_firm_are_found(
    sandbox: Sandbox, demo_redactor: Redactor, tmp_path: Path
) -> None:
    """Each risk the demo firm plants shows up as a fact of the matching kind."""
    services, _ = make_services(sandbox, demo_redactor, tmp_path)
    fact_kind = {
        "overrun": "task_overrun",
        "overdue_task": "task_overdue",
        "stalled_task": "task_stalled",
        "milestone_missed": "milestone_missed",
        "milestone_due_soon": "milestone_due_soon",
        "blocked_task": "task_blocked",
        "open_tickets": "open_tickets",
    }
    firm = demo_firm()
    assert firm.expected_risks
    for project_id, risks in firm.expected_risks.items():
        result = services.briefing.brief(project_id, dry_run=True)
        kinds = {fact.kind for fact in result.briefing.facts}
        for risk in risks:
            if risk in fact_kind:
                assert fact_kind[risk] in kinds, (project_id, risk)
        if "status_off_track" in risks:
            assert result.briefing.status.value == "off_track"
        if not risks:
            assert result.briefing.status.value == "on_track"


def test_project_without_active_manager_gets_no_orphan_activity(
    sandbox: Sandbox, demo_redactor: Redactor, tmp_path: Path
) -> None:
    """Project 11's manager is the archived OdooBot: nothing is assigned to a bot."""
    services, _ = make_services(sandbox, demo_redactor, tmp_path)
    result = services.briefing.brief(11)
    assert result.odoo_activity_id is None
    assert (result.write_outcome or "").startswith("skipped")
    assert copilot_activities(admin_client(sandbox), 11) == 0


def test_an_archived_project_is_briefed_but_gets_no_activity(
    sandbox: Sandbox, demo_redactor: Redactor, tmp_path: Path
) -> None:
    """Nobody works on an archived project: its briefing is shown, not written."""
    client = admin_client(sandbox)
    client.execute_kw("project.project", "write", [[13], {"active": False}])
    services, _ = make_services(
        sandbox, demo_redactor, tmp_path, default_assignee_id=ADMIN.uid
    )
    result = services.briefing.brief(13)
    assert result.odoo_activity_id is None
    assert result.write_outcome == "skipped: the project is archived"
    assert copilot_activities(client, 13) == 0


def test_a_manager_who_left_hands_the_open_activity_to_the_reviewer(
    sandbox: Sandbox, demo_redactor: Redactor, tmp_path: Path
) -> None:
    """The rerun after the manager is archived gives the same activity to the
    default reviewer instead of leaving it with nobody who can act."""
    client = admin_client(sandbox)
    services, _ = make_services(
        sandbox, demo_redactor, tmp_path, default_assignee_id=ADMIN.uid
    )
    first = services.briefing.brief(14)
    manager = client.execute_kw(
        "mail.activity", "read", [[first.odoo_activity_id]], {"fields": ["user_id"]}
    )[0]["user_id"][0]
    assert manager != ADMIN.uid
    client.execute_kw("res.users", "write", [[manager], {"active": False}])

    second = services.briefing.brief(14)

    assert second.odoo_activity_id == first.odoo_activity_id
    assert second.write_outcome == "updated"
    activity = client.execute_kw(
        "mail.activity", "read", [[first.odoo_activity_id]], {"fields": ["user_id"]}
    )[0]
    assert activity["user_id"][0] == ADMIN.uid
    assert copilot_activities(client, 14) == 1


def test_the_integration_user_cannot_edit_business_records(sandbox: Sandbox) -> None:
    """Least privilege on the Odoo side too: the copilot's login may only add
    activities and messages, so even a faulty writer could not edit a task."""
    client = odoorpc.ODOO("127.0.0.1", port=sandbox.server.port)
    endpoint = sandbox.endpoint()
    client.login(endpoint.db, endpoint.login, endpoint.password)
    with pytest.raises(odoorpc.error.RPCError, match="not allowed to modify"):
        client.execute_kw("project.task", "write", [[1], {"name": "changed"}])
    with pytest.raises(odoorpc.error.RPCError, match="not allowed to modify"):
        client.execute_kw("sale.order", "create", [{"partner_id": 10}])
