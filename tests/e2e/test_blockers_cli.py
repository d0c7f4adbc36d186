"""`copilot blockers` and `copilot next-actions` through odoorpc on the sandbox."""

from __future__ import annotations

import json

import odoorpc
import pytest
from typer.testing import CliRunner

from copilot.cli.main import app
from copilot.sandbox import ADMIN
from copilot.sandbox.seed import demo_firm
from tests.e2e.test_cli import assert_one_clear_line, env_for
from tests.support.sandbox import DB, Sandbox

runner = CliRunner()


def crm_client_id() -> int:
    """The client of the firm's CRM project (planted disputes, overdue bills)."""
    firm = demo_firm()
    project = next(
        p for p in firm.records["project.project"] if p["name"].startswith("CRM")
    )
    partner = project["partner_id"]
    assert isinstance(partner, list)
    return int(partner[0])


def partner_activities(sandbox: Sandbox, partner_id: int) -> list[dict[str, object]]:
    client = odoorpc.ODOO("127.0.0.1", port=sandbox.server.port)
    client.login(DB, ADMIN.login, ADMIN.password)
    rows: list[dict[str, object]] = client.execute_kw(
        "mail.activity",
        "search_read",
        [
            [
                ["res_model", "=", "res.partner"],
                ["res_id", "=", partner_id],
                ["summary", "=like", "Copilot suggestion%"],
            ]
        ],
        {"fields": ["user_id", "summary", "note"]},
    )
    return rows


def test_blockers_json_cites_records_and_counts_calls(sandbox: Sandbox) -> None:
    """The portfolio scan prints blockers with evidence, a summary by owner and
    kind, the validation notice, and a small fixed number of Odoo calls."""
    result = runner.invoke(app, ["blockers", "--json"], env=env_for(sandbox))
    assert result.exit_code == 0, result.output
    payload = json.loads(result.stdout)
    assert payload["projects_scanned"] >= 10
    assert payload["rpc_calls"] <= 20
    assert payload["summary"]
    assert any("validation" in notice for notice in payload["notices"])
    kinds = {b["kind"] for b in payload["blockers"]}
    assert {"delivered_not_invoiced", "invoice_overdue", "billing_dispute"} <= kinds
    for blocker in payload["blockers"]:
        assert blocker["evidence"]
        assert all({"model", "id"} <= set(ref) for ref in blocker["evidence"])


def test_blockers_for_one_project_finds_the_over_consumed_line(
    sandbox: Sandbox,
) -> None:
    """Recorded sale line 47 (25 h sold, 107 h delivered) is flagged on project 8."""
    result = runner.invoke(
        app, ["blockers", "--project", "8", "--json"], env=env_for(sandbox)
    )
    assert result.exit_code == 0, result.output
    payload = json.loads(result.stdout)
    over = [
        b
        for b in payload["blockers"]
        if b["kind"] == "hours_over_sold" and b["subject"]["id"] == 47
    ]
    assert len(over) == 1
    assert over[0]["hours"] == 82.0
    assert over[0]["figures"]["ordered"] == 25.0


def test_blockers_table_shows_summary(sandbox: Sandbox) -> None:
    """Without --json the command prints the table and the summary by owner."""
    result = runner.invoke(app, ["blockers"], env=env_for(sandbox))
    assert result.exit_code == 0, result.output
    assert "By owner and kind" in result.stdout
    assert "Odoo calls" in result.stdout


@pytest.mark.parametrize(
    ("args", "code", "needle"),
    [
        (["blockers", "--project", "9999"], 4, "Project 9999"),
        (["next-actions", "999999", "--dry-run"], 4, "Partner 999999"),
    ],
)
def test_unknown_records_give_one_clear_line(
    sandbox: Sandbox, args: list[str], code: int, needle: str
) -> None:
    """A project or partner that does not exist is a not-found error."""
    result = runner.invoke(app, args, env=env_for(sandbox))
    assert_one_clear_line(result, code, needle)


def test_next_actions_writes_one_activity_per_account_and_week(
    sandbox: Sandbox,
) -> None:
    """Two runs leave exactly one To-Do for the account's salesperson; each
    action has why and who; a dry run writes nothing."""
    partner = crm_client_id()
    dry = runner.invoke(
        app, ["next-actions", str(partner), "--json", "--dry-run"], env=env_for(sandbox)
    )
    assert dry.exit_code == 0, dry.output
    assert partner_activities(sandbox, partner) == []
    first = json.loads(
        runner.invoke(
            app, ["next-actions", str(partner), "--json"], env=env_for(sandbox)
        ).stdout
    )
    second = json.loads(
        runner.invoke(
            app, ["next-actions", str(partner), "--json"], env=env_for(sandbox)
        ).stdout
    )
    assert 1 <= len(first["actions"]) <= 5
    assert [a["rank"] for a in first["actions"]] == list(
        range(1, len(first["actions"]) + 1)
    )
    for action in first["actions"]:
        assert action["why"] and action["explanation"] and action["evidence"]
        assert action["who"] is not None
    assert first["write_outcome"] == "created"
    assert second["write_outcome"] == "unchanged"
    activities = partner_activities(sandbox, partner)
    assert len(activities) == 1
    assert first["odoo_activity_id"] == second["odoo_activity_id"]
    # The demo's clients have no salesperson: the To-Do goes to the seller on
    # their sale lines, and the JSON says so.
    assert first["salesperson"] is None
    assignee = first["assignee"]
    assert assignee["reason"] == "sale_lines" and assignee["name"]
    assert activities[0]["user_id"][0] == assignee["id"]
    assert json.loads(dry.stdout)["assignee"] == assignee
