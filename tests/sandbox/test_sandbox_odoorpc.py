"""odoorpc 0.10.1 against the sandbox over real HTTP, as the product talks to Odoo."""

from __future__ import annotations

import re
from collections.abc import Callable

import odoorpc
import pytest
from odoorpc.error import RPCError

from copilot.sandbox import OdooStore, SandboxServer, SandboxUser

Connect = Callable[[], odoorpc.ODOO]


@pytest.fixture
def admin(connect: Connect) -> odoorpc.ODOO:
    """An odoorpc client logged in as the demo admin."""
    odoo = connect()
    odoo.login("copilot_demo", "admin", "admin")
    return odoo


def test_login_sets_the_recorded_user_context(admin: odoorpc.ODOO) -> None:
    """Login returns uid 2 and odoorpc takes the context from context_get."""
    assert admin.env.uid == 2
    assert admin.env.context == {"lang": "en_US", "tz": "Europe/Brussels", "uid": 2}
    assert admin.version == "17.0"


def test_search_read_returns_recorded_tasks(admin: odoorpc.ODOO) -> None:
    """search_read with domain, fields, order and limit answers like Odoo."""
    tasks = admin.env["project.task"].search_read(
        [("project_id", "=", 1), ("state", "!=", "1_done")],
        ["name", "project_id", "user_ids"],
        order="id asc",
        limit=2,
    )
    assert tasks == [
        {"id": 1, "name": "Office planning", "project_id": [1, "Office Design"],
         "user_ids": []},
        {"id": 2, "name": "Lunch Room: kitchen", "project_id": [1, "Office Design"],
         "user_ids": [6]},
    ]  # fmt: skip


def test_browse_reads_fields_through_odoorpc_models(admin: odoorpc.ODOO) -> None:
    """Browsing a record (read with _classic_write load) gives field values."""
    task = admin.env["project.task"].browse(6)
    assert task.name == "Room 1: Decoration"
    assert task.project_id.name == "Office Design"
    assert [user.name for user in task.user_ids] == ["Mitchell Admin"]


def test_read_group_sums_hours_per_project(admin: odoorpc.ODOO) -> None:
    """read_group with lazy=False gives the recorded hours per project."""
    groups = admin.env["account.analytic.line"].read_group(
        [("project_id", "!=", False)], ["unit_amount:sum"], ["project_id"], lazy=False
    )
    by_project = {g["project_id"][1]: g["unit_amount"] for g in groups}
    assert by_project["Office Design"] == 329.0
    assert groups[0]["__domain"] == [
        "&", ["project_id", "!=", False], ["project_id", "=", 8]
    ]  # fmt: skip


def test_fields_get_describes_task_fields(admin: odoorpc.ODOO) -> None:
    """fields_get with attributes trims each description to them."""
    fields = admin.env["project.task"].fields_get(
        ["state", "user_ids"], attributes=["type", "relation"]
    )
    assert fields == {
        "state": {"type": "selection"},
        "user_ids": {"type": "many2many", "relation": "res.users"},
    }


def test_activity_schedule_returns_recordset_repr(
    admin: odoorpc.ODOO, store: OdooStore
) -> None:
    """activity_schedule returns "mail.activity(N,)" and stores a To-Do."""
    result = admin.env["project.task"].activity_schedule(
        [6], "mail.mail_activity_data_todo", summary="Review", note="<p>x</p>",
        user_id=2,
    )  # fmt: skip
    assert result == "mail.activity(37,)"
    activity = admin.env["mail.activity"].read(
        [37], ["res_model", "res_id", "activity_type_id", "state", "automated"]
    )[0]
    assert activity == {
        "id": 37, "res_model": "project.task", "res_id": 6,
        "activity_type_id": [4, "To-Do"], "state": "today", "automated": True,
    }  # fmt: skip
    assert 37 in admin.env["project.task"].browse(6).activity_ids.ids


