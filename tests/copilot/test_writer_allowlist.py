"""The advisory writer sends only activities and internal notes."""

from __future__ import annotations

import html
from datetime import date
from typing import Any

import pytest

from copilot.errors import WriteRefused
from copilot.odoo import AdvisoryWriter, SuggestionKey
from copilot.records import RecordRef
from tests.copilot.fake_rpc import RecordingRpc

REFUSED: list[tuple[str, str, list[Any], dict[str, Any]]] = [
    ("project.task", "write", [[6], {"name": "x"}], {}),
    ("project.task", "create", [{"name": "x"}], {}),
    ("sale.order", "create", [{"partner_id": 1}], {}),
    ("sale.order", "action_confirm", [[1]], {}),
    ("project.task", "unlink", [[6]], {}),
    ("mail.activity", "unlink", [[44]], {}),
    ("mail.message", "unlink", [[626]], {}),
    ("mail.activity", "create", [{"res_id": 6, "summary": "Copilot suggestion"}], {}),
    (
        "project.task",
        "message_post",
        [[6]],
        {"body": "x", "subtype_xmlid": "mail.mt_comment"},
    ),
    ("project.task", "message_post", [[6]], {"body": "x", "message_type": "comment"}),
    (
        "project.task",
        "message_post",
        [[6]],
        {"body": "x", "subtype_xmlid": "mail.mt_note", "message_type": "email"},
    ),
    (
        "project.task",
        "message_post",
        [[6]],
        {"body": "x", "subtype_xmlid": "mail.mt_note", "partner_ids": [3]},
    ),
    ("mail.activity", "write", [[44], {"summary": "x"}], {}),
    ("mail.activity", "action_done", [[44]], {}),
    (
        "project.task",
        "activity_schedule",
        [[6], "mail.mail_activity_data_call"],
        {"summary": "Copilot suggestion: x"},
    ),
    (
        "project.task",
        "activity_schedule",
        [[6], "mail.mail_activity_data_todo"],
        {"summary": "Close the task"},
    ),
    ("res.partner", "write", [[3], {"email": "x@example.com"}], {}),
    *(
        (
            "project.task",
            "activity_schedule",
            [[6], "mail.mail_activity_data_todo"],
            {"summary": "Copilot suggestion: x", key: value},
        )
        for key, value in [
            ("activity_type_id", 2),
            ("res_id", 7),
            ("res_model_id", 3),
            ("automated", False),
        ]
    ),
    (
        "project.task",
        "activity_schedule",
        [[6], "mail.mail_activity_data_todo", "2026-12-07", "Copilot suggestion"],
        {"summary": "Copilot suggestion: x"},
    ),
    *(
        (
            "project.task",
            "message_post",
            [[6]],
            {"body": "x", "subtype_xmlid": "mail.mt_note", key: value},
        )
        for key, value in [
            ("subtype_id", 1),
            ("author_id", 3),
            ("attachment_ids", [5]),
            ("body_is_html", True),
        ]
    ),
]


@pytest.mark.parametrize(("model", "method", "args", "kwargs"), REFUSED)
def test_refuses_writes_outside_allowlist_before_sending(
    model: str, method: str, args: list[Any], kwargs: dict[str, Any]
) -> None:
    """Each request outside the allowlist raises and nothing reaches Odoo."""
    rpc = RecordingRpc()
    writer = AdvisoryWriter(rpc)
    with pytest.raises(WriteRefused):
        writer.execute(model, method, args, kwargs)
    assert rpc.calls == []


def test_allows_a_note_and_a_todo_activity() -> None:
    """An internal note and a copilot To-Do pass the gate."""
    rpc = RecordingRpc(lambda *_: 7)
    writer = AdvisoryWriter(rpc)
    writer.post_note(RecordRef("project.task", 6), "check")
    writer.execute(
        "project.task",
        "activity_schedule",
        [[6], "mail.mail_activity_data_todo"],
        {"summary": "Copilot suggestion: review"},
    )
    assert [call[1] for call in rpc.calls] == ["message_post", "activity_schedule"]
    assert rpc.calls[0][3]["subtype_xmlid"] == "mail.mt_note"


def _key(content_hash: str) -> SuggestionKey:
    return SuggestionKey(
        "brief", RecordRef("project.project", 5), "2026-W49", content_hash
    )


