"""Odoo domain evaluation: operators, nulls, relations, archived records, errors."""

from __future__ import annotations

from typing import Any

import pytest

from copilot.sandbox import ModelSpec, OdooStore
from copilot.sandbox.domain import normalize_domain
from copilot.sandbox.schema import describe_field


def _model(name: str, *fields: tuple[str, str, dict[str, Any]]) -> ModelSpec:
    specs = {"id": describe_field("id", "integer")}
    specs.update({n: describe_field(n, t, **extra) for n, t, extra in fields})
    return ModelSpec(name=name, description=name, order="id", fields=specs)


def _store() -> OdooStore:
    node = _model(
        "x.node",
        ("name", "char", {}),
        ("active", "boolean", {}),
        ("size", "float", {}),
        ("kind", "selection", {"selection": [["a", "A"], ["b", "B"]]}),
        ("day", "date", {}),
        ("parent_id", "many2one", {"relation": "x.node"}),
        ("tag_ids", "many2many", {"relation": "x.tag"}),
    )
    tag = _model("x.tag", ("name", "char", {}))
    nodes = [
        {"id": 1, "name": "Root", "active": True, "size": 1.0, "kind": "a",
         "day": "2026-12-01", "parent_id": False, "tag_ids": [1]},
        {"id": 2, "name": "Child_one", "active": True, "size": 2.5, "kind": "b",
         "day": "2026-12-04", "parent_id": [1, "Root"], "tag_ids": [1, 2]},
        {"id": 3, "name": "grandchild", "active": True, "size": 0.0, "kind": False,
         "day": False, "parent_id": [2, "Child_one"], "tag_ids": []},
        {"id": 4, "name": False, "active": False, "size": 9.0, "kind": "a",
         "day": "2026-12-09", "parent_id": [1, "Root"], "tag_ids": [2]},
        {"id": 5, "name": "100% sure", "active": True, "size": 5.0, "kind": "b",
         "day": "2026-11-30", "parent_id": False, "tag_ids": []},
    ]  # fmt: skip
    tags = [{"id": 1, "name": "Urgent"}, {"id": 2, "name": "Billable"}]
    return OdooStore([node, tag], {"x.node": nodes, "x.tag": tags})


CASES: list[tuple[str, list[Any], set[int]]] = [
    ("empty domain hides archived", [], {1, 2, 3, 5}),
    ("char equal", [("name", "=", "Root")], {1}),
    ("char not equal keeps nulls", [("name", "!=", "Root")], {2, 3, 5}),
    ("equal False is null", [("kind", "=", False)], {3}),
    ("not equal False", [("kind", "!=", False)], {1, 2, 5}),
    ("in", [("kind", "in", ["b"])], {2, 5}),
    ("in with False", [("kind", "in", ["b", False])], {2, 3, 5}),
    ("not in keeps nulls", [("kind", "not in", ["b"])], {1, 3}),
    ("less than", [("size", "<", 2.5)], {1, 3}),
    ("greater or equal", [("size", ">=", 2.5)], {2, 5}),
    ("date before", [("day", "<", "2026-12-04")], {1, 5}),
    ("date compared with datetime", [("day", "<=", "2026-12-04 10:00:00")], {1, 2, 5}),
    ("ilike", [("name", "ilike", "CHILD")], {2, 3}),
    ("like is case sensitive", [("name", "like", "child")], {3}),
    ("underscore is a wildcard", [("name", "like", "Child_one")], {2}),
    ("escaped percent", [("name", "like", "100\\%")], {5}),
    ("not ilike keeps nulls", [("name", "not ilike", "child")], {1, 5}),
    ("=like anchors the pattern", [("name", "=like", "Ro%")], {1}),
    ("=ilike", [("name", "=ilike", "root")], {1}),
    ("many2one by id", [("parent_id", "=", 1)], {2}),
    ("many2one by name", [("parent_id", "=", "Root")], {2}),
    ("many2one ilike display name", [("parent_id", "ilike", "child")], {3}),
    ("many2one not ilike keeps nulls", [("parent_id", "not ilike", "root")], {1, 3, 5}),
    ("many2one is null", [("parent_id", "=", False)], {1, 5}),
    ("many2one in", [("parent_id", "in", [1, 2])], {2, 3}),
    ("many2many overlap", [("tag_ids", "in", [2])], {2}),
    ("many2many by id", [("tag_ids", "=", 1)], {1, 2}),
    ("many2many empty", [("tag_ids", "=", False)], {3, 5}),
    ("many2many name", [("tag_ids", "ilike", "urg")], {1, 2}),
    ("many2many not in", [("tag_ids", "not in", [1])], {3, 5}),
    ("dotted path", [("parent_id.name", "=", "Child_one")], {3}),
    ("any on many2many", [("tag_ids", "any", [("name", "=", "Billable")])], {2}),
    ("child_of", [("id", "child_of", 2)], {2, 3}),
    ("child_of through many2one", [("parent_id", "child_of", [1])], {2, 3}),
    ("parent_of", [("id", "parent_of", 3)], {1, 2, 3}),
    ("or", ["|", ("kind", "=", "a"), ("size", ">", 4)], {1, 5}),
    ("not", ["!", ("kind", "=", "a")], {2, 3, 5}),
    ("implicit and", [("kind", "=", "b"), ("size", "<", 3)], {2}),
    ("nested", ["&", "|", ("kind", "=", "a"), ("kind", "=", "b"), ("size", ">", 1)],
     {2, 5}),
    ("active mentioned shows archived", [("active", "=", False)], {4}),
    ("active in both", [("active", "in", [True, False])], {1, 2, 3, 4, 5}),
    ("=? with False is ignored", [("kind", "=?", False)], {1, 2, 3, 5}),
    ("true leaf", [(1, "=", 1)], {1, 2, 3, 5}),
    ("false leaf", [(0, "=", 1)], set()),
    ("legacy <> operator", [("kind", "<>", "a")], {2, 3, 5}),
]  # fmt: skip


