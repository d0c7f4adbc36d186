"""Triage end to end: sandbox Odoo over odoorpc, one advisory activity per ticket."""

from __future__ import annotations

from pathlib import Path

import odoorpc
import pytest

from copilot.audit import MemoryAuditLog
from copilot.sandbox import ADMIN, DEMO_ANCHOR
from copilot.sandbox.demo_firm.ticket_history import HISTORY_REFS
from copilot.settings import Settings
from copilot.triage import TriageService
from copilot.wiring import build_triage_service
from redaction import Redactor
from retrieval import HashingEmbedder, MemoryTicketIndex
from tests.support.sandbox import DB, Sandbox

WATCHED = ["category_id", "team_id", "priority", "user_id", "stage_id", "write_date"]
FIRM_CATEGORIES = {v[1] for v in HISTORY_REFS["helpdesk.ticket.category"].values()}


@pytest.fixture(scope="session")
def model_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data folder shared by the session: the default model is trained once."""
    folder = tmp_path_factory.getbasetemp() / "triage-shared"
    folder.mkdir(exist_ok=True)
    return folder


def admin(sandbox: Sandbox) -> odoorpc.ODOO:
    client = odoorpc.ODOO("127.0.0.1", port=sandbox.server.port)
    client.login(DB, ADMIN.login, ADMIN.password)
    return client


def service(
    sandbox: Sandbox, redactor: Redactor, data_dir: Path, **settings: object
) -> tuple[TriageService, MemoryAuditLog]:
    audit = MemoryAuditLog()
    built = build_triage_service(
        Settings(data_dir=data_dir, _env_file=None, **settings),  # type: ignore[arg-type]
        endpoint=sandbox.endpoint(),
        today=DEMO_ANCHOR,
        audit=audit,
        redactor=redactor,
        index=MemoryTicketIndex(HashingEmbedder()),
    )
    return built, audit


def open_firm_ticket(client: odoorpc.ODOO) -> dict[str, object]:
    rows: list[dict[str, object]] = client.execute_kw(
        "helpdesk.ticket",
        "search_read",
        [[["closed", "=", False], ["number", "=like", "HT%"], ["id", ">", 8]]],
        {"fields": ["id", "user_id", "commercial_partner_id"], "order": "id asc"},
    )
    return rows[0]


def test_one_activity_per_ticket_and_no_edit(
    sandbox: Sandbox, demo_redactor: Redactor, model_dir: Path
) -> None:
    """Twice the same ticket: one activity, for the assignee; the ticket untouched."""
    client = admin(sandbox)
    ticket = open_firm_ticket(client)
    ticket_id = int(ticket["id"])  # type: ignore[call-overload]
    before = client.execute_kw(
        "helpdesk.ticket", "read", [[ticket_id]], {"fields": WATCHED}
    )
    triage, audit = service(sandbox, demo_redactor, model_dir)

    first = triage.triage_ticket(ticket_id)
    second = triage.triage_ticket(ticket_id)

    assert (first.write_outcome, second.write_outcome) == ("created", "unchanged")
    assert first.odoo_activity_id == second.odoo_activity_id
    activity = client.execute_kw(
        "mail.activity",
        "read",
        [[first.odoo_activity_id]],
        {"fields": ["res_model", "res_id", "user_id", "summary", "note"]},
    )[0]
    assert (activity["res_model"], activity["res_id"]) == ("helpdesk.ticket", ticket_id)
    assert activity["user_id"][0] == ticket["user_id"][0]  # type: ignore[index]
    assert activity["summary"].startswith("Copilot suggestion: triage")
    assert "Similar past tickets" in activity["note"]
    after = client.execute_kw(
        "helpdesk.ticket", "read", [[ticket_id]], {"fields": WATCHED}
    )
    assert after == before
    assert [e["event"] for e in audit.entries].count("suggestion_written") == 2
    assert triage.index_history() == 0  # the history is indexed once


def test_history_gives_firm_labels_and_same_client_first(
    sandbox: Sandbox, demo_redactor: Redactor, model_dir: Path
) -> None:
    """The firm's own category names; the client's own past tickets lead."""
    client = admin(sandbox)
    ticket = open_firm_ticket(client)
    triage, _ = service(sandbox, demo_redactor, model_dir)
    result = triage.triage_ticket(int(ticket["id"]), dry_run=True)  # type: ignore[call-overload]
    payload = result.as_dict()
    assert payload["odoo_activity_id"] is None
    assert payload["history_size"] >= 48
    assert payload["category"] in FIRM_CATEGORIES
    similar = payload["similar"]
    assert similar and all({"ticket_id", "score", "url"} <= set(s) for s in similar)
    flags = [s["same_client"] for s in similar]
    assert flags == sorted(flags, reverse=True)
    assert all("/web#id=" in s["url"] for s in similar)
    assert all(s["score"] > 0 for s in similar)  # unrelated tickets are left out


def test_unassigned_ticket_goes_to_the_default_reviewer(
    sandbox: Sandbox, demo_redactor: Redactor, model_dir: Path
) -> None:
    """No assignee and no team leader: the configured reviewer gets the To-Do."""
    client = admin(sandbox)
    unassigned = _open_unassigned_tickets(client)
    triage, _ = service(
        sandbox, demo_redactor, model_dir, default_assignee_id=ADMIN.uid
    )
    result = triage.triage_ticket(unassigned[0])
    assert _activity_user(client, result.odoo_activity_id) == ADMIN.uid


def test_unassigned_ticket_without_a_reviewer_says_what_to_set(
    sandbox: Sandbox, demo_redactor: Redactor, model_dir: Path
) -> None:
    """Nobody to review and no default: the suggestion is made, nothing is
    written, and the outcome names the setting."""
    client = admin(sandbox)
    unassigned = _open_unassigned_tickets(client)
    triage, _ = service(sandbox, demo_redactor, model_dir)
    before = client.execute_kw("mail.activity", "search_count", [[]])
    result = triage.triage_ticket(unassigned[0])
    assert result.odoo_activity_id is None
    assert result.write_outcome is not None
    assert result.write_outcome.startswith("skipped:")
    assert "COPILOT_DEFAULT_ASSIGNEE_ID" in result.write_outcome
    assert client.execute_kw("mail.activity", "search_count", [[]]) == before


def test_ticket_of_an_archived_user_goes_to_the_reviewer(
    sandbox: Sandbox, demo_redactor: Redactor, model_dir: Path
) -> None:
    """A ticket assigned to an archived user (OdooBot) is reviewed by someone
    who can act: the team leader if active, else the configured reviewer."""
    client = admin(sandbox)
    archived: list[int] = client.execute_kw(
        "res.users", "search", [[["active", "=", False]]]
    )
    tickets: list[int] = client.execute_kw(
        "helpdesk.ticket",
        "search",
        [[["user_id", "in", archived], ["closed", "=", False]]],
    )
    assert archived and tickets, "the demo firm has a ticket of an archived user"
    triage, _ = service(
        sandbox, demo_redactor, model_dir, default_assignee_id=ADMIN.uid
    )
    result = triage.triage_ticket(tickets[0])
    assert _activity_user(client, result.odoo_activity_id) not in archived


def test_a_closed_ticket_is_triaged_but_gets_no_activity(
    sandbox: Sandbox, demo_redactor: Redactor, model_dir: Path
) -> None:
    """Nobody works a closed ticket: the suggestion is shown, not written."""
    client = admin(sandbox)
    closed: list[int] = client.execute_kw(
        "helpdesk.ticket", "search", [[["closed", "=", True]]], {"limit": 1}
    )
    triage, _ = service(
        sandbox, demo_redactor, model_dir, default_assignee_id=ADMIN.uid
    )
    before = client.execute_kw("mail.activity", "search_count", [[]])
    result = triage.triage_ticket(closed[0])
    assert result.odoo_activity_id is None
    assert result.write_outcome == "skipped: the ticket is closed"
    assert client.execute_kw("mail.activity", "search_count", [[]]) == before


def test_an_assignee_who_left_is_not_suggested(
    sandbox: Sandbox, demo_redactor: Redactor, model_dir: Path
) -> None:
    """Past tickets remember people since archived: such a person is no
    suggestion, and the reviewer sees why."""
    client = admin(sandbox)
    ticket_id = int(open_firm_ticket(client)["id"])  # type: ignore[call-overload]
    triage, _ = service(sandbox, demo_redactor, model_dir)
    learnt = triage.triage_ticket(ticket_id, dry_run=True).as_dict()["assignee_id"]
    assert isinstance(learnt, int), "history suggests someone for this ticket"
    client.execute_kw("res.users", "write", [[learnt], {"active": False}])

    payload = triage.triage_ticket(ticket_id, dry_run=True).as_dict()

    assert payload["assignee_id"] is None
    assert payload["details"]["assignee"]["source"] == "inactive_user"  # type: ignore[index]


def _open_unassigned_tickets(client: odoorpc.ODOO) -> list[int]:
    """Ids of the open tickets nobody is assigned to."""
    ids: list[int] = client.execute_kw(
        "helpdesk.ticket", "search", [[["user_id", "=", False], ["closed", "=", False]]]
    )
    return ids


def _activity_user(client: odoorpc.ODOO, activity_id: int | None) -> int:
    """The id of the user an activity is assigned to."""
    activity = client.execute_kw(
        "mail.activity", "read", [[activity_id]], {"fields": ["user_id"]}
    )[0]
    user: int = activity["user_id"][0]
    return user
