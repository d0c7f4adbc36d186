"""`GET /v1/jobs`: stored webhook jobs, dead ones included, for the admin role."""

from __future__ import annotations

from typing import get_args

import pytest
from sqlalchemy import update

from api.webhook_job_routes import JobState
from copilot.store import JOB_STATES, JobBook, Role, SuggestionStore
from copilot.store.tables import JobRow
from tests.api.conftest import Api

URL = "/v1/jobs"


def expire_leases(store: SuggestionStore) -> None:
    """Every lease ends now, as if its worker died ten minutes ago."""
    with store.session() as session, session.begin():
        session.execute(
            update(JobRow)
            .where(JobRow.status == "running")
            .values(next_attempt_at=store.now())
        )


def dead_job(store: SuggestionStore) -> int:
    """A triage job whose only allowed attempt died with its worker."""
    book = JobBook(store, max_attempts=1)
    job_id = book.enqueue("triage", 42)
    assert book.claim_next() is not None
    expire_leases(store)
    assert book.claim_next() is None
    return job_id


def test_admin_sees_a_dead_job_with_its_reason_and_input(api: Api) -> None:
    """State, attempts, reason and the Odoo record it was for."""
    job_id = dead_job(api.store)
    queued = JobBook(api.store).enqueue("briefing", 7)
    admin = api.auth(Role.ADMIN)
    shown = api.client.get(f"{URL}/{job_id}", headers=admin)
    assert shown.status_code == 200, shown.text
    body = shown.json()
    assert (body["state"], body["attempts"], body["record"]) == (
        "dead",
        1,
        {"model": "helpdesk.ticket", "id": 42},
    )
    assert body["reason"].startswith("dead after 1 attempt: ")
    listed = api.client.get(URL, headers=admin).json()
    assert [(j["id"], j["state"]) for j in listed] == [
        (queued, "queued"),
        (job_id, "dead"),
    ]
    only_dead = api.client.get(URL, params={"state": "dead"}, headers=admin).json()
    assert [j["id"] for j in only_dead] == [job_id]


@pytest.mark.parametrize("role", [r for r in Role if r is not Role.ADMIN])
def test_other_roles_may_not_read_jobs(api: Api, role: Role) -> None:
    """Jobs span every kind of advice: admin only."""
    dead_job(api.store)
    assert api.client.get(URL, headers=api.auth(role)).status_code == 403
    assert api.client.get(f"{URL}/1", headers=api.auth(role)).status_code == 403
    assert api.client.get(URL).status_code == 401


def test_unknown_job_is_404_and_unknown_state_422(api: Api) -> None:
    """Ids and states are checked like every other endpoint's."""
    admin = api.auth(Role.ADMIN)
    assert api.client.get(f"{URL}/99", headers=admin).status_code == 404
    response = api.client.get(URL, params={"state": "lost"}, headers=admin)
    assert response.status_code == 422


MALFORMED_IDS = ["abc", "0", "-1", "1.5", "+5", "2147483648", "99999999999999999999"]


@pytest.mark.parametrize("path", ["/v1/jobs/{}", "/v1/suggestions/{}"])
@pytest.mark.parametrize("job_id", MALFORMED_IDS)
def test_malformed_ids_are_422_with_one_message(
    api: Api, path: str, job_id: str
) -> None:
    """Letters, zero, a sign, a fraction or past the store's range: one 422."""
    response = api.client.get(path.format(job_id), headers=api.auth(Role.ADMIN))
    assert response.status_code == 422
    [problem] = response.json()["detail"]
    assert problem["msg"] == "must be a whole number from 1 to 2147483647"
    assert problem["loc"][0] == "path"


@pytest.mark.parametrize("path", ["/v1/jobs/{}", "/v1/suggestions/{}"])
@pytest.mark.parametrize("job_id", ["99", "2147483647"])
def test_well_formed_unknown_ids_are_404(api: Api, path: str, job_id: str) -> None:
    """Any id the store could hold but does not: 404, naming the id."""
    response = api.client.get(path.format(job_id), headers=api.auth(Role.ADMIN))
    assert response.status_code == 404
    assert response.json()["error"] == "NotFoundError"
    assert f"id {job_id}." in response.json()["detail"]


def test_route_states_are_the_stores() -> None:
    """The documented states are the ones the store reports."""
    assert get_args(JobState) == JOB_STATES
