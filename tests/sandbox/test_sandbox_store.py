"""The in-memory store: search, read, order, fields_get, name_search, writes."""

from __future__ import annotations

from typing import Any

import pytest

from copilot.sandbox import MissingError, OdooStore, UserError


def test_unknown_model_is_a_user_error(shared_store: OdooStore) -> None:
    """Every call on a missing model fails with Odoo's UserError text."""
    with pytest.raises(UserError, match=r"^Object no\.such\.model doesn't exist$"):
        shared_store.search("no.such.model", [])


@pytest.mark.parametrize(
    ("call", "args"),
    [
        ("read", ([1], ["no_such_field"])),
        ("search", ([], 0, None, "no_such_field desc")),
        ("fields_get", ()),
    ],
)
def test_unknown_field_is_a_value_error(
    shared_store: OdooStore, call: str, args: tuple[Any, ...]
) -> None:
    """Reading or ordering by an unknown field names the field and model."""
    if call == "fields_get":
        assert "no_such_field" not in shared_store.fields_get("project.task")
        return
    with pytest.raises(ValueError) as caught:
        if call == "read":
            shared_store.read("project.task", *args)
        else:
            shared_store.search("project.task", args[0], order=args[3])
    assert str(caught.value) == "Invalid field 'no_such_field' on model 'project.task'"


ORDERS: list[tuple[str, list[Any], list[int]]] = [
    ("id asc", [("project_id", "=", 3)], [32, 33, 34, 35]),
    ("id desc", [("project_id", "=", 3)], [35, 34, 33, 32]),
    ("date_deadline asc, id desc", [("project_id", "=", 3)], [33, 34, 35, 32]),
    ("date_deadline desc, id", [("project_id", "=", 3)], [32, 35, 34, 33]),
    ("priority desc, name", [("project_id", "=", 3)], [35, 33, 32, 34]),
    ("project_id, id", [("id", "in", [1, 23, 33, 72])], [72, 1, 33, 23]),
]


@pytest.mark.parametrize(("order", "domain", "ids"), ORDERS)
def test_order_clauses(
    shared_store: OdooStore, order: str, domain: list[Any], ids: list[int]
) -> None:
    """Multi-key orders, NULLs last ascending and first descending, and a
    many2one ordered by its target's own order (projects by name)."""
    assert shared_store.search("project.task", domain, order=order) == ids


def test_offset_and_limit(shared_store: OdooStore) -> None:
    """offset skips and limit cuts after ordering."""
    ids = shared_store.search(
        "project.task", [("project_id", "=", 1)], offset=5, limit=3, order="id desc"
    )
    assert ids == [16, 15, 14]


def test_read_fills_unrecorded_fields_with_empty_values(
    shared_store: OdooStore,
) -> None:
    """A field known to fields_get but absent from the recording reads empty."""
    row = shared_store.read(
        "project.task",
        [1],
        ["color", "email_cc", "subtask_count", "rating_avg", "attachment_ids"],
    )[0]
    assert row == {
        "id": 1, "color": 0, "email_cc": False, "subtask_count": 0,
        "rating_avg": 0.0, "attachment_ids": [],
    }  # fmt: skip


def test_read_skips_missing_ids_and_keeps_order(shared_store: OdooStore) -> None:
    """read returns existing records in the order asked; missing ids vanish."""
    rows = shared_store.read("project.task", [6, 999999, 1], ["name"])
    assert [r["id"] for r in rows] == [6, 1]


def test_read_with_classic_write_load_gives_bare_ids(shared_store: OdooStore) -> None:
    """load='_classic_write' (odoorpc's browse) returns many2one as ids."""
    row = shared_store.read("project.task", [6], ["project_id"], load="_classic_write")
    assert row == [{"id": 6, "project_id": 1}]


def test_fields_get_filters_fields_and_attributes(shared_store: OdooStore) -> None:
    """allfields limits the fields, attributes limits each description."""
    answer = shared_store.fields_get("project.task", ["name", "nope"], ["type"])
    assert answer == {"name": {"type": "char"}}


def test_create_write_unlink_round_trip(store: OdooStore) -> None:
    """Created records get defaults and display names; writes convert values;
    unlink removes them."""
    (task_id,) = store.create(
        "project.task",
        [{"name": "Audit", "project_id": 2, "user_ids": [(6, 0, [2, 6])]}],
        uid=2,
    )
    row = store.read(
        "project.task",
        [task_id],
        ["project_id", "state", "active", "user_ids", "create_uid"],
    )[0]
    assert row["project_id"] == [2, "Research & Development"]
    assert (row["state"], row["active"], row["user_ids"]) == (
        "01_in_progress",
        True,
        [2, 6],
    )
    assert row["create_uid"] == [2, "Mitchell Admin"]
    store.write(
        "project.task", [task_id], {"allocated_hours": 3, "user_ids": [(3, 6)]}, uid=2
    )
    row = store.read("project.task", [task_id], ["allocated_hours", "user_ids"])[0]
    assert (row["allocated_hours"], row["user_ids"]) == (3.0, [2])
    store.unlink("project.task", [task_id])
    assert store.read("project.task", [task_id], ["name"]) == []


def test_create_takes_defaults_from_context(store: OdooStore) -> None:
    """``default_<field>`` context keys fill fields the values leave out."""
    (task_id,) = store.create(
        "project.task", [{"name": "x"}], uid=2, context={"default_project_id": 3}
    )
    assert store.read("project.task", [task_id], ["project_id"])[0]["project_id"] == [
        3, "Renovations"
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("vals", "message"),
    [
        ({"bogus": 1}, "Invalid field 'bogus' on model 'project.task'"),
        ({"state": "nope"}, "Wrong value for project.task.state: 'nope'"),
    ],
)
def test_create_rejects_bad_values(
    store: OdooStore, vals: dict[str, Any], message: str
) -> None:
    """Unknown fields and selection values outside the list are refused."""
    with pytest.raises(ValueError) as caught:
        store.create("project.task", [{"name": "x", **vals}], uid=2)
    assert str(caught.value) == message


def test_write_on_missing_record_fails(store: OdooStore) -> None:
    """Writing a deleted record raises Odoo's MissingError."""
    with pytest.raises(MissingError, match=r"project.task\(999,\), User: 2"):
        store.write("project.task", [999], {"name": "x"}, uid=2)


def test_renaming_a_record_renames_it_in_many2one_values(store: OdooStore) -> None:
    """Many2one names are looked up on read, so a rename shows everywhere."""
    store.write("project.project", [3], {"name": "Refit"}, uid=2)
    row = store.read("project.task", [33], ["project_id"])[0]
    assert row["project_id"] == [3, "Refit"]


def test_display_names_of_unexported_targets_come_from_the_recording(
    shared_store: OdooStore,
) -> None:
    """sale.order.line records carry their recorded many2one display names."""
    name = shared_store.display_name("sale.order.line", 47)
    assert name.startswith("S00021 - Senior Architect")


def test_ir_model_lists_every_model(shared_store: OdooStore) -> None:
    """ir.model has a record per model; project.task keeps its recorded id."""
    rows = shared_store.read(
        "ir.model", shared_store.search("ir.model", [("model", "=", "project.task")])
    )
    assert [(r["id"], r["name"]) for r in rows] == [(531, "Task")]
    models = {r["model"] for r in shared_store.matching("ir.model", [])}
    assert models == set(shared_store.model_names)