def test_same_advice_twice_leaves_one_activity_untouched() -> None:
    """A second run with the same content hash neither creates nor writes."""
    existing: list[dict[str, Any]] = []

    def handler(model: str, method: str, args: Any, kwargs: Any) -> Any:
        if method == "search_read":
            return existing
        if method == "activity_schedule":
            existing.append({"id": 41, "note": kwargs["note"]})
            return "mail.activity(41,)"
        raise AssertionError(f"unexpected {model}.{method}")

    rpc = RecordingRpc(handler)
    first = AdvisoryWriter(rpc).schedule_activity(
        _key("aaa111"), user_id=2, summary="s", note_html="<p>n</p>", deadline=_day()
    )
    second = AdvisoryWriter(rpc).schedule_activity(
        _key("aaa111"), user_id=2, summary="s", note_html="<p>n</p>", deadline=_day()
    )
    assert (first.activity_id, first.outcome) == (41, "created")
    assert (second.activity_id, second.outcome) == (41, "unchanged")
    assert [c[1] for c in rpc.calls].count("activity_schedule") == 1


def test_changed_advice_updates_the_own_activity() -> None:
    """New facts for the same key refresh the existing activity's note."""

    def handler(model: str, method: str, args: Any, kwargs: Any) -> Any:
        if method == "search_read":
            return [{"id": 41, "note": "<p>Copilot reference: old · aaa111</p>"}]
        if method == "write":
            return True
        raise AssertionError(f"unexpected {model}.{method}")

    rpc = RecordingRpc(handler)
    result = AdvisoryWriter(rpc).schedule_activity(
        _key("bbb222"), user_id=2, summary="s", note_html="<p>n</p>", deadline=_day()
    )
    assert (result.activity_id, result.outcome) == (41, "updated")
    model, method, args, _ = rpc.calls[-1]
    assert (model, method, args[0]) == ("mail.activity", "write", [41])
    assert set(args[1]) == {"summary", "note", "date_deadline"}


def _day() -> date:
    return date(2026, 12, 4)


def test_a_new_period_refreshes_last_periods_activity() -> None:
    """Next week's briefing updates the open activity instead of adding one."""
    last_week = SuggestionKey(
        "brief", RecordRef("project.project", 5), "2026-W48", "aaa111"
    )
    searched: list[Any] = []

    def handler(model: str, method: str, args: Any, kwargs: Any) -> Any:
        if method == "search_read":
            searched.append(args[0])
            return [{"id": 41, "note": f"<p>{last_week.marker}</p>"}]
        if method == "write":
            return True
        raise AssertionError(f"unexpected {model}.{method}")

    rpc = RecordingRpc(handler)
    result = AdvisoryWriter(rpc).schedule_activity(
        _key("aaa111"), user_id=2, summary="s", note_html="<p>n</p>", deadline=_day()
    )
    assert (result.activity_id, result.outcome) == (41, "updated")
    assert ["note", "ilike", "Copilot reference: brief/project.project/5/"] in searched[
        0
    ]


@pytest.mark.parametrize(
    ("holder", "active", "same_advice", "written"),
    [
        pytest.param(7, set(), True, {"user_id"}, id="holder-left"),
        pytest.param(False, set(), True, {"user_id"}, id="nobody-holds-it"),
        pytest.param(7, {7}, True, None, id="handed-to-a-colleague"),
        pytest.param(
            7,
            {7},
            False,
            {"summary", "note", "date_deadline"},
            id="colleague-keeps-new-advice",
        ),
        pytest.param(
            [7, "Former PM"],
            set(),
            False,
            {"summary", "note", "date_deadline", "user_id"},
            id="new-advice-and-holder-left",
        ),
    ],
)
def test_the_reviewer_takes_over_an_activity_only_from_someone_who_left(
    holder: object, active: set[int], same_advice: bool, written: set[str] | None
) -> None:
    """An activity left with an archived user goes to today's reviewer; one a
    person handed to an active colleague stays with that colleague."""
    key = _key("aaa111")
    marker = key.marker if same_advice else "Copilot reference: x · old999"

    def handler(model: str, method: str, args: Any, kwargs: Any) -> Any:
        if model == "res.users":
            return [{"id": i} for i in args[0][0][2] if i in active]
        if method == "search_read":
            note = f"<p>{html.escape(marker)}</p>"
            return [{"id": 41, "note": note, "user_id": holder}]
        if method == "write":
            return True
        raise AssertionError(f"unexpected {model}.{method}")

    rpc = RecordingRpc(handler)
    result = AdvisoryWriter(rpc).schedule_activity(
        key, user_id=2, summary="s", note_html="<p>n</p>", deadline=_day()
    )
    writes = [c for c in rpc.calls if c[1] == "write"]
    if written is None:
        assert (result.outcome, writes) == ("unchanged", [])
    else:
        assert result.outcome == "updated"
        assert set(writes[0][2][1]) == written