def test_message_post_stores_an_escaped_note(admin: odoorpc.ODOO) -> None:
    """message_post escapes plain text and records the admin's partner."""
    message_id = admin.env["project.task"].message_post(
        [6], body="a < b", message_type="comment", subtype_xmlid="mail.mt_note"
    )
    message = admin.env["mail.message"].read(
        [message_id], ["body", "subtype_id", "author_id", "model", "res_id"]
    )[0]
    assert message["body"] == "<p>a &lt; b</p>"
    assert message["subtype_id"] == [2, "Note"]
    assert message["author_id"] == [3, "YourCompany, Mitchell Admin"]
    assert (message["model"], message["res_id"]) == ("project.task", 6)


def test_env_ref_resolves_an_xmlid(admin: odoorpc.ODOO) -> None:
    """env.ref goes through ir.model.data.check_object_reference."""
    todo = admin.env.ref("mail.mail_activity_data_todo")
    assert (todo._name, todo.id, todo.name) == ("mail.activity.type", 4, "To-Do")


def test_model_membership_searches_ir_model(admin: odoorpc.ODOO) -> None:
    """`model in env` is true for served models and false for others."""
    assert "project.task" in admin.env
    assert "no.such.model" not in admin.env


def test_wrong_password_fails_login(connect: Connect) -> None:
    """odoorpc raises its own RPCError when login answers false."""
    odoo = connect()
    with pytest.raises(RPCError, match="Wrong login ID or password") as caught:
        odoo.login("copilot_demo", "admin", "wrong")
    assert caught.value.info is False


def test_wrong_password_on_a_later_call_is_access_denied(
    admin: odoorpc.ODOO,
) -> None:
    """A call carrying a wrong password gets Odoo's AccessDenied envelope."""
    admin._password = "wrong"
    with pytest.raises(RPCError, match="Access Denied") as caught:
        admin.execute_kw("project.task", "search_count", [[]])
    assert caught.value.info["data"]["name"] == "odoo.exceptions.AccessDenied"


def test_unknown_database_fails_like_postgres(connect: Connect) -> None:
    """Login to a database the server lacks fails with the psycopg2 error."""
    with pytest.raises(RPCError, match='database "nope" does not exist') as caught:
        connect().login("nope", "admin", "admin")
    assert caught.value.info["data"]["name"] == "psycopg2.OperationalError"


def test_unknown_model_is_a_user_error(admin: odoorpc.ODOO) -> None:
    """Calling a model the database lacks fails with Odoo's UserError."""
    with pytest.raises(RPCError, match=re.escape("Object no.such.model doesn't exist")):
        admin.execute_kw("no.such.model", "search", [[]])


def test_database_without_project_app_lacks_its_models(connect: Connect) -> None:
    """Each database has its own store: one built without project.* lacks it."""
    odoo = connect()
    odoo.login("no_project", "admin", "admin")
    with pytest.raises(
        RPCError, match=re.escape("Object project.project doesn't exist")
    ):
        odoo.env["project.project"]
    assert odoo.db.list() == ["copilot_demo", "no_project"]


def test_integration_user_cannot_search_ir_model(
    connect: Connect, integration_user: SandboxUser
) -> None:
    """A least-privilege user reads tasks but `in env` hits the AccessError."""
    odoo = connect()
    odoo.login("copilot_demo", integration_user.login, integration_user.password)
    assert odoo.env.uid == integration_user.uid
    assert odoo.env["project.task"].search_count([("project_id", "=", 1)]) == 18
    with pytest.raises(RPCError, match=r"not allowed to access 'Models' \(ir\.model\)"):
        "project.task" in odoo.env  # noqa: B015 - the membership test is the call


def test_server_binds_loopback_and_frees_its_port(server: SandboxServer) -> None:
    """The sandbox listens on 127.0.0.1 and reports its URL."""
    assert server.url == f"http://127.0.0.1:{server.port}"
