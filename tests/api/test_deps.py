"""Services built by the API share one Odoo session and one deny-list."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from copilot.shared_odoo import SharedOdoo
from copilot.store import Role
from tests.api.conftest import Api, settings_for
from tests.copilot.test_shared_odoo import Clock, CountingOdoo, inline
from tests.support.sandbox import DB, INTEGRATION_PASSWORD, Sandbox

JOBS = [
    ("POST", "/v1/projects/14/briefing?dry_run=true", Role.PM),
    ("POST", "/v1/tickets/66/triage?dry_run=true", Role.HELPDESK),
    ("GET", "/v1/blockers?partner_id=10", Role.ACCOUNT_MANAGER),
    ("POST", "/v1/partners/10/next-actions?dry_run=true", Role.ACCOUNT_MANAGER),
    ("POST", "/v1/tickets/13/triage?dry_run=true", Role.HELPDESK),
    ("POST", "/v1/projects/14/briefing?dry_run=true", Role.PM),
]


def test_jobs_share_one_login_and_one_people_read(
    api: Api, sandbox: Sandbox, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """Briefings, ticket triage and billing jobs: one login, one deny-list read."""
    endpoint = sandbox.endpoint()
    settings = settings_for(
        tmp_path_factory.getbasetemp() / "triage-shared",
        odoo_url=endpoint.url,
        odoo_db=DB,
        odoo_login=endpoint.login,
        odoo_password=INTEGRATION_PASSWORD,
        triage_index_dir=tmp_path_factory.mktemp("index"),
    )
    counter = CountingOdoo(endpoint)
    api.app.state.settings = settings
    api.app.state.odoo = SharedOdoo(
        settings,
        open_session=counter.open_session,
        read_people=counter.read_people,
        clock=Clock(),
        in_background=inline,
    )
    for method, path, role in JOBS:
        response = api.client.request(method, path, headers=api.auth(role))
        assert response.status_code == 200, path
    assert (counter.logins, counter.people_reads) == (1, 1)


def test_concurrent_text_triage_answers_each_caller(
    api: Api, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """Texts sent at once are each answered with their own suggestion."""
    api.app.state.settings = settings_for(
        tmp_path_factory.getbasetemp() / "triage-shared",
        triage_index_dir=tmp_path_factory.mktemp("index"),
    )
    texts = [
        "I cannot log in to the portal, password reset fails",
        "Please add a field to the sales quotation report",
    ]

    def send(text: str) -> str:
        response = api.client.post(
            "/v1/triage", json={"text": text}, headers=api.auth(Role.HELPDESK)
        )
        assert response.status_code == 200
        category: str = response.json()["category"]
        return category

    alone = {text: send(text) for text in texts}
    assert len(set(alone.values())) == len(texts)
    sent = texts * 8
    with ThreadPoolExecutor(max_workers=8) as pool:
        answers = list(pool.map(send, sent))
    assert answers == [alone[text] for text in sent]


def test_no_odoo_text_triage_uses_the_preview_redactor(
    api: Api, tmp_path: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """Offline, triage reads no people: one pattern redactor serves both."""
    api.app.state.settings = settings_for(
        tmp_path_factory.getbasetemp() / "triage-shared",
        triage_index_dir=tmp_path / "index",
    )
    response = api.client.post(
        "/v1/triage",
        json={"text": "Call me on +32 470 12 34 56, the export fails"},
        headers=api.auth(Role.HELPDESK),
    )
    assert response.status_code == 200
    assert getattr(api.app.state, "odoo", None) is None
    assert api.app.state.triage[0] is api.app.state.redactor
