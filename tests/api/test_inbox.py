"""The suggestion inbox over HTTP: visibility by role, decisions, exception queue."""

from __future__ import annotations

import pytest

from copilot.store import OutboxDispatcher, Role, StoredActivityWriter
from tests.api.conftest import Api
from tests.store.fakes import FlakyWriter, write


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


def test_reject_needs_a_reason_and_keeps_it(api: Api) -> None:
    """Reject without a reason is 422; with one, the reason is stored."""
    seed(api)
    url = "/v1/suggestions/2/reject"
    headers = api.auth(Role.HELPDESK)
    assert api.client.post(url, json={}, headers=headers).status_code == 422
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