@pytest.mark.parametrize(
    ("label", "domain", "expected"), CASES, ids=[c[0] for c in CASES]
)
def test_domain_selects_records(
    label: str, domain: list[Any], expected: set[int]
) -> None:
    """Each domain selects exactly the records Odoo 17 would."""
    store = _store()
    assert set(store.search("x.node", domain)) == expected


def test_active_test_false_in_context_shows_archived() -> None:
    """``active_test: False`` in the context turns the archive filter off."""
    store = _store()
    ids = store.search("x.node", [], context={"active_test": False})
    assert ids == [1, 2, 3, 4, 5]


ERRORS: list[tuple[list[Any], str]] = [
    ([("name", "bogus", "x")], "Invalid leaf ('name', 'bogus', 'x')"),
    ([["no_such_field", "=", 1]],
     "Invalid field x.node.no_such_field in leaf ('no_such_field', '=', 1)"),
    ([("no_such_field.name", "=", 1)],
     "Invalid field x.node.no_such_field in leaf ('no_such_field.name', '=', 1)"),
    (["|", ("name", "=", "a")],
     "Domain ['|', ('name', '=', 'a')] is syntactically not correct."),
]  # fmt: skip


@pytest.mark.parametrize(("domain", "message"), ERRORS)
def test_invalid_domains_fail_with_odoo_messages(
    domain: list[Any], message: str
) -> None:
    """Bad operators, unknown fields and broken prefix forms raise ValueError."""
    with pytest.raises(ValueError) as caught:
        _store().search("x.node", domain)
    assert str(caught.value) == message


def test_invalid_leaf_fails_even_without_records() -> None:
    """Leaves are checked when the domain is compiled, not per record."""
    store = OdooStore([_model("x.empty", ("name", "char", {}))], {})
    with pytest.raises(ValueError, match="Invalid leaf"):
        store.search("x.empty", [("name", "~", "x")])


def test_normalize_adds_implicit_ands() -> None:
    """Consecutive terms at top level get the '&' Odoo writes for them."""
    domain = [("a", "=", 1), "|", ("b", "=", 2), ("c", "=", 3), ("d", "=", 4)]
    assert normalize_domain(domain) == [
        "&", "&", ("a", "=", 1), "|", ("b", "=", 2), ("c", "=", 3), ("d", "=", 4)
    ]  # fmt: skip


def test_demo_tasks_by_project_name(shared_store: OdooStore) -> None:
    """On the demo data a many2one ilike matches the project's display name."""
    ids = shared_store.search("project.task", [("project_id", "ilike", "renov")])
    projects = {r["project_id"][1] for r in shared_store.read("project.task", ids)}
    assert projects == {"Renovations"}
