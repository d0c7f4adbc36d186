"""Approvals made in Odoo flow back into the store through `suggestions sync`."""

from __future__ import annotations

from pathlib import Path

from copilot.audit import MemoryAuditLog
from copilot.sandbox import DEMO_ANCHOR
from copilot.settings import Settings
from copilot.store import SuggestionState
from copilot.wiring import build_approval_sync, build_services, build_store
from redaction import Redactor
from tests.e2e.test_briefing_end_to_end import admin_client
from tests.support.sandbox import Sandbox


def test_done_approves_cancelled_rejects_open_stays(
    sandbox: Sandbox, demo_redactor: Redactor, tmp_path: Path
) -> None:
    """Mark one activity done (Odoo 17 style), cancel one, leave one open."""
    settings = Settings(  # type: ignore[call-arg]
        _env_file=None, data_dir=tmp_path, default_assignee_id=2
    )
    store = build_store(settings)
    services = build_services(
        settings,
        endpoint=sandbox.endpoint(),
        today=DEMO_ANCHOR,
        audit=MemoryAuditLog(),
        redactor=demo_redactor,
        store=store,
    )
    done, cancelled, kept = (services.briefing.brief(pid) for pid in (1, 2, 3))
    admin = admin_client(sandbox)
    [activity] = admin.execute_kw(
        "mail.activity",
        "read",
        [[done.odoo_activity_id]],
        {"fields": ["note", "activity_type_id"]},
    )
    # Odoo 17's action_feedback: a message quoting the note, then the unlink.
    admin.execute_kw(
        "mail.message",
        "create",
        [
            {
                "model": "project.project",
                "res_id": 1,
                "message_type": "notification",
                "body": f"<p>To-Do done</p>{activity['note']}",
                "mail_activity_type_id": activity["activity_type_id"][0],
            }
        ],
    )
    for activity_id in (done.odoo_activity_id, cancelled.odoo_activity_id):
        admin.execute_kw("mail.activity", "unlink", [[activity_id]])

    report = build_approval_sync(
        settings, endpoint=sandbox.endpoint(), store=store
    ).sync()

    states = {s.record_id: s.state for s in store.search()}
    assert states == {
        1: SuggestionState.APPROVED,
        2: SuggestionState.REJECTED,
        3: SuggestionState.POSTED,
    }
    assert report.still_open == 1
    assert kept.write_outcome == "created"
    again = build_approval_sync(settings, endpoint=sandbox.endpoint(), store=store)
    assert again.sync().approved == ()  # decisions are not made twice
