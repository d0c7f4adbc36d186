"""Chatter calls through the RPC method layer: message_post and activities."""

from __future__ import annotations

import re
from typing import Any

import pytest

from copilot.sandbox import ADMIN, AccessError, OdooStore, ValidationError
from copilot.sandbox.methods import Env, call_model_method


def _call(store: OdooStore, model: str, method: str, *args: Any, **kwargs: Any) -> Any:
    context = kwargs.pop("context", {})
    return call_model_method(
        Env(store, ADMIN, context), model, method, list(args), kwargs
    )


@pytest.mark.parametrize(
    ("body", "is_html", "stored"),
    [
        ("plain", False, "<p>plain</p>"),
        (
            "<b>x</b> & 'y'\nz",
            False,
            "<p>&lt;b&gt;x&lt;/b&gt; &amp; &#39;y&#39;\nz</p>",
        ),
        ("<p>kept <b>as</b> sent</p>", True, "<p>kept <b>as</b> sent</p>"),
        ("", False, ""),
    ],
)
def test_message_post_body(
    store: OdooStore, body: str, is_html: bool, stored: str
) -> None:
    """Plain bodies are escaped and wrapped in <p>; HTML bodies are kept."""
    message_id = _call(store, "project.task", "message_post", [6], body=body,
                       body_is_html=is_html)  # fmt: skip
    assert store.read("mail.message", [message_id], ["body"])[0]["body"] == stored


def test_message_post_records_who_when_and_subtype(store: OdooStore) -> None:
    """The message has the caller's partner, the store's now and the subtype."""
    message_id = _call(
        store,
        "project.task",
        "message_post",
        [6],
        body="x",
        message_type="comment",
        subtype_xmlid="mail.mt_comment",
    )
    row = store.read("mail.message", [message_id])[0]
    assert row["author_id"] == [3, "YourCompany, Mitchell Admin"]
    assert row["subtype_id"] == [1, "Discussions"]
    assert row["message_type"] == "comment"
    assert row["record_name"] == "Room 1: Decoration"
    assert row["date"].startswith("2026-12-04 ")
    assert (
        message_id in store.read("project.task", [6], ["message_ids"])[0]["message_ids"]
    )


def test_message_post_defaults_to_a_note(store: OdooStore) -> None:
    """Without a subtype Odoo files the message as a note."""
    message_id = _call(store, "project.task", "message_post", [6], body="x")
    row = store.read("mail.message", [message_id], ["subtype_id", "message_type"])[0]
    assert (row["subtype_id"], row["message_type"]) == ([2, "Note"], "notification")


@pytest.mark.parametrize(
    ("args", "kwargs", "error", "message"),
    [
        (([6], "body"), {}, TypeError,
         "MailThread.message_post() takes 1 positional argument but 2 were given"),
        (([6, 7],), {"body": "x"}, ValueError,
         "Expected singleton: project.task(6, 7)"),
        (([6],), {"bogus": 1, "body": "x"}, None, ""),
    ],
)  # fmt: skip
def test_message_post_argument_errors(
    store: OdooStore,
    args: tuple[Any, ...],
    kwargs: dict[str, Any],
    error: type[Exception] | None,
    message: str,
) -> None:
    """Positional bodies and several ids fail as in Odoo; extra keywords pass."""
    if error is None:
        assert isinstance(
            _call(store, "project.task", "message_post", *args, **kwargs), int
        )
        return
    with pytest.raises(error) as caught:
        _call(store, "project.task", "message_post", *args, **kwargs)
    assert str(caught.value) == message


def test_message_post_on_a_model_without_chatter(store: OdooStore) -> None:
    """Models that do not inherit mail.thread have no message_post."""
    with pytest.raises(
        AttributeError, match=re.escape("'account.analytic.line.message_post'")
    ):
        _call(store, "account.analytic.line", "message_post", [1], body="x")


def test_activity_create_needs_the_document_model(store: OdooStore) -> None:
    """Without res_model_id (and no default_res_model) the create is refused."""
    with pytest.raises(ValidationError) as caught:
        _call(
            store, "mail.activity", "create", {"res_model": "project.task", "res_id": 6}
        )
    assert caught.value.message.endswith(
        "Model: Activity (mail.activity)\nField: Document Model (res_model_id)\n"
    )


def test_activity_create_with_default_res_model_fills_the_rest(
    store: OdooStore,
) -> None:
    """The context's default_res_model resolves the model; defaults fill in."""
    activity_id = _call(store, "mail.activity", "create", {"res_id": 6, "summary": "s"},
                        context={"default_res_model": "project.task"})  # fmt: skip
    row = store.read("mail.activity", [activity_id])[0]
    assert row["res_model_id"] == [531, "Task"]
    assert (row["res_model"], row["res_name"]) == ("project.task", "Room 1: Decoration")
    assert (row["date_deadline"], row["state"]) == ("2026-12-04", "today")
    assert row["user_id"] == [2, "Mitchell Admin"]
    assert row["activity_type_id"] == [4, "To-Do"]
    assert row["create_uid"] == [2, "Mitchell Admin"]


@pytest.mark.parametrize(
    ("deadline", "state"),
    [("2026-12-01", "overdue"), ("2026-12-04", "today"), ("2026-12-30", "planned")],
)
def test_activity_state_follows_the_store_today(
    store: OdooStore, deadline: str, state: str
) -> None:
    """state is recomputed on read against the store's today (2026-12-04)."""
    result = _call(store, "project.task", "activity_schedule", [6],
                   "mail.mail_activity_data_todo", date_deadline=deadline)  # fmt: skip
    activity_id = int(result.removeprefix("mail.activity(").removesuffix(",)"))
    assert store.read("mail.activity", [activity_id], ["state"])[0]["state"] == state


def test_activity_schedule_on_several_records(store: OdooStore) -> None:
    """One activity per record, returned as the recordset's repr."""
    result = _call(store, "project.task", "activity_schedule", [5, 6],
                   "mail.mail_activity_data_todo", summary="s", user_id=6)  # fmt: skip
    assert result == "mail.activity(37, 38)"
    rows = store.read("mail.activity", [37, 38], ["res_id", "user_id", "summary"])
    assert [(r["res_id"], r["user_id"][0], r["summary"]) for r in rows] == [
        (5, 6, "s"), (6, 6, "s")
    ]  # fmt: skip


def test_private_methods_are_refused(store: OdooStore) -> None:
    """Leading-underscore methods are refused before anything else."""
    with pytest.raises(AccessError, match=r"^Private methods \(such as _x\) cannot"):
        _call(store, "no.such.model", "_x", [1])
