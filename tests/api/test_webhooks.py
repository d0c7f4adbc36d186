"""Odoo webhooks: shared secret, routing to jobs, and replays adding nothing."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from pydantic import SecretStr

from api import create_app
from api.deps import get_job_queue
from api.jobs import WebhookJob
from copilot.store import ID_RULE, MAX_ID, JobBook, Role
from copilot.wiring import build_store
from redaction import Redactor
from tests.api.conftest import WEBHOOK_SECRET, Api, settings_for, stored_services
from tests.support.sandbox import Sandbox

URL = "/v1/webhooks/odoo"
TICKET = {"_action": "Send Webhook Notification(#3)", "_model": "helpdesk.ticket"}


@dataclass
class RecordingQueue:
    jobs: list[WebhookJob] = field(default_factory=list)

    def submit(self, job: WebhookJob) -> None:
        self.jobs.append(job)


def with_queue(api: Api) -> RecordingQueue:
    queue = RecordingQueue()
    api.app.dependency_overrides[get_job_queue] = lambda: queue
    return queue


@pytest.mark.parametrize(
    ("params", "headers", "status"),
    [
        ({}, {}, 401),
        ({"secret": "wrong"}, {}, 401),
        ({}, {"X-Copilot-Secret": "wrong"}, 401),
        ({"secret": WEBHOOK_SECRET}, {}, 202),
        ({}, {"X-Copilot-Secret": WEBHOOK_SECRET}, 202),
    ],
)
def test_secret_in_header_or_query_is_required(
    api: Api, params: dict[str, str], headers: dict[str, str], status: int
) -> None:
    """Without the right secret (either place) nothing is queued."""
    queue = with_queue(api)
    body = {**TICKET, "_id": 5}
    response = api.client.post(URL, json=body, params=params, headers=headers)
    assert response.status_code == status
    assert len(queue.jobs) == (1 if status == 202 else 0)


@pytest.mark.parametrize(
    ("role", "status"),
    [(role, 202 if role is Role.ADMIN else 403) for role in Role],
)
def test_admin_key_may_post_a_webhook_without_the_secret(
    api: Api, role: Role, status: int
) -> None:
    """An admin key stands in for the secret; other roles get 403 naming admin."""
    queue = with_queue(api)
    body = {**TICKET, "_id": 5}
    response = api.client.post(URL, json=body, headers=api.auth(role))
    assert response.status_code == status, response.text
    assert len(queue.jobs) == (1 if status == 202 else 0)
    if status == 403:
        assert "allowed roles: admin" in response.json()["detail"]


def test_admin_key_in_x_api_key_works_with_webhooks_off(api: Api) -> None:
    """The admin key needs no configured secret; it may use either key header."""
    api.app.state.settings = api.app.state.settings.model_copy(
        update={"webhook_secret": None}
    )
    queue = with_queue(api)
    token = api.tokens[Role.ADMIN]
    response = api.client.post(
        URL, json={**TICKET, "_id": 5}, headers={"X-API-Key": token}
    )
    assert response.status_code == 202, response.text
    assert len(queue.jobs) == 1


def test_unknown_key_without_the_secret_is_401(api: Api) -> None:
    """A made-up key is not recognised, and nothing is queued."""
    queue = with_queue(api)
    response = api.client.post(
        URL, json={**TICKET, "_id": 5}, headers={"X-API-Key": "cpk_made-up"}
    )
    assert response.status_code == 401
    assert "not recognised" in response.json()["detail"]
    assert queue.jobs == []


def test_a_sent_secret_decides_whatever_key_rides_along(api: Api) -> None:
    """The right secret with a non-admin key queues; a wrong one with admin does not."""
    queue = with_queue(api)
    body = {**TICKET, "_id": 5}
    right = {"secret": WEBHOOK_SECRET}
    wrong = {"secret": "wrong"}
    helpdesk, admin = api.auth(Role.HELPDESK), api.auth(Role.ADMIN)
    assert (
        api.client.post(URL, json=body, params=right, headers=helpdesk).status_code
        == 202
    )
    assert (
        api.client.post(URL, json=body, params=wrong, headers=admin).status_code == 401
    )
    assert len(queue.jobs) == 1


@pytest.mark.parametrize(
    ("params", "headers", "status"),
    [
        ({}, {}, 401),
        ({"secret": "wrong"}, {}, 401),
        ({}, {"X-API-Key": "cpk_made-up"}, 401),
        ({}, {"Authorization": "Bearer cpk_made-up"}, 401),
    ],
)
def test_refused_caller_gets_no_job_queue_built(
    api: Api, params: dict[str, str], headers: dict[str, str], status: int
) -> None:
    """The caller is checked before the job queue is built or connected."""
    built: list[RecordingQueue] = []

    def factory() -> RecordingQueue:
        built.append(RecordingQueue())
        return built[-1]

    api.app.dependency_overrides[get_job_queue] = factory
    body = {**TICKET, "_id": 5}
    response = api.client.post(URL, json=body, params=params, headers=headers)
    assert response.status_code == status
    assert built == []


@pytest.mark.parametrize("role", [r for r in Role if r is not Role.ADMIN])
def test_forbidden_key_gets_no_job_queue_built(api: Api, role: Role) -> None:
    """A valid key of another role: 403 before any queue exists."""
    built: list[RecordingQueue] = []
    api.app.dependency_overrides[get_job_queue] = lambda: built.append(RecordingQueue())
    response = api.client.post(URL, json={**TICKET, "_id": 5}, headers=api.auth(role))
    assert response.status_code == 403
    assert built == []


def test_refused_webhook_creates_and_connects_nothing(api: Api) -> None:
    """The real queue factory: no queue, no worker threads, no stored job."""
    for params in ({}, {"secret": "wrong"}):
        response = api.client.post(URL, json={**TICKET, "_id": 5}, params=params)
        assert response.status_code == 401
    api.app.state.settings = api.app.state.settings.model_copy(
        update={"webhook_secret": None}
    )
    assert api.client.post(URL, json={**TICKET, "_id": 5}).status_code == 503
    assert getattr(api.app.state, "job_queue", None) is None
    assert JobBook(api.store).pending() == 0


def test_webhooks_are_off_until_a_secret_is_configured(api: Api) -> None:
    """No secret configured: 503 telling the operator what to set."""
    api.app.state.settings = api.app.state.settings.model_copy(
        update={"webhook_secret": None}
    )
    response = api.client.post(URL, json={**TICKET, "_id": 5})
    assert response.status_code == 503
    assert "COPILOT_WEBHOOK_SECRET" in response.json()["detail"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ({**TICKET, "_id": 5}, WebhookJob("triage", 5)),
        ({"_model": "project.project", "_id": 7}, WebhookJob("briefing", 7)),
        (
            {"_model": "project.update", "_id": 3, "project_id": [7, "Rollout"]},
            WebhookJob("briefing", 7),
        ),
    ],
)
def test_each_model_queues_its_job(
    api: Api, body: dict[str, object], expected: WebhookJob
) -> None:
    """Tickets go to triage; projects and project updates to a briefing; the
    answer names the record the job reads (an update's project)."""
    queue = with_queue(api)
    response = api.client.post(URL, json=body, params={"secret": WEBHOOK_SECRET})
    assert response.status_code == 202
    assert queue.jobs == [expected]
    assert response.json()["record"]["id"] == expected.record_id


@pytest.mark.parametrize(
    "body",
    [
        {"_model": "res.partner", "_id": 1},
        {"_model": "project.update", "_id": 3, "project_id": False},
        {"_model": "helpdesk.ticket"},
        {"_model": "project.project", "_id": True},
        {"_model": "project.project", "_id": "3"},
        {"_model": "project.project", "_id": 3.0},
    ],
)
def test_records_without_a_job_are_refused(api: Api, body: dict[str, object]) -> None:
    """Other models, an update without its project, or an id that is no integer
    (`true`, "3", 3.0) are 400/422, not queued."""
    queue = with_queue(api)
    response = api.client.post(URL, json=body, params={"secret": WEBHOOK_SECRET})
    assert response.status_code in {400, 422}
    assert queue.jobs == []


@pytest.mark.parametrize("value", [0, -1, MAX_ID + 1, 2**63, True, "3", 3.0, None])
def test_a_malformed_record_id_is_422_with_the_one_id_rule(
    api: Api, value: object
) -> None:
    """`_id` follows the store's rule for ids: anything else, a number too large
    for its 32-bit column included, is 422 at ["body", "_id"], nothing queued."""
    queue = with_queue(api)
    body = {**TICKET, "_id": value}
    response = api.client.post(URL, json=body, params={"secret": WEBHOOK_SECRET})
    assert response.status_code == 422
    assert response.json()["detail"] == [{"loc": ["body", "_id"], "msg": ID_RULE}]
    assert queue.jobs == []


@pytest.mark.parametrize("project", [[0, "Rollout"], -1, [MAX_ID + 1, "Rollout"]])
def test_an_update_of_a_project_id_out_of_range_is_refused(
    api: Api, project: object
) -> None:
    """An update's project_id outside the id rule: 400 naming it, nothing queued."""
    queue = with_queue(api)
    body = {"_model": "project.update", "_id": 3, "project_id": project}
    response = api.client.post(URL, json=body, params={"secret": WEBHOOK_SECRET})
    assert response.status_code == 400
    assert response.json()["detail"] == f"A project.update's project_id {ID_RULE}."
    assert queue.jobs == []


@pytest.mark.parametrize(
    ("body", "status"),
    [
        ({**TICKET, "_id": MAX_ID}, 202),
        ({**TICKET, "_id": MAX_ID + 1}, 422),
        ({"_model": "project.update", "_id": 3, "project_id": [MAX_ID + 1, "R"]}, 400),
    ],
)
def test_the_id_bound_holds_on_postgresql(
    postgres_url: str, tmp_path: Path, body: dict[str, object], status: int
) -> None:
    """PostgreSQL refuses a job row with an id over 2**31 - 1 (a 500 before):
    the largest id is stored, a larger one refused before the store is asked."""
    settings = settings_for(tmp_path, database_url=SecretStr(postgres_url))
    app = create_app(settings)
    app.state.store = build_store(settings)
    book = JobBook(app.state.store)

    class Stored:
        def submit(self, job: WebhookJob) -> None:
            book.enqueue(job.kind, job.record_id)

    app.dependency_overrides[get_job_queue] = Stored
    client = TestClient(app, raise_server_exceptions=False)
    response = client.post(URL, json=body, params={"secret": WEBHOOK_SECRET})
    assert response.status_code == status, response.text


def test_replayed_webhook_makes_one_suggestion(
    api: Api, sandbox: Sandbox, demo_redactor: Redactor, tmp_path: Path
) -> None:
    """The same project webhook three times: one stored suggestion, one activity."""
    services = stored_services(api, sandbox, demo_redactor, tmp_path)

    class Inline:
        def submit(self, job: WebhookJob) -> None:
            services.briefing.brief(job.record_id)

    api.app.dependency_overrides[get_job_queue] = Inline
    for _ in range(3):
        response = api.client.post(
            URL,
            json={"_model": "project.project", "_id": 1},
            params={"secret": WEBHOOK_SECRET},
        )
        assert response.status_code == 202
    assert [s.state.value for s in api.store.search()] == ["posted"]


def test_webhook_for_a_missing_project_fails_for_good(
    api: Api, sandbox: Sandbox, demo_redactor: Redactor, tmp_path: Path
) -> None:
    """The job runs once, Odoo says not found: a failed job with its reason."""
    services = stored_services(api, sandbox, demo_redactor, tmp_path)
    book = JobBook(api.store)

    class Stored:
        def submit(self, job: WebhookJob) -> None:
            book.enqueue(job.kind, job.record_id)

    api.app.dependency_overrides[get_job_queue] = Stored
    response = api.client.post(
        URL,
        json={"_model": "project.project", "_id": 99999},
        params={"secret": WEBHOOK_SECRET},
    )
    assert response.status_code == 202
    assert book.drain({"briefing": services.briefing.brief}) == (0, 1)
    assert book.pending() == 0
    [failed] = book.failed()
    assert (failed.record_id, failed.attempts) == (99999, 1)
    assert failed.reason.startswith("NotFoundError: ")
    assert "99999" in failed.reason
