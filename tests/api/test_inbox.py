"""The suggestion inbox over HTTP: visibility by role, decisions, exception queue."""

from __future__ import annotations

import pytest

from copilot.odoo import OdooReader, connect
from copilot.store import (
    OutboxDispatcher,
    Role,
    StoredActivityWriter,
    export_audit,
    utc_now,
)
from redaction import html_to_text
from tests.api.conftest import Api, with_odoo
from tests.store.fakes import FlakyWriter, write
from tests.support.sandbox import Sandbox


def seed(api: Api, *, down: bool = False) -> None:
    """One briefing (id 1) and one triage (id 2) suggestion."""
    writer = FlakyWriter(down=down)
    jobs = StoredActivityWriter(api.store, OutboxDispatcher(api.store, writer))
    for pending in (write(kind="brief"), write(kind="triage", record_id=9)):
        jobs.schedule_activity(
            pending.key,
            user_id=pending.user_id,
            summary=pending.summary,
            note_html=pending.note_html,
            deadline=pending.deadline,
        )


@pytest.mark.parametrize(
    ("role", "kinds"),
    [
        (Role.PM, ["brief"]),
        (Role.HELPDESK, ["triage"]),
        (Role.ACCOUNT_MANAGER, []),
        (Role.ADMIN, ["triage", "brief"]),
    ],
)
def test_each_role_sees_the_kinds_it_reviews(
    api: Api, role: Role, kinds: list[str]
) -> None:
    """pm: briefings, helpdesk: triage, admin: everything, newest first."""
    seed(api)
    listed = api.client.get("/v1/suggestions", headers=api.auth(role)).json()
    assert [s["kind"] for s in listed] == kinds


def test_approve_then_reject_is_a_conflict(api: Api) -> None:
    """Approve once (200, approved); a second decision is 409 with both states."""
    seed(api)
    approved = api.client.post("/v1/suggestions/1/approve", headers=api.auth(Role.PM))
    assert approved.json()["state"] == "approved"
    again = api.client.post(
        "/v1/suggestions/1/reject", json={"reason": "no"}, headers=api.auth(Role.PM)
    )
    assert again.status_code == 409
    assert "approved" in again.json()["detail"]


BLANK_REASON = "is blank; say in a few words why the suggestion is rejected"


@pytest.mark.parametrize(
    ("body", "msg"),
    [
        ({}, "Field required"),
        ({"reason": ""}, BLANK_REASON),
        ({"reason": "  \n "}, BLANK_REASON),
    ],
)
def test_reject_without_a_reason_says_what_is_missing(
    api: Api, body: dict[str, str], msg: str
) -> None:
    """No reason, or a blank one, is 422 with a message a person can act on
    (not "String should match pattern '\\S'")."""
    seed(api)
    response = api.client.post(
        "/v1/suggestions/2/reject", json=body, headers=api.auth(Role.HELPDESK)
    )
    assert response.status_code == 422
    assert response.json()["detail"] == [{"loc": ["body", "reason"], "msg": msg}]


def test_reject_needs_a_reason_and_keeps_it(api: Api) -> None:
    """With a reason, the rejection is stored with it."""
    seed(api)
    url = "/v1/suggestions/2/reject"
    headers = api.auth(Role.HELPDESK)
    done = api.client.post(url, json={"reason": "duplicate"}, headers=headers)
    assert (done.json()["state"], done.json()["reason"]) == ("rejected", "duplicate")


@pytest.mark.parametrize(
    ("path", "role", "status"),
    [
        ("/v1/suggestions/1", Role.HELPDESK, 403),
        ("/v1/suggestions/2", Role.HELPDESK, 200),
        ("/v1/suggestions/99", Role.ADMIN, 404),
    ],
)
def test_show_checks_kind_and_existence(
    api: Api, path: str, role: Role, status: int
) -> None:
    """Another role's suggestion is 403; an unknown id is 404."""
    seed(api)
    assert api.client.get(path, headers=api.auth(role)).status_code == status


def test_failed_filter_lists_the_exception_queue(api: Api) -> None:
    """A write-back refused for good shows under ?failed=true with its reason."""
    api.store.max_attempts = 1
    seed(api, down=True)
    failed = api.client.get(
        "/v1/suggestions", params={"failed": "true"}, headers=api.auth(Role.ADMIN)
    ).json()
    assert [s["state"] for s in failed] == ["failed", "failed"]
    assert failed[0]["last_error"] == "Odoo did not answer."


PLANTED_EMAIL = "wim.peeters@client.example.com"
PLANTED_PHONE = "+32 470 98 76 54"


def stored_text(api: Api) -> str:
    """Everything the store keeps about suggestions and their audit trail."""
    rows = [s.as_dict(now=utc_now()) for s in api.store.search()]
    return repr(rows) + "\n".join(export_audit(api.store.engine))


def test_reject_reason_is_stored_without_contact_details(api: Api) -> None:
    """An e-mail and a phone in a reason are masked in the answer and the store."""
    seed(api)
    reason = f"Client asked to write to {PLANTED_EMAIL} or call {PLANTED_PHONE}"
    response = api.client.post(
        "/v1/suggestions/1/reject", json={"reason": reason}, headers=api.auth(Role.PM)
    )
    assert response.status_code == 200
    kept = response.json()["reason"]
    assert kept.startswith("Client asked to write to <EMAIL_ADDRESS")
    assert "<PHONE_NUMBER" in kept
    for planted in (PLANTED_EMAIL, PLANTED_PHONE, "470 98"):
        assert planted not in response.text
        assert planted not in stored_text(api)


def test_reject_reason_masks_names_on_odoos_deny_list(
    api: Api, sandbox: Sandbox
) -> None:
    """With Odoo configured, a person Odoo knows is masked (no NER needed)."""
    people = OdooReader(connect(sandbox.endpoint()), html_to_text).people()
    name = next(p.name for p in people if not p.is_company and " " in p.name)
    with_odoo(api, sandbox)
    seed(api)
    response = api.client.post(
        "/v1/suggestions/1/reject",
        json={"reason": f"{name} already handled this by phone"},
        headers=api.auth(Role.PM),
    )
    assert response.status_code == 200
    assert response.json()["reason"].endswith("already handled this by phone")
    assert name not in response.text
    assert name not in stored_text(api)
